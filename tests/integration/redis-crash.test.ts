import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/service/start.js';
import { variants } from '../helpers/eml.js';
import { startOwnRedis, uniquePrefix } from '../helpers/redis.js';
import { client, testEnv } from '../helpers/service.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// Found by `npm run soak`: Redis killed outright (not shut down) while it was
// answering a backlog of pipelined commands made ioredis abort the rest of each
// pipeline ("Command aborted due to connection close"), which the API answered
// 500 instead of 503 + Retry-After.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('Redis killed with posts in flight', () => {
  it('answers 503 with Retry-After, never 500, and takes the messages again once Redis is back', async () => {
    const own = await startOwnRedis({ appendfsync: 'always' }); // replies of a pipeline then come in parts
    cleanups.push(() => own.destroy());
    const server = await startServer(loadConfig(testEnv(uniquePrefix('crash'), { REDIS_URL: own.url })), { print: () => {} });
    cleanups.push(() => server.close());
    const api = client(server.url);
    const messages = variants(1500, 'crash');
    const statuses: Record<number, number> = {};
    let next = 0;
    let accepted = 0;
    let redisUp = true;
    let crashed: Promise<unknown> = Promise.resolve();
    // Frozen for a moment, so that a backlog of pipelined commands builds up; killed just as it works
    // through it, so that the API holds pipelines answered in part; then started again.
    const crash = async () => {
      own.signal('SIGSTOP');
      await new Promise((r) => setTimeout(r, 1_500));
      own.signal('SIGCONT');
      await new Promise((r) => setTimeout(r, 15));
      await own.kill();
      await new Promise((r) => setTimeout(r, 300));
      await own.start();
    };
    const lane = async () => {
      while (next < messages.length) {
        const raw = messages[next++];
        for (;;) {
          const res = await api.postRaw(raw);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status === 503) expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
          await res.body?.cancel();
          if (res.status === 202) break;
          if (res.status !== 503) return; // a wrong answer: counted above, the test fails below
          await new Promise((r) => setTimeout(r, redisUp ? 20 : 100));
        }
        if (++accepted % 200 === 0 && redisUp) {
          redisUp = false;
          crashed = crash().then(() => (redisUp = true));
        }
      }
    };
    await Promise.all(Array.from({ length: 64 }, lane));
    await crashed;
    expect(statuses[503]).toBeGreaterThan(0);
    expect(Object.keys(statuses).sort()).toEqual(['202', '503']);
    expect(accepted).toBe(messages.length);
  });
});
