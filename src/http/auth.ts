import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

// Bearer tokens, compared in constant time: both sides are hashed first so the
// comparison takes the same time whatever the length of the guess.

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireBearer(...tokens: (string | undefined)[]): RequestHandler {
  const accepted = tokens.filter((t): t is string => Boolean(t)).map(digest);
  return (req, _res, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    const given = m ? digest(m[1]) : null;
    let ok = false;
    for (const t of accepted) if (given && timingSafeEqual(given, t)) ok = true;
    if (ok) return next();
    next(
      new HttpError(401, 'unauthorized', m ? 'the bearer token is not valid for this endpoint' : 'send Authorization: Bearer <token>', {
        'WWW-Authenticate': 'Bearer realm="email-qa"',
      }),
    );
  };
}
