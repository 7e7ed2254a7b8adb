import type { Store } from 'express-rate-limit';
import type { QaRedis } from './scripts.js';

// Request counts per client in fixed windows, in Redis, so that every API
// process of a deployment counts against the same limit. A store for
// express-rate-limit on the service's own connection: the script is defined
// on it like the others (ioredis sends EVALSHA and falls back to EVAL, on a
// Cluster too, in the deployment's slot), nothing is loaded at start-up, and the
// connection's fail-fast settings apply. A count that does not come back within
// `timeoutMs` is an error, which the limiter answers by letting the request
// through: limiting must never be why ingest hangs or fails.

/** KEYS: counter · ARGV: window (ms) → {hits in this window, ms until it ends}. */
const HIT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if n == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

interface HitRedis {
  qaRateHit(key: string, windowMs: number): Promise<[number, number]>;
}

export function createRateWindowStore(redis: QaRedis, opts: { prefix: string; windowMs: number; timeoutMs?: number }): Store {
  if (!('qaRateHit' in redis)) redis.defineCommand('qaRateHit', { numberOfKeys: 1, lua: HIT });
  const r = redis as QaRedis & HitRedis;
  const timeoutMs = opts.timeoutMs ?? 1_000;
  const key = (k: string) => opts.prefix + k;

  const bounded = <T>(p: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`rate limit count took over ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
  };

  return {
    prefix: opts.prefix,
    localKeys: false,
    async increment(k) {
      const [hits, ttl] = await bounded(r.qaRateHit(key(k), opts.windowMs));
      return { totalHits: Number(hits), resetTime: new Date(Date.now() + Number(ttl)) };
    },
    async decrement(k) {
      await bounded(redis.decr(key(k)));
    },
    async resetKey(k) {
      await bounded(redis.del(key(k)));
    },
  };
}
