import type { Verdict } from '../result.js';

// Agreement between two raters over pass/fail/na: the 3×3 confusion matrix,
// the share of items they agree on, and Cohen's kappa (agreement corrected for
// what two raters with these verdict frequencies would reach by chance).

export const VERDICTS = ['pass', 'fail', 'na'] as const satisfies readonly Verdict[];

/** rows: the first rater's verdict, columns: the second's, both in VERDICTS order. */
export type Matrix = number[][];

export const emptyMatrix = (): Matrix => VERDICTS.map(() => VERDICTS.map(() => 0));

export function confusion(pairs: Iterable<readonly [Verdict, Verdict]>): Matrix {
  const m = emptyMatrix();
  for (const [a, b] of pairs) m[VERDICTS.indexOf(a)][VERDICTS.indexOf(b)]++;
  return m;
}

export const total = (m: Matrix) => m.reduce((s, row) => s + row.reduce((x, y) => x + y, 0), 0);

/** Observed agreement p_o: the diagonal over the total; null without items. */
export function agreementRate(m: Matrix): number | null {
  const n = total(m);
  return n ? m.reduce((s, row, i) => s + row[i], 0) / n : null;
}

/**
 * Cohen's kappa, (p_o − p_e) / (1 − p_e), where p_e = Σ_k (row_k / n)(col_k / n).
 * null when it is undefined: no items, or both raters always gave one and the
 * same verdict (p_e = 1: nothing to tell agreement from chance).
 */
export function cohensKappa(m: Matrix): number | null {
  const n = total(m);
  if (!n) return null;
  const po = agreementRate(m)!;
  let pe = 0;
  for (let k = 0; k < m.length; k++) {
    const row = m[k].reduce((x, y) => x + y, 0);
    const col = m.reduce((s, r) => s + r[k], 0);
    pe += (row / n) * (col / n);
  }
  if (pe >= 1) return null;
  return (po - pe) / (1 - pe);
}

const round = (x: number | null, digits = 3) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export interface AgreementSummary {
  n: number;
  agreement: number | null;
  kappa: number | null;
  /** rows: first rater, columns: second; both in the order pass, fail, na. */
  matrix: Matrix;
}

export function summarize(m: Matrix): AgreementSummary {
  return { n: total(m), agreement: round(agreementRate(m)), kappa: round(cohensKappa(m)), matrix: m };
}
