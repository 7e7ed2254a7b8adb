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
// Apostrophes match ' ’ ʼ and `; hyphens match the Unicode hyphens.
//
// Safety: user text is untrusted, so the compiler never emits nested unbounded
// quantifiers. Letter runs are bounded ({0,25}); gaps are bounded repetitions of
// bounded words separated by whitespace, which cannot overlap a word.

export class PatternError extends Error {}

const LETTER = /[\p{L}\p{N}]/u;
const WS = '[\\s\\u00a0]+';
// A gap word may hold a dot inside ("1.240", "status.example.com") but not end a sentence.
const GAP_WORD = '(?:[^\\s.!?;]|\\.(?=[^\\s.])){1,40}';
const LEFT = '(?<![\\p{L}\\p{N}_])';
const RIGHT = '(?![\\p{L}\\p{N}_])';
const CLAUSE_START = '(?<=(?:^|[.!?;:,()\\n\\u2013\\u2014-])[\\s\\u00a0"\'«»“”„]{0,4})';
const BUILTIN: Record<string, string> = {
  n: '\\d{1,4}(?:[.,:]\\d{1,3})?',
  w: "\\p{L}[\\p{L}\\p{M}'’]{0,30}",
};

/** Letters that count as the same letter in either spelling (Romanian comma/cedilla). */
const SAME: Record<string, string> = { 'ș': 'șşs', 'ş': 'șşs', 'ț': 'țţt', 'ţ': 'țţt', 'ß': 'ß' };

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c;
}

function letterClass(c: string): string {
  const lower = c.toLowerCase();
  if (SAME[lower]) return lower === 'ß' ? '(?:ß|ss)' : `[${SAME[lower]}]`;
  const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
  if (base !== lower && base.length === 1) return `[${lower}${base}]`;
  return escapeChar(c);
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
    let re = '';
    while (!this.atItemEnd()) re += this.atom();
    return { re, kind: 'plain' };
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
        return '\\p{L}{0,25}';
      case '?':
        this.i++;
        return '\\p{L}';
      case '^':
        this.i++;
        return CLAUSE_START;
      case '{': {
        const end = this.src.indexOf('}', this.i);
        if (end < 0) throw new PatternError('missing "}"');
        const name = this.src.slice(this.i + 1, end).trim();
        this.i = end + 1;
        return `(?:${this.macro(name, this.depth + 1)})`;
      }
      case "'":
      case '’':
        this.i++;
        return "['’ʼ`´]";
      case '-':
        this.i++;
        return '[-\\u2010\\u2011]';
      case '~':
        throw new PatternError('a gap ~N must stand alone between spaces');
      default:
        this.i++;
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
  /** starts with a wildcard: the engine cannot skip ahead on a first letter */
  wild: boolean;
}

function compileParts(src: string, macros: MacroTable): Compiled {
  const cache = new Map<string, string>();
  const expand: Macros = (name, depth) => {
    if (BUILTIN[name]) return BUILTIN[name];
    if (depth > 6) throw new PatternError(`macro {${name}} nests too deeply (a cycle?)`);
    const list = macros[name];
    if (!list) throw new PatternError(`unknown macro {${name}}`);
    const hit = cache.get(name);
    if (hit) return hit;
    const body = list.map((m) => new Parser(regexStyleOptionals(m.trim().toLowerCase()), expand, depth).parse()).join('|');
    cache.set(name, body);
    return body;
  };
  let trimmed = regexStyleOptionals(src.trim().toLowerCase());
  const strict = trimmed.startsWith('=');
  if (strict) trimmed = trimmed.slice(1).trim();
  if (!trimmed) throw new PatternError('empty pattern');
  const body = new Parser(trimmed, expand, 0, strict).parse();
  const first = trimmed[0];
  const lastCh = trimmed[trimmed.length - 1];
  return {
    body,
    wild: /^(?:\(\?:)*\\p\{L\}/.test(body),
    left: LETTER.test(first) || '([{*?'.includes(first),
    right: LETTER.test(lastCh) || ')]}*?'.includes(lastCh),
  };
}

/**
 * Compile one pattern to RegExp source with word boundaries, for text that
 * has been lower-cased with lowerSameLength(). Macros are expanded from
 * `macros` (compiled on demand, cycles refused).
 */
export function compilePattern(src: string, macros: MacroTable = {}): string {
  const c = compileParts(src, macros);
  return `${c.left ? LEFT : ''}(?:${c.body})${c.right ? RIGHT : ''}`;
}

/** One signal's patterns: those that must start a word, and those that may start anywhere. */
export interface SignalRegex {
  /** matches here count only where no letter or digit comes just before */
  wordStart: RegExp | null;
  /** patterns that begin with a wildcard, with the word boundary built in */
  wildStart: RegExp | null;
  anywhere: RegExp | null;
}

/**
 * Compile a list of patterns for lower-cased text. The left word boundary is
 * not a lookbehind (which stops the engine from skipping ahead cheaply) but a
 * check on the character before each match: see matchSignal().
 */
export function compileList(patterns: readonly string[], macros: MacroTable = {}): SignalRegex | null {
  if (!patterns.length) return null;
  // Longer patterns first: at one position the first alternative that matches wins.
  const parts = [...new Set(patterns)]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      try {
        return compileParts(p, macros);
      } catch (err) {
        throw new PatternError(`pattern "${p}": ${(err as Error).message}`);
      }
    });
  const alt = (cs: Compiled[]) => cs.map((c) => `(?:${c.body})${c.right ? RIGHT : ''}`).join('|');
  // Patterns that start with a literal let the engine skip to candidate
  // letters; those that start with a wildcard ("*ato") get the boundary as a
  // lookbehind so that they are tried at word starts only.
  const literal = parts.filter((c) => c.left && !c.wild);
  const wild = parts.filter((c) => c.left && c.wild);
  const free = parts.filter((c) => !c.left);
  return {
    wordStart: literal.length ? new RegExp(alt(literal), 'gu') : null,
    wildStart: wild.length ? new RegExp(`${LEFT}(?:${alt(wild)})`, 'gu') : null,
    anywhere: free.length ? new RegExp(alt(free), 'gu') : null,
  };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** All matches of a signal in lower-cased text, as [start, end) pairs in text order. */
export function matchSignal(sig: SignalRegex, text: string): [number, number][] {
  const out: [number, number][] = [];
  const run = (re: RegExp | null, bounded: boolean) => {
    if (!re) return;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      if (m[0].length === 0 || (bounded && start > 0 && WORD_CHAR.test(text[start - 1]))) {
        re.lastIndex = start + 1;
        continue;
      }
      out.push([start, start + m[0].length]);
    }
  };
  run(sig.wordStart, true);
  run(sig.wildStart, false);
  run(sig.anywhere, false);
  if (+!!sig.wordStart + +!!sig.wildStart + +!!sig.anywhere > 1) out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return out;
}

/**
 * Lower-case text without changing its length (a character whose lower case
 * is longer, like "İ", stays as it is), so match offsets are offsets into the
 * original text.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
