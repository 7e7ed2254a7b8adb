import { Router, type RequestHandler, type Response } from 'express';
import { resolveFilters } from '../../review/candidates.js';
import { writeAgentsCsv, writeResultsCsv } from '../../review/export.js';
import type { ReviewStore } from '../../review/review-store.js';
import { ExportQuerySchema } from '../../review/schemas.js';
import type { ResultStore } from '../../store/results.js';
import { HttpError } from '../errors.js';
import { parseOr400 } from '../schemas.js';

export interface ExportDeps {
  store: ResultStore;
  reviews: ReviewStore;
  /** The rubric's criteria: one column each, in its order. */
  criteria: readonly string[];
  auth: RequestHandler;
}

const csvHeaders = (name: string) => ({
  'Content-Type': 'text/csv; charset=utf-8; header=present',
  'Content-Disposition': `attachment; filename="${name}"`,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
});

/** A failure after the first rows were sent cannot become an error answer: cut the connection, so the client sees a broken download rather than a short file. */
const cutShort = (res: Response) => (err: unknown) => {
  if (res.headersSent) res.destroy();
  throw err;
};

export function exportRoutes(deps: ExportDeps) {
  const router = Router();

  router.get('/v1/export/results.csv', deps.auth, async (req, res) => {
    const q = parseOr400(ExportQuerySchema, req.query, 'query');
    const f = resolveFilters(q);
    res.status(200).set(csvHeaders('results.csv'));
    await writeResultsCsv(res, deps, f, { bom: q.bom }).catch(cutShort(res));
    res.end();
  });

  router.get('/v1/export/agents.csv', deps.auth, async (req, res) => {
    const q = parseOr400(ExportQuerySchema, req.query, 'query');
    if (q.language || q.criterion) throw new HttpError(400, 'bad_request', 'invalid query: per-agent aggregates are kept per day and agent; "language" and "criterion" filter results.csv only');
    const f = resolveFilters(q);
    res.status(200).set(csvHeaders('agents.csv'));
    await writeAgentsCsv(res, deps, f, { bom: q.bom }).catch(cutShort(res));
    res.end();
  });

  return router;
}
