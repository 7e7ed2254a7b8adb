import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/result.js';
import { pick, type Candidate } from '../../src/review/sample.js';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import type { ResultStore } from '../../src/store/results.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { makeResult, openStore, seed } from '../helpers/review-seed.js';
import { client, READ_TOKEN, testConfig } from '../helpers/service.js';

// Audit samples over seeded results on the real Redis: reproducible, each
// strategy, each filter, and saved as an assignment whose progress follows
// the assigned reviewer's reviews.

const DAY = 86_400_000;
const prefixes = [uniquePrefix('samples'), uniquePrefix('samples-rev')];
const handles: ServerHandle[] = [];
const stores: ResultStore[] = [];
let api: ReturnType<typeof client>;
let other: ReturnType<typeof client>;
const now = Date.now();

const ANGRY = 'This is UNACCEPTABLE!! I am furious, the sofa came broken TWICE and nobody answers.';

/** 40 replies: agents ana (12), bo (12), cy (8, Billing), dee (8, Billing); a tenth in Italian. */
function dataset(): Result[] {
  const out: Result[] = [];
  const agents = [
    ['ana', 'Home', 12],
    ['bo', 'Home', 12],
    ['cy', 'Billing', 8],
    ['dee', 'Billing', 8],
  ] as const;
  let k = 0;
  for (const [agent, team, count] of agents) {
    for (let i = 0; i < count; i++, k++) {
      const id = `${agent}-${String(i).padStart(2, '0')}`;
      // Scores 70–95 for everyone; ana-03 is far below her own mean, bo-05 fails empathy, cy-02 quotes an angry customer.
      let score = 70 + ((k * 7) % 26);
      const verdicts: Parameters<typeof makeResult>[0]['verdicts'] = {};
      if (id === 'ana-03') score = 30;
      if (id === 'bo-05' || id === 'dee-01') verdicts.empathy = 'fail';
      if (id === 'cy-04') verdicts.empathy = 'na';
      out.push(
        makeResult({
          id,
          agent,
          team,
          score,
          verdicts,
          language: k % 10 === 9 ? 'it' : 'en',
          quoted: id === 'cy-02' || id === 'cy-04' ? ANGRY : 'Hello, where is my order? Thanks.',
        }),
      );
    }
  }
  return out;
}

const ids = (s: { items: { id: string }[] }) => s.items.map((i) => i.id);

beforeAll(async () => {
  const data = dataset();
  for (const [i, prefix] of prefixes.entries()) {
    const config = testConfig(prefix);
    handles.push(await startServer(config, { print: () => {} }));
    stores.push(openStore(config));
    // The second deployment receives the same replies in the opposite order, an hour later.
    const order = i === 0 ? data : [...data].reverse();
    await seed(stores[i], order, (j) => now - DAY - (order.length - j) * 60_000 + i * 3_600_000);
  }
  // Two replies outside the default period (40 days ago).
  await seed(stores[0], [makeResult({ id: 'old-1', agent: 'ana', score: 5 }), makeResult({ id: 'old-2', agent: 'ana', score: 6 })], () => now - 40 * DAY);
  api = client(handles[0].url);
  other = client(handles[1].url);
});

afterAll(async () => {
  for (const h of handles) await h.close();
  for (const s of stores) s.redis.disconnect();
  for (const p of prefixes) await deletePrefix(p);
});

describe('reproducible samples', () => {
  it('draw the same replies for the same seed and filters, and others for another seed', async () => {
    const a = await api.json('/v1/samples?n=10&seed=audit-2026-w10');
    const b = await api.json('/v1/samples?n=10&seed=audit-2026-w10');
    const c = await api.json('/v1/samples?n=10&seed=audit-2026-w11');
    expect(a.candidates).toBe(40);
    expect(ids(a)).toHaveLength(10);
    expect(new Set(ids(a)).size).toBe(10);
    expect(ids(b)).toEqual(ids(a));
    expect(ids(c)).not.toEqual(ids(a));
  });

  it('do not depend on the order in which the replies arrived', async () => {
    for (const strategy of ['random', 'stratified', 'lowest', 'spotlight']) {
      const q = `/v1/samples?strategy=${strategy}&n=5&seed=s1`;
      expect(ids(await other.json(q))).toEqual(ids(await api.json(q)));
    }
  });

  it('are fixed for a seed: the generator is part of the contract (a change would silently redraw every saved audit)', () => {
    const ids10 = ['ana-00', 'ana-01', 'bo-00', 'bo-01', 'cy-00', 'cy-01', 'dee-00', 'dee-01', 'dee-02', 'dee-03'];
    const cands: Candidate[] = ids10.map((id, i) => ({ id, agent: id.split('-')[0], team: null, language: 'en', sentAt: null, receivedAt: 0, subject: null, score: 50 + i }));
    expect(pick(cands, { strategy: 'random', n: 4, seed: 'golden' }).map((c) => c.id)).toEqual(['dee-00', 'ana-00', 'ana-01', 'bo-00']);
    expect(pick(cands, { strategy: 'stratified', n: 1, seed: 'golden' }).map((c) => c.id)).toEqual(['ana-01', 'bo-00', 'cy-01', 'dee-01']);
  });

  it('name a new seed when none is given, which draws the same sample again', async () => {
    const first = await api.json('/v1/samples?n=8');
    expect(first.seed).toMatch(/^[0-9a-f]{12}$/);
    expect(ids(await api.json(`/v1/samples?n=8&seed=${first.seed}`))).toEqual(ids(first));
  });
});

