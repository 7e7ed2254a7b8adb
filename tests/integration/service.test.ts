import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startAll, type ServerHandle } from '../../src/service/start.js';
import { fixture, loadFixtures, replaceHeader, withHeaders, withMessageId } from '../helpers/eml.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { client, INGEST_TOKEN, READ_TOKEN, startTestService, testEnv, type TestService } from '../helpers/service.js';
import { loadConfig } from '../../src/config.js';

// A loaded machine (CI, the rest of the suite in parallel) makes the first scores slow.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

// The whole service in one process (API + an in-process worker) on the machine's
// Redis under a prefix of its own: ingest → result → feed → agents.

const prefix = uniquePrefix('svc');
let handle: ServerHandle;
let api: ReturnType<typeof client>;
let env: Record<string, string>;
let redis: Redis;
let svc: TestService;

const waitForResult = async (id: string) => {
  await expect.poll(async () => (await api.get(`/v1/results/${id}`)).status, { timeout: 60_000, interval: 50 }).toBe(200);
  return api.json(`/v1/results/${id}`);
};

beforeAll(async () => {
  // Agents in the agents file count as support; the other fixtures' senders by their domain.
  const domains = 'wohnwerk-moebel.de casamea-mobila.ro casabellini.it maisonlumiere.fr mueblesalba.es northgatebank.co.uk';
  env = testEnv(prefix, { QA_MAX_MESSAGE_SIZE: '256kb', QA_SUPPORT_DOMAINS: domains });
  const agentsFile = join(env.QA_DATA_DIR, 'agents.csv');
  writeFileSync(agentsFile, 'email,id,name,team\r\ndaniel.hart@lumorahome.co.uk,dhart,Daniel Hart,Home\r\n"priya.nair@stackwise.io",pnair,"Nair, Priya",Platform\r\n');
  env.QA_AGENTS_FILE = agentsFile;
  env.QA_FEED_FILE = join(env.QA_DATA_DIR, 'feed.json');
  env.QA_FEED_FILE_ITEMS = '3';
  svc = await startTestService(env);
  ({ handle, api, redis } = svc);
});

afterAll(() => svc?.close());

describe('ingest', () => {
  it('queues a raw message/rfc822 post, scores it, and serves the result', async () => {
    const res = await api.postRaw(fixture('dev-en-001.eml'));
    expect(res.status).toBe(202);
    const body = await res.json();
    expect(body).toEqual({ id: expect.any(String), status: 'queued' });
    const result = await waitForResult(body.id);
    expect(result).toMatchObject({ id: body.id, source: body.id, status: 'scored', messageId: '<0f221fa3194250ef.0@lumorahome.co.uk>' });
    expect(result.agent).toMatchObject({ id: 'dhart', name: 'Daniel Hart', team: 'Home', email: 'daniel.hart@lumorahome.co.uk' });
    expect(Object.keys(result.criteria).length).toBeGreaterThan(0);
  });

  it('takes JSON with "raw" or "rawBase64" and hints', async () => {
    const a = await api.postJson({ raw: fixture('dev-de-001.eml').toString('utf8'), agent: 'tk', team: 'DACH' });
    const b = await api.postJson({ rawBase64: fixture('dev-ro-001.eml').toString('base64') });
    expect([a.status, b.status]).toEqual([202, 202]);
    const [ra, rb] = await Promise.all([a.json(), b.json()]);
    expect(ra.status).toBe('queued');
    expect(rb.status).toBe('queued');
    expect((await waitForResult(ra.id)).agent).toMatchObject({ id: 'tk', team: 'DACH' });
    expect((await waitForResult(rb.id)).agent.id).toBe('andreea.popescu@casamea-mobila.ro');
  });

  it('answers "duplicate" with the first id for the same Message-ID, also after its job is gone', async () => {
    const raw = withMessageId(fixture('dev-it-001.eml'), '<dup-1@casabellini.it>');
    const first = await (await api.postRaw(raw)).json();
    const again = await (await api.postRaw(raw)).json();
    expect(again).toEqual({ id: first.id, status: 'duplicate' });
    await waitForResult(first.id);
    // The job was removed on completion; the relay retries with a re-encoded copy of the same message.
    expect(await redis.exists(`{${prefix}}:messages:${first.id}`)).toBe(0);
    const late = await (await api.postJson({ raw: raw.toString('utf8') })).json();
    expect(late).toEqual({ id: first.id, status: 'duplicate' });
    expect(await redis.zscore(`{${prefix}}:idx:time`, first.id)).not.toBeNull();
  });

  it('names a message without Message-ID by its bytes', async () => {
    const raw = withMessageId(fixture('dev-fr-001.eml'), null);
    const first = await (await api.postRaw(raw)).json();
    expect(first.status).toBe('queued');
    expect(await (await api.postRaw(raw)).json()).toEqual({ id: first.id, status: 'duplicate' });
    const other = await (await api.postRaw(Buffer.concat([raw, Buffer.from('\r\n')]))).json();
    expect(other.id).not.toBe(first.id);
    await waitForResult(first.id);
    await waitForResult(other.id);
  });

  it('scores many concurrent posts of the same message exactly once', async () => {
    const raw = withMessageId(fixture('dev-es-001.eml'), '<storm@mueblesalba.es>');
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.postRaw(raw).then((r) => r.json())));
    const ids = new Set(answers.map((a) => a.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.status === 'queued').length).toBe(1);
    const [id] = ids;
    await waitForResult(id);
    const day = new Date().toISOString().slice(0, 10);
    const agent = 'javier.morales@mueblesalba.es';
    expect(await redis.hget(`{${prefix}}:agg:${day}`, `${agent}\tn`)).toBe('1');
  });
});

