import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOM, parseCsv } from '../../src/review/csv.js';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import type { ResultStore } from '../../src/store/results.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { CRITERIA, makeResult, openStore, seed } from '../helpers/review-seed.js';
import { client, READ_TOKEN, testConfig } from '../helpers/service.js';

// CSV exports read back with an RFC 4180 parser: quoting, CRLF, the optional
// byte order mark, the formula-injection guard, filters, human verdicts, and a
// file longer than one page of the index.

const prefix = uniquePrefix('export');
let handle: ServerHandle;
let store: ResultStore;
let api: ReturnType<typeof client>;

const HOSTILE_NAME = '=HYPERLINK("http://evil.example","click")';

beforeAll(async () => {
  const config = testConfig(prefix);
  handle = await startServer(config, { print: () => {} });
  api = client(handle.url);
  store = openStore(config);
  await seed(store, [
    makeResult({ id: 'x1', agent: 'ana', name: 'Nair, "Ana"', team: '+Home, West', score: 55, verdicts: { empathy: 'fail' } }),
    makeResult({ id: 'x2', agent: 'evil', name: HOSTILE_NAME, team: '@team', score: 90, language: 'it' }),
    makeResult({ id: 'x3', agent: 'ana', name: 'Nair, "Ana"', team: '+Home, West', score: null, verdicts: { apology: 'na' } }),
  ]);
  await fetch(`${handle.url}/v1/results/x1/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${READ_TOKEN}` },
    body: JSON.stringify({ reviewer: 'maria', verdicts: { empathy: 'pass' } }),
  });
});

afterAll(async () => {
  await handle?.close();
  store?.redis.disconnect();
  await deletePrefix(prefix);
});

const csv = async (path: string) => {
  const res = await api.get(path);
  expect(res.status).toBe(200);
  return { res, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
};
const asObjects = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};

describe('GET /v1/export/results.csv', () => {
  it('is RFC 4180 with CRLF, quoted fields and defused formulas', async () => {
    const { res, text } = await csv('/v1/export/results.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="results.csv"');
    expect(text.startsWith(BOM)).toBe(false);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
    const [header] = parseCsv(text);
    expect(header).toEqual(['id', 'receivedAt', 'sentAt', 'agent', 'agentName', 'team', 'language', 'status', 'score', ...CRITERIA, 'reviews', 'humanScore', ...CRITERIA.map((c) => `human_${c}`)]);
    const rows = asObjects(text);
    expect(rows.map((r) => r.id)).toEqual(['x1', 'x2', 'x3']);
    expect(rows[0]).toMatchObject({ agentName: 'Nair, "Ana"', team: "'+Home, West", score: '55', empathy: 'fail', reviews: '1', human_empathy: 'pass', human_apology: '', humanScore: '100' });
    expect(text).toContain('"Nair, ""Ana"""');
    expect(rows[1]).toMatchObject({ agentName: `'${HOSTILE_NAME}`, team: "'@team", language: 'it', reviews: '0', humanScore: '' });
    expect(rows[2]).toMatchObject({ score: '', apology: 'na' });
  });

  it('starts with a byte order mark for Excel on ?bom=1', async () => {
    const { text } = await csv('/v1/export/results.csv?bom=1');
    expect(text.startsWith(BOM + 'id,')).toBe(true);
  });

  it('takes the filters of the JSON endpoints', async () => {
    expect(asObjects((await csv('/v1/export/results.csv?agent=ana')).text).map((r) => r.id)).toEqual(['x1', 'x3']);
    expect(asObjects((await csv('/v1/export/results.csv?language=it')).text).map((r) => r.id)).toEqual(['x2']);
    expect(asObjects((await csv('/v1/export/results.csv?criterion=empathy:fail')).text).map((r) => r.id)).toEqual(['x1']);
    expect(asObjects((await csv('/v1/export/results.csv?from=2001-01-01&to=2001-01-02')).text)).toEqual([]);
    expect((await api.get('/v1/export/results.csv?criterion=nope')).status).toBe(400);
    expect((await api.get('/v1/export/results.csv', null)).status).toBe(401);
  });
});

describe('GET /v1/export/agents.csv', () => {
  it('has the figures of GET /v1/agents, human verdicts included', async () => {
    const json = await api.json('/v1/agents');
    const rows = asObjects((await csv('/v1/export/agents.csv')).text);
    expect(rows.map((r) => r.agent)).toEqual(json.agents.map((a: { agent: string }) => a.agent));
    const ana = rows.find((r) => r.agent === 'ana')!;
    const anaJson = json.agents.find((a: { agent: string }) => a.agent === 'ana');
    expect(ana).toMatchObject({ team: "'+Home, West", count: '2', meanScore: String(anaJson.meanScore), reviewed: '1', verdicts: 'human', empathy_pass: '2', empathy_fail: '0', empathy_reviewed: '1' });
    expect(rows.find((r) => r.agent === 'evil')!.name).toBe(`'${HOSTILE_NAME}`);
    expect(asObjects((await csv('/v1/export/agents.csv?team=@team')).text).map((r) => r.agent)).toEqual(['evil']);
    expect((await api.get('/v1/export/agents.csv?language=en')).status).toBe(400);
  });
});

describe('a long export', () => {
  it('streams every row across index pages', async () => {
    const p = uniquePrefix('export-long');
    const config = testConfig(p);
    const h = await startServer(config, { print: () => {} });
    const s = openStore(config);
    try {
      await seed(s, Array.from({ length: 1234 }, (_, i) => makeResult({ id: `l${String(i).padStart(4, '0')}`, agent: `a${i % 7}` })));
      const text = await (await client(h.url).get('/v1/export/results.csv')).text();
      const rows = parseCsv(text);
      expect(rows).toHaveLength(1235);
      expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(1234);
    } finally {
      await h.close();
      s.redis.disconnect();
      await deletePrefix(p);
    }
  });
});
