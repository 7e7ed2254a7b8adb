// The scorer alone (no mail parsing) against the labelled dev items: reply text,
// customer text as quoted, language. Thresholds are those the project holds
// the scorer to on every criterion and every language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

interface Item {
  id: string;
  lang: string;
  customer: string;
  reply: string;
  labels: Record<string, string>;
}

const items: Item[] = readFileSync(new URL('../fixtures/dev/items.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const rubric = loadRubric();
const CRITERIA = ['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check'];

function kappa(pairs: [string, string][]): number {
  const n = pairs.length;
  const po = pairs.filter(([a, b]) => a === b).length / n;
  let pe = 0;
  for (const v of ['pass', 'fail', 'na']) pe += (pairs.filter(([a]) => a === v).length / n) * (pairs.filter(([, b]) => b === v).length / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const pairs = new Map<string, [string, string][]>();
for (const it of items) {
  const out = scoreReply({ text: it.reply, quoted: it.customer, language: it.lang }, rubric);
  for (const c of CRITERIA) {
    for (const key of [c, `${it.lang}:${c}`]) {
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key)!.push([it.labels[c], out.criteria[c].verdict]);
    }
  }
}

describe('agreement with the labelled dev items', () => {
  it('covers the six dev languages', () => {
    expect(new Set(items.map((i) => i.lang))).toEqual(new Set(['en', 'it', 'ro', 'es', 'fr', 'de']));
  });

  for (const c of CRITERIA) {
    it(`${c}: accuracy ≥ 0.9 and kappa ≥ 0.8 overall`, () => {
      const p = pairs.get(c)!;
      expect(p.filter(([a, b]) => a === b).length / p.length).toBeGreaterThanOrEqual(0.9);
      expect(kappa(p)).toBeGreaterThanOrEqual(0.8);
    });
  }

  for (const lang of ['en', 'it', 'ro', 'es', 'fr', 'de']) {
    it(`${lang}: accuracy ≥ 0.9 on every criterion`, () => {
      for (const c of CRITERIA) {
        const p = pairs.get(`${lang}:${c}`)!;
        expect(p.filter(([a, b]) => a === b).length / p.length, c).toBeGreaterThanOrEqual(0.9);
      }
    });
  }
});
