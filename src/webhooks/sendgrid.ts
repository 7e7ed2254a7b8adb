import { Router, type Request } from 'express';
import { answerBodyError, bodyReader, deliver, giveUp, type DoorDeps, type GiveUp } from './answer.js';
import { BadFormError, readForm } from './form.js';
import { basicPassword, sameSecret } from './secrets.js';

// SendGrid Inbound Parse with "POST the raw, full MIME message" checked: a
// multipart/form-data post whose field `email` is the whole message. SendGrid
// signs nothing on inbound parse, so the URL itself carries the secret: either
// credentials (https://qa:TOKEN@host/v1/inbound/sendgrid, sent as basic auth)
// or a secret path segment (https://host/v1/inbound/sendgrid/TOKEN).
//
// SendGrid: 2xx delivered; 5xx queued and retried for up to 3 days; other codes
// are not retried.

const CODES: GiveUp = { provider: 'sendgrid', unauthorized: 401, refused: 400, tooLarge: 413 };

export function sendgridRoute(deps: DoorDeps & { token: string }) {
  const { log } = deps;
  // The message, the few other fields SendGrid sends (to, from, envelope, charsets, spam report…) and part headers.
  const limit = deps.maxMessageBytes + 1024 * 1024;
  const read = bodyReader('raw', limit);
  const authorized = (req: Request) => {
    const inPath = req.params.token;
    return sameSecret(typeof inPath === 'string' ? inPath : basicPassword(req.get('authorization')), deps.token);
  };
  const router = Router();

  router.post(['/v1/inbound/sendgrid', '/v1/inbound/sendgrid/:token'], async (req, res) => {
    if (!authorized(req)) {
      return giveUp(res, CODES, log, 'unauthorized', 'unauthorized', 'put the token in the URL: https://qa:TOKEN@host/v1/inbound/sendgrid or …/v1/inbound/sendgrid/TOKEN', {
        'WWW-Authenticate': 'Basic realm="email-qa"',
      });
    }
    let body: Buffer;
    try {
      body = (await read(req, res)) as Buffer;
    } catch (err) {
      return answerBodyError(res, err, CODES, log, limit);
    }
    let email: Buffer | undefined;
    try {
      email = readForm(body, req.get('content-type')).get('email');
    } catch (err) {
      if (err instanceof BadFormError) return giveUp(res, CODES, log, 'refused', 'bad_form', err.message);
      throw err;
    }
    if (!email?.length) return giveUp(res, CODES, log, 'refused', 'no_email_field', 'no "email" field: check "POST the raw, full MIME message" in the Inbound Parse settings');
    await deliver(deps, res, CODES, email);
  });
  return router;
}