describe('refusals', () => {
  it('400 when the body is not an email, saying why', async () => {
    const res = await api.postRaw('hello, this is not a message at all');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('not_an_email');
    expect(body.error.message).toMatch(/header block/);
    expect((await api.postJson({ raw: '' })).status).toBe(400);
    expect((await api.postJson({ nothing: true })).status).toBe(400);
    expect((await api.postRaw('{bad json', { type: 'application/json' })).status).toBe(400);
  });

  it('401 without the ingest token, with a wrong one, or with the read token; never echoing it', async () => {
    for (const token of [null, 'wrong-token', READ_TOKEN]) {
      const res = await api.postRaw(fixture('dev-en-002.eml'), { token });
      expect(res.status).toBe(401);
      const text = await res.text();
      expect(text).not.toContain('wrong-token');
      expect(JSON.parse(text).error.code).toBe('unauthorized');
    }
    expect((await api.get('/v1/feed.json', null)).status).toBe(401);
    expect((await api.get('/v1/feed.json', INGEST_TOKEN)).status).toBe(401);
    expect((await api.get('/metrics', null)).status).toBe(401);
  });

  it('413 beyond QA_MAX_MESSAGE_SIZE, as bytes and as JSON', async () => {
    const big = Buffer.concat([fixture('dev-en-003.eml'), Buffer.alloc(300 * 1024, 'a')]);
    const res = await api.postRaw(big);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
    expect((await api.postJson({ rawBase64: big.toString('base64') })).status).toBe(413);
  });

  it('415 for other content types', async () => {
    const res = await api.postRaw(fixture('dev-en-002.eml'), { type: 'text/plain' });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });
});

