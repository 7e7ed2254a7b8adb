import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createIngest, IngestInFlightError } from '../../src/ingest/ingest.js';
import { createQueue } from '../../src/queue/queue.js';
import type { MessageQueue } from '../../src/queue/queue.js';
import { connect, isRedisUnavailable, waitForRedis } from '../../src/queue/redis.js';
import { createKeys } from '../../src/store/keys.js';
import { createResultStore } from '../../src/store/results.js';
import { fixture, withMessageId } from '../helpers/eml.js';
import { MACHINE_REDIS, uniquePrefix } from '../helpers/redis.js';
import { startTestService, testEnv, type TestService } from '../helpers/service.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

// Issue 3: simultaneous posts of one message. Exactly one is answered "queued",
// every other "duplicate" with the same id, and a claim whose enqueue failed does
// not turn the relay's retry into a "duplicate" of a message that was never queued.

const prefix = uniquePrefix('race');
let svc: TestService;
let api: TestService['api'];
let redis: TestService['redis'];

beforeAll(async () => {
  svc = await startTestService(testEnv(prefix));
  ({ api, redis } = svc);
});

afterAll(() => svc?.close());

/** `n` posts of the same bytes at once; their answers. */
const storm = (raw: Buffer, n: number) =>
  Promise.all(
    Array.from({ length: n }, async () => {
      const res = await api.postRaw(raw);
      expect(res.status).toBe(202);
      return (await res.json()) as { id: string; status: string };
    }),
  );

describe('concurrent posts of the same message', () => {
  it('answer "queued" exactly once and "duplicate" with the same id to all the others, round after round', async () => {
    const rounds = 25;
    const ids: string[] = [];
    for (let round = 0; round < rounds; round++) {
      // Even rounds by Message-ID; odd rounds have none and are named by their bytes.
      const base = fixture(round % 2 ? 'dev-fr-001.eml' : 'dev-en-001.eml');
      const raw = round % 2 ? Buffer.concat([withMessageId(base, null), Buffer.from(`\r\nrace ${prefix} ${round}\r\n`)]) : withMessageId(base, `<race.${round}@${prefix}.test>`);
      const answers = await storm(raw, 20);
      expect(answers.filter((a) => a.status === 'queued'), `round ${round}`).toHaveLength(1);
      expect(answers.filter((a) => a.status === 'duplicate'), `round ${round}`).toHaveLength(19);
      expect(new Set(answers.map((a) => a.id)).size).toBe(1);
      ids.push(answers[0].id);
    }
    expect(new Set(ids).size).toBe(rounds);
    // One result each, counted once in the aggregates.
    await expect.poll(() => redis.zcard(`{${prefix}}:idx:time`), { timeout: 120_000, interval: 100 }).toBe(rounds);
    const stats = await redis.hgetall(`{${prefix}}:stats`);
    expect(Number(stats.scored ?? 0) + Number(stats.unscorable ?? 0)).toBe(rounds);
    for (const id of ids) expect(await redis.exists(`{${prefix}}:result:${id}`)).toBe(1);
  });
});

describe('a claim whose enqueue fails', () => {
  const parts = async () => {
    const config = loadConfig(testEnv(prefix));
    const conn = connect(MACHINE_REDIS, 'producer', { name: 'race-test' });
    await waitForRedis(conn, 10_000);
    const store = createResultStore(conn, createKeys(config.keyPrefix), config);
    const queue = createQueue(conn, config);
    return { store, queue, conn, log: pino({ level: 'silent' }), filter: { supportDomains: [], hasAgents: false, isAgentAddress: () => false } };
  };
  /** The real queue, except that add() waits for `gate` and then fails once. */
  const failingOnce = (queue: MessageQueue, gate: Promise<void> = Promise.resolve()) => {
    let failed = false;
    return new Proxy(queue, {
      get: (target, prop, receiver) =>
        prop === 'add'
          ? async (...args: Parameters<MessageQueue['add']>) => {
              await gate;
              if (!failed) {
                failed = true;
                throw Object.assign(new Error('Command timed out'), { name: 'Error' });
              }
              return target.add(...args);
            }
          : Reflect.get(target, prop, receiver),
    });
  };

  it('a claim command run twice by the same request (ioredis re-sends it after a reconnect) is still that request\'s claim', async () => {
    const p = await parts();
    const id = `resent-${prefix}`;
    const raw = fixture('dev-en-001.eml');
    expect(await p.store.claim(id, raw, 'token-a', 10_000)).toBe('claimed');
    expect(await p.store.claim(id, raw, 'token-a', 10_000)).toBe('claimed');
    expect(await p.store.claim(id, raw, 'token-b', 10_000)).toBe('in-flight');
    await p.store.release(id, 'token-b'); // not its claim: nothing happens
    expect(await p.store.claim(id, raw, 'token-b', 10_000)).toBe('in-flight');
    await p.store.release(id, 'token-a');
    expect(await p.store.claim(id, raw, 'token-b', 10_000)).toBe('claimed');
    await p.queue.close();
    p.conn.disconnect();
  });

  it('lets the retry queue the message instead of calling it a duplicate', async () => {
    const p = await parts();
    const ingest = createIngest({ ...p, queue: failingOnce(p.queue) });
    const raw = withMessageId(fixture('dev-de-001.eml'), `<enqueue-fails@${prefix}.test>`);
    await expect(ingest(raw)).rejects.toThrow(/timed out/);
    const retry = await ingest(raw);
    expect(retry.status).toBe('queued');
    expect(await redis.exists(`{${prefix}}:messages:${retry.id}`)).toBe(1);
    expect(await ingest(raw)).toEqual({ id: retry.id, status: 'duplicate' });
    await p.queue.close();
    p.conn.disconnect();
  });

  it('a request that arrives while the first is still enqueueing waits for its outcome: queued by the one that succeeds', async () => {
    const p = await parts();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const ingest = createIngest({ ...p, queue: failingOnce(p.queue, gate) });
    const raw = withMessageId(fixture('dev-ro-001.eml'), `<waits@${prefix}.test>`);
    const first = ingest(raw);
    const firstFailed = expect(first).rejects.toThrow(/timed out/);
    await new Promise((r) => setTimeout(r, 50)); // the first holds the claim, stuck in add()
    const second = ingest(raw);
    setTimeout(open, 100);
    await firstFailed;
    expect((await second).status).toBe('queued');
    await p.queue.close();
    p.conn.disconnect();
  });

  it('gives up waiting on a claim that is never settled with an error that means "retry later"', async () => {
    const p = await parts();
    const raw = withMessageId(fixture('dev-it-001.eml'), `<stuck@${prefix}.test>`);
    const stuck = createIngest({ ...p, queue: failingOnce(p.queue, new Promise(() => {})) });
    void stuck(raw);
    await new Promise((r) => setTimeout(r, 50));
    const patient = createIngest({ ...p, inFlightWaitMs: 300 });
    const err = await patient(raw).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestInFlightError);
    expect(isRedisUnavailable(err)).toBe(true); // answered 503 with Retry-After by every door
    await p.queue.close();
    p.conn.disconnect();
  });
});
