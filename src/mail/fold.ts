// One comparable form for a line of mail in any of our languages, so that patterns
// are written once: "În", "In" and "Ín" all read "in"; Romanian ș/ş/s and ț/ţ/t
// (comma-below, cedilla, none) all read s and t; German ß reads ss; typographic
// quotes, dashes and the many Unicode spaces (French puts a narrow no-break space
// before its colon) read as their ASCII forms.

const MARKS = /\p{M}+/gu;
// Letters that carry their stroke in the code point itself, so NFD leaves them whole.
const LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ı: 'i' };
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

// Isolation tests each line several times (marker? attribution? header field?
// mobile signature?), each on the folded line: inside withLineCache a line is
// folded once. The cache lives for one message only.
let lineCache: Map<string, string> | null = null;
const MAX_CACHED_LINE = 400;

/** Runs `fn` with folded lines remembered until it returns. */
export function withLineCache<T>(fn: () => T): T {
  const outer = lineCache;
  lineCache = new Map();
  try {
    return fn();
  } finally {
    lineCache = outer;
  }
}

export function fold(s: string): string {
  if (lineCache === null || s.length > MAX_CACHED_LINE) return foldText(s);
  let f = lineCache.get(s);
  if (f === undefined) lineCache.set(s, (f = foldText(s)));
  return f;
}

/**
 * fold(lines.join(' ')), from the lines' own folds (remembered within
 * withLineCache): folding goes character by character and collapses spaces,
 * so the fold of a join is the join of the folds that are not empty.
 */
export function foldJoined(lines: string[]): string {
  return lines.map((line) => fold(line)).filter((f) => f !== '').join(' ');
}

function foldText(s: string): string {
  // Each character other than printable ASCII folded on its own, each distinct
  // one once (foldChar): the same result as folding the whole line, many times
  // faster on the accented lines that every Italian, Romanian or French message
  // has. What foldChar returns is already lower case, and either ' ' or free
  // of white space, so lower-casing the rest and collapsing the spaces finishes
  // the job (the u flag takes a surrogate pair as one character).
  const chars = PLAIN_ASCII.test(s) ? s : s.replace(NOT_PLAIN_ASCII, foldChar);
  const lower = chars.toLowerCase();
  // Most lines have no double space, and checking costs less than the regex.
  return (lower.includes('  ') ? lower.replace(/ {2,}/g, ' ') : lower).trim();
}

const NOT_PLAIN_ASCII = /[^\x20-\x7e]/gu;

const folded = new Map<string, string>();
const MAX_FOLDED = 4096;

/**
 * One character folded: '' when it vanishes, ' ' when it is a space, otherwise
 * lower case (stable under toLowerCase) and free of white space, which foldText
 * relies on (checked for every code point when this was written).
 */
function foldChar(ch: string): string {
  const hit = folded.get(ch);
  if (hit !== undefined) return hit;
  let f = ch
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łđøħı]/g, (c) => LETTERS[c] ?? c)
    .replace(/[æœ]/g, (c) => (c === 'æ' ? 'ae' : 'oe'))
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  if (f !== '' && f.replace(SPACES, '') === '') f = ' ';
  if (folded.size < MAX_FOLDED) folded.set(ch, f);
  return f;
}

/** A phrase as a regular-expression source that matches its folded form literally. */
export function phraseSource(phrase: string): string {
  return literalSource(fold(phrase));
}

/** A string as a regular-expression source that matches it literally. */
export function literalSource(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}