describe('skipped mail', () => {
  const cases: [string, Buffer, RegExp][] = [
    ['an auto-reply (Auto-Submitted)', withHeaders(fixture('dev-en-002.eml'), 'Auto-Submitted: auto-replied'), /auto-reply/],
    ['an out-of-office subject in German', replaceHeader(fixture('dev-de-001.eml'), 'Subject', 'Abwesenheitsnotiz: Scharniere fehlen'), /out-of-office/],
    ['an encoded out-of-office subject in French', replaceHeader(fixture('dev-fr-001.eml'), 'Subject', '=?UTF-8?Q?R=C3=A9ponse_automatique_:_absent?='), /out-of-office/],
    ['a bounce from mailer-daemon', replaceHeader(fixture('dev-en-003.eml'), 'From', 'Mail Delivery System <MAILER-DAEMON@mx.example.net>'), /bounce/],
    ['a bounce with an empty Return-Path', replaceHeader(fixture('dev-it-001.eml'), 'Return-Path', '<>'), /Return-Path/],
  ];
  for (const [n, [what, raw, reason]] of cases.entries()) {
    it(`records ${what} as skipped, with its reason, and does not score it`, async () => {
      const res = await (await api.postRaw(withMessageId(raw, `<skip-${n}@x>`))).json();
      expect(res.status).toBe('skipped');
      expect(res.reason).toMatch(reason);
      const stored = await api.json(`/v1/results/${res.id}`);
      expect(stored).toMatchObject({ id: res.id, status: 'skipped', reason: expect.stringMatching(reason) });
      expect(await redis.zscore(`{${prefix}}:idx:time`, res.id)).toBeNull();
    });
  }
});

describe('reads', () => {
  it('pages the JSON Feed newest first with next_url, each item carrying the result under _qa', async () => {
    const feed = await api.json('/v1/feed.json?limit=2');
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed).toMatchObject({ title: expect.any(String), home_page_url: expect.stringMatching(/^http/), feed_url: expect.stringContaining('/v1/feed.json') });
    const seen: any[] = [...feed.items];
    for (let next = feed.next_url; next; ) {
      const page = await fetch(next, { headers: { authorization: `Bearer ${READ_TOKEN}` } }).then((r) => r.json());
      seen.push(...page.items);
      next = page.next_url;
    }
    const total = await redis.zcard(`{${prefix}}:idx:time`);
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((i) => i.id)).size).toBe(total);
    for (const item of seen) {
      expect(item).toMatchObject({ id: item._qa.id, url: expect.stringContaining(`/v1/results/${item._qa.id}`), content_text: expect.any(String), date_published: expect.any(String) });
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
    const times = await Promise.all(seen.map((i) => redis.zscore(`{${prefix}}:idx:time`, i.id).then(Number)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('filters the feed by agent, team and time', async () => {
    const byAgent = await api.json('/v1/feed.json?agent=dhart');
    expect(byAgent.items.map((i: any) => i._qa.agent.id)).toEqual(['dhart']);
    const byTeam = await api.json('/v1/feed.json?team=DACH');
    expect(byTeam.items.map((i: any) => i._qa.agent.id)).toEqual(['tk']);
    expect((await api.json('/v1/feed.json?until=2000-01-01')).items).toEqual([]);
    expect((await api.json(`/v1/feed.json?since=${new Date(Date.now() - 3600_000).toISOString()}&limit=1`)).items).toHaveLength(1);
    expect((await api.get('/v1/feed.json?since=yesterday')).status).toBe(400);
  });

  it('reports per-agent figures over a period, and one agent with trend and lowest replies', async () => {
    const report = await api.json('/v1/agents');
    const dhart = report.agents.find((a: any) => a.agent === 'dhart');
    expect(dhart).toMatchObject({ name: 'Daniel Hart', team: 'Home', count: 1 });
    for (const c of Object.values(dhart.criteria) as any[]) expect(c.pass + c.fail + c.na).toBe(1);
    const one = await api.json('/v1/agents/dhart');
    expect(one).toMatchObject({ agent: 'dhart', count: 1, trend: expect.any(Array), lowest: expect.any(Array) });
    expect(one.trend.at(-1)).toMatchObject({ day: new Date().toISOString().slice(0, 10), count: 1 });
    expect((await api.get('/v1/agents/nobody')).status).toBe(404);
    const past = await api.json('/v1/agents?from=2001-01-01&to=2001-01-31');
    expect(past.agents).toEqual([]);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await api.get('/v1/results/0000000000000000deadbeef')).status).toBe(404);
  });

  it('keeps a message that can never be scored in the failed set, listed by GET /v1/failed', async () => {
    const res = await (await api.postJson({ raw: withMessageId(fixture('dev-en-002.eml'), '<nope@rubric>').toString('utf8'), rubric: 'no-such-rubric' })).json();
    await expect.poll(async () => (await api.json(`/v1/results/${res.id}`)).status, { timeout: 30_000 }).toBe('failed');
    const failed = await api.json('/v1/failed');
    expect(failed.jobs).toContainEqual(expect.objectContaining({ id: res.id, reason: expect.stringMatching(/unknown rubric/) }));
  });

  it('keeps the latest results in the feed file', async () => {
    await expect
      .poll(() => {
        try {
          return JSON.parse(readFileSync(env.QA_FEED_FILE, 'utf8')).items.length;
        } catch {
          return 0;
        }
      }, { timeout: 30_000 })
      .toBe(3);
    const file = JSON.parse(readFileSync(env.QA_FEED_FILE, 'utf8'));
    expect(file.version).toBe('https://jsonfeed.org/version/1.1');
  });

  it('serves OpenAPI 3.1 made from the zod schemas', async () => {
    const doc = await api.json('/v1/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/messages', '/v1/results/{id}', '/v1/feed.json', '/v1/agents', '/v1/agents/{agent}']));
    const resolve = (s: any) => (s.$ref ? doc.components.schemas[s.$ref.replace('#/components/schemas/', '')] : s);
    const ingest = doc.paths['/v1/messages'].post;
    expect(resolve(ingest.requestBody.content['application/json'].schema).properties).toHaveProperty('rawBase64');
    expect(resolve(ingest.responses['202'].content['application/json'].schema).properties.status.enum).toEqual(['queued', 'duplicate', 'skipped']);
    expect(resolve(doc.paths['/v1/results/{id}'].get.responses['200'].content['application/json'].schema).anyOf).toHaveLength(3);
    expect(doc.components.schemas.Result.properties.criteria).toBeDefined();
  });

  it('is healthy, ready with a live worker, and exposes Prometheus metrics', async () => {
    expect((await api.get('/healthz', null)).status).toBe(200);
    const ready = await api.get('/readyz', null);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ redis: true, workers: 1 });
    const text = await (await api.get('/metrics')).text();
    expect(text).toMatch(/email_qa_ingested_total\{status="queued"\} \d+/);
    expect(text).toMatch(/email_qa_ingested_total\{status="duplicate"\} \d+/);
    expect(text).toMatch(/email_qa_messages_total\{outcome="scored"\} [1-9]/);
    expect(text).toMatch(/email_qa_messages_total\{outcome="skipped"\} [1-9]/);
    expect(text).toMatch(/email_qa_queue_jobs\{state="waiting"\} \d+/);
    expect(text).toMatch(/email_qa_scoring_duration_seconds_bucket\{le="\+Inf"\} [1-9]/);
    expect(text).toMatch(/email_qa_jobs_failed_total [1-9]/);
  });
});

