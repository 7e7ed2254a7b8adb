import { z } from 'zod';
import cuesData from './data/cues.json' with { type: 'json' };
import { prefiltered } from './find-identifiers.js';
import type { Span } from './kinds.js';

// Phone numbers have no check digit, so a digit run is a phone number only when
// its shape says so: an international prefix, an area code in brackets, a
// national trunk 0, one of the grouped national formats (3-3-4, Spanish and
// Portuguese 9-digit numbers), or a phone word just before it on the same line.
// Dates, amounts, years and numbers introduced by an order/ticket word stay.

const CuesSchema = z.object({
  phone: z.record(z.string(), z.array(z.string().min(1))),
  order: z.record(z.string(), z.array(z.string().min(1))),
});
const cues = CuesSchema.parse(cuesData);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsOf = (byLang: Record<string, string[]>) => new Set(Object.values(byLang).flat().map((w) => w.toLowerCase()));
const PHONE_WORDS = wordsOf(cues.phone);
const ORDER_WORDS = wordsOf(cues.order);
// Longest first, so "telefono" is preferred over "tel" at the same position.
const CUE = new RegExp(
  `(?<!\\p{L})(?:${[...new Set([...PHONE_WORDS, ...ORDER_WORDS])].sort((a, b) => b.length - a.length).map(escape).join('|')})`,
  'gu',
);

// Every quantifier is bounded and the groups are separated by a character that a
// group cannot contain, so a failed attempt costs a constant and a scan is linear.
// A candidate cannot start inside a word, right after "+", or inside a longer
// number or code ("RO48 AAAA 1B31 0075 9384 0000" has no phone number in it);
// a "+" starts a number wherever it is not glued to a word.
const CANDIDATE =
  /(?:(?<![\p{L}\p{N}+])(?=\+)|(?<![\p{L}\p{N}+]|\p{N}[.,/\- \u00a0]))(?:(?:\+|00)\d{1,3}(?:[ .\-\u00a0]?\(0\))?[ .\-\u00a0]?)?(?:\(\d{1,5}\)[ .\-\u00a0]?)?\d{1,12}(?:[ .\-/\u00a0]\d{1,12}){0,7}(?![\p{L}\p{N}]|[.,]\p{N})/gu;

// Where a candidate can start: "+" or "(" before a digit, or a digit (see prefiltered()).
const CANDIDATE_PRE = /[+(]?\d/g;

const DATE = /(?:^|\D)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(?!\d)/;
const MONEY_BEFORE = /(?:[€$£¥]|(?<!\p{L})(?:eur|usd|gbp|ron|lei|chf|r\$))\s?$/iu;
const MONEY_AFTER = /^\s?(?:[€$£¥%]|(?:eur|euro|euros|usd|gbp|ron|lei|chf|dollars?|pounds?|sterline|franken|reais)(?!\p{L}))/iu;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const WINDOW = 40;

const LAST_BREAK = /[\n\d](?=[^\n\d]*$)/;

/**
 * The kind of cue that introduces a number: words on its own line since the
 * previous number, so "tel. 0744 111 222, AWB 8840021937" leaves the AWB alone.
 */
function cueBefore(text: string, start: number): 'phone' | 'order' | null {
  let window = text.slice(Math.max(0, start - WINDOW), start);
  const cut = LAST_BREAK.exec(window);
  if (cut) window = window.slice(cut.index + 1);
  window = window.toLowerCase();
  let phone = false;
  let order = false;
  for (const m of window.matchAll(CUE)) {
    if (PHONE_WORDS.has(m[0])) phone = true;
    else order = true;
  }
  // A phone word anywhere on the line wins: "our phone no. is …" is a phone
  // number, and leaving one readable is worse than masking an order number.
  return phone ? 'phone' : order ? 'order' : null;
}

function sameSeparators(s: string): boolean {
  const seps = s.match(/[^\d]/g) ?? [];
  return seps.every((c) => c === seps[0]);
}

function isPhone(text: string, m: string, start: number): boolean {
  const digits = m.replace(/\D/g, '');
  const n = digits.length;
  if (n < 7 || n > 17) return false;
  if (DATE.test(m)) return false;
  const end = start + m.length;
  if (MONEY_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  if (MONEY_AFTER.test(text.slice(end, end + 9))) return false;

  if (m.startsWith('+')) return n >= 8 && n <= 15;
  const cue = cueBefore(text, start);
  if (m.startsWith('00') && digits[2] !== '0') return cue !== 'order' && n >= 11 && n <= 17;
  if (n > 15) return false;
  if (cue === 'phone') return true;
  if (cue === 'order') return false;
  if (m.startsWith('(')) return n >= 9 && n <= 12;

  const groups = m.split(/\D+/);
  if (groups.length < 2 || !sameSeparators(m) || IPV4.test(m)) return false;
  const shape = groups.map((g) => g.length).join('-');
  // National trunk prefix: it, ro, fr, de, uk… (02 2417 9020, 0722 123 456, 030 1234 5678).
  if (digits[0] === '0') return n >= 9 && n <= 12;
  // North American 555-123-4567 and Italian mobiles 333 123 4567 / 333 1234567.
  if (digits[0] >= '2' && (shape === '3-3-4' || shape === '3-7' || shape === '3-4-3')) return true;
  // Spanish and Portuguese numbers: 612 345 678, 612 34 56 78, 91 123 45 67, 212 345 678.
  if (n === 9 && '26789'.includes(digits[0]) && groups.every((g) => g.length === 2 || g.length === 3)) {
    return !groups.slice(1).every((g) => /^0+$/.test(g));
  }
  return false;
}

export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of prefiltered(text, CANDIDATE_PRE, CANDIDATE)) {
    if (isPhone(text, m.text, m.index)) spans.push({ start: m.index, end: m.index + m.text.length, kind: 'phone' });
  }
  return spans;
}

/** The candidate regex with its prefilter, for the test that they find the same matches. */
export const PHONE_PREFILTERED = ['phone', CANDIDATE_PRE, CANDIDATE] as const;

/** Every regex above, for the regex-safety test. */
export const PHONE_PATTERNS: Readonly<Record<string, RegExp>> = { CUE, CANDIDATE, CANDIDATE_PRE, DATE, MONEY_BEFORE, MONEY_AFTER, LAST_BREAK, IPV4 };
