import type { Result, Verdict } from '../result.js';
import type { Rubric } from '../rubrics/schema.js';
import { agentOf, dayOf, type ResultStore } from '../store/results.js';
import { contribution, difference, humanScore, humanVerdicts } from './human.js';
import { reviewKeys } from './keys.js';
import { ReviewSchema, type Review } from './schemas.js';

// Human reviews beside the automatic result, never instead of it. One script
// stores a review and moves the per-day aggregates by the difference it makes,
// guarded by a version: two reviews of one result at the same moment are
// applied one after the other, each counted once.

/**
 * KEYS: reviews hash, result, day hash, reviewed index
 * ARGV: 1 expected version, 2 reviewer, 3 review JSON, 4 applied JSON, 5 received (ms), 6 id,
 *       7 prune before (ms), 8.. pairs of day-hash field and increment
 * → new version; -1 the reviews changed meanwhile (read again); -2 no such result (expired).
 */
const REVIEW = `
local ttl = redis.call('PTTL', KEYS[2])
if ttl == -2 then return -2 end
local v = tonumber(redis.call('HGET', KEYS[1], '#v') or '0')
if v ~= tonumber(ARGV[1]) then return -1 end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3], '#applied', ARGV[4], '#v', v + 1)
if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
if #ARGV >= 8 and redis.call('EXISTS', KEYS[3]) == 1 then
  for i = 8, #ARGV, 2 do redis.call('HINCRBYFLOAT', KEYS[3], ARGV[i], ARGV[i + 1]) end
end
redis.call('ZADD', KEYS[4], ARGV[5], ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', '(' .. ARGV[7])
return v + 1`;

interface Applied {
  day: string | null;
  agent: string;
  fields: Record<string, number>;
}

export class ReviewError extends Error {
  constructor(
    readonly code: 'not_found' | 'not_scored' | 'unknown_criterion' | 'busy',
    message: string,
  ) {
    super(message);
  }
}

export interface ReviewsOf {
  id: string;
  machine: Record<string, Verdict>;
  human: Record<string, Verdict>;
  machineScore: number | null;
  humanScore: number | null;
  reviews: Review[];
}

const MAX_ATTEMPTS = 20;

export type ReviewStore = ReturnType<typeof createReviewStore>;

export function createReviewStore(store: ResultStore, opts: { rubric?: Rubric; retentionSeconds: number }) {
  const { redis, keys } = store;
  const rk = reviewKeys(keys);
  if (!('qaReview' in redis)) redis.defineCommand('qaReview', { numberOfKeys: 4, lua: REVIEW });
  const run = (redis as unknown as { qaReview(...args: (string | number)[]): Promise<number> }).qaReview.bind(redis);

  const parseHash = (hash: Record<string, string>): Review[] =>
    Object.entries(hash)
      .filter(([k]) => !k.startsWith('#'))
      .map(([, v]) => ReviewSchema.parse(JSON.parse(v)))
      .sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt) || a.reviewer.localeCompare(b.reviewer));

  const summarize = (result: Result, reviews: Review[]): ReviewsOf => {
    const human = humanVerdicts(reviews);
    return {
      id: result.id,
      machine: Object.fromEntries(Object.entries(result.criteria).map(([c, r]) => [c, r.verdict])),
      human,
      machineScore: result.score,
      humanScore: reviews.length ? humanScore(result, human, opts.rubric) : result.score,
      reviews,
    };
  };

  return {
    keys: rk,

    /** Stores (or replaces) this reviewer's review of a scored result. */
    async submit(id: string, input: { reviewer: string; verdicts: Record<string, Verdict>; comment?: string | null }, now = new Date()): Promise<ReviewsOf> {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const [[e1, json], [e2, hash], [e3, ts]] = (await redis.pipeline().get(keys.result(id)).hgetall(rk.reviews(id)).zscore(keys.byTime, id).exec())!;
        if (e1 || e2 || e3) throw e1 ?? e2 ?? e3;
        if (!json) throw new ReviewError('not_found', 'no result with this id (never received, not scored yet, or expired)');
        const result = JSON.parse(json as string) as Result;
        if (result.status !== 'scored') throw new ReviewError('not_scored', `this message was not scored (${result.status}): there is nothing to review`);
        const unknown = Object.keys(input.verdicts).filter((c) => !result.criteria[c]);
        if (unknown.length) {
          throw new ReviewError('unknown_criterion', `the result has no criterion ${unknown.map((c) => `"${c}"`).join(', ')} (it has ${Object.keys(result.criteria).join(', ')})`);
        }
        const h = (hash ?? {}) as Record<string, string>;
        const version = Number(h['#v'] ?? 0);
        const review: Review = { reviewer: input.reviewer, verdicts: input.verdicts, comment: input.comment?.trim() || null, reviewedAt: now.toISOString() };
        const reviews = [...parseHash(h).filter((r) => r.reviewer !== review.reviewer), review];
        const summary = summarize(result, reviews);
        const received = ts === null ? null : Number(ts);
        const prev: Applied = h['#applied'] ? JSON.parse(h['#applied']) : { day: received === null ? null : dayOf(received), agent: agentOf(result), fields: {} };
        const next: Applied = { ...prev, fields: contribution(result, summary.human, summary.humanScore) };
        const delta = prev.day === null ? {} : difference(next.fields, prev.fields);
        const pairs = Object.entries(delta).flatMap(([k, v]) => [`${prev.agent}\t${k}`, v]);
        const got = await run(
          rk.reviews(id),
          keys.result(id),
          prev.day === null ? keys.day('none') : keys.day(prev.day),
          rk.reviewed,
          version,
          review.reviewer,
          JSON.stringify(review),
          JSON.stringify(next),
          received ?? now.getTime(),
          id,
          now.getTime() - opts.retentionSeconds * 1000,
          ...pairs,
        );
        if (got === -2) throw new ReviewError('not_found', 'no result with this id (it has expired)');
        if (got > 0) return summary;
      }
      throw new ReviewError('busy', 'the reviews of this result kept changing while this one was stored; try again');
    },

    /** The automatic verdicts and every review of one result; null when there is no scored result. */
    async of(id: string): Promise<ReviewsOf | null> {
      const [[, json], [, hash]] = (await redis.pipeline().get(keys.result(id)).hgetall(rk.reviews(id)).exec())!;
      if (!json) return null;
      const result = JSON.parse(json as string) as Result;
      if (result.status !== 'scored') return null;
      return summarize(result, parseHash((hash ?? {}) as Record<string, string>));
    },

    /** Reviews of many results at once (ids without reviews map to []). */
    async many(ids: string[]): Promise<Map<string, Review[]>> {
      const out = new Map<string, Review[]>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const pipeline = redis.pipeline();
        for (const id of chunk) pipeline.hgetall(rk.reviews(id));
        const replies = (await pipeline.exec()) ?? [];
        replies.forEach(([err, hash], j) => {
          if (err) throw err;
          out.set(chunk[j], parseHash((hash ?? {}) as Record<string, string>));
        });
      }
      return out;
    },

    /** Ids of reviewed results received in [min, max] (ms), oldest first. */
    async reviewedIds(range: { min: number; max: number }): Promise<string[]> {
      return redis.zrangebyscore(rk.reviewed, range.min, range.max);
    },

    /** Whether this reviewer has reviewed each of these results. */
    async reviewedBy(reviewer: string, ids: string[]): Promise<boolean[]> {
      if (!ids.length) return [];
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hexists(rk.reviews(id), reviewer);
      return ((await pipeline.exec()) ?? []).map(([err, v]) => {
        if (err) throw err;
        return v === 1;
      });
    },

    summarize,
  };
}
