// The phrase-pattern language of rubric language packs, compiled to RegExp source.
//
// Packs are written by people, so the syntax stays small and readable:
//
//   word word        words in order, any whitespace between them (line breaks too)
//   (a|b c|d)        one of the alternatives (each may hold several words)
//   [a|b]            optional: zero or one of the alternatives ("(a|b)?" too)
//   *                any letters inside or at the end of a word:  apologi*  *ato
//   ?                exactly one letter
//   ~3               a gap of up to three words (~ alone: up to three)
//   {name}           a macro: the pack's list `macros.name`, or a built-in:
//                    {n} a number (12, 1.120, 9:47), {w} any one word
//   ^                (first) only at the start of a clause or line
//   =pattern         (first) accents are strict: "=*erò" does not match "ricovero"
//
// Matching is case-insensitive and whole-word (no match inside a longer word).
// Accented letters written in a pattern also match their plain letter, so
// "îmi pare rău" matches "imi pare rau", and ș/ş, ț/ţ are one letter; a plain
// letter in a pattern stays strict ("e" does not match "è", "si" not "sí").
// Apostrophes match ' ’ ʼ and `; hyphens match the Unicode hyphens. Text
// typed without its marks matches too: ä ö ü also as ae oe ue, and the
// apostrophe of a pack's contractions may be left out (see droppable()).
//
// Letters are those of the Latin, Greek and Cyrillic scripts (up to U+052F),
// which every language a pack is written for uses. Text is matched in a form
// where a letter of any other script reads as one stand-in letter, a digit as
// one stand-in digit (lowerSameLength), so "a letter" is a class of 23 ranges
// instead of Unicode's ~650: V8 emits machine code for every class in every
// regex, and with thousands of pattern regexes the big class alone made each
// match attempt ~3x slower (instruction cache). Word boundaries and "*" use
// a coarser class still (WORD_LETTER: the blocks, not the letters in them).
// Words in other scripts still count as words; only a pattern cannot name
// their letters.
//
// Safety: user text is untrusted, so the compiler never emits nested unbounded
// quantifiers. Letter runs are bounded ({0,25}); gaps are bounded repetitions of
// bounded words separated by whitespace, which cannot overlap a word.

import { setFlagsFromString } from 'node:v8';

// Thousands of pattern regexes, most of them run a few times per reply: V8
// compiles a regex to machine code on its first run by default, and the code
// of all of them took ~28 MB of the worker's memory (peak RSS past 200 MB on
// `npm run bench`). Compiled after 1,000 runs instead, the common ones still
// get machine code and the rare ones stay bytecode: ~7 MB of code, peak RSS
// ~190 MB, for ~8% of scoring speed (measured in session 12). Set before any
// pattern is compiled; it changes no match.
setFlagsFromString('--regexp-tier-up-ticks=1000');

export class PatternError extends Error {}

const LETTER = /[\p{L}\p{N}]/u;

/** Ranges (for a character class) of the characters in [0, max] with a Unicode property. */
function rangesOf(re: RegExp, max: number): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  let start = -1;
  for (let c = 0; c <= max + 1; c++) {
    const ok = c <= max && re.test(String.fromCharCode(c));
    if (ok && start < 0) start = c;
    if (!ok && start >= 0) {
      out += c - 1 === start ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
      start = -1;
    }
  }
  return out;
}

/** The last code point of the scripts patterns can name (Cyrillic Supplement). */
const MAX_SCRIPT = 0x52f;
const L = rangesOf(/\p{L}/u, MAX_SCRIPT);
const N = rangesOf(/\p{N}/u, MAX_SCRIPT);
const M = rangesOf(/\p{M}/u, MAX_SCRIPT);
/** Stand-ins in matched text for a letter, a digit, a mark of another script. */
const STAND_IN = { letter: '\u01bf', number: '\u00b9', mark: '\u0300' };
const WS = '[\\s\\u00a0]+';
// A gap word may hold a dot inside ("1.240", "status.example.com") but not end a
// sentence; a German or Scandinavian ordinal ("vom 1. September") is a word too.
const GAP_WORD = '(?:\\d{1,2}\\.(?=\\s)|(?:[^\\s.!?;]|\\.(?=[^\\s.])){1,40})';
/**
 * The same classes as they are matched in word boundaries and "*": every
 * code point of the Latin, Greek and Cyrillic blocks above ASCII counts as a
 * letter (their few symbols, such as the modifier tone letters, never stand
 * beside a word in mail), but not the Latin-1 punctuation (« » ° · × ÷) nor
 * the combining marks. A handful of ranges instead of L's many: thousands of
 * pattern regexes carry these classes, and their size is their cost
 * (~3.5% of the whole path, measured with the dev set in session 16).
 */
const WORD_LETTER = 'a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02ff\\u0370-\\u052f';
const WORD_CHAR_CLASS = `${WORD_LETTER}0-9_\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be`;
const LEFT = `(?<![${WORD_CHAR_CLASS}])`;
const RIGHT = `(?![${WORD_CHAR_CLASS}])`;
const CLAUSE_START = '(?<=(?:^|[.!?;:,()\\n\\u2013\\u2014-])[\\s\\u00a0"\'«»“”„¡¿]{0,4})';
// "$": the clause ends here: a stop, a question or exclamation mark, a colon,
// a dash, a line break, an emoji, or the end of the text, not a comma
// ("Scusi!" ends one; "Pardon, petite question" goes on).
const CLAUSE_END = '(?=[\\s\\u00a0"\'»“”)]{0,4}(?:$|[.!?;:(\\n\\u2013\\u2014]|\\p{Extended_Pictographic}))';
const BUILTIN: Record<string, string> = {
  n: '\\d{1,4}(?:[.,:]\\d{1,3})?',
  w: `[${L}][${L}${M}'’]{0,30}`,
};

