import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startDeployment, type Deployment } from '../helpers/deployment.js';
import { variants } from '../helpers/eml.js';
import { uniquePrefix } from '../helpers/redis.js';
import { makeResult } from '../helpers/review-seed.js';
import { testEnv } from '../helpers/service.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// Retention with short periods: results, raw messages, reviews and assignments
// expire, and the sweep trims every index entry (time, agent, team, customer,
// reviewed, assignments) and the agent records once nothing of theirs is left;
// GET /v1/admin/retention says what is in force and what is held.

const ADMIN = 'test-admin-token';
const prefix = uniquePrefix('retain');
const k = (...parts: string[]) => [`{${prefix}}`, ...parts].join(':');
let d: Deployment;

const adminGet = async (path: string) => {
  const res = await d.admin(path);
  expect(res.status).toBe(200);
  return res.json();
};

beforeAll(async () => {
  d = await startDeployment(loadConfig(testEnv(prefix, { QA_ADMIN_TOKEN: ADMIN, QA_RESULT_RETENTION: '4s', QA_RAW_RETENTION: '1s', QA_RAW_TTL: '1h', QA_RETENTION_SWEEP: '1s' })));
});

afterAll(async () => {
  await d?.stop();
});

describe('retention', () => {
  it('expires results and raw messages, sweeps every index entry after them, and reports it', async () => {
    const now = Date.now();
    const seeded = [
      makeResult({ id: 'keep-a', agent: 'ana', team: 'Home' }),
      makeResult({ id: 'keep-b', agent: 'bo', team: 'Billing' }),
    ];
    for (const r of seeded) await d.store.save(r, { receivedAt: now, durationSeconds: 0.01 });
    expect((await d.admin('/v1/results/keep-a/reviews', { reviewer: 'lead', verdicts: { empathy: 'fail' } })).status).toBe(201);
    expect((await d.admin('/v1/assignments', { name: 'week', reviewer: 'lead', ids: ['keep-a', 'keep-b'] })).status).toBe(201);

    // A real message: scored, then its raw bytes go after QA_RAW_RETENTION.
    const posted = await d.api.postRaw(variants(1, 'retain')[0]);
    const { id } = await posted.json();
    await expect.poll(async () => (await d.api.get(`/v1/results/${id}`)).status, { timeout: 60_000, interval: 50 }).toBe(200);
    const rawTtl = await d.redis.pttl(k('raw', id));
    expect(rawTtl === -2 || (rawTtl > 0 && rawTtl <= 1000)).toBe(true);

    const held = await adminGet('/v1/admin/retention');
    expect(held.settings).toEqual({
      resultRetentionSeconds: 4,
      rawTtlSeconds: 3600,
      rawRetentionSeconds: 1,
      failedRetentionSeconds: 30 * 86_400,
      aggregateRetentionSeconds: 4 + 86_400,
      sweepIntervalSeconds: 1,
    });
    expect(held.results.count).toBeGreaterThanOrEqual(1);
    expect(held.reviewedResults).toBe(1);
    expect(held.assignments).toBe(1);
    expect(held.aggregateDays).toBeGreaterThanOrEqual(1);
    expect(held.customerIndexSince).not.toBeNull();
    for (const index of [k('idx', 'time'), k('idx', 'agent', 'ana'), k('idx', 'team', 'Home'), k('idx', 'reviewed')]) expect(await d.redis.zcard(index)).toBeGreaterThan(0);

    // Past the retention: the values expire by their TTLs and the sweep takes the index entries.
    await expect.poll(async () => (await adminGet('/v1/admin/retention')).results.count, { timeout: 30_000, interval: 250 }).toBe(0);
    await expect.poll(() => d.redis.exists(k('raw', id), k('result', id), k('result', 'keep-a'), k('result', 'keep-b'), k('reviews', 'keep-a')), { timeout: 30_000, interval: 250 }).toBe(0);
    await expect.poll(() => d.redis.hlen(k('agents')), { timeout: 30_000, interval: 250 }).toBe(0);
    const report = await adminGet('/v1/admin/retention');
    expect(report.results).toEqual({ count: 0, oldestReceivedAt: null, nextExpiryAt: null });
    expect(report.reviewedResults).toBe(0);
    expect(report.assignments).toBe(0);
    expect(report.lastSweep.removed.time).toBeGreaterThanOrEqual(0);
    let customerIndexes = 0;
    let cursor = '0';
    do {
      const [next, found] = await d.redis.scan(cursor, 'MATCH', `{${prefix}}:idx:*`, 'COUNT', 1000);
      cursor = next;
      for (const key of found) if (key !== k('idx', 'customer-since')) customerIndexes += await d.redis.zcard(key);
    } while (cursor !== '0');
    expect(customerIndexes).toBe(0);
    // The day aggregates go a day after the retention.
    for (const key of await d.redis.keys(`{${prefix}}:agg:*`)) expect(await d.redis.ttl(key)).toBeLessThanOrEqual(4 + 86_400);
  });

  it('is for the admin token only', async () => {
    for (const token of ['test-read-token', 'test-ingest-token']) {
      expect((await d.admin('/v1/admin/retention', undefined, token)).status).toBe(401);
    }
  });
});
