import type { Result } from '../result.js';
import { agentOf, type ResultStore } from '../store/results.js';
import type { FiltersInput } from './schemas.js';

// The results that match a set of filters, read from the narrowest index
// (agent, team or time) in pages, so that a period of any size streams.

const DAY_MS = 86_400_000;
const PAGE = 500;

export interface Filters {
  from: number;
  to: number;
  agent?: string;
  team?: string;
  language?: string;
  criterion?: { criterion: string; verdict: 'pass' | 'fail' | 'na' }[];
}

export class PeriodError extends Error {}

/** The filters with the period resolved: "to" defaults to now, "from" to 30 days (whole days) before it. */
export function resolveFilters(q: FiltersInput, now = Date.now()): Filters {
  const to = q.to ?? now;
  const from = q.from ?? Date.parse(new Date(to - 29 * DAY_MS).toISOString().slice(0, 10));
  if (from > to) throw new PeriodError('invalid query: "from" is after "to"');
  return { from, to, agent: q.agent, team: q.team, language: q.language, criterion: q.criterion?.length ? q.criterion : undefined };
}

/** The filters as an answer shows them (what was asked, not the defaults). */
export const describeFilters = (f: Filters) =>
  Object.fromEntries(
    Object.entries({ agent: f.agent, team: f.team, language: f.language, criterion: f.criterion?.map((c) => `${c.criterion}:${c.verdict}`) }).filter(([, v]) => v !== undefined),
  );

export function matches(r: Result, f: Filters): boolean {
  if (f.agent !== undefined && agentOf(r) !== f.agent) return false;
  if (f.team !== undefined && (r.agent.team ?? null) !== f.team) return false;
  if (f.language !== undefined && (r.language ?? '').toLowerCase().split(/[-_]/)[0] !== f.language) return false;
  for (const c of f.criterion ?? []) if (r.criteria[c.criterion]?.verdict !== c.verdict) return false;
  return true;
}

export interface Found {
  result: Result;
  /** When the service received it (ms): the index score. */
  receivedAt: number;
}

/**
 * Matching results, oldest first ("asc") or newest first ("desc"), up to
 * `limit`. Unscorable results only with `withUnscorable` (they have no verdicts).
 */
export async function* findResults(
  store: ResultStore,
  f: Filters,
  opts: { order?: 'asc' | 'desc'; limit?: number; withUnscorable?: boolean } = {},
): AsyncGenerator<Found> {
  const index = f.agent !== undefined ? store.keys.byAgent(f.agent) : f.team !== undefined ? store.keys.byTeam(f.team) : store.keys.byTime;
  const limit = opts.limit ?? Infinity;
  let yielded = 0;
  for (let offset = 0; yielded < limit; offset += PAGE) {
    const flat =
      opts.order === 'desc'
        ? await store.redis.zrevrangebyscore(index, f.to, f.from, 'WITHSCORES', 'LIMIT', offset, PAGE)
        : await store.redis.zrangebyscore(index, f.from, f.to, 'WITHSCORES', 'LIMIT', offset, PAGE);
    if (!flat.length) return;
    const ids: string[] = [];
    const ts: number[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      ids.push(flat[i]);
      ts.push(Number(flat[i + 1]));
    }
    const values = await store.redis.mget(ids.map((id) => store.keys.result(id)));
    for (let i = 0; i < values.length && yielded < limit; i++) {
      if (!values[i]) continue;
      const r = JSON.parse(values[i]!) as Result | { status: 'skipped' };
      if (r.status === 'skipped' || (r.status === 'unscorable' && !opts.withUnscorable)) continue;
      if (!matches(r, f)) continue;
      yielded++;
      yield { result: r, receivedAt: ts[i] };
    }
    if (flat.length < PAGE * 2) return;
  }
}