/** Letters that count as the same letter in either spelling (Romanian comma/cedilla). */
const SAME: Record<string, string> = { 'ș': 'șşs', 'ş': 'șşs', 'ț': 'țţt', 'ţ': 'țţt', 'ß': 'ß' };

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c;
}

const UMLAUT: Record<string, string> = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue' };

/**
 * The forms of a pattern word in the first-word index: folded, and for a word
 * with an umlaut also as typed without one ("für" → "fur", "fuer").
 */
function indexForms(w: string): string[] {
  const f = foldWord(w);
  if (!/[äöü]/.test(w)) return [f];
  return [f, foldWord(w.replace(/[äöü]/g, (c) => UMLAUT[c]))];
}

function letterClass(c: string): string {
  const lower = c.toLowerCase();
  if (SAME[lower]) return lower === 'ß' ? '(?:ß|ss)' : `[${SAME[lower]}]`;
  const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
  // German typed without umlauts writes them out: "Verzoegerung", "fuer".
  if (UMLAUT[lower]) return `(?:${lower}|${UMLAUT[lower]}|${base})`;
  if (base !== lower && base.length === 1) return `[${lower}${base}]`;
  return escapeChar(c);
}

/**
 * A pack's contractions that people type without their apostrophe, as in
 * chat and quick mail ("dont", "Im sorry", "Ive checked", "thats"): the
 * pack's `contractions` key (`optional`: the contractions, "n't" for any
 * word in -n't; `kept`: bare forms that are other words, "its", "well").
 */
export interface Contractions {
  optional: ReadonlySet<string>;
  kept: ReadonlySet<string>;
}

export const NO_CONTRACTIONS: Contractions = { optional: new Set(), kept: new Set() };

/** May the apostrophe at `at` of a pattern be left out? */
function droppable(src: string, at: number, c: Contractions): boolean {
  if (!c.optional.size) return false;
  // "I('m| am)", "(that|what)('s| is)": the word is the one before the group.
  let end = at;
  if (src[end - 1] === '(' || src[end - 1] === '|') {
    let depth = 0;
    for (end--; end >= 0; end--) {
      if (src[end] === ')') depth++;
      else if (src[end] === '(' && depth-- === 0) break;
    }
    if (end < 0) return false;
  }
  const after = /^[\p{L}]+/u.exec(src.slice(at + 1, at + 4))?.[0] ?? '';
  // "(can|could)('t| not)", "(I|we)('m| are)": the words are those of the group before.
  const words = src[end - 1] === ')' ? groupEnds(src, end - 1) : [/[\p{L}]+$/u.exec(src.slice(Math.max(0, end - 12), end))?.[0] ?? ''];
  // "(it|that)('s| is)": one word whose bare form is another word keeps the apostrophe for all.
  if (words.some((before) => c.kept.has(before + after))) return false;
  // "n't" stands for every word in -n't ("don't", "isn't"), not for a bare "n" ("*n't").
  return words.some((before) => (before.endsWith('n') && after === 't' ? before.length > 1 && c.optional.has("n't") : c.optional.has(`${before}'${after}`)));
}

/** The last words of the alternatives of the group that closes at `close`. */
function groupEnds(src: string, close: number): string[] {
  let depth = 0;
  let open = close;
  for (; open >= 0; open--) {
    if (src[open] === ')') depth++;
    else if (src[open] === '(' && --depth === 0) break;
  }
  if (open < 0) return [];
  return splitAlternatives(src.slice(open + 1, close)).map((a) => /[\p{L}]+$/u.exec(a)?.[0] ?? '');
}

type Macros = (name: string, depth: number) => string;

type Item = { re: string; kind: 'plain' | 'opt' | 'gap' };

/**
 * Join items with whitespace. Every item after the first carries its own
 * leading whitespace, so an optional item or a gap that is absent leaves
 * exactly one run of whitespace. A leading optional item is expanded into
 * "with it | without it".
 */
function emit(items: Item[]): string {
  if (!items.length) return '';
  const [head, ...rest] = items;
  if (head.kind === 'opt' && rest.length) {
    return `(?:(?:${head.re})${emitTail(rest)}|${emit(rest)})`;
  }
  if (head.kind === 'opt') return `(?:${head.re})?`;
  if (head.kind === 'gap') throw new PatternError('a pattern cannot start with a gap');
  return head.re + emitTail(rest);
}

