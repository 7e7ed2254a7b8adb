// The whole path (parse → isolate → detect → score) against the labelled dev set:
// agreement with the human labels per criterion, and how cleanly the agent's own
// text is isolated. A regression here means a rule change broke a phenomenon.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/result.js';
import { agreement, CRITERIA, isolation, loadSet, scoreSet } from './agreement.js';

const set = loadSet(new URL('../fixtures/dev/', import.meta.url).pathname);
let results: Map<string, Result>;
beforeAll(async () => {
  results = await scoreSet(set);
}, 180_000);

describe('agreement with the labelled dev set', () => {
  for (const c of CRITERIA) {
    it(`${c}: accuracy ≥ 0.90 and Cohen's kappa ≥ 0.80 against the human labels`, () => {
      const a = agreement(set.labels, results, c);
      expect(a.accuracy).toBeGreaterThanOrEqual(0.9);
      expect(a.kappa).toBeGreaterThanOrEqual(0.8);
    });
  }

  it('detects the language of every reply', () => {
    const wrong = set.labels.filter((l) => results.get(l.id)!.language !== l.lang).map((l) => l.file);
    expect(wrong).toEqual([]);
  });

  it('isolates the agent text cleanly (token F1 ≥ 0.95) in ≥ 97% of replies and never leaks the quoted customer text', () => {
    const iso = isolation(set, results);
    expect(iso.leaks).toEqual([]);
    expect(iso.clean).toBeGreaterThanOrEqual(0.97);
  });
});
