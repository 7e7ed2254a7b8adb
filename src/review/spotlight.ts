import type { Result } from '../result.js';
import type { Rubric } from '../rubrics/schema.js';
import { Analysis } from '../scoring/analysis.js';
import { compileRubric } from '../scoring/compile.js';
import { choosePack } from '../scoring/score.js';
import type { SpotlightReason } from './schemas.js';

// The spotlight: replies a QA lead should see first. A reply is in it for any of
//  - critical_fail: it fails a critical criterion (QA_CRITICAL_CRITERIA, the
//    rubric's `critical: true` ones, or the request's own list);
//  - outlier: its score is at least OUTLIER_GAP points below the agent's own
//    mean over the period (agents with at least OUTLIER_MIN_REPLIES scored replies);
//  - angry_customer: empathy applies (its verdict is not "na") and the quoted
//    customer text shows strong negative emotion: two or more distinct emotion
//    cues of the language pack ("furious", "unacceptable", "fed up"…), or one
//    with shouting (three words in capitals) or a run like "!!" / "?!".

export const OUTLIER_GAP = 20;
export const OUTLIER_MIN_REPLIES = 5;

const SHOUTING = /(?:\b\p{Lu}{2,}[\p{Lu}'’]*\b[\s,.!?]+){3,}/u;
const EXCLAIMING = /!\s*[!?]|\?\s*!/;
// The customer's point is in the first part of a long quoted history.
const MAX_QUOTED = 4000;

/** The cues of strong negative emotion in the customer's text, or [] when it is not strong. */
export function angerCues(quoted: string | null, language: string | null, rubric: Rubric): string[] {
  if (!quoted?.trim()) return [];
  const text = quoted.slice(0, MAX_QUOTED);
  const { pack } = choosePack(language ?? '', text, compileRubric(rubric), rubric.fallbackLanguage);
  const a = new Analysis(text, pack, { segmentFrame: false });
  const words = [...new Set(a.hits('customer_emotion').filter((h) => !a.negated(h, 2)).map((h) => text.slice(h.start, h.end).toLowerCase()))];
  const shouting = SHOUTING.test(text);
  const exclaiming = EXCLAIMING.test(text);
  const strong = words.length >= 2 || (words.length >= 1 && (shouting || exclaiming)) || (shouting && exclaiming);
  if (!strong) return [];
  return [...words, ...(shouting ? ['(shouting in capitals)'] : []), ...(exclaiming ? ['(!! or ?!)'] : [])];
}

export interface SpotlightContext {
  critical: ReadonlySet<string>;
  /** Agent id → mean score and number of scored replies over the period. */
  agentMeans: ReadonlyMap<string, { mean: number | null; scored: number }>;
  rubric: Rubric;
}

export function spotlightReasons(r: Result, agent: string, ctx: SpotlightContext): SpotlightReason[] {
  const reasons: SpotlightReason[] = [];
  const failed = Object.entries(r.criteria)
    .filter(([id, c]) => ctx.critical.has(id) && c.verdict === 'fail')
    .map(([id]) => id);
  if (failed.length) reasons.push({ kind: 'critical_fail', criteria: failed });
  const own = ctx.agentMeans.get(agent);
  if (r.score !== null && own && own.mean !== null && own.scored >= OUTLIER_MIN_REPLIES && own.mean - r.score >= OUTLIER_GAP) {
    reasons.push({ kind: 'outlier', score: r.score, agentMean: own.mean, gap: Math.round((own.mean - r.score) * 10) / 10 });
  }
  const empathy = r.criteria.empathy;
  if (empathy && empathy.verdict !== 'na') {
    const cues = angerCues(r.reply.quoted, r.language, ctx.rubric);
    if (cues.length) reasons.push({ kind: 'angry_customer', cues });
  }
  return reasons;
}

/** The critical criteria: the request's own list, else QA_CRITICAL_CRITERIA and the rubric's critical ones. */
export function criticalCriteria(rubric: Rubric, configured: readonly string[], requested?: readonly string[]): Set<string> {
  if (requested?.length) return new Set(requested);
  return new Set([...configured, ...rubric.criteria.filter((c) => c.critical).map((c) => c.id)]);
}
