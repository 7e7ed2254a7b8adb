import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import type { ResultStore } from '../../src/store/results.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { makeResult, openStore, seed } from '../helpers/review-seed.js';
import { client, READ_TOKEN, testConfig } from '../helpers/service.js';

// Human reviews on the real Redis through the HTTP API: stored beside the
// automatic verdicts, a second review by the same reviewer replaces the first,
// and the per-agent aggregates move once per change.

const prefix = uniquePrefix('review');
let handle: ServerHandle;
let store: ResultStore;
let api: ReturnType<typeof client>;

const post = (path: string, body: unknown, token: string | null = READ_TOKEN) =>
  fetch(handle.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

beforeAll(async () => {
  const config = testConfig(prefix);
  handle = await startServer(config, { print: () => {} });
  api = client(handle.url);
  store = openStore(config);
  await seed(store, [
    makeResult({ id: 'r1', agent: 'ana', score: 60, verdicts: { empathy: 'fail', commitments: 'na' } }),
    makeResult({ id: 'r2', agent: 'ana', score: 100 }),
    makeResult({ id: 'r3', agent: 'bo', team: 'Billing', score: 40, verdicts: { apology: 'fail', empathy: 'fail', ownership: 'fail' } }),
  ]);
});

afterAll(async () => {
  await handle?.close();
  store?.redis.disconnect();
  await deletePrefix(prefix);
});

describe('human reviews', () => {
  it('are stored beside the automatic verdicts, which stay as they were', async () => {
    const res = await post('/v1/results/r1/reviews', { reviewer: 'maria', verdicts: { empathy: 'pass' }, comment: 'She did acknowledge the wait.' });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.machine.empathy).toBe('fail');
    expect(body.human).toEqual({ empathy: 'pass' });
    expect(body.reviews).toEqual([{ reviewer: 'maria', verdicts: { empathy: 'pass' }, comment: 'She did acknowledge the wait.', reviewedAt: expect.any(String) }]);
    // (1 + 1 + 1 + 1) / 4 with commitments na: every applicable criterion now passes.
    expect(body.humanScore).toBe(100);
    const result = await api.json('/v1/results/r1');
    expect(result.criteria.empathy.verdict).toBe('fail');
    expect(result.score).toBe(60);
    expect(await api.json('/v1/results/r1/reviews')).toEqual(body);
  });

  it('refuses a bad review with a readable 400, an unknown result with 404, and no token with 401', async () => {
    const bad = await post('/v1/results/r1/reviews', { reviewer: 'maria', verdicts: { empathy: 'great' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/verdicts\.empathy/);
    expect((await post('/v1/results/r1/reviews', { reviewer: 'maria', verdicts: {} })).status).toBe(400);
    expect((await post('/v1/results/r1/reviews', { reviewer: 'maria', verdicts: { tone: 'pass' } })).status).toBe(400);
    expect((await post('/v1/results/r1/reviews', { reviewer: 'a b', verdicts: { empathy: 'pass' } })).status).toBe(400);
    expect((await post('/v1/results/nope/reviews', { reviewer: 'maria', verdicts: { empathy: 'pass' } })).status).toBe(404);
    expect((await post('/v1/results/r1/reviews', { reviewer: 'maria', verdicts: { empathy: 'pass' } }, null)).status).toBe(401);
  });

  it('count in the agent aggregates instead of the machine verdicts, once per change', async () => {
    const before = await api.json('/v1/agents/bo');
    expect(before).toMatchObject({ reviewed: 0, verdicts: 'human', meanScore: 40 });
    expect(before.criteria.ownership).toMatchObject({ pass: 0, fail: 1, reviewed: 0 });

    await post('/v1/results/r3/reviews', { reviewer: 'lee', verdicts: { ownership: 'pass' } });
    // The same reviewer again, twice, concurrently with another reviewer: replaced, not added.
    await Promise.all([
      post('/v1/results/r3/reviews', { reviewer: 'lee', verdicts: { ownership: 'pass', apology: 'pass' } }),
      post('/v1/results/r3/reviews', { reviewer: 'lee', verdicts: { ownership: 'pass', apology: 'pass' } }),
      post('/v1/results/r3/reviews', { reviewer: 'kim', verdicts: { ownership: 'pass' } }),
    ]);
    const reviews = await api.json('/v1/results/r3/reviews');
    expect(reviews.reviews.map((r: { reviewer: string }) => r.reviewer).sort()).toEqual(['kim', 'lee']);
    expect(reviews.human).toEqual({ apology: 'pass', ownership: 'pass' });

    const after = await api.json('/v1/agents/bo');
    expect(after.reviewed).toBe(1);
    expect(after.criteria.ownership).toMatchObject({ pass: 1, fail: 0, reviewed: 1 });
    expect(after.criteria.apology).toMatchObject({ pass: 1, fail: 0, reviewed: 1 });
    expect(after.criteria.empathy).toMatchObject({ pass: 0, fail: 1, reviewed: 0 });
    // apology 1, empathy 0, ownership 1, commitments 1, satisfaction 1 → 80.
    expect(after.meanScore).toBe(80);
    expect(after.count).toBe(1);

    // Back to the machine's verdict: the aggregates return to where they were.
    await post('/v1/results/r3/reviews', { reviewer: 'lee', verdicts: { ownership: 'fail', apology: 'fail' } });
    await post('/v1/results/r3/reviews', { reviewer: 'kim', verdicts: { ownership: 'fail' } });
    const back = await api.json('/v1/agents/bo');
    expect(back.criteria.ownership).toMatchObject({ pass: 0, fail: 1, reviewed: 1 });
    expect(back.meanScore).toBe(40);
    expect(back.reviewed).toBe(1);

    const list = await api.json('/v1/agents');
    const ana = list.agents.find((a: { agent: string }) => a.agent === 'ana');
    expect(ana).toMatchObject({ reviewed: 1, count: 2, meanScore: 100 });
    expect(ana.criteria.empathy).toMatchObject({ pass: 2, fail: 0, passRate: 1, reviewed: 1 });
  });
});

describe('QA_PREFER_HUMAN=false', () => {
  it('keeps the machine figures and still says how many results were reviewed', async () => {
    // A second API on the same data, configured not to prefer human verdicts.
    const machineOnly = await startServer(testConfig(prefix, { QA_PREFER_HUMAN: 'false' }), { print: () => {} });
    try {
      await post('/v1/results/r2/reviews', { reviewer: 'maria', verdicts: { ownership: 'fail' } });
      const preferred = await api.json('/v1/agents/ana');
      const plain = await client(machineOnly.url).json('/v1/agents/ana');
      expect(preferred).toMatchObject({ verdicts: 'human', reviewed: 2 });
      expect(preferred.criteria.ownership).toMatchObject({ pass: 1, fail: 1, reviewed: 1 });
      expect(plain).toMatchObject({ verdicts: 'machine', reviewed: 2, meanScore: 80 });
      expect(plain.criteria.ownership).toMatchObject({ pass: 2, fail: 0, reviewed: 1 });
      expect(plain.criteria.empathy).toMatchObject({ pass: 1, fail: 1, reviewed: 1 });
    } finally {
      await machineOnly.close();
    }
  });
});

