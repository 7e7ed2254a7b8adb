import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/service/start.js';
import { customerHash } from '../../src/store/customer.js';
import { startDeployment, type Deployment } from '../helpers/deployment.js';
import { fixture, replaceHeader, withMessageId } from '../helpers/eml.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { makeResult } from '../helpers/review-seed.js';
import { READ_TOKEN, testEnv } from '../helpers/service.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

// Right to erasure, on the whole service (API, a worker, the machine's Redis):
// mail for two customers, some scored (reviewed, in an assignment, counted in
// the aggregates and the feed file, raw bytes kept after scoring), one still
// queued, one stored before the customer index existed. Erasing one customer
// leaves nothing about them under the deployment's prefix, and the other
// customer's data as it was.

const ADMIN = 'test-admin-token';
const ERASED = 'alice.erase@example.com';
const KEPT = 'bob.keep@example.com';
const prefix = uniquePrefix('erase');
let env: Record<string, string>;
let d: Deployment;

const mail = (to: string, n: number) => withMessageId(replaceHeader(fixture('dev-en-002.eml'), 'To', `Customer ${n} <${to}>`), `<erase-${n}.${process.pid}@test>`);

async function post(raw: Buffer): Promise<string> {
  const res = await d.api.postRaw(raw);
  expect(res.status).toBe(202);
  return (await res.json()).id;
}
const scored = (id: string) => expect.poll(async () => (await d.api.get(`/v1/results/${id}`)).status, { timeout: 60_000, interval: 50 }).toBe(200);