function emitTail(items: Item[]): string {
  let out = '';
  for (const it of items) {
    if (it.kind === 'gap') out += `(?:${WS}${GAP_WORD}){0,${it.re}}`;
    else if (it.kind === 'opt') out += `(?:${WS}(?:${it.re}))?`;
    else out += WS + it.re;
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly macro: Macros,
    private readonly depth: number,
    private readonly strict = false,
    private readonly contractions: Contractions = NO_CONTRACTIONS,
  ) {}

  parse(): string {
    const out = this.alternation('');
    if (this.i < this.src.length) throw new PatternError(`unexpected "${this.src[this.i]}" at ${this.i}`);
    return out;
  }

  /** alternatives separated by | until the closing char (or end). */
  private alternation(close: string): string {
    const alts: string[] = [this.sequence(close)];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence(close));
    }
    return alts.length === 1 ? alts[0] : alts.join('|');
  }

  /** space-separated items until | or the closing char. */
  private sequence(close: string): string {
    const items: Item[] = [];
    // Inside a group, a leading space glues the alternative to the word before
    // it with whitespace: "I('m| am)" matches "I'm" and "I am".
    const lead = close !== '' && this.src[this.i] === ' ';
    for (;;) {
      while (this.src[this.i] === ' ') this.i++;
      const c = this.src[this.i];
      if (c === undefined || c === '|' || (close && c === close)) break;
      items.push(this.item());
    }
    return (lead && items.length ? WS : '') + emit(items);
  }

  /** one item: characters and groups glued together without spaces. */
  private item(): Item {
    const c = this.src[this.i];
    if (c === '~') {
      this.i++;
      let num = '';
      while (/\d/.test(this.src[this.i] ?? '')) num += this.src[this.i++];
      const n = num ? Number(num) : 3;
      if (n < 1 || n > 8) throw new PatternError('a gap ~N must be between 1 and 8 words');
      return { re: String(n), kind: 'gap' };
    }
    if (c === '[' ) {
      // An optional group standing alone as an item.
      const start = this.i;
      const inner = this.group('[', ']');
      if (this.atItemEnd()) return { re: inner, kind: 'opt' };
      this.i = start;
    }
    // An item made only of optional groups ("[know][,]") is optional as a
    // whole: absent, it leaves one run of whitespace, as "[know]" alone does.
    let re = '';
    let optional = true;
    while (!this.atItemEnd()) {
      if (this.src[this.i] !== '[') optional = false;
      re += this.atom();
    }
    return { re, kind: optional && re ? 'opt' : 'plain' };
  }

  private atItemEnd(): boolean {
    const c = this.src[this.i];
    return c === undefined || c === ' ' || c === '|' || c === ')' || c === ']';
  }

  private group(open: string, close: string): string {
    if (this.src[this.i] !== open) throw new PatternError(`expected "${open}"`);
    this.i++;
    const inner = this.alternation(close);
    if (this.src[this.i] !== close) throw new PatternError(`missing "${close}"`);
    this.i++;
    return inner;
  }

  private atom(): string {
    const c = this.src[this.i];
    switch (c) {
      case '(':
        return `(?:${this.group('(', ')')})`;
      case '[':
        return `(?:${this.group('[', ']')})?`;
      case '*':
        this.i++;
        return `[${WORD_LETTER}]{0,25}`;
      case '?':
        this.i++;
        return `[${L}]`;
      case '^':
        this.i++;
        return CLAUSE_START;
      case '$':
        this.i++;
        return CLAUSE_END;
      case '{': {
        const end = this.src.indexOf('}', this.i);
        if (end < 0) throw new PatternError('missing "}"');
        const name = this.src.slice(this.i + 1, end).trim();
        this.i = end + 1;
        return `(?:${this.macro(name, this.depth + 1)})`;
      }
      case "'":
      case '’': {
        const at = this.i++;
        return droppable(this.src, at, this.contractions) ? "['’ʼ`´]?" : "['’ʼ`´]";
      }
      case '-':
        this.i++;
        return '[-\\u2010\\u2011]';
      case '~':
        throw new PatternError('a gap ~N must stand alone between spaces');
      default:
        this.i++;
        if (c.codePointAt(0)! > MAX_SCRIPT && LETTER.test(c)) {
          throw new PatternError(`"${c}": patterns can name letters of the Latin, Greek and Cyrillic scripts only`);
        }
        if (c === STAND_IN.letter || c === STAND_IN.number) throw new PatternError(`"${c}" is reserved`);
        return /\p{L}/u.test(c) && !this.strict ? letterClass(c) : escapeChar(c);
    }
  }
}

export interface MacroTable {
  [name: string]: string[];
}

/**
 * People write "(very )?sorry" and "(a|b)?" out of regex habit: read them as
 * the optional items "[very] sorry" and "[a|b]".
 */
function regexStyleOptionals(src: string): string {
  return src.replace(/\(([^()[\]]*?) \)\?(?=\S)/g, '[$1] ').replace(/\(([^()[\]]*)\)\?/g, '[$1]');
}

interface Compiled {
  body: string;
  left: boolean;
  right: boolean;
  /** the words a match can start with (folded), or null when any word can start one */
  firsts: FirstWords | null;
  /** for some exact first words, what the second word of a match can be */
  seconds: Map<string, FirstWords> | null;
  /** every match starts with a character outside the Basic Multilingual Plane (an emoji) */
  astral: boolean;
}

/** What the first word of a match can be: exact words, word beginnings, a number. */
export interface FirstWords {
  exact: Set<string>;
  prefixes: Set<string>;
  /** word endings: "*ato", "??*erò" */
  suffixes: Set<string>;
  digit: boolean;
  /** prefixes and suffixes as arrays, made on first use by fitsWord (iterating a Set allocates) */
  lists?: { prefixes: string[]; suffixes: string[] };
}

