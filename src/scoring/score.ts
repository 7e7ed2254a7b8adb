import type { CriterionResult, Evidence } from '../result.js';
import type { Criterion, Rubric } from '../rubrics/schema.js';
import { Analysis, type Hit } from './analysis.js';
import { compileRubric, type CompiledPack, type CompiledRubric } from './compile.js';
import { lowerSameLength, matchSignal } from './pattern.js';
import { readCustomer, withSubject } from './context.js';
import { JUDGES } from './criteria/index.js';
import type { Judgement } from './criteria/types.js';
import { detectLanguage } from '../language/detect.js';

export interface ScoreInput {
  /** the agent's own reply: greeting, body, sign-off */
  text: string;
  /** the customer's message it answers, or null */
  quoted: string | null;
  /** ISO 639-1 code of the reply */
  language: string;
  subject?: string | null;
  /** when the reply was sent (ISO 8601): a date before it names when something happened, not a promise */
  sentAt?: string | null;
}

export interface ScoreOutput {
  score: number | null;
  criteria: Record<string, CriterionResult>;
}

const MAX_REPLY = 20_000;
const BUILTIN = new Set(['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check']);

/**
 * Pick the language pack: the reply's language, else its base code, else the
 * pack whose common words the text uses most, else the rubric's fallback.
 */
export function choosePack(language: string, text: string, compiled: CompiledRubric, fallback: string): { pack: CompiledPack; note: string | null } {
  const code = (language || '').toLowerCase();
  const direct = compiled.packs.get(code) ?? compiled.packs.get(code.split(/[-_]/)[0]);
  if (direct) return { pack: direct, note: null };
  let best: CompiledPack | null = null;
  let bestCount = 0;
  for (const pack of compiled.packs.values()) {
    const sig = pack.signals.get('function_words');
    if (!sig) continue;
    const n = matchSignal(sig, lowerSameLength(text.slice(0, 2000))).length;
    if (n > bestCount) {
      best = pack;
      bestCount = n;
    }
  }
  const pack = best && bestCount >= 3 ? best : compiled.packs.get(fallback)!;
  return { pack, note: `judged with the "${pack.language}" language pack: the rubric has none for "${language || 'unknown'}"` };
}

// The customer's own words open the quote; a disclaimer or older history
// further down may be in another language.
const QUOTE_SAMPLE = 400;
/** Fewer words than this, and the quote is read with the reply's pack. */
const QUOTE_MIN_WORDS = 8;
/** A text in a pack's language has at least this share of its function words. */
const OWN_LANGUAGE_SHARE = 0.1;

/**
 * The pack the customer's message is read with. Usually the reply's; when
 * the reply answers in another language than the customer wrote ("ich
 * antworte auf Deutsch", a Romanian reply to a mail in English), the quote
 * is read in its own language, if the rubric has a pack for it. The
 * detector runs only when the reply's pack finds few of its common words
 * in the quote.
 */
function customerPack(quoted: string | null, pack: CompiledPack, compiled: CompiledRubric): CompiledPack {
  const fw = pack.signals.get('function_words');
  if (!quoted || !fw) return pack;
  const sample = quoted.length > QUOTE_SAMPLE ? quoted.slice(0, QUOTE_SAMPLE) : quoted;
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  if (words < QUOTE_MIN_WORDS) return pack;
  if (matchSignal(fw, lowerSameLength(sample)).length >= words * OWN_LANGUAGE_SHARE) return pack;
  return compiled.packs.get(detectLanguage(sample)) ?? pack;
}

function feedback(c: Criterion, pack: CompiledPack, outcome: string, note: string | null): string {
  const verdict = outcome.split('.')[0];
  const sentence =
    pack.feedback[`${c.id}.${outcome}`] ??
    c.feedback[outcome] ??
    pack.feedback[`${c.id}.${verdict}`] ??
    c.feedback[verdict] ??
    (verdict === 'pass' ? `The reply meets "${c.name}".` : verdict === 'fail' ? `The reply does not meet "${c.name}".` : `"${c.name}" does not apply to this reply.`);
  return note ? `${sentence} (${note})` : sentence;
}

function evidence(text: string, hits: Hit[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const h of hits) {
    const key = `${h.start}:${h.end}:${h.signal}`;
    if (seen.has(key) || h.end <= h.start) continue;
    seen.add(key);
    out.push({ text: text.slice(h.start, h.end), start: h.start, end: h.end, signal: h.signal });
  }
  return out;
}

/**
 * Score one reply against a rubric. Pure: the same input and rubric give the
 * same result; patterns were compiled when the rubric was loaded.
 */
export function scoreReply(input: ScoreInput, rubric: Rubric): ScoreOutput {
  const compiled = compileRubric(rubric);
  const { pack, note } = choosePack(input.language, input.text, compiled, rubric.fallbackLanguage);
  // A reply is a few paragraphs; past this length only the beginning is read
  // (offsets stay offsets into the text), so a pasted log cannot stall a worker.
  const reply = new Analysis(input.text.length > MAX_REPLY ? input.text.slice(0, MAX_REPLY) : input.text, pack, { sentAt: input.sentAt ?? null });
  const customer = withSubject(readCustomer(input.quoted, customerPack(input.quoted, pack, compiled), reply), input.subject, pack);

  const criteria: Record<string, CriterionResult> = {};
  let sum = 0;
  let weights = 0;
  let cap = 100;
  for (const c of rubric.criteria) {
    const evaluator = c.evaluator ?? (BUILTIN.has(c.id) ? (c.id as keyof typeof JUDGES) : 'signals');
    const j: Judgement = JUDGES[evaluator]({ reply, customer, criterion: c });
    criteria[c.id] = {
      verdict: j.verdict,
      score: j.score,
      evidence: evidence(input.text, j.evidence),
      feedback: feedback(c, pack, j.outcome, note),
    };
    if (j.verdict !== 'na' && j.score !== null && c.weight > 0) {
      sum += c.weight * j.score;
      weights += c.weight;
      if (c.critical && j.verdict === 'fail') cap = Math.min(cap, rubric.scoring.criticalCap);
    }
  }
  const factor = 10 ** rubric.scoring.decimals;
  const score = weights > 0 ? Math.round(Math.min((100 * sum) / weights, cap) * factor) / factor : null;
  return { score, criteria };
}
