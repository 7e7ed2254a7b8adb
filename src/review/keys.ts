import type { Keys } from '../store/keys.js';

// The QA workflows' Redis keys, under the deployment's prefix (its hash tag
// keeps them in the results' Cluster slot: the review script touches both).

export type ReviewKeys = ReturnType<typeof reviewKeys>;

export function reviewKeys(keys: Keys) {
  const k = (...parts: string[]) => [keys.prefix, ...parts].join(':');
  return {
    /** Hash: reviewer → review JSON; "#v" version, "#applied" what the aggregates count for this result. */
    reviews: (id: string) => k('reviews', id),
    /** Sorted set of reviewed result ids by the time their result was received (ms). */
    reviewed: k('idx', 'reviewed'),
    /** One assignment, JSON. */
    assignment: (id: string) => k('assignment', id),
    /** Sorted set of assignment ids by creation time (ms). */
    assignments: k('idx', 'assignments'),
  };
}