/** Fold a word for the first-word index: no accents, ß as ss. */
export function foldWord(w: string): string {
  if (/^[\x00-\x7f]*$/.test(w)) return w;
  return w.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
}

/** Split top-level alternatives of a group body. */
function splitAlternatives(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if ('([{'.includes(src[i])) depth++;
    else if (')]}'.includes(src[i]) && --depth === 0) return i;
  }
  return -1;
}

/**
 * The possible first words of a pattern, read from its source. null when the
 * pattern can start with any word (a wildcard, {w}, a gap): such patterns are
 * searched for everywhere instead of looked up by their first word.
 */
function firstWords(src: string, macros: MacroTable, depth = 0, c: Contractions = NO_CONTRACTIONS): FirstWords | null {
  const acc: FirstWords = { exact: new Set(), prefixes: new Set(), suffixes: new Set(), digit: false };
  const add = (f: FirstWords | null) => {
    if (!f) return false;
    f.exact.forEach((w) => acc.exact.add(w));
    f.prefixes.forEach((w) => acc.prefixes.add(w));
    f.suffixes.forEach((w) => acc.suffixes.add(w));
    acc.digit ||= f.digit;
    return true;
  };
  if (depth > 8 || acc.exact.size > 400) return null;
  const t = src.replace(/^[\s^]+/, '');
  if (!t) return null;
  const c0 = t[0];
  if (c0 === '(' || c0 === '[') {
    const end = closing(t, 0);
    if (end < 0) return null;
    const rest = t.slice(end + 1);
    for (const alt of splitAlternatives(t.slice(1, end))) {
      const joined = alt.trim() ? (alt.startsWith(' ') ? alt.trimStart() : alt) + (rest.startsWith(' ') || alt.endsWith(' ') ? ' ' + rest.trimStart() : rest) : rest;
      if (!add(firstWords(joined, macros, depth + 1, c))) return null;
    }
    if (c0 === '[' && !add(firstWords(rest, macros, depth + 1, c))) return null;
    return acc;
  }
  if (c0 === '{') {
    const end = t.indexOf('}');
    const name = t.slice(1, end).trim();
    const rest = t.slice(end + 1);
    if (name === 'n') return { exact: new Set(), prefixes: new Set(), suffixes: new Set(), digit: true };
    const list = macros[name];
    if (!list) return null;
    for (const m of list) if (!add(firstWords(regexStyleOptionals(m.trim().toLowerCase()) + rest, macros, depth + 1, c))) return null;
    return acc;
  }
  // "*ato", "??*erò", "*(vertrag|tarif)": a word ending.
  const suffix = /^[*?]+([\p{L}]+|\(([\p{L}|]+)\))(?=$|[\s|)\]])/u.exec(t);
  if (suffix) {
    for (const alt of (suffix[2] ?? suffix[1]).split('|')) if (alt) indexForms(alt).forEach((f) => acc.suffixes.add(f));
    return acc.suffixes.size ? acc : null;
  }
  const lit = /^[^\s()[\]{}*?~|]+/.exec(t)?.[0] ?? '';
  const word = /^[\p{L}\p{N}]+/u.exec(lit)?.[0] ?? '';
  if (!word) return null;
  const next = t[lit.length];
  const glued = word === lit && next !== undefined && next !== ' ' && next !== '|';
  let prefix = glued;
  if (glued && (next === '(' || next === '[')) {
    // "I('ve| have)": the word ends where the group starts with a space or an
    // apostrophe; "scusa(mi|teci)": it goes on.
    const end = closing(t, lit.length);
    const alts = end > 0 ? splitAlternatives(t.slice(lit.length + 1, end)) : [''];
    prefix = alts.some((a) => /^[\p{L}\p{N}*?]/u.test(a));
    if (!alts.every((a) => /^[\p{L}\p{N}*?]/u.test(a)) || next === '[') indexForms(word).forEach((f) => acc.exact.add(f));
    // "I('ve| have)" also starts at "Ive", typed without its apostrophe.
    for (const a of alts) {
      const tail = /^['’]([\p{L}]+)/u.exec(a)?.[1];
      if (tail && droppable(`${word}'${tail}`, word.length, c)) acc.exact.add(foldWord(word + tail));
    }
  }
  if (prefix) {
    if (foldWord(word).length < 2) return null;
    indexForms(word).forEach((f) => acc.prefixes.add(f));
  } else if (/^\d/.test(word)) acc.digit = true;
  else indexForms(word).forEach((f) => acc.exact.add(f));
  // "don't", "I'm" also start at "dont", "Im", typed without the apostrophe.
  const contraction = /^([\p{L}]+)['’]([\p{L}]+)/u.exec(lit);
  if (contraction && droppable(`${contraction[1]}'${contraction[2]}`, contraction[1].length, c)) acc.exact.add(foldWord(contraction[1] + contraction[2]));
  return acc;
}

/** Does a folded word fit what a FirstWords allows? */
export function fitsWord(f: FirstWords, w: string): boolean {
  if (f.exact.has(w)) return true;
  if (f.digit) {
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  const lists = (f.lists ??= { prefixes: [...f.prefixes], suffixes: [...f.suffixes] });
  for (let i = 0; i < lists.prefixes.length; i++) if (w.startsWith(lists.prefixes[i])) return true;
  for (let i = 0; i < lists.suffixes.length; i++) if (w.endsWith(lists.suffixes[i])) return true;
  return false;
}

const MAX_LEADS = 64;

/**
 * For patterns that start with a plain word followed by a space ("we will",
 * "(i|we) apologi*", "{we} [really] care"), the word that must come second
 * after each possible first word. A candidate word whose next word cannot be
 * the second is skipped without running the regex: most candidates are common
 * words ("i", "we", "ich", "il") that start many patterns and match few.
 * Returns null when the pattern does not have that shape (glued words such as
 * "I('ve| have)", wildcards, gaps): such patterns are tried at every first word.
 * A first word with no known second (the pattern ends there, or what follows is
 * optional or a gap) is absent from the map: it is always tried.
 */
function leadPairs(src: string, macros: MacroTable, cx: Contractions, out = new Map<string, FirstWords | null>(), depth = 0): Map<string, FirstWords | null> | null {
  if (depth > 8 || out.size > MAX_LEADS) return null;
  const t = src.replace(/^[\s^]+/, '');
  if (!t) return null;
  const c = t[0];
  const branch = (alts: string[], rest: string): boolean => {
    for (const alt of alts) {
      const joined = alt.trim() ? (alt.startsWith(' ') ? alt.trimStart() : alt) + (rest.startsWith(' ') || alt.endsWith(' ') ? ' ' + rest.trimStart() : rest) : rest;
      if (!leadPairs(joined, macros, cx, out, depth + 1)) return false;
    }
    return true;
  };
  if (c === '(' || c === '[') {
    const end = closing(t, 0);
    if (end < 0) return null;
    const rest = t.slice(end + 1);
    const alts = splitAlternatives(t.slice(1, end));
    if (!branch(c === '[' ? [...alts, ''] : alts, rest)) return null;
    return out;
  }
  if (c === '{') {
    const end = t.indexOf('}');
    const name = t.slice(1, end).trim();
    const list = macros[name];
    if (!list || name === 'n' || name === 'w') return null;
    if (!branch(list.map((m) => regexStyleOptionals(m.trim().toLowerCase())), t.slice(end + 1))) return null;
    return out;
  }
  const word = /^[\p{L}\p{N}]+/u.exec(t)?.[0];
  if (!word || (t.length > word.length && t[word.length] !== ' ')) return null;
  const rest = t.slice(word.length).trim();
  for (const key of indexForms(word)) {
    const second = rest ? firstWords(rest, macros, 0, cx) : null;
    if (!out.has(key)) out.set(key, second);
    else {
      const had = out.get(key)!;
      if (!had || !second) out.set(key, null);
      else {
        second.exact.forEach((w) => had.exact.add(w));
        second.prefixes.forEach((w) => had.prefixes.add(w));
        second.suffixes.forEach((w) => had.suffixes.add(w));
        had.digit ||= second.digit;
      }
    }
  }
  return out;
}

// Compiled macro bodies, per macro table (one per pack, compiled with the
// pack's contractions): a macro used by many patterns is parsed once.
const macroCache = new WeakMap<MacroTable, Map<string, string>>();

function compileParts(src: string, macros: MacroTable, c: Contractions): Compiled {
  let cache = macroCache.get(macros);
  if (!cache) macroCache.set(macros, (cache = new Map()));
  const expand: Macros = (name, depth) => {
    if (BUILTIN[name]) return BUILTIN[name];
    if (depth > 6) throw new PatternError(`macro {${name}} nests too deeply (a cycle?)`);
    const list = macros[name];
    if (!list) throw new PatternError(`unknown macro {${name}}`);
    const hit = cache!.get(name);
    if (hit) return hit;
    const body = list.map((m) => new Parser(regexStyleOptionals(m.trim().toLowerCase()), expand, depth, false, c).parse()).join('|');
    cache!.set(name, body);
    return body;
  };
  let trimmed = regexStyleOptionals(src.trim().toLowerCase());
  const strict = trimmed.startsWith('=');
  if (strict) trimmed = trimmed.slice(1).trim();
  if (!trimmed) throw new PatternError('empty pattern');
  const body = new Parser(trimmed, expand, 0, strict, c).parse();
  const first = trimmed.replace(/^\^\s*/, '')[0] ?? '';
  const lastCh = trimmed[trimmed.length - 1];
  return {
    body,
    firsts: compact(firstWords(trimmed, macros, 0, c)),
    seconds: knownSeconds(leadPairs(trimmed, macros, c)),
    astral: astralLed(trimmed),
    left: LETTER.test(first) || '([{*?'.includes(first),
    right: LETTER.test(lastCh) || ')]}*?'.includes(lastCh),
  };
}

/** Whether every alternative of a pattern starts with an astral character: "(👎|😡|🤬)". */
function astralLed(src: string): boolean {
  const t = src.replace(/^\^\s*/, '');
  const alts = t.startsWith('(') && closing(t, 0) === t.length - 1 ? splitAlternatives(t.slice(1, -1)) : [t];
  return alts.every((a) => (a.trim().codePointAt(0) ?? 0) > 0xffff);
}

function knownSeconds(pairs: Map<string, FirstWords | null> | null): Map<string, FirstWords> | null {
  if (!pairs) return null;
  const out = new Map<string, FirstWords>();
  for (const [w, second] of pairs) if (second) out.set(w, compact(second)!);
  return out.size ? out : null;
}

/** A set that stays empty: shared by every FirstWords with nothing of a kind. */
class EmptySet extends Set<string> {
  override add(): this {
    throw new Error('EmptySet is shared and stays empty');
  }
}
const EMPTY: Set<string> = new EmptySet();

/**
 * The same FirstWords with each of its sets replaced by one shared set of the
 * same words: tens of thousands of patterns each held three sets, most of
 * them empty or the same as another pattern's ("i", "we"), and their backing
 * stores were ~20 MB of the worker's memory. Only for FirstWords that are
 * stored, never merged into again (a shared set is never added to).
 */
function compact(f: FirstWords | null): FirstWords | null {
  if (!f) return f;
  f.exact = shared(f.exact);
  f.prefixes = shared(f.prefixes);
  f.suffixes = shared(f.suffixes);
  return f;
}

const SHARED_SETS = new Map<string, Set<string>>();

function shared(set: Set<string>): Set<string> {
  if (!set.size) return EMPTY;
  const key = [...set].sort().join('\u0000');
  const hit = SHARED_SETS.get(key);
  if (hit) return hit;
  SHARED_SETS.set(key, set);
  return set;
}

/**
 * Compile one pattern to RegExp source with word boundaries, for text that
 * has been lower-cased with lowerSameLength(). Macros are expanded from
 * `macros` (compiled on demand, cycles refused).
 */
export function compilePattern(src: string, macros: MacroTable = {}, contractions: Contractions = NO_CONTRACTIONS): string {
  const c = compileParts(src, macros, contractions);
  return `${c.left ? LEFT : ''}(?:${c.body})${c.right ? RIGHT : ''}`;
}

/** A pattern tried only where the text has one of its possible first words. */
export interface IndexedPattern {
  /** sticky: tried at one offset */
  re: RegExp;
  firsts: FirstWords;
  seconds: Map<string, FirstWords> | null;
}

/**
 * One signal's compiled patterns. Most start with a known word: each is a
 * small sticky regex, tried only at the words of the text it can start with
 * (looked up once per text in the pack's word index, see WordIndex). The
 * rest are searched for across the text.
 */
export interface SignalRegex {
  /** in matching order: longer patterns first */
  patterns: IndexedPattern[];
  /** patterns whose first word is not known, with the word boundary built in */
  scan: RegExp | null;
  /** patterns that may start inside a word ("'ll") */
  anywhere: RegExp | null;
  /** patterns whose matches start with an emoji: searched for only in a text that has one */
  astral: RegExp | null;
}

/** Compile a list of patterns for lower-cased text. */
export function compileList(patterns: readonly string[], macros: MacroTable = {}, contractions: Contractions = NO_CONTRACTIONS): SignalRegex | null {
  if (!patterns.length) return null;
  // Longer patterns first: at one position the first pattern that matches wins.
  const parts = [...new Set(patterns)]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      try {
        return compileParts(p, macros, contractions);
      } catch (err) {
        throw new PatternError(`pattern "${p}": ${(err as Error).message}`);
      }
    });
  const src = (c: Compiled) => `(?:${c.body})${c.right ? RIGHT : ''}`;
  const alt = (cs: Compiled[]) => cs.map(src).join('|');
  const scan = parts.filter((c) => c.left && !c.firsts && !c.astral);
  const astral = parts.filter((c) => c.left && !c.firsts && c.astral);
  const free = parts.filter((c) => !c.left);
  return {
    patterns: parts.filter((c) => c.left && c.firsts).map((c) => ({ re: new RegExp(src(c), 'uy'), firsts: c.firsts!, seconds: c.seconds })),
    scan: scan.length ? new RegExp(`${LEFT}(?:${alt(scan)})`, 'gu') : null,
    anywhere: free.length ? new RegExp(alt(free), 'gu') : null,
    astral: astral.length ? new RegExp(`${LEFT}(?:${alt(astral)})`, 'gu') : null,
  };
}

