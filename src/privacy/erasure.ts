import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { readHeaders } from '../ingest/headers.js';
import type { MessageQueue } from '../queue/queue.js';
import type { Result } from '../result.js';
import { reviewKeys } from '../review/keys.js';
import { customerHash, isCustomer } from '../store/customer.js';
import { agentOf, aggregateFields, dayOf, type ResultStore } from '../store/results.js';

// Right to erasure: everything stored about one customer address goes. Results
// whose customer (the reply's first To) is that address are found through the
// customer index, and those stored before the index existed by a bounded scan;
// each goes with its indexes, its reviews, its place in assignments, its retained
// raw bytes, and its share of the per-day aggregates (subtracted in the same
// script, guarded like a review). Raw messages not yet scored (queued, failed,
// or kept by QA_RAW_RETENTION) are found by their To and Cc headers and go with
// their jobs. A message being scored at this very moment is waited for. The
// ids themselves (hashes of Message-IDs) go from the queue's event stream too.

/** Results stored before the customer index existed are scanned, newest first, up to this many. */
export const LEGACY_SCAN_LIMIT = 200_000;
/** Raw messages whose headers are looked at, at most (the queue's jobs and those kept after scoring). */
const RAW_CANDIDATES_LIMIT = 200_000;
/** Enough for any header block the API accepts in practice; a longer one is read whole. */
const HEADER_BYTES = 256 * 1024;
const BATCH = 500;
const QUEUED_STATES = ['waiting', 'delayed', 'prioritized', 'paused', 'waiting-children', 'failed', 'active'] as const;

/**
 * KEYS: 1 result, 2 raw, 3 byTime, 4 byAgent, 5 byTeam, 6 day, 7 reviews, 8 reviewed
 * ARGV: 1 id, 2 reviews version read, 3.. pairs of day-hash field and increment (negative)
 * → 1 erased, 0 the result was gone already (its keys and index entries are cleared all the
 *   same), -1 its reviews changed since they were read (read again).
 */
const ERASE = `
local gone = redis.call('EXISTS', KEYS[1]) == 0
if not gone and tonumber(redis.call('HGET', KEYS[7], '#v') or '0') ~= tonumber(ARGV[2]) then return -1 end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[7])
for i = 3, 5 do redis.call('ZREM', KEYS[i], ARGV[1]) end
redis.call('ZREM', KEYS[8], ARGV[1])
if gone then return 0 end
if redis.call('EXISTS', KEYS[6]) == 1 then
  for i = 3, #ARGV, 2 do
    local left = tonumber(redis.call('HINCRBYFLOAT', KEYS[6], ARGV[i], ARGV[i + 1]))
    if math.abs(left) < 1e-9 then redis.call('HDEL', KEYS[6], ARGV[i]) end
  end
end
return 1`;

export const ErasureReportSchema = z.object({
  customer: z.string().describe('the customer index\'s name: SHA-256 of the normalised address (never the address)'),
  results: z.object({ count: z.number().int(), ids: z.array(z.string()) }).describe('results whose customer was this address, erased with their indexes'),
  rawMessages: z.object({ count: z.number().int(), ids: z.array(z.string()) }).describe('raw messages deleted: not scored yet, failed, or kept after scoring (QA_RAW_RETENTION)'),
  jobs: z.number().int().describe('queue jobs removed with them (waiting, delayed or failed)'),
  reviews: z.number().int().describe('results whose human reviews were deleted with them'),
  assignments: z.number().int().describe('review assignments that listed erased results (the items are taken out)'),
  aggregates: z.number().int().describe('results taken out of the per-day aggregates'),
  feedFile: z.boolean().describe('whether QA_FEED_FILE was rewritten'),
  pending: z.array(z.string()).describe('messages still being scored when the wait ran out: erase again shortly'),
  legacyScan: z
    .object({ scanned: z.number().int(), complete: z.boolean() })
    .describe('the scan for results stored before the customer index existed (bounded; complete: every such result was looked at)'),
});
export type ErasureReport = z.infer<typeof ErasureReportSchema>;

export interface ErasureDeps {
  store: ResultStore;
  queue: MessageQueue;
  /** Seconds raw messages are kept after scoring (QA_RAW_RETENTION). */
  rawRetention: number;
  /** Rewrites the feed file from Redis (when QA_FEED_FILE is set). */
  rewriteFeedFile?: () => Promise<void>;
  /** How long to wait for a message being scored right now (ms). */
  pendingWaitMs?: number;
  legacyScanLimit?: number;
}

