import { z } from 'zod';
import { ResultSchema, type Result } from '../result.js';
import { customerHash } from './customer.js';
import type { Keys } from './keys.js';
import type { QaRedis } from './scripts.js';

// Results in Redis: one JSON value per message, indexed by time, agent and team,
// with per-day aggregates updated in the same script, so once per result.

/** A message that was not scored because it is not an agent's reply (an extension of the result object). */
export const SkippedSchema = z.object({
  id: z.string(),
  messageId: z.string().nullable(),
  source: z.string(),
  status: z.literal('skipped'),
  reason: z.string(),
  agent: z.object({ email: z.string().nullable() }),
  subject: z.string().nullable(),
  receivedAt: z.string(),
});
export type Skipped = z.infer<typeof SkippedSchema>;

export const StoredSchema = z.union([ResultSchema, SkippedSchema]);
export type Stored = z.infer<typeof StoredSchema>;

export const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const DAY_MS = 86_400_000;

export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const agentOf = (r: Result) => r.agent.id ?? r.agent.email ?? 'unknown';

/** What one result adds to its day's aggregate hash: field ("<agent>\t<metric>") → increment. */
export function aggregateFields(result: Result): Record<string, number> {
  const f = (...parts: string[]) => [agentOf(result), ...parts].join('\t');
  const out: Record<string, number> = { [f('n')]: 1 };
  if (result.status === 'unscorable') out[f('u')] = 1;
  if (result.score !== null) Object.assign(out, { [f('s')]: 1, [f('sum')]: result.score });
  for (const [criterion, c] of Object.entries(result.criteria)) out[f('c', criterion, c.verdict)] = 1;
  return out;
}

export interface RetentionOptions {
  /** Seconds. */
  resultRetention: number;
  rawTtl: number;
  rawRetention: number;
  /** Per-agent aggregates count human review verdicts over the machine's (QA_PREFER_HUMAN; default true). */
  preferHuman?: boolean;
}

export type ResultStore = ReturnType<typeof createResultStore>;

export function createResultStore(redis: QaRedis, keys: Keys, opts: RetentionOptions) {
  return {
    redis,
    keys,
    preferHuman: opts.preferHuman ?? true,

    /**
     * Claims the message for this request (`token`) for `leaseMs` and keeps its raw bytes for the worker.
     * 'duplicate': known already (result or job); 'in-flight': another request holds the claim.
     */
    async claim(id: string, raw: Buffer, token: string, leaseMs: number): Promise<'claimed' | 'duplicate' | 'in-flight'> {
      const n = await redis.qaIngest(keys.result(id), keys.job(id), keys.raw(id), keys.claim(id), raw, opts.rawTtl, token, leaseMs);
      return n === 1 ? 'claimed' : n === 0 ? 'duplicate' : 'in-flight';
    },

    /** Gives up this request's claim (its enqueue failed), so that the next attempt may claim it at once. */
    async release(id: string, token: string): Promise<void> {
      await redis.qaRelease(keys.claim(id), token);
    },

    async skip(record: Skipped): Promise<boolean> {
      const json = JSON.stringify(record);
      return (await redis.qaSkip(keys.result(record.id), keys.job(record.id), keys.stats, json, opts.resultRetention)) === 1;
    },

    raw(id: string): Promise<Buffer | null> {
      return redis.getBuffer(keys.raw(id));
    },

    /**
     * Stores a result once; a second save of the same id (a redelivered job) changes nothing and returns false.
     * `customer`: the customer's address as received (before redaction), for the customer index (by hash);
     * by default the stored `customer.email`; null: not indexed.
     */
    async save(result: Result, meta: { receivedAt: number; durationSeconds: number; customer?: string | null }): Promise<boolean> {
      const agent = agentOf(result);
      const team = result.agent.team ?? null;
      const incr = Object.entries(aggregateFields(result)).flat();
      const customer = meta.customer === undefined ? result.customer.email : meta.customer;
      const bucket = DURATION_BUCKETS.find((b) => meta.durationSeconds <= b);
      const ts = meta.receivedAt;
      const agentInfo = JSON.stringify({ name: result.agent.name, team, email: result.agent.email });
      const stored = await redis.qaSave(
        keys.result(result.id),
        keys.byTime,
        keys.byAgent(agent),
        keys.byTeam(team ?? ''),
        keys.day(dayOf(ts)),
        keys.agents,
        keys.raw(result.id),
        keys.stats,
        keys.byCustomer(customer ? customerHash(customer) : 'none'),
        keys.customerIndexSince,
        JSON.stringify(result),
        opts.resultRetention,
        ts,
        Date.now() - opts.resultRetention * 1000,
        result.id,
        agent,
        agentInfo,
        team ? 1 : 0,
        opts.rawRetention,
        opts.resultRetention + Math.ceil(DAY_MS / 1000),
        result.status,
        `duration_le_${bucket ?? '+Inf'}`,
        meta.durationSeconds,
        customer ? 1 : 0,
        ...incr,
      );
      return stored === 1;
    },

    async get(id: string): Promise<Stored | null> {
      const json = await redis.get(keys.result(id));
      return json ? (JSON.parse(json) as Stored) : null;
    },

    /** Results of these ids, in order, leaving out the ones that expired. */
    async getMany(ids: string[]): Promise<Stored[]> {
      if (!ids.length) return [];
      const values = await redis.mget(ids.map(keys.result));
      return values.flatMap((v) => (v ? [JSON.parse(v) as Stored] : []));
    },

    /** Ids in an index, newest first, with their times: `max`/`min` in ms (inclusive), paged by offset. */
    async newest(index: string, range: { max: number; min: number; offset: number; count: number }): Promise<{ id: string; ts: number }[]> {
      const flat = await redis.zrevrangebyscore(index, range.max, range.min, 'WITHSCORES', 'LIMIT', range.offset, range.count);
      const out: { id: string; ts: number }[] = [];
      for (let i = 0; i < flat.length; i += 2) out.push({ id: flat[i], ts: Number(flat[i + 1]) });
      return out;
    },
  };
}