/** The words of a text: start offsets and folded forms. */
export interface Words {
  starts: number[];
  folded: string[];
}

export function wordsOf(lower: string): Words {
  // Astral letters (surrogate pairs) are words too: rare, read by the regex.
  if (SURROGATE.test(lower)) return wordsByRegex(lower);
  const starts: number[] = [];
  const folded: string[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!WORD_CHAR[lower.charCodeAt(i)]) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    for (; i < n; i++) {
      const c = lower.charCodeAt(i);
      if (!WORD_CHAR[c]) break;
      if (c > 0x7f) ascii = false;
    }
    const w = lower.slice(start, i);
    starts.push(start);
    folded.push(ascii ? w : foldWord(w));
  }
  return { starts, folded };
}

const SURROGATE = /[\ud800-\udfff]/;
/** 1 for the UTF-16 code units that are letters or digits (\p{L}, \p{N}) on their own. */
const WORD_CHAR = (() => {
  const t = new Uint8Array(0x10000);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) t[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();

function wordsByRegex(lower: string): Words {
  const starts: number[] = [];
  const folded: string[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower))) {
    starts.push(m.index);
    folded.push(foldWord(m[0]));
  }
  return { starts, folded };
}

interface IndexEntry {
  signal: string;
  pattern: number;
}

