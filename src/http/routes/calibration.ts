import { Router, type RequestHandler } from 'express';
import { calibrationReport } from '../../review/calibration.js';
import { resolveFilters } from '../../review/candidates.js';
import type { ReviewStore } from '../../review/review-store.js';
import { CalibrationQuerySchema } from '../../review/schemas.js';
import type { ResultStore } from '../../store/results.js';
import { parseOr400 } from '../schemas.js';

export interface CalibrationDeps {
  store: ResultStore;
  reviews: ReviewStore;
  /** Criterion order of the rubric, for the answer's order. */
  criteria: readonly string[];
  auth: RequestHandler;
  base: (req: Parameters<RequestHandler>[0]) => string;
}

export function calibrationRoutes(deps: CalibrationDeps) {
  const router = Router();
  router.get('/v1/calibration', deps.auth, async (req, res) => {
    const q = parseOr400(CalibrationQuerySchema, req.query, 'query');
    const base = deps.base(req);
    res.json(
      await calibrationReport({ store: deps.store, reviews: deps.reviews, order: deps.criteria }, resolveFilters(q), {
        limit: q.limit,
        url: (id) => `${base}/v1/results/${encodeURIComponent(id)}`,
      }),
    );
  });
  return router;
}
