import express, { Router, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { EraseCustomer } from '../../privacy/erasure.js';
import type { RetentionReport } from '../../store/retention.js';
import { HttpError } from '../errors.js';
import { ErasureRequestSchema, parseOr400 } from '../schemas.js';

// Admin endpoints (QA_ADMIN_TOKEN only): right to erasure and what retention
// holds. Neither the address asked for nor anything of the erased data is
// logged or echoed: the answer names the customer by its hash.

export interface AdminDeps {
  /** The admin token, or undefined: then these endpoints answer 403. */
  auth: RequestHandler | undefined;
  eraseCustomer: EraseCustomer;
  retention: () => Promise<RetentionReport>;
  log: Logger;
}

export function adminRoutes(deps: AdminDeps) {
  const router = Router();
  const auth: RequestHandler =
    deps.auth ?? ((_req, _res, next) => next(new HttpError(403, 'admin_disabled', 'the admin endpoints need QA_ADMIN_TOKEN, which is not configured')));

  router.post('/v1/admin/erasure', auth, express.json({ limit: '16kb' }), async (req, res) => {
    const { customer } = parseOr400(ErasureRequestSchema, req.body ?? {}, 'JSON body');
    const started = Date.now();
    const report = await deps.eraseCustomer(customer);
    deps.log.info(
      { results: report.results.count, rawMessages: report.rawMessages.count, jobs: report.jobs, reviews: report.reviews, pending: report.pending.length, legacyScanned: report.legacyScan.scanned, ms: Date.now() - started },
      'customer erased',
    );
    res.json(report);
  });

  router.get('/v1/admin/retention', auth, async (_req, res) => {
    res.json(await deps.retention());
  });

  return router;
}
