import type { Criterion } from '../../rubrics/schema.js';
import type { Verdict } from '../../result.js';
import type { Analysis, Hit } from '../analysis.js';
import type { CustomerContext } from '../context.js';

export interface Judgement {
  verdict: Verdict;
  /** 0..1 inside the verdict; null for na */
  score: number | null;
  /** key of the coach sentence: "pass", "fail.conditional", … */
  outcome: string;
  evidence: Hit[];
}

export interface JudgeInput {
  reply: Analysis;
  customer: CustomerContext;
  criterion: Criterion;
}

export type Judge = (input: JudgeInput) => Judgement;

export const na = (outcome = 'na'): Judgement => ({ verdict: 'na', score: null, outcome, evidence: [] });
export const pass = (evidence: Hit[], outcome = 'pass', score = 1): Judgement => ({ verdict: 'pass', score, outcome, evidence });
export const fail = (outcome: string, evidence: Hit[] = []): Judgement => ({ verdict: 'fail', score: 0, outcome, evidence });