describe('strategies', () => {
  it('stratified: n per agent, every agent', async () => {
    const s = await api.json('/v1/samples?strategy=stratified&n=3&seed=x');
    const per = new Map<string, number>();
    for (const i of s.items) per.set(i.agent, (per.get(i.agent) ?? 0) + 1);
    expect(Object.fromEntries(per)).toEqual({ ana: 3, bo: 3, cy: 3, dee: 3 });
  });

  it('lowest: the lowest scores of the period', async () => {
    const s = await api.json('/v1/samples?strategy=lowest&n=3&seed=x');
    expect(s.items[0]).toMatchObject({ id: 'ana-03', score: 30 });
    const scores = s.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((x, y) => x - y));
    const all = (await api.json('/v1/samples?n=500&seed=x')).items.map((i: { score: number }) => i.score).sort((x: number, y: number) => x - y);
    expect(scores).toEqual(all.slice(0, 3));
  });

  it('spotlight: failed critical criteria, outliers against the agent\'s own mean, angry customers, each with its reason', async () => {
    const s = await api.json('/v1/samples?strategy=spotlight&n=50&seed=x');
    const byId = new Map(s.items.map((i: { id: string; reasons: unknown[] }) => [i.id, i.reasons]));
    expect([...byId.keys()].sort()).toEqual(['ana-03', 'bo-05', 'cy-02', 'dee-01']);
    expect(byId.get('bo-05')).toEqual([{ kind: 'critical_fail', criteria: ['empathy'] }]);
    expect(byId.get('ana-03')).toEqual([{ kind: 'outlier', score: 30, agentMean: expect.any(Number), gap: expect.any(Number) }]);
    expect(byId.get('cy-02')).toEqual([{ kind: 'angry_customer', cues: ['furious', '(!! or ?!)'] }]);
    // cy-04 quotes the same angry text, but empathy is "na" there: the scorer saw nothing to empathise with.
    expect(byId.has('cy-04')).toBe(false);
    // Critical criteria can be chosen per request.
    const own = await api.json('/v1/samples?strategy=spotlight&n=50&seed=x&critical=apology');
    expect(own.items.map((i: { id: string }) => i.id).sort()).toEqual(['ana-03', 'cy-02']);
  });
});

describe('filters', () => {
  it('agent, team, language, criterion verdict and period narrow the candidates', async () => {
    const n = async (q: string) => (await api.json(`/v1/samples?n=500&seed=f&${q}`)) as { candidates: number; items: { id: string; agent: string; team: string; language: string }[] };
    const ana = await n('agent=ana');
    expect(ana.candidates).toBe(12);
    expect(ana.items.every((i) => i.agent === 'ana')).toBe(true);
    expect((await n('team=Billing')).items.every((i) => i.team === 'Billing')).toBe(true);
    expect((await n('team=Billing')).candidates).toBe(16);
    expect((await n('language=it')).items.map((i) => i.language)).toEqual(['it', 'it', 'it', 'it']);
    expect(ids(await n('criterion=empathy:fail')).sort()).toEqual(['bo-05', 'dee-01']);
    expect(ids(await n('criterion=empathy:fail&team=Billing'))).toEqual(['dee-01']);
    expect(ids(await n('criterion=empathy:fail,apology:pass&agent=bo'))).toEqual(['bo-05']);
    const old = await n(`from=${new Date(now - 45 * DAY).toISOString()}&to=${new Date(now - 35 * DAY).toISOString()}`);
    expect(ids(old).sort()).toEqual(['old-1', 'old-2']);
  });

  it('answers 400 for a bad strategy, criterion filter or period', async () => {
    for (const q of ['strategy=worst', 'criterion=empathy', 'criterion=empathy:maybe', 'n=0', 'from=2026-02-01&to=2026-01-01', 'from=yesterday']) {
      const res = await api.get(`/v1/samples?${q}`);
      expect(res.status, q).toBe(400);
      expect((await res.json()).error.code).toBe('bad_request');
    }
    expect((await api.get('/v1/samples', null)).status).toBe(401);
  });
});

describe('assignments', () => {
  it('save a sample for a reviewer and follow that reviewer\'s progress', async () => {
    const sample = await api.json('/v1/samples?strategy=random&n=4&seed=assign&team=Home');
    const res = await fetch(`${handles[0].url}/v1/assignments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${READ_TOKEN}` },
      body: JSON.stringify({ name: 'Week 10, Home', reviewer: 'maria', sample: { strategy: 'random', n: 4, seed: 'assign', team: 'Home' } }),
    });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a).toMatchObject({ name: 'Week 10, Home', reviewer: 'maria', progress: { total: 4, reviewed: 0, remaining: 4 }, sample: { seed: 'assign', strategy: 'random' } });
    expect(a.items.map((i: { id: string }) => i.id)).toEqual(ids(sample));

    const review = (id: string, reviewer: string) =>
      fetch(`${handles[0].url}/v1/results/${id}/reviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${READ_TOKEN}` },
        body: JSON.stringify({ reviewer, verdicts: { empathy: 'pass' } }),
      });
    await review(a.items[0].id, 'maria');
    await review(a.items[1].id, 'someone-else');
    const again = await api.json(`/v1/assignments/${a.id}`);
    expect(again.progress).toEqual({ total: 4, reviewed: 1, remaining: 3 });
    expect(again.items.map((i: { reviewed: boolean }) => i.reviewed)).toEqual([true, false, false, false]);
    expect((await api.json('/v1/assignments?reviewer=maria')).assignments.map((x: { id: string }) => x.id)).toContain(a.id);
    expect((await api.get('/v1/assignments/nope')).status).toBe(404);
  });
});
