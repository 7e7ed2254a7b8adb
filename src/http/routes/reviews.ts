import express, { Router, type RequestHandler } from 'express';
import type { AssignmentStore } from '../../review/assignments.js';
import { ReviewError, type ReviewStore } from '../../review/review-store.js';
import { AssignmentBodySchema, AssignmentsQuerySchema, ReviewBodySchema } from '../../review/schemas.js';
import { HttpError } from '../errors.js';
import { IdParamsSchema, parseOr400 } from '../schemas.js';
import { sampleFor, type SamplesDeps } from './samples.js';

export interface ReviewRoutesDeps {
  reviews: ReviewStore;
  assignments: AssignmentStore;
  samples: SamplesDeps;
  /** Reviews and assignments are written with the read token (or the admin token). */
  auth: RequestHandler;
  base: (req: Parameters<RequestHandler>[0]) => string;
}

const STATUS: Record<ReviewError['code'], number> = { not_found: 404, not_scored: 409, unknown_criterion: 400, busy: 409 };
const asHttp = (err: unknown) => (err instanceof ReviewError ? new HttpError(STATUS[err.code], err.code, err.message) : err);

export function reviewRoutes(deps: ReviewRoutesDeps) {
  const router = Router();
  const body = express.json({ limit: '64kb' });

  router.post('/v1/results/:id/reviews', deps.auth, body, async (req, res) => {
    const { id } = parseOr400(IdParamsSchema, req.params, 'id');
    if (!req.is('application/json')) throw new HttpError(415, 'unsupported_media_type', 'send the review as application/json');
    const review = parseOr400(ReviewBodySchema, req.body, 'review');
    const summary = await deps.reviews.submit(id, review).catch((err) => {
      throw asHttp(err);
    });
    res.status(201).json(summary);
  });

  router.get('/v1/results/:id/reviews', deps.auth, async (req, res) => {
    const { id } = parseOr400(IdParamsSchema, req.params, 'id');
    const summary = await deps.reviews.of(id);
    if (!summary) throw new HttpError(404, 'not_found', 'no scored result with this id');
    res.json(summary);
  });

  router.post('/v1/assignments', deps.auth, body, async (req, res) => {
    if (!req.is('application/json')) throw new HttpError(415, 'unsupported_media_type', 'send the assignment as application/json');
    const input = parseOr400(AssignmentBodySchema, req.body, 'assignment');
    let ids = input.ids ?? [];
    let sample: Record<string, unknown> | null = null;
    if (input.sample) {
      const drawn = await sampleFor(deps.samples, input.sample, deps.base(req));
      ids = drawn.items.map((i) => i.id);
      const { items: _, ...query } = drawn;
      sample = query;
    }
    if (!ids.length) throw new HttpError(422, 'empty_sample', 'the sample is empty: no scored replies match its filters');
    res.status(201).json(await deps.assignments.create({ name: input.name, reviewer: input.reviewer, sample, ids }));
  });

  router.get('/v1/assignments', deps.auth, async (req, res) => {
    const q = parseOr400(AssignmentsQuerySchema, req.query, 'query');
    res.json({ assignments: await deps.assignments.list(q) });
  });

  router.get('/v1/assignments/:id', deps.auth, async (req, res) => {
    const { id } = parseOr400(IdParamsSchema, req.params, 'id');
    const a = await deps.assignments.get(id);
    if (!a) throw new HttpError(404, 'not_found', 'no assignment with this id (or it has expired)');
    res.json(a);
  });

  return router;
}
