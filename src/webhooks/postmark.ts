import { Router } from 'express';
import { z } from 'zod';
import { answerBodyError, bodyReader, deliver, giveUp, type DoorDeps, type GiveUp } from './answer.js';
import { basicPassword, sameSecret } from './secrets.js';

// Postmark inbound webhook: JSON whose RawEmail holds the whole message (only
// with "Include raw email content in JSON payload" checked on the inbound
// stream). Postmark signs nothing either: the webhook URL carries basic-auth
// credentials (https://qa:TOKEN@host/v1/inbound/postmark).
//
// Postmark: 200 delivered; 403 stops the retries; anything else is retried
// (10 times over about 10 hours).

const CODES: GiveUp = { provider: 'postmark', unauthorized: 403, refused: 403, tooLarge: 403 };

export const PostmarkInboundSchema = z.object({
  RawEmail: z.string().min(1, 'RawEmail is empty'),
});

export function postmarkRoute(deps: DoorDeps & { token: string }) {
  const { log } = deps;
  // The JSON also carries the parsed text, HTML and base64 attachments beside RawEmail.
  const limit = deps.maxMessageBytes * 4 + 1024 * 1024;
  const read = bodyReader('json', limit);
  const router = Router();

  router.post('/v1/inbound/postmark', async (req, res) => {
    if (!sameSecret(basicPassword(req.get('authorization')), deps.token)) {
      return giveUp(res, CODES, log, 'unauthorized', 'unauthorized', 'put the token in the webhook URL: https://qa:TOKEN@host/v1/inbound/postmark');
    }
    let body: unknown;
    try {
      body = await read(req, res);
    } catch (err) {
      return answerBodyError(res, err, CODES, log, limit);
    }
    const parsed = PostmarkInboundSchema.safeParse(body ?? {});
    if (!parsed.success) {
      return giveUp(res, CODES, log, 'refused', 'no_raw_email', 'no RawEmail in the payload: check "Include raw email content in JSON payload" in the inbound stream\'s settings');
    }
    await deliver(deps, res, CODES, Buffer.from(parsed.data.RawEmail, 'utf8'));
  });
  return router;
}