/** The patterns of one signal that can start with one exact word, in matching order. */
interface ExactGroup {
  signal: string;
  patterns: number[];
  /** per pattern, what the next word must be (null: anything) */
  seconds: (FirstWords | null)[];
  /** some pattern has a second-word condition */
  filtered: boolean;
  /** when every pattern has one: the words any of them allows second */
  union: FirstWords | null;
}

/** Which patterns of which signals can start at a given word, for one pack. */
export class WordIndex {
  private readonly exact = new Map<string, ExactGroup[]>();
  private readonly prefix = new Map<string, { p: string; e: IndexEntry }[]>();
  private readonly suffix = new Map<string, { x: string; e: IndexEntry }[]>();
  private readonly digit: IndexEntry[] = [];

  constructor(signals: Map<string, SignalRegex>) {
    const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const [signal, sig] of signals) {
      sig.patterns.forEach((p, pattern) => {
        const e = { signal, pattern };
        p.firsts.exact.forEach((w) => {
          const groups = this.exact.get(w) ?? [];
          if (!groups.length) this.exact.set(w, groups);
          let g = groups.find((x) => x.signal === signal);
          if (!g) groups.push((g = { signal, patterns: [], seconds: [], filtered: false, union: null }));
          const second = p.seconds?.get(w) ?? null;
          g.patterns.push(pattern);
          g.seconds.push(second);
          g.filtered ||= second !== null;
        });
        p.firsts.prefixes.forEach((w) => push(this.prefix, w.slice(0, 2), { p: w, e }));
        p.firsts.suffixes.forEach((w) => push(this.suffix, w.slice(-2), { x: w, e }));
        if (p.firsts.digit) this.digit.push(e);
      });
    }
    for (const [w, groups] of this.exact) {
      if (groups.some((g) => g.filtered)) this.nextMatters.add(w);
      for (const g of groups) {
        if (!g.seconds.every((x) => x !== null)) continue;
        const u: FirstWords = { exact: new Set(), prefixes: new Set(), suffixes: new Set(), digit: false };
        for (const x of g.seconds as FirstWords[]) {
          x.exact.forEach((w) => u.exact.add(w));
          x.prefixes.forEach((w) => u.prefixes.add(w));
          x.suffixes.forEach((w) => u.suffixes.add(w));
          u.digit ||= x.digit;
        }
        g.union = u;
      }
    }
  }

  /**
   * What can start at one word, given the word after it: per signal, the
   * patterns to try there, in matching order. Remembered per word pair (most
   * words of a reply are common ones), so a text is indexed with one or two map
   * lookups per word; the memory is bounded by forgetting everything at
   * MEMO_MAX pairs.
   */
  private readonly memo = new Map<string, Slot | Map<string, Slot>>();
  private memoSize = 0;
  /** exact words some of whose patterns look at the next word */
  private readonly nextMatters = new Set<string>();

  private slot(w: string, next: string | null): Slot {
    const known = this.memo.get(w);
    const byNext = this.nextMatters.has(w);
    if (known) {
      if (!byNext) return known as Slot;
      const hit = (known as Map<string, Slot>).get(next ?? '');
      if (hit) return hit;
    }
    const slot = this.computeSlot(w, next);
    if (++this.memoSize > MEMO_MAX) {
      this.memo.clear();
      this.memoSize = 1;
    }
    if (!byNext) this.memo.set(w, slot);
    else {
      let m = this.memo.get(w) as Map<string, Slot> | undefined;
      if (!m) this.memo.set(w, (m = new Map()));
      m.set(next ?? '', slot);
    }
    return slot;
  }

  private computeSlot(w: string, next: string | null): Slot {
    const out: { signal: string; pats: number[] }[] = [];
    const groups = this.exact.get(w);
    if (groups) {
      for (const g of groups) {
        let pats = g.patterns;
        if (g.filtered) {
          // One look at the words any pattern allows second rules most groups out.
          if (g.union && (next === null || !fitsWord(g.union, next))) continue;
          pats = [];
          for (let k = 0; k < g.patterns.length; k++) {
            const second = g.seconds[k];
            if (!second || (next !== null && fitsWord(second, next))) pats.push(g.patterns[k]);
          }
          if (!pats.length) continue;
        }
        out.push({ signal: g.signal, pats });
      }
    }
    // Word beginnings, endings and numbers are rare: merged into the exact
    // word's entry for the same signal (copied, then sorted).
    const add = (e: IndexEntry) => {
      const entry = out.find((x) => x.signal === e.signal);
      if (!entry) out.push({ signal: e.signal, pats: [e.pattern] });
      else if (!entry.pats.includes(e.pattern)) entry.pats = [...entry.pats, e.pattern].sort((a, b) => a - b);
    };
    const rare = this.prefix.get(w.slice(0, 2));
    if (rare) for (const { p, e } of rare) if (w.startsWith(p)) add(e);
    // Suffixes are keyed by their last two letters (or one, if that is all they have).
    const ends2 = this.suffix.get(w.slice(-2));
    if (ends2) for (const { x, e } of ends2) if (w.endsWith(x)) add(e);
    const ends1 = this.suffix.get(w.slice(-1));
    if (ends1) for (const { x, e } of ends1) if (x.length === 1) add(e);
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) for (const e of this.digit) add(e);
    return out.length ? out : NO_SLOT;
  }

  /**
   * signal → its candidate word offsets and, for each, the pattern indices to
   * try there in matching order, in text order, for one text. The index lists
   * are shared with the index: read only.
   */
  candidates(words: Words): Map<string, Candidates> {
    const out = new Map<string, Candidates>();
    const n = words.folded.length;
    for (let i = 0; i < n; i++) {
      const slot = this.slot(words.folded[i], i + 1 < n ? words.folded[i + 1] : null);
      if (slot === NO_SLOT) continue;
      const pos = words.starts[i];
      for (let k = 0; k < slot.length; k++) {
        const { signal, pats } = slot[k];
        const list = out.get(signal);
        if (list) {
          list.pos.push(pos);
          list.pats.push(pats);
        } else out.set(signal, { pos: [pos], pats: [pats] });
      }
    }
    return out;
  }
}

