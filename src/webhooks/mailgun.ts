import { createHash } from 'node:crypto';
import { Router } from 'express';
import { answerBodyError, answerTransient, bodyReader, deliver, giveUp, type DoorDeps, type GiveUp } from './answer.js';
import { BadFormError, readForm } from './form.js';
import type { createReplayGuard } from './replay.js';
import { mailgunSignatureOk } from './secrets.js';

// Mailgun routes, forward("https://…/v1/inbound/mailgun/mime"): a URL that ends
// in "mime" makes Mailgun post the whole message in the form field body-mime
// (urlencoded, or multipart/form-data). The form carries timestamp, token and
// signature = HMAC-SHA256(signing key, timestamp + token).
//
// Mailgun: 200 delivered; 406 rejected, not retried; anything else retried for 8 hours.
//
// Freshness: a timestamp more than maxAgeSeconds (QA_MAILGUN_MAX_AGE, 5 minutes)
// from now is refused. Mailgun is reported to resend a failed post with its first
// signature, so a post answered 503 (Redis away) and retried 10 minutes later
// would then be refused as stale; a longer window keeps such retries, and the
// one-message-per-token rule keeps a captured signature from carrying another message.

export const DEFAULT_MAILGUN_MAX_AGE_SECONDS = 5 * 60;
const CODES: GiveUp = { provider: 'mailgun', unauthorized: 406, refused: 406, tooLarge: 406 };

export function mailgunRoute(deps: DoorDeps & { signingKey: string; maxAgeSeconds: number; claim: ReturnType<typeof createReplayGuard>; now?: () => number }) {
  const { log } = deps;
  const now = deps.now ?? Date.now;
  // Urlencoded escapes bytes as %XX: up to three times the message, plus the other fields.
  const limit = deps.maxMessageBytes * 3 + 256 * 1024;
  const read = bodyReader('raw', limit);
  const router = Router();

  router.post(['/v1/inbound/mailgun', '/v1/inbound/mailgun/mime'], async (req, res) => {
    let body: Buffer;
    try {
      body = (await read(req, res)) as Buffer;
    } catch (err) {
      return answerBodyError(res, err, CODES, log, limit);
    }
    let form: Map<string, Buffer>;
    try {
      form = readForm(body, req.get('content-type'));
    } catch (err) {
      if (err instanceof BadFormError) return giveUp(res, CODES, log, 'refused', 'bad_form', err.message);
      throw err;
    }
    const [timestamp, token, signature] = ['timestamp', 'token', 'signature'].map((f) => form.get(f)?.toString('utf8').trim() ?? '');
    if (!timestamp || !token || !signature || !mailgunSignatureOk(deps.signingKey, timestamp, token, signature)) {
      return giveUp(res, CODES, log, 'unauthorized', 'bad_signature', 'the signature does not match timestamp + token under the signing key (QA_MAILGUN_SIGNING_KEY)');
    }
    const age = now() / 1000 - Number(timestamp);
    if (!/^\d+$/.test(timestamp) || Math.abs(age) > deps.maxAgeSeconds) {
      return giveUp(res, CODES, log, 'unauthorized', 'stale', `the timestamp is more than ${deps.maxAgeSeconds} s away from now (QA_MAILGUN_MAX_AGE)`);
    }
    const mime = form.get('body-mime');
    if (!mime?.length) return giveUp(res, CODES, log, 'refused', 'no_body_mime', 'no body-mime field: the route\'s forward() URL must end in "mime" (…/v1/inbound/mailgun/mime)');
    if (mime.length > deps.maxMessageBytes) return giveUp(res, CODES, log, 'tooLarge', 'too_large', `the message is larger than the limit of ${deps.maxMessageBytes} bytes`);

    let claim: Awaited<ReturnType<typeof deps.claim>>;
    try {
      claim = await deps.claim('mailgun', token, createHash('sha256').update(mime).digest('hex'));
    } catch (err) {
      return answerTransient(res, err, log, CODES.provider);
    }
    if (claim === 'replay') return giveUp(res, CODES, log, 'unauthorized', 'replayed', 'this token was already used for another message');
    await deliver(deps, res, CODES, mime);
  });
  return router;
}
