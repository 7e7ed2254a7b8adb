import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startAll, startServer, type Handle } from '../../src/service/start.js';
import { variants } from '../helpers/eml.js';
import { deletePrefix, MACHINE_REDIS, startOwnRedis, uniquePrefix, type OwnRedis } from '../helpers/redis.js';
import { client, spawnWorker, testEnv } from '../helpers/service.js';

// A loaded machine (CI, the rest of the suite in parallel) makes the first scores slow.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

// What must survive: Redis going away under the API, a worker killed outright,
// a worker told to stop while it has jobs in hand.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Posts every message like a mail relay: a 503 is retried once `retry` says so; resolves to the ids accepted. */
async function relay(api: ReturnType<typeof client>, messages: Buffer[], opts: { concurrency: number; onAccepted?: (n: number) => void; retry?: () => Promise<void> }) {
  const ids: string[] = [];
  let next = 0;
  let unavailable = 0;
  const lane = async () => {
    while (next < messages.length) {
      const raw = messages[next++];
      for (;;) {
        const res = await api.postRaw(raw);
        if (res.status === 202) {
          ids.push((await res.json()).id);
          opts.onAccepted?.(ids.length);
          break;
        }
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        unavailable++;
        await res.body?.cancel();
        await opts.retry?.();
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, lane));
  return { ids, unavailable };
}

const countIn = (url: string, prefix: string) => {
  const redis = new Redis(url);
  cleanups.push(async () => redis.disconnect());
  return {
    results: () => redis.zcard(`{${prefix}}:idx:time`),
    /** Sum of the per-day "n" aggregates: how many times results were counted. */
    counted: async () => {
      let n = 0;
      for (const key of await redis.keys(`{${prefix}}:agg:*`)) {
        for (const [field, value] of Object.entries(await redis.hgetall(key))) if (field.endsWith('\tn')) n += Number(value);
      }
      return n;
    },
    redis,
  };
};

describe('Redis unavailable', () => {
  it('answers 503 with Retry-After at once, accepts again when Redis is back, and loses nothing it accepted', async () => {
    const own: OwnRedis = await startOwnRedis();
    cleanups.push(() => own.destroy());
    const prefix = uniquePrefix('down');
    const handle = await startAll(loadConfig(testEnv(prefix, { REDIS_URL: own.url })), { print: () => {} });
    cleanups.push(() => handle.close());
    const api = client(handle.url);
    const messages = variants(300, 'down');

    let back!: () => void;
    const redisBack = new Promise<void>((resolve) => (back = resolve));
    let stopped: Promise<void> | null = null;
    const run = relay(api, messages, {
      concurrency: 8,
      onAccepted: (n) => {
        if (n === 100 && !stopped) stopped = own.stop();
      },
      retry: () => redisBack,
    });
    await expect.poll(() => stopped, { interval: 5, timeout: 60_000 }).not.toBeNull();
    await stopped;
    const t = Date.now();
    const refused = await api.postRaw(messages[0]);
    expect(refused.status).toBe(503);
    expect(Date.now() - t).toBeLessThan(3_000);
    expect((await refused.json()).error.code).toBe('unavailable');
    expect((await api.get('/readyz', null)).status).toBe(503);

    await own.start();
    back();
    const { ids, unavailable } = await run;
    expect(unavailable).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(messages.length);

    const count = countIn(own.url, prefix);
    await expect.poll(count.results, { timeout: 120_000, interval: 100 }).toBe(messages.length);
    expect(await count.counted()).toBe(messages.length);
  }, 240_000);
});

describe('workers', () => {
  it('a worker SIGKILLed mid-job loses nothing: its jobs are taken up again and every message is scored exactly once', async () => {
    const prefix = uniquePrefix('kill');
    cleanups.push(() => deletePrefix(prefix));
    const env = testEnv(prefix, { QA_CONCURRENCY: '16' });
    const server = await startServer(loadConfig(env), { print: () => {} });
    cleanups.push(() => server.close());
    const api = client(server.url);
    const { ids } = await relay(api, variants(400, 'kill'), { concurrency: 16 });
    expect((await api.get(`/v1/results/${ids[0]}`)).status).toBe(202);
    expect(await (await api.get(`/v1/results/${ids[0]}`)).json()).toEqual({ id: ids[0], status: 'queued' });

    const count = countIn(MACHINE_REDIS, prefix);
    const first = spawnWorker(env);
    cleanups.push(async () => first.kill('SIGKILL'));
    await expect.poll(count.results, { timeout: 60_000, interval: 10 }).toBeGreaterThan(20);
    first.kill('SIGKILL');
    await first.exited;
    const queue = new Queue(`messages`, { connection: count.redis, prefix: `{${prefix}}` });
    cleanups.push(() => queue.close());
    expect(await queue.getActiveCount()).toBeGreaterThan(0); // jobs it held when it died
    expect(await count.results()).toBeLessThan(ids.length);

    const second = spawnWorker(env);
    cleanups.push(async () => (second.kill('SIGTERM'), await second.exited));
    await expect.poll(count.results, { timeout: 120_000, interval: 100 }).toBe(ids.length);
    expect(await count.counted()).toBe(ids.length);
    expect(await queue.getFailedCount()).toBe(0);
    const stats = await count.redis.hgetall(`{${prefix}}:stats`);
    expect(Number(stats.scored ?? 0) + Number(stats.unscorable ?? 0)).toBe(ids.length);
  }, 240_000);

  it('SIGTERM drains: the worker finishes the jobs in hand, leaves the rest waiting, and exits 0', async () => {
    const prefix = uniquePrefix('drain');
    cleanups.push(() => deletePrefix(prefix));
    // A long lock: on a busy machine a short one can lapse while scoring, which is not what this test is about.
    const env = testEnv(prefix, { QA_CONCURRENCY: '32', QA_LOCK_DURATION: '60s' });
    const server = await startServer(loadConfig(env), { print: () => {} });
    cleanups.push(() => server.close());
    const { ids } = await relay(client(server.url), variants(400, 'drain'), { concurrency: 16 });

    const count = countIn(MACHINE_REDIS, prefix);
    const worker = spawnWorker(env);
    cleanups.push(async () => worker.kill('SIGKILL'));
    await expect.poll(count.results, { timeout: 60_000, interval: 10 }).toBeGreaterThan(20);
    worker.kill('SIGTERM');
    expect(await worker.exited).toBe(0);

    const queue = new Queue('messages', { connection: count.redis, prefix: `{${prefix}}` });
    cleanups.push(() => queue.close());
    expect(await queue.getActiveCount()).toBe(0);
    expect((await count.results()) + (await queue.getWaitingCount())).toBe(ids.length);
    expect(await count.redis.zcard(`{${prefix}}:workers`)).toBe(0);
  }, 240_000);

  it('close() may be called twice, at once', async () => {
    const prefix = uniquePrefix('twice');
    cleanups.push(() => deletePrefix(prefix));
    const handle: Handle = await startAll(loadConfig(testEnv(prefix)), { print: () => {} });
    await Promise.all([handle.close(), handle.close()]);
    await handle.close();
  });
});
