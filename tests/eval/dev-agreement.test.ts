// The whole path (parse → isolate → detect → score) against the labelled dev set:
// agreement with the human labels per criterion, and how cleanly the agent's own
// text is isolated. A regression here means a rule change broke a phenomenon.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreMessage } from '../../src/pipeline.js';
import { loadRubric } from '../../src/rubrics/load.js';
import type { Result } from '../../src/result.js';

const dev = new URL('../fixtures/dev/', import.meta.url).pathname;
const CRITERIA = ['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check'] as const;
const jsonl = (p: string) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const labels: { file: string; id: string; lang: string; labels: Record<string, string> }[] = jsonl(join(dev, 'labels.jsonl'));
const items = new Map<string, { reply: string; customer: string }>(jsonl(join(dev, 'items.jsonl')).map((i) => [i.id, i]));

function kappa(pairs: [string, string][]): number {
  const n = pairs.length;
  const po = pairs.filter(([a, b]) => a === b).length / n;
  let pe = 0;
  for (const v of ['pass', 'fail', 'na']) pe += (pairs.filter(([a]) => a === v).length / n) * (pairs.filter(([, b]) => b === v).length / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
function f1(want: string, got: string): number {
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

const results = new Map<string, Result>();
beforeAll(async () => {
  const rubric = loadRubric();
  for (const l of labels) results.set(l.id, await scoreMessage(readFileSync(join(dev, l.file)), { source: l.file, rubric }));
}, 120_000);

describe('agreement with the labelled dev set', () => {
  for (const c of CRITERIA) {
    it(`${c}: accuracy ≥ 0.90 and Cohen's kappa ≥ 0.80 against the human labels`, () => {
      const pairs = labels.map((l) => [l.labels[c], results.get(l.id)!.criteria[c]?.verdict ?? 'missing'] as [string, string]);
      const acc = pairs.filter(([a, b]) => a === b).length / pairs.length;
      expect(acc).toBeGreaterThanOrEqual(0.9);
      expect(kappa(pairs)).toBeGreaterThanOrEqual(0.8);
    });
  }

  it('detects the language of every reply', () => {
    const wrong = labels.filter((l) => results.get(l.id)!.language !== l.lang).map((l) => l.file);
    expect(wrong).toEqual([]);
  });

  it('isolates the agent text cleanly (token F1 ≥ 0.95) in ≥ 97% of replies and never leaks the quoted customer text', () => {
    let clean = 0;
    const leaks: string[] = [];
    for (const l of labels) {
      const item = items.get(l.id)!;
      const got = results.get(l.id)!.reply.text;
      const leak = norm(item.customer).length > 30 && norm(got).includes(norm(item.customer).slice(0, 30));
      if (leak) leaks.push(l.file);
      if (f1(item.reply, got) >= 0.95 && !leak) clean++;
    }
    expect(leaks).toEqual([]);
    expect(clean / labels.length).toBeGreaterThanOrEqual(0.97);
  });
});
