import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/result.js';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import type { ResultStore } from '../../src/store/results.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { makeResult, openStore, seed } from '../helpers/review-seed.js';
import { client, READ_TOKEN, testConfig } from '../helpers/service.js';

// Calibration over reviews posted through the API, checked against figures
// computed by hand.

const prefix = uniquePrefix('calib');
let handle: ServerHandle;
let store: ResultStore;
let api: ReturnType<typeof client>;

const review = async (id: string, reviewer: string, verdicts: Record<string, Verdict>) => {
  const res = await fetch(`${handle.url}/v1/results/${id}/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${READ_TOKEN}` },
    body: JSON.stringify({ reviewer, verdicts }),
  });
  expect(res.status).toBe(201);
};

// Machine empathy verdicts of r0…r9 and maria's:
//   r0–r3 pass/pass, r4 pass/fail, r5 fail/pass, r6–r8 fail/fail, r9 na/na.
const MACHINE: Verdict[] = ['pass', 'pass', 'pass', 'pass', 'pass', 'fail', 'fail', 'fail', 'fail', 'na'];
const MARIA: Verdict[] = ['pass', 'pass', 'pass', 'pass', 'fail', 'pass', 'fail', 'fail', 'fail', 'na'];
// lee reviewed r0–r3 only: pass, pass, fail, fail.
const LEE: Verdict[] = ['pass', 'pass', 'fail', 'fail'];

beforeAll(async () => {
  const config = testConfig(prefix);
  handle = await startServer(config, { print: () => {} });
  api = client(handle.url);
  store = openStore(config);
  await seed(
    store,
    MACHINE.map((v, i) => makeResult({ id: `r${i}`, agent: i < 5 ? 'ana' : 'bo', team: i < 5 ? 'Home' : 'Billing', verdicts: { empathy: v } })),
  );
  await seed(store, [makeResult({ id: 'unreviewed', agent: 'ana' })]);
  for (const [i, v] of MARIA.entries()) await review(`r${i}`, 'maria', { empathy: v });
  for (const [i, v] of LEE.entries()) await review(`r${i}`, 'lee', { empathy: v });
});

afterAll(async () => {
  await handle?.close();
  store?.redis.disconnect();
  await deletePrefix(prefix);
});

describe('GET /v1/calibration', () => {
  it('gives the machine-vs-human matrix, agreement and kappa computed by hand', async () => {
    const c = await api.json('/v1/calibration');
    expect(c.reviewedReplies).toBe(10);
    expect(c.reviews).toBe(14);
    // Machine vs every review (maria's 10 and lee's 4), rows machine, columns human:
    //            pass fail na
    //   pass       6    3   0     r0–r3 maria pass; r0,r1 lee pass, r2,r3 lee fail; r4 maria fail
    //   fail       1    3   0     r5 maria pass; r6–r8 maria fail
    //   na         0    0   1     r9
    // n = 14; p_o = (6 + 3 + 1) / 14 = 10/14
    // rows 9, 4, 1; columns 7, 6, 1: p_e = (9·7 + 4·6 + 1·1) / 196 = 88/196
    // κ = (140/196 − 88/196) / (1 − 88/196) = 52/108 = 0.48148…
    expect(c.criteria.empathy.machineVsHuman).toEqual({
      n: 14,
      agreement: 0.714,
      kappa: 0.481,
      matrix: [
        [6, 3, 0],
        [1, 3, 0],
        [0, 0, 1],
      ],
    });
    // Reviewer pairs, rows lee, columns maria (sorted ids): r0,r1 pass/pass, r2,r3 fail/pass.
    // p_o = 2/4; rows 2, 2, 0; columns 4, 0, 0: p_e = (2·4 + 2·0) / 16 = 0.5; κ = 0.
    const pair = { n: 4, agreement: 0.5, kappa: 0, matrix: [[2, 0, 0], [2, 0, 0], [0, 0, 0]] };
    expect(c.criteria.empathy.humanVsHuman).toEqual(pair);
    expect(c.criteria.empathy.pairs).toEqual([{ reviewers: ['lee', 'maria'], ...pair }]);
    // Only the criteria someone reviewed are reported.
    expect(Object.keys(c.criteria)).toEqual(['empathy']);
  });

  it('lists the most disputed replies first', async () => {
    const c = await api.json('/v1/calibration?limit=3');
    // r2, r3: machine pass, maria pass, lee fail → 2 pairs of raters differ; r4, r5: 1.
    expect(c.disputed.map((d: { id: string; disagreements: number }) => [d.id, d.disagreements])).toEqual([
      ['r2', 2],
      ['r3', 2],
      ['r4', 1],
    ]);
    expect(c.disputed[0].criteria).toEqual({ empathy: { machine: 'pass', reviewers: { lee: 'fail', maria: 'pass' } } });
    expect(c.disputed[0].url).toMatch(/\/v1\/results\/r2$/);
  });

  it('filters by agent and team, and changes when a review changes', async () => {
    const bo = await api.json('/v1/calibration?agent=bo');
    // r5–r9: machine fail/fail/fail/fail/na, maria pass/fail/fail/fail/na.
    expect(bo.criteria.empathy.machineVsHuman.matrix).toEqual([
      [0, 0, 0],
      [1, 3, 0],
      [0, 0, 1],
    ]);
    expect((await api.json('/v1/calibration?team=Billing')).criteria).toEqual(bo.criteria);
    await review('r5', 'maria', { empathy: 'fail' });
    const after = await api.json('/v1/calibration?agent=bo');
    expect(after.criteria.empathy.machineVsHuman).toMatchObject({ agreement: 1, kappa: 1 });
    expect((await api.get('/v1/calibration?from=2026-02-01&to=2026-01-01')).status).toBe(400);
  });
});
