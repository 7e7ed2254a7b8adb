import { loadAgents } from '../agents.js';
import type { Config } from '../config.js';
import { NotAnEmailError } from '../ingest/headers.js';
import { createIngest, createReplyFilter } from '../ingest/ingest.js';
import { createLogger } from '../log.js';
import { createQueue } from '../queue/queue.js';
import { connect, isRedisUnavailable, waitForRedis } from '../queue/redis.js';
import { createKeys } from '../store/keys.js';
import { createResultStore } from '../store/results.js';

// The two ways an import hands a message over: POST /v1/messages of a running
// service, or createIngest straight into its Redis. Either answers what became
// of the message, or throws: Retry (try the same message again later) or Fatal
// (no message can get through: stop the import).

export type Sent = { status: 'queued' | 'duplicate' | 'skipped' } | { status: 'failed'; reason: string };

export class Retry extends Error {
  constructor(
    message: string,
    /** Seconds the other side asked to wait (Retry-After). */
    readonly afterSeconds?: number,
  ) {
    super(message);
  }
}
export class Fatal extends Error {}

export interface Sender {
  target: string;
  send(raw: Buffer): Promise<Sent>;
  close(): Promise<void>;
}

export function httpSender(baseUrl: string, token: string): Sender {
  const url = baseUrl.replace(/\/+$/, '') + '/v1/messages';
  return {
    target: baseUrl.replace(/\/+$/, ''),
    async send(raw) {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${token}` },
          body: new Uint8Array(raw),
        });
      } catch (err) {
        throw new Retry(`cannot reach ${url}: ${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}`);
      }
      const body = (await res.json().catch(() => ({}))) as { status?: string; error?: { message?: string } };
      if (res.status === 202 && (body.status === 'queued' || body.status === 'duplicate' || body.status === 'skipped')) return { status: body.status };
      if (res.status === 401 || res.status === 403) throw new Fatal(`the service refused the token (${res.status}): give the ingest token with --token or QA_INGEST_TOKEN`);
      if (res.status === 404) throw new Fatal(`${url} answers 404: is --url the service's base URL?`);
      if (res.status === 429 || res.status >= 500) {
        const after = Number(res.headers.get('retry-after'));
        throw new Retry(`the service answered ${res.status}${body.error?.message ? `: ${body.error.message}` : ''}`, Number.isFinite(after) && after > 0 ? after : undefined);
      }
      return { status: 'failed', reason: body.error?.message ?? `HTTP ${res.status}` };
    },
    close: async () => {},
  };
}

/** createIngest on the service's own Redis, configured from the same environment as the service. */
export async function redisSender(config: Config): Promise<Sender> {
  const redis = connect(config.redisUrl, 'producer', { cluster: config.redisCluster, name: 'email-qa-import' });
  redis.on('error', () => {}); // each failed command says so itself
  try {
    await waitForRedis(redis, 10_000);
  } catch (err) {
    redis.disconnect();
    throw new Fatal(`cannot reach Redis at ${config.redisUrl ?? 'redis://127.0.0.1:6379'}: ${(err as Error).message}`);
  }
  const queue = createQueue(redis, config);
  queue.on('error', () => {});
  const store = createResultStore(redis, createKeys(config.keyPrefix), config);
  const ingest = createIngest({ store, queue, filter: createReplyFilter(config.supportDomains, loadAgents(config.agentsFile)), log: createLogger('silent') });
  return {
    target: `redis ${config.prefix}`,
    async send(raw) {
      if (raw.length > config.maxMessageBytes) return { status: 'failed', reason: `larger than QA_MAX_MESSAGE_SIZE (${config.maxMessageBytes} bytes)` };
      try {
        return await ingest(raw);
      } catch (err) {
        if (err instanceof NotAnEmailError) return { status: 'failed', reason: `not an email: ${err.message}` };
        if (isRedisUnavailable(err)) throw new Retry(`Redis is unavailable: ${(err as Error).message}`);
        throw err;
      }
    },
    async close() {
      await queue.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