/**
 * Where a signal can match in one text: word offsets in text order and, at
 * each, the pattern indices to try. Two parallel lists rather than a pair per
 * word: a reply has hundreds of candidates, and the pairs were most of what
 * indexing it allocated.
 */
export interface Candidates {
  readonly pos: number[];
  readonly pats: number[][];
}

export const NO_CANDIDATES: Candidates = { pos: [], pats: [] };

/** Per signal, the patterns that can start at a word (shared, read only). */
type Slot = readonly { readonly signal: string; readonly pats: number[] }[];
const NO_SLOT: Slot = [];
/** Word pairs a WordIndex remembers before it starts over. */
const MEMO_MAX = 50_000;

// A signal matched without its pack's index (the language guess reads only
// `function_words`) gets a word index of its own, built once: building it
// walks every pattern of the signal.
const ownIndex = new WeakMap<SignalRegex, WordIndex>();

function candidatesOf(sig: SignalRegex, words: Words): Candidates {
  let index = ownIndex.get(sig);
  if (!index) ownIndex.set(sig, (index = new WordIndex(new Map([['s', sig]]))));
  return index.candidates(words).get('s') ?? NO_CANDIDATES;
}

/**
 * All matches of a signal in lower-cased text, as [start, end) pairs in text
 * order. `cands` are the signal's candidate words (from WordIndex); without
 * them the signal is indexed on its own.
 */
