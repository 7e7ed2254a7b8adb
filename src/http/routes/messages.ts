import express, { Router } from 'express';
import type { Ingest } from '../../ingest/ingest.js';
import type { Metrics } from '../../metrics.js';
import { HttpError } from '../errors.js';
import { HintsSchema, IngestJsonSchema, parseOr400 } from '../schemas.js';

const RFC822 = 'message/rfc822';
const JSON_TYPE = 'application/json';

/** POST /v1/messages: one raw message, as message/rfc822 bytes or JSON {"raw"|"rawBase64"} with optional hints. */
export function messagesRoute(deps: { ingest: Ingest; metrics: Metrics; maxMessageBytes: number; auth: express.RequestHandler }) {
  const { maxMessageBytes: max } = deps;
  const router = Router();
  const tooLarge = () => new HttpError(413, 'too_large', `the message is larger than the limit of ${max} bytes`);
  // JSON carries the message escaped or base64-encoded: allow for that, then check the decoded size.
  const jsonLimit = Math.ceil(max * 1.4) + 64 * 1024;

  router.post(
    '/v1/messages',
    deps.auth,
    (req, _res, next) => {
      const type = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== RFC822 && type !== JSON_TYPE) {
        return next(new HttpError(415, 'unsupported_media_type', `send Content-Type: ${RFC822} (the raw message) or ${JSON_TYPE} ({"raw": …} or {"rawBase64": …})`));
      }
      const length = Number(req.get('content-length') ?? 0);
      if (length > (type === RFC822 ? max : jsonLimit)) return next(tooLarge());
      next();
    },
    express.raw({ type: RFC822, limit: max }),
    express.json({ type: JSON_TYPE, limit: jsonLimit }),
    async (req, res) => {
      let raw: Buffer;
      let hints;
      if (Buffer.isBuffer(req.body)) {
        raw = req.body;
        hints = parseOr400(HintsSchema, req.query, 'query parameters');
      } else {
        const { raw: text, rawBase64, ...rest } = parseOr400(IngestJsonSchema, req.body ?? {}, 'JSON body');
        raw = text !== undefined ? Buffer.from(text, 'utf8') : Buffer.from(rawBase64!, 'base64');
        hints = rest;
      }
      if (raw.length > max) throw tooLarge();
      const outcome = await deps.ingest(raw, hints);
      deps.metrics.ingested.inc({ status: outcome.status });
      res.status(202).json(outcome);
    },
  );
  return router;
}
