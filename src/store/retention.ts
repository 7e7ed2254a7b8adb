import type { Logger } from 'pino';
import { z } from 'zod';
import type { MessageQueue } from '../queue/queue.js';
import { reviewKeys } from '../review/keys.js';
import { daysBetween } from './aggregates.js';
import type { ResultStore } from './results.js';

// Retention. Results, raw messages, reviews, assignments and day aggregates
// carry their own TTLs; what does not expire by itself is a member of a sorted
// set (time, agent, team, customer, reviewed, assignments) whose result is gone.
// Each save trims the indexes it touches, and this sweep trims all of them, so an
// index never outlives its results when no new mail arrives. An index entry's
// time is when its message was received, never later than when its result was
// stored, so trimming by time removes it no later than its result expires.
// The sweep runs in the workers, one at a time per deployment (a lock in Redis).

const DAY_SECONDS = 86_400;
/** SCAN steps per sweep over the customer indexes (resumed where the last sweep stopped). */
const SCAN_STEPS = 100;

export interface RetentionSettings {
  /** Seconds. */
  resultRetention: number;
  rawTtl: number;
  rawRetention: number;
  failedRetention: number;
  sweepInterval: number;
}

export const SweepReportSchema = z.object({
  at: z.string(),
  ms: z.number(),
  removed: z
    .object({
      time: z.number().int(),
      agents: z.number().int(),
      teams: z.number().int(),
      customers: z.number().int(),
      reviewed: z.number().int(),
      assignments: z.number().int(),
      agentRecords: z.number().int().describe('agents with no result left within retention, whose name and address were dropped'),
    })
    .describe('index entries older than the result retention, removed by kind'),
});
export type SweepReport = z.infer<typeof SweepReportSchema>;

const when = z.string().nullable();
export const RetentionReportSchema = z.object({
  settings: z
    .object({
      resultRetentionSeconds: z.number().describe('QA_RESULT_RETENTION: results, their indexes, reviews, assignments'),
      rawTtlSeconds: z.number().describe('QA_RAW_TTL: a raw message waiting to be scored'),
      rawRetentionSeconds: z.number().describe('QA_RAW_RETENTION: a raw message after scoring (0: deleted on save)'),
      failedRetentionSeconds: z.number().describe('QA_FAILED_RETENTION: failed jobs'),
      aggregateRetentionSeconds: z.number().describe('per-day aggregates: result retention plus a day'),
      sweepIntervalSeconds: z.number().describe('QA_RETENTION_SWEEP'),
    })
    .describe('the retention in force'),
  results: z.object({ count: z.number().int(), oldestReceivedAt: when, nextExpiryAt: when }),
  rawMessages: z.object({
    queued: z.number().int().describe('jobs waiting or being scored (their raw message is kept until then, at most QA_RAW_TTL)'),
    keptAfterScoring: z.number().int().describe('at most this many raw messages kept after scoring (results received within QA_RAW_RETENTION)'),
  }),
  failedJobs: z.number().int(),
  reviewedResults: z.number().int(),
  assignments: z.number().int(),
  aggregateDays: z.number().int().describe('days with per-day aggregates held'),
  customerIndexSince: when.describe('results received before this are found for erasure by a scan'),
  lastSweep: SweepReportSchema.nullable(),
});
export type RetentionReport = z.infer<typeof RetentionReportSchema>;