describe('the reply filter', () => {
  it('skips mail that is not from a support domain or a known agent, once domains are configured', async () => {
    const p = uniquePrefix('filter');
    const h = await startAll(loadConfig(testEnv(p, { QA_SUPPORT_DOMAINS: 'lumorahome.co.uk, @stackwise.io' })), { print: () => {} });
    try {
      const c = client(h.url);
      const ours = await (await c.postRaw(fixture('dev-en-001.eml'))).json();
      const theirs = await (await c.postRaw(fixture('dev-de-001.eml'))).json();
      expect(ours.status).toBe('queued');
      expect(theirs).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/not an agent reply/) });
      const hinted = await (await c.postJson({ raw: fixture('dev-it-001.eml').toString('utf8'), agent: 'marco' })).json();
      expect(hinted.status).toBe('queued');
    } finally {
      await h.close();
      await h.close(); // twice is fine
      await deletePrefix(p);
    }
  });

  it('every fixture counts as a reply when nothing is configured', async () => {
    const { readHeaders } = await import('../../src/ingest/headers.js');
    const { classify } = await import('../../src/ingest/classify.js');
    for (const { raw } of loadFixtures()) {
      expect(classify(readHeaders(raw), { supportDomains: [], hasAgents: false, isAgentAddress: () => false })).toEqual({ count: true });
    }
  });
});
