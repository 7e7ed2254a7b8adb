import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { HttpError } from './errors.js';

// Bearer tokens, compared in constant time: both sides are hashed first so the
// comparison takes the same time whatever the length of the guess.

const digest = (s: string) => createHash('sha256').update(s).digest();

const bearerOf = (req: Request) => /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1] ?? null;

/** The first of `accepted` that `given` matches, compared in constant time; every one is compared. */
function match<T>(given: Buffer | null, accepted: { digest: Buffer; value: T }[]): T | null {
  let found: T | null = null;
  for (const t of accepted) if (given && timingSafeEqual(given, t.digest) && found === null) found = t.value;
  return found;
}

export function requireBearer(...tokens: (string | undefined)[]): RequestHandler {
  const accepted = tokens.filter((t): t is string => Boolean(t)).map((t) => ({ digest: digest(t), value: true }));
  return (req, _res, next) => {
    const token = bearerOf(req);
    if (match(token === null ? null : digest(token), accepted)) return next();
    next(
      new HttpError(401, 'unauthorized', token !== null ? 'the bearer token is not valid for this endpoint' : 'send Authorization: Bearer <token>', {
        'WWW-Authenticate': 'Bearer realm="email-qa"',
      }),
    );
  };
}

/**
 * Which of the named tokens a request carries (its scope name: "ingest", "read",
 * "admin"), or null when it carries none of them. The name, never the token, is
 * what others (the rate limiter) may keep.
 */
export function tokenIdentity(tokens: Record<string, string | undefined>): (req: Request) => string | null {
  const accepted = Object.entries(tokens).flatMap(([name, t]) => (t ? [{ digest: digest(t), value: name }] : []));
  return (req) => {
    const token = bearerOf(req);
    return token === null ? null : match(digest(token), accepted);
  };
}