/** One pass over every index of the deployment: entries older than the result retention go. */
export async function sweep(store: ResultStore, resultRetention: number, now = Date.now()): Promise<SweepReport> {
  const { redis, keys } = store;
  const rk = reviewKeys(keys);
  const cutoff = `(${now - resultRetention * 1000}`;
  const trim = (key: string) => redis.zremrangebyscore(key, '-inf', cutoff);
  const removed = { time: await trim(keys.byTime), agents: 0, teams: 0, customers: 0, reviewed: await trim(rk.reviewed), assignments: await trim(rk.assignments), agentRecords: 0 };

  const agents = await redis.hgetall(keys.agents);
  const teams = new Set<string>();
  for (const [agent, json] of Object.entries(agents)) {
    removed.agents += await trim(keys.byAgent(agent));
    const team = (JSON.parse(json) as { team?: string | null }).team;
    if (team) teams.add(team);
    // An agent with no result left within retention: their name and address go too.
    if (!(await redis.exists(keys.byAgent(agent)))) removed.agentRecords += await redis.hdel(keys.agents, agent);
  }
  for (const team of teams) removed.teams += await trim(keys.byTeam(team));

  // Customer indexes are named by hashes, so they are found by SCAN, a bounded stretch per sweep.
  let cursor = (await redis.get(keys.sweepCursor)) ?? '0';
  for (let step = 0; step < SCAN_STEPS; step++) {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${keys.byCustomer('*')}`, 'COUNT', 1000);
    for (const key of found) removed.customers += await trim(key);
    cursor = next;
    if (cursor === '0') break;
  }
  await redis.set(keys.sweepCursor, cursor);

  const report: SweepReport = { at: new Date(now).toISOString(), ms: Date.now() - now, removed };
  await redis.set(keys.sweepLast, JSON.stringify(report), 'EX', Math.max(resultRetention, DAY_SECONDS));
  return report;
}

/** Sweeps every `interval` seconds, in whichever worker takes the lock first. */
export function startSweeper(store: ResultStore, settings: Pick<RetentionSettings, 'resultRetention' | 'sweepInterval'>, log: Logger) {
  const intervalMs = Math.max(1000, settings.sweepInterval * 1000);
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      const mine = await store.redis.set(store.keys.sweepLock, String(process.pid), 'PX', Math.max(500, intervalMs - 250), 'NX');
      if (!mine) return;
      const r = await sweep(store, settings.resultRetention);
      const total = Object.values(r.removed).reduce((a, b) => a + b, 0);
      log[total ? 'info' : 'debug']({ removed: r.removed, ms: r.ms }, 'retention sweep');
    })()
      .catch((err: Error) => log.warn({ err: { message: err.message } }, 'retention sweep failed; the next one tries again'))
      .finally(() => void (running = null));
  };
  const first = setTimeout(tick, Math.min(intervalMs, 5_000)).unref();
  const timer = setInterval(tick, intervalMs).unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The retention in force and what is held now (GET /v1/admin/retention). */
export async function retentionReport(store: ResultStore, queue: MessageQueue, settings: RetentionSettings, now = Date.now()): Promise<RetentionReport> {
  const { redis, keys } = store;
  const rk = reviewKeys(keys);
  const aggregateRetention = settings.resultRetention + DAY_SECONDS;
  const [[, results], [, oldest], [, reviewed], [, assignments], [, since], [, last], [, rawKept]] = (await redis
    .pipeline()
    .zcard(keys.byTime)
    .zrange(keys.byTime, 0, 0, 'WITHSCORES')
    .zcard(rk.reviewed)
    .zcard(rk.assignments)
    .get(keys.customerIndexSince)
    .get(keys.sweepLast)
    .zcount(keys.byTime, now - settings.rawRetention * 1000, '+inf')
    .exec())!;
  const days = daysBetween(now - aggregateRetention * 1000, now);
  const dayPipe = redis.pipeline();
  for (const d of days) dayPipe.exists(keys.day(d));
  const aggregateDays = ((await dayPipe.exec()) ?? []).filter(([, v]) => v === 1).length;
  const jobs = await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'paused', 'active', 'failed');
  const oldestMs = (oldest as string[]).length ? Number((oldest as string[])[1]) : null;
  return {
    settings: {
      resultRetentionSeconds: settings.resultRetention,
      rawTtlSeconds: settings.rawTtl,
      rawRetentionSeconds: settings.rawRetention,
      failedRetentionSeconds: settings.failedRetention,
      aggregateRetentionSeconds: aggregateRetention,
      sweepIntervalSeconds: settings.sweepInterval,
    },
    results: {
      count: results as number,
      oldestReceivedAt: iso(oldestMs),
      nextExpiryAt: iso(oldestMs === null ? null : oldestMs + settings.resultRetention * 1000),
    },
    rawMessages: {
      queued: (jobs.waiting ?? 0) + (jobs.delayed ?? 0) + (jobs.prioritized ?? 0) + (jobs.paused ?? 0) + (jobs.active ?? 0),
      keptAfterScoring: settings.rawRetention > 0 ? (rawKept as number) : 0,
    },
    failedJobs: jobs.failed ?? 0,
    reviewedResults: reviewed as number,
    assignments: assignments as number,
    aggregateDays,
    customerIndexSince: iso(since === null ? null : Number(since)),
    lastSweep: last ? (JSON.parse(last as string) as SweepReport) : null,
  };
}
