import type { Result, Verdict } from '../result.js';
import type { Rubric } from '../rubrics/schema.js';
import type { Review } from './schemas.js';

// What the human reviews of one result add up to: one verdict per criterion, a
// score recomputed with those verdicts, and the fields that the per-day
// aggregates carry for reviewed results. Pure functions: the storage applies
// the difference between what was counted before and what is counted now, so a
// result's reviews are counted once however often they change.

/**
 * Per criterion, the verdict most reviewers gave; on a tie, the one of the
 * latest review among the tied verdicts (a lead's fresh look settles it).
 */
export function humanVerdicts(reviews: readonly Review[]): Record<string, Verdict> {
  const byCriterion = new Map<string, Map<Verdict, { count: number; latest: string }>>();
  for (const r of reviews) {
    const stamp = `${r.reviewedAt}\u0000${r.reviewer}`;
    for (const [criterion, verdict] of Object.entries(r.verdicts)) {
      const tally = byCriterion.get(criterion) ?? new Map();
      const t = tally.get(verdict) ?? { count: 0, latest: '' };
      t.count++;
      if (stamp > t.latest) t.latest = stamp;
      tally.set(verdict, t);
      byCriterion.set(criterion, tally);
    }
  }
  const out: Record<string, Verdict> = {};
  for (const [criterion, tally] of [...byCriterion].sort(([a], [b]) => a.localeCompare(b))) {
    const [best] = [...tally].sort(([, a], [, b]) => b.count - a.count || (b.latest > a.latest ? 1 : b.latest < a.latest ? -1 : 0));
    out[criterion] = best[0];
  }
  return out;
}

/**
 * The result's score with the human verdicts in place of the machine's, the way
 * the scorer computes it: a criterion the reviewer agrees with keeps the
 * machine's score (a partial pass stays partial), a pass the machine missed
 * counts 1, a fail 0, "na" leaves the criterion out. Weights, critical caps and
 * decimals come from the rubric when it is the one that scored the result;
 * otherwise every criterion weighs 1.
 */
export function humanScore(result: Result, human: Record<string, Verdict>, rubric?: Rubric): number | null {
  const changed = Object.entries(human).some(([c, v]) => result.criteria[c] && result.criteria[c].verdict !== v);
  if (!changed) return result.score;
  const same = rubric && rubric.id === result.rubric.id ? rubric : undefined;
  const spec = new Map(same?.criteria.map((c) => [c.id, c]));
  let sum = 0;
  let weights = 0;
  let cap = 100;
  for (const [id, c] of Object.entries(result.criteria)) {
    const verdict = human[id] ?? c.verdict;
    const score = verdict === c.verdict ? c.score : verdict === 'pass' ? 1 : verdict === 'fail' ? 0 : null;
    const weight = spec.get(id)?.weight ?? 1;
    if (verdict === 'na' || score === null || weight <= 0) continue;
    sum += weight * score;
    weights += weight;
    if (spec.get(id)?.critical && verdict === 'fail') cap = Math.min(cap, same!.scoring.criticalCap);
  }
  const factor = 10 ** (same?.scoring.decimals ?? 0);
  return weights > 0 ? Math.round(Math.min((100 * sum) / weights, cap) * factor) / factor : null;
}

/**
 * The per-day aggregate fields (after "<agent>\t") that one reviewed result
 * carries: r (a reviewed result), h/m\t<criterion>\t<verdict> (the human and
 * the machine verdict of each reviewed criterion), hs/hn and ms/mn (human and
 * machine score sum and count). Aggregates that prefer human verdicts count
 * c − m + h and sum − ms + hs.
 */
export function contribution(result: Result, human: Record<string, Verdict>, hScore: number | null): Record<string, number> {
  const f: Record<string, number> = {};
  const inc = (k: string, v: number) => (f[k] = (f[k] ?? 0) + v);
  const reviewed = Object.keys(human).filter((c) => result.criteria[c]);
  if (!reviewed.length) return f;
  inc('r', 1);
  for (const c of reviewed) {
    inc(`h\t${c}\t${human[c]}`, 1);
    inc(`m\t${c}\t${result.criteria[c].verdict}`, 1);
  }
  if (result.score !== null) {
    inc('ms', result.score);
    inc('mn', 1);
  }
  if (hScore !== null) {
    inc('hs', hScore);
    inc('hn', 1);
  }
  return f;
}

/** new − old, field by field, leaving out what does not change. */
export function difference(next: Record<string, number>, prev: Record<string, number>): Record<string, number> {
  const d: Record<string, number> = {};
  for (const k of new Set([...Object.keys(next), ...Object.keys(prev)])) {
    const v = (next[k] ?? 0) - (prev[k] ?? 0);
    if (Math.abs(v) > 1e-9) d[k] = v;
  }
  return d;
}
