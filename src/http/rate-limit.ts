import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import type { Keys } from '../store/keys.js';
import { createRateWindowStore } from '../store/rate-window.js';
import type { QaRedis } from '../store/scripts.js';
import { HttpError } from './errors.js';

// Requests per client and window, counted in Redis (shared by every API
// process): one limit for ingest (POST /v1/messages, the provider webhooks),
// another for everything read under /v1/ and /metrics. A client is the token it
// presents (by scope name: "ingest", "read", "admin"), else its address (with
// QA_TRUST_PROXY, the one the proxy says; IPv6 by /56 so that one host cannot
// walk its own subnet). Probes and the dashboard's static files are not limited.
// When Redis cannot count (down, or slower than a second), the request passes:
// ingest answers 503 by itself then, and reads fail or succeed on their own.

export interface RateLimits {
  windowMs: number;
  /** Requests per window and client; 0 turns the limit off. */
  ingest: number;
  read: number;
}

type Kind = 'ingest' | 'read';

export function kindOf(req: Request): Kind | null {
  if (req.method === 'POST' && (req.path === '/v1/messages' || req.path.startsWith('/v1/inbound/'))) return 'ingest';
  if (req.path.startsWith('/v1/') || req.path === '/metrics') return 'read';
  return null;
}

export function rateLimits(deps: { redis: QaRedis; keys: Keys; limits: RateLimits; identify: (req: Request) => string | null; log: Logger }): RequestHandler {
  const { windowMs } = deps.limits;
  const seconds = Math.ceil(windowMs / 1000);
  // One line per problem and kind at most once a minute: a Redis outage must not become a log flood at ingest rate.
  const quiet = new Map<string, number>();
  const note = (level: 'warn' | 'error', err: unknown, msg?: string) => {
    const message = err instanceof Error ? err.message : String(err);
    const key = `${level}:${msg ?? ''}`;
    if ((quiet.get(key) ?? 0) > Date.now()) return;
    quiet.set(key, Date.now() + 60_000);
    deps.log[level]({ err: { message } }, msg ?? 'rate limiter');
  };
  const logger = { error: (err: unknown, msg?: string) => note('error', err, msg), warn: (err: unknown, msg?: string) => note('warn', err, msg) };

  const limiter = (kind: Kind, limit: number): RequestHandler | null =>
    limit > 0
      ? rateLimit({
          windowMs,
          limit,
          identifier: kind,
          standardHeaders: 'draft-8',
          legacyHeaders: false,
          passOnStoreError: true,
          logger,
          store: createRateWindowStore(deps.redis, { prefix: deps.keys.rateCounters(kind), windowMs }),
          keyGenerator: (req) => {
            const who = deps.identify(req);
            return who ? `token:${who}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown', 56)}`;
          },
          handler: (_req, _res, next) =>
            next(new HttpError(429, 'rate_limited', `too many requests: this client may make ${limit} ${kind} requests per ${seconds} s; retry after the Retry-After seconds`)),
        })
      : null;

  const by: Record<Kind, RequestHandler | null> = { ingest: limiter('ingest', deps.limits.ingest), read: limiter('read', deps.limits.read) };
  return (req, res, next) => {
    const kind = kindOf(req);
    const handler = kind && by[kind];
    if (!handler) return next();
    return handler(req, res, next);
  };
}