/** Every key under the prefix with its value as text (strings, hashes, sorted sets, lists, sets, streams). */
async function dump(): Promise<{ key: string; text: string }[]> {
  const out: { key: string; text: string }[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await d.redis.scan(cursor, 'MATCH', `{${prefix}}*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const type = await d.redis.type(key);
      const value =
        type === 'string' ? ((await d.redis.getBuffer(key)) ?? Buffer.alloc(0)).toString('latin1')
        : type === 'hash' ? JSON.stringify(await d.redis.hgetall(key))
        : type === 'zset' ? JSON.stringify(await d.redis.zrange(key, 0, -1, 'WITHSCORES'))
        : type === 'list' ? JSON.stringify(await d.redis.lrange(key, 0, -1))
        : type === 'set' ? JSON.stringify(await d.redis.smembers(key))
        : type === 'stream' ? JSON.stringify(await d.redis.xrange(key, '-', '+'))
        : '';
      out.push({ key, text: value });
    }
  } while (cursor !== '0');
  return out;
}

beforeAll(async () => {
  env = testEnv(prefix, {
    QA_ADMIN_TOKEN: ADMIN,
    QA_RAW_RETENTION: '1h', // raw bytes kept after scoring: erasure must find them too
    QA_REDACT_CUSTOMER_EMAIL: 'hash',
  });
  env.QA_FEED_FILE = join(env.QA_DATA_DIR, 'feed.json');
  env.QA_FEED_FILE_ITEMS = '50';
  d = await startDeployment(loadConfig(env));
});

afterAll(async () => {
  await d?.stop();
});

describe('POST /v1/admin/erasure', () => {
  it('removes every result, raw message, job, index entry, review, assignment item, aggregate and feed entry of one customer, and nothing of another', async () => {
    const erasedIds = [await post(mail(ERASED, 1)), await post(mail(ERASED, 2)), await post(mail(ERASED, 3))];
    const keptIds = [await post(mail(KEPT, 4)), await post(mail(KEPT, 5))];
    for (const id of [...erasedIds, ...keptIds]) await scored(id);
    const agent = (await d.api.json(`/v1/results/${keptIds[0]}`)).agent.email as string;

    // Stored before the customer index existed: found by the scan.
    const legacy = { ...makeResult({ id: 'legacy-erased', agent: 'ana' }), customer: { email: ERASED, name: 'Alice' } };
    await d.store.save(legacy, { receivedAt: Date.now() - 2 * 3_600_000, durationSeconds: 0.01, customer: null });
    expect(await d.redis.zscore(`{${prefix}}:idx:customer:${customerHash(ERASED)}`, 'legacy-erased')).toBeNull();

    // Reviews, an assignment, and one message of each customer still queued (no worker).
    for (const id of [erasedIds[0], keptIds[0]]) {
      const res = await d.admin(`/v1/results/${id}/reviews`, { reviewer: 'lead', verdicts: { empathy: 'fail' } });
      expect(res.status).toBe(201);
    }
    const assignment = await (await d.admin('/v1/assignments', { name: 'mixed', reviewer: 'lead', ids: [erasedIds[0], erasedIds[1], keptIds[0]] })).json();
    await d.stopWorker();
    const queuedErased = await post(mail(ERASED, 6));
    const queuedKept = await post(mail(KEPT, 7));

    const before = await d.api.json('/v1/agents');
    expect(before.agents.find((a: any) => a.agent === agent).count).toBe(5);
    expect(before.agents.find((a: any) => a.agent === agent).reviewed).toBe(2);
    expect(before.agents.find((a: any) => a.agent === 'ana').count).toBe(1);
    await expect.poll(() => readFileSync(env.QA_FEED_FILE, 'utf8'), { timeout: 10_000 }).toContain(erasedIds[0]);

    const held = (await dump()).map((e) => e.key + e.text).join('\n');
    for (const needle of [customerHash(ERASED), ...erasedIds, queuedErased, 'legacy-erased']) expect(held).toContain(needle);

    // Only the admin token may erase.
    expect((await d.admin('/v1/admin/erasure', { customer: ERASED }, READ_TOKEN)).status).toBe(401);
    const bad = await d.admin('/v1/admin/erasure', { customer: 'not an address' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain('not an address');

    const res = await d.admin('/v1/admin/erasure', { customer: '  Alice.Erase@Example.COM ' });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.customer).toBe(`sha256:${customerHash(ERASED)}`);
    expect(JSON.stringify(report)).not.toMatch(/alice/i);
    expect([...report.results.ids].sort()).toEqual([...erasedIds, 'legacy-erased'].sort());
    expect(report.results.count).toBe(4);
    expect([...report.rawMessages.ids].sort()).toEqual([...erasedIds, queuedErased].sort());
    expect(report.jobs).toBe(1);
    expect(report.reviews).toBe(1);
    expect(report.assignments).toBe(1);
    expect(report.aggregates).toBe(4);
    expect(report.feedFile).toBe(true);
    expect(report.pending).toEqual([]);
    expect(report.legacyScan).toEqual({ scanned: 1, complete: true });

    // Nothing about the erased customer is left under the prefix: not the address, its hash, or an id of theirs.
    const gone = [ERASED, customerHash(ERASED), ...erasedIds, queuedErased, 'legacy-erased'];
    const left = await dump();
    for (const { key, text } of left) {
      for (const needle of gone) {
        expect(key, `key ${key} names ${needle}`).not.toContain(needle);
        expect(text, `${key} holds ${needle}`).not.toContain(needle);
      }
    }
    // The other customer's are all there.
    const everything = left.map((e) => e.key + e.text).join('\n');
    for (const needle of [customerHash(KEPT), ...keptIds, queuedKept]) expect(everything).toContain(needle);

    for (const id of [...erasedIds, queuedErased, 'legacy-erased']) expect((await d.api.get(`/v1/results/${id}`)).status).toBe(404);
    for (const id of keptIds) expect((await d.api.get(`/v1/results/${id}`)).status).toBe(200);
    expect((await d.api.get(`/v1/results/${queuedKept}`)).status).toBe(202);

    // Aggregates, the feed, the feed file and the assignment count only what is left.
    const after = await d.api.json('/v1/agents');
    const figures = after.agents.find((a: any) => a.agent === agent);
    expect(figures.count).toBe(2);
    expect(figures.reviewed).toBe(1);
    expect(figures.criteria.empathy.pass + figures.criteria.empathy.fail + figures.criteria.empathy.na).toBe(2);
    expect(after.agents.find((a: any) => a.agent === 'ana')).toBeUndefined();
    const feed = await d.api.json('/v1/feed.json');
    expect(feed.items.map((i: any) => i.id).sort()).toEqual([...keptIds].sort());
    const file = readFileSync(env.QA_FEED_FILE, 'utf8');
    for (const id of erasedIds) expect(file).not.toContain(id);
    for (const id of keptIds) expect(file).toContain(id);
    const a = await d.api.json(`/v1/assignments/${assignment.id}`);
    expect(a.items.map((i: any) => i.id)).toEqual([keptIds[0]]);

    // Erasing again finds nothing; the other customer can be erased in turn.
    const again = await (await d.admin('/v1/admin/erasure', { customer: ERASED })).json();
    expect(again.results.count + again.rawMessages.count + again.jobs).toBe(0);
  });

  it('answers 403 when no admin token is configured', async () => {
    const other = uniquePrefix('erase-noadmin');
    const h = await startServer(loadConfig(testEnv(other)), { print: () => {} });
    try {
      for (const token of [READ_TOKEN, 'anything']) {
        const res = await fetch(`${h.url}/v1/admin/erasure`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ customer: ERASED }) });
        expect(res.status).toBe(403);
        expect((await res.json()).error.code).toBe('admin_disabled');
      }
    } finally {
      await h.close();
      await deletePrefix(other);
    }
  });
});
