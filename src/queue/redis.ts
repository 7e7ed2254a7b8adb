import { Redis, Cluster, type RedisOptions } from 'ioredis';
import { DEFAULT_REDIS_URL } from '../config.js';
import { withScripts, type QaRedis } from '../store/scripts.js';

// Connections by role. The HTTP side fails fast when Redis is away (a mail relay
// must get a 503 at once and retry later, never hang); workers wait it out.

export type Role = 'producer' | 'worker';

/** The longest the API waits on one Redis command; ingest's claim lease is derived from it (src/ingest/ingest.ts). */
export const PRODUCER_COMMAND_TIMEOUT_MS = 5_000;

const ROLE_OPTIONS: Record<Role, RedisOptions> = {
  producer: {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: PRODUCER_COMMAND_TIMEOUT_MS,
    enableAutoPipelining: true,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  },
  worker: {
    maxRetriesPerRequest: null,
    // No auto-pipelining: a worker's commands come one at a time (scoring is synchronous), and ioredis
    // builds each auto-pipeline by copying every script defined on the connection (BullMQ's 56 and
    // ours): ~100 µs of CPU per lone command, ~0.4 ms per message (bench/e2e.ts, npm run bench:e2e).
    enableAutoPipelining: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  },
};

export function connect(url: string | undefined, role: Role, opts: { cluster?: boolean; name?: string } = {}): QaRedis {
  const options: RedisOptions = { ...ROLE_OPTIONS[role], connectionName: opts.name ?? `email-qa-${role}` };
  const target = url ?? DEFAULT_REDIS_URL;
  if (opts.cluster) {
    const u = new URL(target);
    const redis = new Cluster([{ host: u.hostname, port: Number(u.port || 6379) }], {
      redisOptions: { ...options, username: u.username || undefined, password: decodeURIComponent(u.password) || undefined },
      enableOfflineQueue: options.enableOfflineQueue,
      enableAutoPipelining: options.enableAutoPipelining,
    });
    return withScripts(redis);
  }
  return withScripts(new Redis(target, options));
}

/** Resolves once Redis answers PING; rejects after `timeoutMs`. */
export async function waitForRedis(redis: QaRedis, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (redis.status === 'ready' || redis.status === 'connect') {
        await redis.ping();
        return;
      }
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    if (Date.now() > deadline) throw new Error(`Redis did not answer within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise<void>((resolve) => {
      const done = () => (clearTimeout(t), redis.off('ready', done), resolve());
      const t = setTimeout(done, 200);
      redis.once('ready', done);
    });
  }
}

/**
 * ioredis and BullMQ errors that mean "Redis is not there right now": answered 503, retried by workers.
 * Also EAGAIN: the message is being queued by another request right now (src/ingest/ingest.ts).
 */
export function isRedisUnavailable(err: unknown): boolean {
  const e = err as { name?: string; message?: string; code?: string };
  if (e?.name === 'MaxRetriesPerRequestError') return true;
  if (e?.code && ['EAGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTCONN', 'EHOSTUNREACH'].includes(e.code)) return true;
  // "Command aborted due to connection close": Redis died while a pipeline was answered in part (ioredis AbortError).
  return /enableOfflineQueue|Connection is closed|Command aborted due to connection close|Command timed out|ECONNREFUSED|ECONNRESET|^LOADING|^MISCONF|^READONLY|^OOM|Stream isn't writeable|connect ETIMEDOUT/.test(
    e?.message ?? '',
  );
}
