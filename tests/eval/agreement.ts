// Scoring a labelled set through the whole path and measuring agreement with its
// human labels: shared by the dev-set and holdout-set tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreMessage } from '../../src/pipeline.js';
import { loadRubric } from '../../src/rubrics/load.js';
import type { Result } from '../../src/result.js';

export const CRITERIA = ['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check'] as const;

export interface Label { file: string; id: string; lang: string; labels: Record<string, string> }
export interface Item { id: string; reply: string; customer: string }

const jsonl = <T>(p: string): T[] => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

export function loadSet(dir: string, emlDir = dir) {
  const labels = jsonl<Label>(join(dir, 'labels.jsonl'));
  const items = new Map(jsonl<Item>(join(dir, 'items.jsonl')).map((i) => [i.id, i]));
  return { labels, items, emlDir };
}

export async function scoreSet(set: ReturnType<typeof loadSet>): Promise<Map<string, Result>> {
  const rubric = loadRubric();
  const results = new Map<string, Result>();
  for (const l of set.labels) results.set(l.id, await scoreMessage(readFileSync(join(set.emlDir, l.file)), { source: l.file, rubric }));
  return results;
}

export function kappa(pairs: [string, string][]): number {
  const n = pairs.length;
  const po = pairs.filter(([a, b]) => a === b).length / n;
  let pe = 0;
  for (const v of ['pass', 'fail', 'na']) pe += (pairs.filter(([a]) => a === v).length / n) * (pairs.filter(([, b]) => b === v).length / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

export function agreement(labels: Label[], results: Map<string, Result>, criterion: string) {
  const pairs = labels.map((l) => [l.labels[criterion], results.get(l.id)!.criteria[criterion]?.verdict ?? 'missing'] as [string, string]);
  return { accuracy: pairs.filter(([a, b]) => a === b).length / pairs.length, kappa: kappa(pairs) };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Token F1 between the true agent text and the isolated one (evalqa's measure). */
export function f1(want: string, got: string): number {
  const A = norm(want).toLowerCase().split(' ').filter(Boolean);
  const B = norm(got).toLowerCase().split(' ').filter(Boolean);
  const m = new Map<string, number>();
  for (const t of A) m.set(t, (m.get(t) ?? 0) + 1);
  let c = 0;
  for (const t of B) if ((m.get(t) ?? 0) > 0) (c++, m.set(t, m.get(t)! - 1));
  if (!c) return 0;
  const p = c / B.length, r = c / A.length;
  return (2 * p * r) / (p + r);
}

/** Share of replies isolated cleanly, and the files where quoted customer text leaked into the judged text. */
export function isolation(set: ReturnType<typeof loadSet>, results: Map<string, Result>) {
  let clean = 0;
  const leaks: string[] = [];
  for (const l of set.labels) {
    const item = set.items.get(l.id)!;
    const got = results.get(l.id)!.reply.text;
    const leak = norm(item.customer).length > 30 && norm(got).includes(norm(item.customer).slice(0, 30));
    if (leak) leaks.push(l.file);
    if (f1(item.reply, got) >= 0.95 && !leak) clean++;
  }
  return { clean: clean / set.labels.length, leaks };
}
