import type { Result, Verdict } from '../result.js';
import { agentOf, type ResultStore } from '../store/results.js';
import { matches, type Filters } from './candidates.js';
import { confusion, summarize, type AgreementSummary } from './kappa.js';
import type { ReviewStore } from './review-store.js';
import type { Review } from './schemas.js';

// Calibration: does the machine judge a criterion as the reviewers do, and do
// the reviewers agree among themselves? Every review is one machine-vs-human
// pair per criterion it judged; every two reviewers of the same reply are one
// human-vs-human pair. A criterion whose machine kappa is close to the
// reviewers' own is one the team can trust the machine on.

type Pair = readonly [Verdict, Verdict];

export interface CalibrationInput {
  result: Result;
  reviews: Review[];
}

/** Pure: the report over reviewed results (already filtered). */
export function calibrate(items: readonly CalibrationInput[], opts: { limit: number; order?: readonly string[]; url: (id: string) => string }) {
  const machine = new Map<string, Pair[]>();
  const human = new Map<string, Pair[]>();
  const pairs = new Map<string, Map<string, Pair[]>>();
  const push = <K>(m: Map<K, Pair[]>, k: K, p: Pair) => {
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  };
  const disputed: { id: string; url: string; agent: string; score: number | null; disagreements: number; criteria: Record<string, { machine: Verdict; reviewers: Record<string, Verdict> }> }[] = [];
  let reviews = 0;

  for (const { result, reviews: rs } of items) {
    if (!rs.length) continue;
    reviews += rs.length;
    const sorted = [...rs].sort((a, b) => a.reviewer.localeCompare(b.reviewer));
    let disagreements = 0;
    const detail: (typeof disputed)[number]['criteria'] = {};
    for (const [criterion, c] of Object.entries(result.criteria)) {
      const judged = sorted.filter((r) => r.verdicts[criterion] !== undefined);
      if (!judged.length) continue;
      for (const r of judged) push(machine, criterion, [c.verdict, r.verdicts[criterion]]);
      for (let i = 0; i < judged.length; i++) {
        for (let j = i + 1; j < judged.length; j++) {
          const p: Pair = [judged[i].verdicts[criterion], judged[j].verdicts[criterion]];
          push(human, criterion, p);
          const byPair = pairs.get(criterion) ?? new Map<string, Pair[]>();
          push(byPair, `${judged[i].reviewer}\u0000${judged[j].reviewer}`, p);
          pairs.set(criterion, byPair);
        }
      }
      const raters = [c.verdict, ...judged.map((r) => r.verdicts[criterion])];
      let differ = 0;
      for (let i = 0; i < raters.length; i++) for (let j = i + 1; j < raters.length; j++) if (raters[i] !== raters[j]) differ++;
      if (differ) {
        disagreements += differ;
        detail[criterion] = { machine: c.verdict, reviewers: Object.fromEntries(judged.map((r) => [r.reviewer, r.verdicts[criterion]])) };
      }
    }
    if (disagreements) disputed.push({ id: result.id, url: opts.url(result.id), agent: agentOf(result), score: result.score, disagreements, criteria: detail });
  }

  const names = [...new Set([...(opts.order ?? []).filter((c) => machine.has(c)), ...[...machine.keys()].sort()])];
  const criteria: Record<string, { machineVsHuman: AgreementSummary; humanVsHuman: AgreementSummary; pairs: (AgreementSummary & { reviewers: [string, string] })[] }> = {};
  for (const name of names) {
    criteria[name] = {
      machineVsHuman: summarize(confusion(machine.get(name) ?? [])),
      humanVsHuman: summarize(confusion(human.get(name) ?? [])),
      pairs: [...(pairs.get(name) ?? new Map<string, Pair[]>())]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, ps]) => ({ reviewers: key.split('\u0000') as [string, string], ...summarize(confusion(ps)) })),
    };
  }
  disputed.sort((a, b) => b.disagreements - a.disagreements || a.id.localeCompare(b.id));
  return { reviewedReplies: items.filter((i) => i.reviews.length).length, reviews, criteria, disputed: disputed.slice(0, opts.limit) };
}

/** Loads the reviewed results of the period that match the filters, and calibrates. */
export async function calibrationReport(
  deps: { store: ResultStore; reviews: ReviewStore; order?: readonly string[] },
  f: Omit<Filters, 'criterion'>,
  opts: { limit: number; url: (id: string) => string },
) {
  const ids = await deps.reviews.reviewedIds({ min: f.from, max: f.to });
  const items: CalibrationInput[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [values, reviews] = await Promise.all([deps.store.redis.mget(chunk.map((id) => deps.store.keys.result(id))), deps.reviews.many(chunk)]);
    values.forEach((v, j) => {
      if (!v) return;
      const result = JSON.parse(v) as Result;
      if (result.status !== 'scored' || !matches(result, f)) return;
      items.push({ result, reviews: reviews.get(chunk[j]) ?? [] });
    });
  }
  return { from: new Date(f.from).toISOString(), to: new Date(f.to).toISOString(), ...calibrate(items, { ...opts, order: deps.order }) };
}