export function matchSignal(sig: SignalRegex, text: string, cands?: Candidates): [number, number][] {
  const out: [number, number][] = [];
  if (sig.patterns.length) {
    let after = 0;
    const { pos: at, pats } = cands ?? candidatesOf(sig, wordsOf(text));
    for (let c = 0; c < at.length; c++) {
      const pos = at[c];
      if (pos < after) continue;
      const idxs = pats[c];
      for (let k = 0; k < idxs.length; k++) {
        // Sticky: test() leaves lastIndex at the end of the match (no match array to allocate).
        const re = sig.patterns[idxs[k]].re;
        re.lastIndex = pos;
        if (re.test(text) && re.lastIndex > pos) {
          out.push([pos, re.lastIndex]);
          after = re.lastIndex;
          break;
        }
      }
    }
  }
  // Emoji patterns are searched for only where the text has a surrogate pair.
  const astral = sig.astral && SURROGATE.test(text) ? sig.astral : null;
  for (let r = 0; r < 3; r++) {
    const re = r === 0 ? sig.scan : r === 1 ? sig.anywhere : astral;
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      out.push([m.index, m.index + m[0].length]);
    }
  }
  if ((sig.patterns.length ? 1 : 0) + +!!sig.scan + +!!sig.anywhere + +!!astral > 1) out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return out;
}

/**
 * The form of a text that patterns match: lower-cased without changing its
 * length (a character whose lower case is longer, like "İ", stays as it is),
 * so match offsets are offsets into the original text; a letter, digit or mark
 * of a script patterns cannot name reads as its stand-in (see the top).
 */
export function lowerSameLength(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return OTHER_SCRIPT.test(lower) ? standIns(lower) : lower;
}

const OTHER_SCRIPT = /[^\u0000-\u052f]/;

function standIns(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) <= MAX_SCRIPT) out += ch;
    else {
      const c = /\p{L}/u.test(ch) ? STAND_IN.letter : /\p{N}/u.test(ch) ? STAND_IN.number : /\p{M}/u.test(ch) ? STAND_IN.mark : null;
      out += c === null ? ch : c.repeat(ch.length);
    }
  }
  return out;
}

/** Where a text has a word of a pack's capitalised_address, and whether it is written in lower case. */
export interface AddressWord {
  start: number;
  end: number;
  /** lower case inside a sentence that has capitals: not the reader ("sobald sie da sind") */
  other: boolean;
}

/**
 * The words of `address` in `text`, each marked when it is written in lower
 * case in a sentence with a capital inside it: German capitalises every noun
 * and "Sie" when it is the reader, so there "sie" is someone else ("Sobald
 * sie da sind": once they are here). In a sentence written all in lower case
 * a capital says nothing, and the word is taken as the reader.
 */
export function addressWords(text: string, address: ReadonlySet<string>): AddressWord[] {
  const out: AddressWord[] = [];
  if (!address.size) return out;
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!address.has(m[0].toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, other: m[0][0] !== m[0][0].toUpperCase() && capitalInSentence(text, m.index) });
  }
  return out;
}

/** Whether the sentence (or line) around an offset has a word with a capital after its first word. */
function capitalInSentence(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  const words = text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 1; i < words.length; i++) if (words[i][0] !== words[i][0].toLowerCase()) return true;
  return false;
}

const SENTENCE_END = /[.!?\n]/;
