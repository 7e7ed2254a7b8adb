import { Router, type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { createAssignmentStore } from '../../review/assignments.js';
import { PeriodError } from '../../review/candidates.js';
import { createReviewStore } from '../../review/review-store.js';
import { loadRubric } from '../../rubrics/load.js';
import type { ResultStore } from '../../store/results.js';
import { HttpError } from '../errors.js';
import { calibrationRoutes } from './calibration.js';
import { dashboardRoutes } from './dashboard.js';
import { exportRoutes } from './export.js';
import { reviewRoutes } from './reviews.js';
import { samplesRoutes } from './samples.js';

// The QA team's and managers' workflows on top of the results: audit samples,
// human reviews and assignments, calibration, CSV exports and the dashboard.

export interface ReviewWorkflowOptions {
  /** QA_RUBRIC: the rubric the workers score with (criteria order, weights, critical flags, language packs). */
  rubricFile?: string;
  /** QA_CRITICAL_CRITERIA */
  criticalCriteria?: string[];
  /** QA_RESULT_RETENTION (s): reviews and assignments live as long as results. */
  retentionSeconds?: number;
}

export interface ReviewWorkflowDeps extends ReviewWorkflowOptions {
  store: ResultStore;
  /** The read token (or the admin token): reads, and also reviews and assignments, which never change a result. */
  auth: RequestHandler;
  publicUrl?: string;
}

const DEFAULT_RETENTION = 90 * 86_400;

const toHttp: ErrorRequestHandler = (err, _req, _res, next) => next(err instanceof PeriodError ? new HttpError(400, 'bad_request', err.message) : err);

export function reviewWorkflowRoutes(deps: ReviewWorkflowDeps) {
  const rubric = loadRubric(deps.rubricFile);
  const criteria = rubric.criteria.map((c) => c.id);
  const retentionSeconds = deps.retentionSeconds ?? DEFAULT_RETENTION;
  const base = (req: Request) => deps.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  const url = (id: string) => `${deps.publicUrl ?? ''}/v1/results/${encodeURIComponent(id)}`;
  const reviews = createReviewStore(deps.store, { rubric, retentionSeconds });
  const assignments = createAssignmentStore(deps.store, reviews, { retentionSeconds, url });
  const samples = { store: deps.store, rubric, criticalCriteria: deps.criticalCriteria ?? ['empathy', 'commitments'], auth: deps.auth, base };

  const router = Router();
  router.use(samplesRoutes(samples));
  router.use(reviewRoutes({ reviews, assignments, samples, auth: deps.auth, base }));
  router.use(calibrationRoutes({ store: deps.store, reviews, criteria, auth: deps.auth, base }));
  router.use(exportRoutes({ store: deps.store, reviews, criteria, auth: deps.auth }));
  router.use(dashboardRoutes());
  router.use(toHttp);
  return router;
}
