import { describe, expect, it } from 'vitest';
import { agreementRate, cohensKappa, confusion, summarize, type Matrix } from '../../src/review/kappa.js';
import { humanScore, humanVerdicts, contribution, difference } from '../../src/review/human.js';
import type { Result } from '../../src/result.js';
import type { Review } from '../../src/review/schemas.js';

describe("Cohen's kappa", () => {
  it('matches the hand-computed 2×2 example (na never used)', () => {
    // 50 replies. Machine pass & human pass 20, machine pass & human fail 5,
    // machine fail & human pass 10, both fail 15.
    // p_o = (20 + 15) / 50 = 0.7
    // machine pass 25/50 = 0.5, human pass 30/50 = 0.6
    // p_e = 0.5·0.6 + 0.5·0.4 = 0.5
    // κ = (0.7 − 0.5) / (1 − 0.5) = 0.4
    const m: Matrix = [
      [20, 5, 0],
      [10, 15, 0],
      [0, 0, 0],
    ];
    expect(agreementRate(m)).toBeCloseTo(0.7, 12);
    expect(cohensKappa(m)).toBeCloseTo(0.4, 12);
  });

  it('matches the hand-computed 3×3 example', () => {
    //            human: pass fail na | row
    // machine pass       10    2   3 |  15
    // machine fail        1    8   1 |  10
    // machine na          2    1  12 |  15
    // column             13   11  16 |  40
    // p_o = (10 + 8 + 12) / 40 = 0.75
    // p_e = (15·13 + 10·11 + 15·16) / 40² = (195 + 110 + 240) / 1600 = 0.340625
    // κ = (0.75 − 0.340625) / (1 − 0.340625) = 0.409375 / 0.659375 = 0.62085308…
    const m: Matrix = [
      [10, 2, 3],
      [1, 8, 1],
      [2, 1, 12],
    ];
    expect(agreementRate(m)).toBe(0.75);
    expect(cohensKappa(m)).toBeCloseTo(0.6208530806, 9);
    expect(summarize(m)).toEqual({ n: 40, agreement: 0.75, kappa: 0.621, matrix: m });
  });

  it('is 1 for perfect agreement over two verdicts, 0 at chance level, negative below it', () => {
    expect(cohensKappa(confusion([['pass', 'pass'], ['fail', 'fail']]))).toBe(1);
    // Each rater says pass half the time, independently: p_o = p_e = 0.5.
    expect(cohensKappa(confusion([['pass', 'pass'], ['pass', 'fail'], ['fail', 'pass'], ['fail', 'fail']]))).toBe(0);
    // Always opposite: p_o = 0, p_e = 0.5, κ = −1.
    expect(cohensKappa(confusion([['pass', 'fail'], ['fail', 'pass']]))).toBe(-1);
  });

  it('is undefined (null) without items or when both raters always give the same one verdict', () => {
    expect(cohensKappa(confusion([]))).toBeNull();
    expect(agreementRate(confusion([]))).toBeNull();
    const m = confusion([['na', 'na'], ['na', 'na']]);
    expect(agreementRate(m)).toBe(1);
    expect(cohensKappa(m)).toBeNull();
  });

  it('puts the first rater in rows and the second in columns, in the order pass, fail, na', () => {
    expect(confusion([['pass', 'na'], ['fail', 'pass'], ['fail', 'pass']])).toEqual([
      [0, 0, 1],
      [2, 0, 0],
      [0, 0, 0],
    ]);
  });
});

const review = (reviewer: string, at: string, verdicts: Review['verdicts']): Review => ({ reviewer, verdicts, comment: null, reviewedAt: at });

describe('the human verdict of several reviews', () => {
  it('is the verdict most reviewers gave, per criterion', () => {
    const h = humanVerdicts([
      review('a', '2026-01-01T10:00:00Z', { empathy: 'fail', apology: 'pass' }),
      review('b', '2026-01-01T11:00:00Z', { empathy: 'pass' }),
      review('c', '2026-01-01T09:00:00Z', { empathy: 'fail' }),
    ]);
    expect(h).toEqual({ apology: 'pass', empathy: 'fail' });
  });

  it('on a tie is the verdict of the latest review among the tied', () => {
    const h = humanVerdicts([review('a', '2026-01-01T10:00:00Z', { empathy: 'fail' }), review('b', '2026-01-02T10:00:00Z', { empathy: 'pass' })]);
    expect(h).toEqual({ empathy: 'pass' });
  });
});

const result = (criteria: Record<string, ['pass' | 'fail' | 'na', number | null]>, score: number | null): Result => ({
  id: 'r1',
  messageId: null,
  source: 'test',
  status: 'scored',
  agent: { email: 'a@x', name: 'A', id: 'a', team: null },
  customer: { email: null, name: null },
  subject: null,
  sentAt: null,
  language: 'en',
  rubric: { id: 'custom', version: '1' },
  score,
  criteria: Object.fromEntries(Object.entries(criteria).map(([k, [verdict, s]]) => [k, { verdict, score: s, evidence: [], feedback: '' }])),
  reply: { text: '', quoted: null },
  scoredAt: '2026-01-01T00:00:00Z',
});

describe('the score with human verdicts', () => {
  const r = result({ apology: ['pass', 1], empathy: ['fail', 0], ownership: ['pass', 0.75], commitments: ['na', null] }, 58);

  it('is the machine score when the reviewers agree with every verdict', () => {
    expect(humanScore(r, { apology: 'pass', empathy: 'fail' })).toBe(58);
  });

  it('counts a pass as 1, a fail as 0, leaves "na" out, and keeps agreed partial scores', () => {
    // empathy fail→pass: (1 + 1 + 0.75) / 3 = 91.67 → 92
    expect(humanScore(r, { empathy: 'pass' })).toBe(92);
    // apology pass→na, ownership agreed at 0.75: (0 + 0.75) / 2 = 37.5 → 38
    expect(humanScore(r, { apology: 'na', ownership: 'pass' })).toBe(38);
  });

  it('gives aggregate fields whose difference moves counts once', () => {
    const first = contribution(r, { empathy: 'pass' }, 92);
    expect(first).toEqual({ r: 1, 'h\tempathy\tpass': 1, 'm\tempathy\tfail': 1, ms: 58, mn: 1, hs: 92, hn: 1 });
    const second = contribution(r, { empathy: 'fail' }, 58);
    expect(difference(second, first)).toEqual({ 'h\tempathy\tpass': -1, 'h\tempathy\tfail': 1, hs: -34 });
    expect(difference(first, first)).toEqual({});
  });
});
