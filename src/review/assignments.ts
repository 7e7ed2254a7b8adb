import { randomBytes } from 'node:crypto';
import type { ResultStore } from '../store/results.js';
import { reviewKeys } from './keys.js';
import type { ReviewStore } from './review-store.js';
import type { Assignment } from './schemas.js';

// A review assignment: a named list of results for one reviewer, frozen when it
// is made (a sample drawn today stays the same list tomorrow). Progress is read
// from the reviews themselves, so a review made anywhere counts.

interface StoredAssignment {
  id: string;
  name: string;
  reviewer: string;
  createdAt: string;
  sample: Record<string, unknown> | null;
  ids: string[];
}

export type AssignmentStore = ReturnType<typeof createAssignmentStore>;

export function createAssignmentStore(store: ResultStore, reviews: ReviewStore, opts: { retentionSeconds: number; url: (id: string) => string }) {
  const { redis } = store;
  const rk = reviewKeys(store.keys);

  const withProgress = async (a: StoredAssignment): Promise<Assignment> => {
    const done = await reviews.reviewedBy(a.reviewer, a.ids);
    const reviewed = done.filter(Boolean).length;
    return {
      id: a.id,
      name: a.name,
      reviewer: a.reviewer,
      createdAt: a.createdAt,
      sample: a.sample,
      items: a.ids.map((id, i) => ({ id, url: opts.url(id), reviewed: done[i] })),
      progress: { total: a.ids.length, reviewed, remaining: a.ids.length - reviewed },
    };
  };

  return {
    async create(input: { name: string; reviewer: string; sample: Record<string, unknown> | null; ids: string[] }, now = new Date()): Promise<Assignment> {
      const a: StoredAssignment = { id: randomBytes(8).toString('hex'), createdAt: now.toISOString(), ...input, ids: [...new Set(input.ids)] };
      await redis
        .multi()
        .set(rk.assignment(a.id), JSON.stringify(a), 'EX', opts.retentionSeconds)
        .zadd(rk.assignments, now.getTime(), a.id)
        .zremrangebyscore(rk.assignments, '-inf', `(${now.getTime() - opts.retentionSeconds * 1000}`)
        .exec();
      return withProgress(a);
    },

    async get(id: string): Promise<Assignment | null> {
      const json = await redis.get(rk.assignment(id));
      return json ? withProgress(JSON.parse(json) as StoredAssignment) : null;
    },

    /** Newest first, optionally only one reviewer's. */
    async list(q: { reviewer?: string; limit: number }): Promise<Assignment[]> {
      const ids = await redis.zrevrange(rk.assignments, 0, 999);
      const values = ids.length ? await redis.mget(ids.map(rk.assignment)) : [];
      const found = values.flatMap((v) => (v ? [JSON.parse(v) as StoredAssignment] : [])).filter((a) => !q.reviewer || a.reviewer === q.reviewer);
      return Promise.all(found.slice(0, q.limit).map(withProgress));
    },
  };
}
