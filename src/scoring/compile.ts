import type { Pack, Rubric } from '../rubrics/schema.js';
import { compileList, PatternError, WordIndex, type Contractions, type SignalRegex } from './pattern.js';

export interface CompiledPack {
  language: string;
  /** signal id → its compiled patterns */
  signals: Map<string, SignalRegex>;
  /** first word → patterns that can start there, across all signals */
  index: WordIndex;
  /** the same for the signals read in the customer's message only */
  customerIndex: WordIndex;
  abbreviations: Set<string>;
  /** tag questions ("ok", "vale"), lower-cased (see the pack schema) */
  tagQuestions: Set<string>;
  /** lower-cased text with the pack's misspellings read as the words meant (same length) */
  respell: (lower: string) => string;
  /** words that address the reader only when capitalised, and the signals where that matters (see the pack schema) */
  capitalisedAddress: { words: Set<string>; signals: Set<string> };
  /** the pack's month names (its `month` macro), lower-cased: "9. Jänner" does not end a sentence */
  months: Set<string>;
  /** month name → month number (0-11), from the pack's `months` */
  monthNumbers: Map<string, number>;
  feedback: Record<string, string>;
}

export interface CompiledRubric {
  packs: Map<string, CompiledPack>;
}

/** The signals read in the customer's message (context.ts) and its frame (analysis.ts). */
export const CUSTOMER_SIGNALS: readonly string[] = [
  'customer_problem',
  'customer_problem_exception',
  'customer_misfortune',
  'customer_own_fault',
  'customer_emotion',
  'customer_courtesy',
  'customer_praise',
  'customer_praise_relay',
  'customer_request',
  'negation',
  'negation_after',
  'negation_frame',
  'negation_exception',
  'scope_break',
  'clause_break',
];

// Compiled once per rubric object: the scorer stays a pure function of
// (input, rubric) and never builds a regex per reply.
const cache = new WeakMap<Rubric, CompiledRubric>();

export function compileRubric(rubric: Rubric): CompiledRubric {
  const hit = cache.get(rubric);
  if (hit) return hit;
  const packs = new Map<string, CompiledPack>();
  for (const [lang, pack] of Object.entries(rubric.packs)) {
    // The month names make the `month` macro unless the pack writes one.
    const macros = pack.months.length && !pack.macros.month ? { ...pack.macros, month: pack.months.flat() } : pack.macros;
    const contractions = packContractions(pack);
    const signals = new Map<string, SignalRegex>();
    for (const [id, patterns] of Object.entries(pack.signals)) {
      try {
        const re = compileList(patterns, macros, contractions);
        if (re) signals.set(id, re);
      } catch (err) {
        if (err instanceof PatternError) throw new PatternError(`pack "${lang}", signal "${id}": ${err.message}`);
        if (err instanceof SyntaxError) throw new PatternError(`pack "${lang}", signal "${id}": ${err.message}`);
        throw err;
      }
    }
    packs.set(lang, {
      language: lang,
      signals,
      index: new WordIndex(signals),
      customerIndex: new WordIndex(new Map([...signals].filter(([id]) => CUSTOMER_SIGNALS.includes(id)))),
      abbreviations: new Set(pack.abbreviations.map((a) => a.toLowerCase().replace(/\.$/, ''))),
      tagQuestions: new Set(pack.tag_questions.map((t) => t.toLowerCase().replace(/’/g, "'"))),
      respell: respeller(pack.misspellings),
      capitalisedAddress: {
        words: new Set(pack.capitalised_address.words.map((w) => w.toLowerCase())),
        signals: new Set(pack.capitalised_address.signals),
      },
      months: new Set((macros.month ?? []).map((m) => m.toLowerCase())),
      monthNumbers: monthNumbers(pack.months),
      feedback: pack.feedback,
    });
  }
  const compiled = { packs };
  cache.set(rubric, compiled);
  return compiled;
}

const SAME = (lower: string) => lower;

/** The pack's misspellings as one whole-word replacement over lower-cased text (identity when it has none). */
function respeller(misspellings: Record<string, string>): (lower: string) => string {
  const map = new Map(Object.entries(misspellings).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
  if (!map.size) return SAME;
  const words = [...map.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (lower) => {
    re.lastIndex = 0;
    return re.test(lower) ? lower.replace(re, (w) => map.get(w) ?? w) : lower;
  };
}

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** The pack's month names → month number (0-11), as written and without accents ("fevrier", "marco"). */
function monthNumbers(months: readonly (readonly string[])[]): Map<string, number> {
  const out = new Map<string, number>();
  months.forEach((names, m) => {
    for (const name of names) {
      out.set(name.toLowerCase(), m);
      out.set(fold(name), m);
    }
  });
  return out;
}

/** A pack's contractions as the pattern compiler reads them (lower case, one apostrophe). */
export function packContractions(pack: Pick<Pack, 'contractions'>): Contractions {
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase().replace(/’/g, "'")));
  return { optional: lower(pack.contractions.optional), kept: lower(pack.contractions.kept) };
}