/** Addresses in the To and Cc headers of a raw message (lower-cased); none when the headers cannot be read. */
function recipients(raw: Buffer): string[] {
  try {
    const h = readHeaders(raw);
    return [...(h.fields.get('to') ?? []), ...(h.fields.get('cc') ?? [])].flatMap((v) => v.match(/[^\s<>(),;:"']+@[^\s<>(),;:"']+/g) ?? []).map((a) => a.toLowerCase());
  } catch {
    return [];
  }
}

export function createErasure(deps: ErasureDeps) {
  const { store, queue } = deps;
  const { redis, keys } = store;
  const rk = reviewKeys(keys);
  if (!('qaErase' in redis)) redis.defineCommand('qaErase', { numberOfKeys: 8, lua: ERASE });
  const erase = (redis as unknown as { qaErase(...args: (string | number)[]): Promise<number> }).qaErase.bind(redis);

  /** Ids of results stored before the customer index existed whose customer is this address. */
  async function legacyMatches(address: string, limit: number) {
    const since = await redis.get(keys.customerIndexSince);
    const max = since === null ? '+inf' : `(${since}`;
    const ids: string[] = [];
    let scanned = 0;
    for (let offset = 0; scanned < limit; offset += BATCH) {
      const batch = await redis.zrevrangebyscore(keys.byTime, max, '-inf', 'LIMIT', offset, Math.min(BATCH, limit - scanned));
      if (!batch.length) return { ids, scanned, complete: true };
      scanned += batch.length;
      const values = await redis.mget(batch.map(keys.result));
      values.forEach((v, i) => {
        if (v && isCustomer((JSON.parse(v) as Result).customer?.email, address)) ids.push(batch[i]);
      });
      if (batch.length < BATCH) return { ids, scanned, complete: true };
    }
    return { ids, scanned, complete: (await redis.zcount(keys.byTime, '-inf', max)) <= scanned };
  }

  /** Ids whose raw bytes may still be stored: every job in the queue, and results received within QA_RAW_RETENTION. */
  async function rawCandidates(): Promise<string[]> {
    const ids = new Set<string>();
    for (let start = 0; ids.size < RAW_CANDIDATES_LIMIT; start += BATCH) {
      const jobs = await queue.getJobs([...QUEUED_STATES], start, start + BATCH - 1, true);
      for (const j of jobs) if (j?.id) ids.add(j.id);
      if (jobs.length < BATCH) break;
    }
    if (deps.rawRetention > 0) {
      for (const id of await redis.zrangebyscore(keys.byTime, Date.now() - deps.rawRetention * 1000, '+inf', 'LIMIT', 0, RAW_CANDIDATES_LIMIT)) ids.add(id);
    }
    return [...ids];
  }

  async function rawOf(id: string): Promise<Buffer | null> {
    const head = await redis.getrangeBuffer(keys.raw(id), 0, HEADER_BYTES - 1);
    if (!head.length) return null;
    return head.length < HEADER_BYTES ? head : await redis.getBuffer(keys.raw(id));
  }

  /** Erases one result with everything that hangs on it; false when it was gone already. */
  async function eraseResult(id: string): Promise<{ erased: boolean; reviewed: boolean }> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const [[e1, json], [e2, reviews], [e3, ts]] = (await redis.pipeline().get(keys.result(id)).hgetall(rk.reviews(id)).zscore(keys.byTime, id).exec())!;
      if (e1 || e2 || e3) throw e1 ?? e2 ?? e3;
      const result = json ? (JSON.parse(json as string) as Result) : null;
      const h = (reviews ?? {}) as Record<string, string>;
      const applied = h['#applied'] ? (JSON.parse(h['#applied']) as { day: string | null; agent: string; fields: Record<string, number> }) : null;
      // The day the save script counted it on: the day it was received (the index's score, else the review's, else when scored).
      const day = ts !== null ? dayOf(Number(ts)) : (applied?.day ?? (result ? dayOf(Date.parse(result.scoredAt) || Date.now()) : 'none'));
      const minus: Record<string, number> = {};
      const take = (fields: Record<string, number>, prefix = '') => {
        for (const [k, v] of Object.entries(fields)) minus[prefix + k] = (minus[prefix + k] ?? 0) - v;
      };
      if (result && 'criteria' in result) take(aggregateFields(result));
      if (applied?.day === day) take(applied.fields, `${applied.agent}\t`);
      const agent = result && 'criteria' in result ? agentOf(result) : null;
      const team = result && 'criteria' in result ? (result.agent.team ?? null) : null;
      const got = await erase(
        keys.result(id),
        keys.raw(id),
        keys.byTime,
        agent === null ? keys.byAgent('\u0000none') : keys.byAgent(agent),
        keys.byTeam(team ?? '\u0000none'),
        keys.day(day),
        rk.reviews(id),
        rk.reviewed,
        id,
        Number(h['#v'] ?? 0),
        ...Object.entries(minus).flat(),
      );
      if (got >= 0) return { erased: got === 1, reviewed: Object.keys(h).some((k) => !k.startsWith('#')) };
    }
    throw new Error(`the reviews of result ${id} kept changing while it was erased; try again`);
  }

  /** Takes erased ids out of every review assignment that lists them. */
  async function dropFromAssignments(erased: Set<string>): Promise<number> {
    if (!erased.size) return 0;
    let changed = 0;
    const ids = await redis.zrange(rk.assignments, 0, -1);
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      const values = await redis.mget(chunk.map(rk.assignment));
      for (const [j, v] of values.entries()) {
        if (!v) continue;
        const a = JSON.parse(v) as { ids: string[] };
        if (!a.ids.some((x) => erased.has(x))) continue;
        await redis.set(rk.assignment(chunk[j]), JSON.stringify({ ...a, ids: a.ids.filter((x) => !erased.has(x)) }), 'KEEPTTL', 'XX');
        changed++;
      }
    }
    return changed;
  }

  /** Other traces of these ids: ingest's short claim keys and the queue's event stream. */
  async function forgetIds(ids: Set<string>): Promise<void> {
    if (!ids.size) return;
    const all = [...ids];
    for (let i = 0; i < all.length; i += BATCH) await redis.del(...all.slice(i, i + BATCH).map(keys.claim));
    const events = keys.job('events'); // BullMQ's event stream (prefix:queue:events)
    for (let from = '-'; ; ) {
      const entries = await redis.xrange(events, from, '+', 'COUNT', 1000);
      const drop = entries.filter(([, fields]) => fields.some((v, i) => i % 2 === 1 && fields[i - 1] === 'jobId' && ids.has(v))).map(([entryId]) => entryId);
      if (drop.length) await redis.xdel(events, ...drop);
      if (entries.length < 1000) break;
      from = `(${entries.at(-1)![0]}`;
    }
  }

  return async function eraseCustomer(address: string): Promise<ErasureReport> {
    const normal = address.trim().toLowerCase();
    const hash = customerHash(normal);
    const indexKey = keys.byCustomer(hash);
    const report: ErasureReport = {
      customer: `sha256:${hash}`,
      results: { count: 0, ids: [] },
      rawMessages: { count: 0, ids: [] },
      jobs: 0,
      reviews: 0,
      assignments: 0,
      aggregates: 0,
      feedFile: false,
      pending: [],
      legacyScan: { scanned: 0, complete: true },
    };
    const erased = new Set<string>();

    const eraseAll = async (ids: Iterable<string>) => {
      for (const id of ids) {
        if (erased.has(id)) continue;
        const { erased: was, reviewed } = await eraseResult(id);
        if (!was) continue;
        erased.add(id);
        report.results.ids.push(id);
        report.aggregates++;
        if (reviewed) report.reviews++;
      }
    };

    // Raw messages first, with their jobs, so that no worker starts on one while its results are erased.
    const pending = new Set<string>();
    for (const id of await rawCandidates()) {
      const raw = await rawOf(id);
      if (!raw || !recipients(raw).includes(normal)) continue;
      let state = await queue.getJobState(id);
      if (state !== 'active' && state !== 'unknown' && state !== 'completed') {
        const removed = await queue.remove(id);
        report.jobs += removed;
        // Not removed: a worker took it meanwhile (it is locked).
        if (!removed) state = await queue.getJobState(id);
      }
      if (state === 'active') pending.add(id);
      if (await redis.del(keys.raw(id))) report.rawMessages.ids.push(id);
    }

    await eraseAll(await redis.zrange(indexKey, 0, -1));
    const legacy = await legacyMatches(normal, deps.legacyScanLimit ?? LEGACY_SCAN_LIMIT);
    report.legacyScan = { scanned: legacy.scanned, complete: legacy.complete };
    await eraseAll(legacy.ids);

    // A message a worker had in hand: its result lands in a moment, under this customer's index.
    const deadline = Date.now() + (deps.pendingWaitMs ?? 10_000);
    while (pending.size && Date.now() < deadline) {
      await sleep(200);
      for (const id of [...pending]) {
        const state = await queue.getJobState(id);
        if (state !== 'active') pending.delete(id);
      }
      await eraseAll(await redis.zrange(indexKey, 0, -1));
    }
    await redis.del(indexKey);
    report.pending = [...pending];
    report.assignments = await dropFromAssignments(erased);
    await forgetIds(new Set([...erased, ...report.rawMessages.ids]));
    report.results.count = report.results.ids.length;
    report.rawMessages.count = report.rawMessages.ids.length;
    if (deps.rewriteFeedFile && erased.size) {
      await deps.rewriteFeedFile();
      report.feedFile = true;
    }
    return report;
  };
}

export type EraseCustomer = ReturnType<typeof createErasure>;
