import { randomBytes } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import { describeFilters, resolveFilters } from '../../review/candidates.js';
import { takeSample, type SampleDeps } from '../../review/sample.js';
import { SampleQuerySchema, type SampleQuery } from '../../review/schemas.js';
import { parseOr400 } from '../schemas.js';

export interface SamplesDeps extends SampleDeps {
  auth: RequestHandler;
  base: (req: Parameters<RequestHandler>[0]) => string;
}

/** Draws a sample; the answer carries the seed so that it can be drawn again. */
export async function sampleFor(deps: SamplesDeps, q: SampleQuery, base: string) {
  const f = resolveFilters(q);
  const seed = q.seed ?? randomBytes(6).toString('hex');
  const { candidates, truncated, items } = await takeSample(deps, f, { strategy: q.strategy, n: q.n, seed, critical: q.critical });
  return {
    strategy: q.strategy,
    seed,
    n: q.n,
    from: new Date(f.from).toISOString(),
    to: new Date(f.to).toISOString(),
    filters: { ...describeFilters(f), ...(q.strategy === 'spotlight' && q.critical ? { critical: q.critical } : {}) },
    candidates,
    truncated,
    items: items.map((c) => ({ ...c, url: `${base}/v1/results/${encodeURIComponent(c.id)}`, receivedAt: new Date(c.receivedAt).toISOString() })),
  };
}

export function samplesRoutes(deps: SamplesDeps) {
  const router = Router();
  router.get('/v1/samples', deps.auth, async (req, res) => {
    const q = parseOr400(SampleQuerySchema, req.query, 'query');
    res.json(await sampleFor(deps, q, deps.base(req)));
  });
  return router;
}
