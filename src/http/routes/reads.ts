import { Router, type RequestHandler } from 'express';
import type { MessageQueue } from '../../queue/queue.js';
import { agentReport, agentsReport } from '../../store/aggregates.js';
import { readFeedPage, toJsonFeed } from '../../store/feed.js';
import type { ResultStore } from '../../store/results.js';
import { HttpError } from '../errors.js';
import { AgentParamsSchema, FailedQuerySchema, FeedQuerySchema, IdParamsSchema, PeriodQuerySchema, parseOr400 } from '../schemas.js';

const DAY_MS = 86_400_000;

export interface ReadDeps {
  store: ResultStore;
  queue: MessageQueue;
  auth: RequestHandler;
  /** Absolute base URL for links; derived from the request when not configured. */
  publicUrl?: string;
}

export function readRoutes(deps: ReadDeps) {
  const { store, queue } = deps;
  const router = Router();
  const baseOf = (req: Parameters<RequestHandler>[0]) => deps.publicUrl ?? `${req.protocol}://${req.get('host')}`;

  router.get('/v1/results/:id', deps.auth, async (req, res) => {
    const { id } = parseOr400(IdParamsSchema, req.params, 'id');
    const stored = await store.get(id);
    if (stored) return void res.json(stored);
    const job = await queue.getJob(id);
    if (!job) throw new HttpError(404, 'not_found', 'no message with this id (never received, or its result has expired)');
    const state = await job.getState();
    if (state === 'failed') {
      return void res.json({ id, status: 'failed', reason: job.failedReason, attempts: job.attemptsMade, failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null });
    }
    if (state === 'completed' || state === 'unknown') {
      // Finished between the two reads: the result is there now.
      const late = await store.get(id);
      if (late) return void res.json(late);
    }
    res.status(202).json({ id, status: state === 'active' ? 'active' : 'queued' });
  });

  router.get('/v1/feed.json', deps.auth, async (req, res) => {
    const q = parseOr400(FeedQuerySchema, req.query, 'query');
    const page = await readFeedPage(store, q);
    const base = baseOf(req);
    const next = page.next ? new URLSearchParams({ ...(req.query as Record<string, string>), cursor: page.next }) : null;
    res.type('application/feed+json').json(toJsonFeed(page.results, { base, feedUrl: base + req.originalUrl, nextUrl: next && `${base}/v1/feed.json?${next}` }));
  });

  const period = (query: unknown) => {
    const p = parseOr400(PeriodQuerySchema, query, 'query');
    const to = p.to ?? Date.now();
    const from = p.from ?? to - 29 * DAY_MS;
    if (from > to) throw new HttpError(400, 'bad_request', 'invalid query: "from" is after "to"');
    return { from, to };
  };

  router.get('/v1/agents', deps.auth, async (req, res) => {
    res.json(await agentsReport(store, period(req.query)));
  });

  router.get('/v1/agents/:agent', deps.auth, async (req, res) => {
    const { agent } = parseOr400(AgentParamsSchema, req.params, 'agent');
    const report = await agentReport(store, agent, period(req.query), { lowest: 10, base: baseOf(req) });
    if (!report) throw new HttpError(404, 'not_found', 'no replies from this agent in the period');
    res.json(report);
  });

  router.get('/v1/failed', deps.auth, async (req, res) => {
    const { limit, offset } = parseOr400(FailedQuerySchema, req.query, 'query');
    const [total, jobs] = await Promise.all([queue.getFailedCount(), queue.getFailed(offset, offset + limit - 1)]);
    res.json({
      total,
      jobs: jobs.map((j) => ({
        id: j.id!,
        status: 'failed' as const,
        reason: j.failedReason,
        attempts: j.attemptsMade,
        failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
      })),
    });
  });

  return router;
}
