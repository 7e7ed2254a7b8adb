import { cnpValid, codiceFiscaleValid, cpfValid, dniNieValid, ibanValid, luhnValid } from './checksums.js';
import { IBAN_LENGTHS } from './iban-lengths.js';
import type { RedactKind, Span } from './kinds.js';

// Finders for identifiers with a fixed shape. Each regex has bounded quantifiers
// only and cannot start inside a word, so a scan is linear in the text; the
// check digits then decide.

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,63}(?![\p{L}\p{N}-])/gu;
const CARD = /(?<![\p{L}\p{N}])[2-6](?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu;
const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?=[ \u00a0]?[A-Za-z0-9])/gu;
const CNP = /(?<![\p{L}\p{N}])[1-9]\d{12}(?![\p{L}\p{N}])/gu;
const CPF = /(?<![\p{L}\p{N}.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\p{L}\p{N}])/gu;
const DNI_NIE = /(?<![\p{L}\p{N}])(?:\d{8}|[XYZxyz][ -]?\d{7})[ -]?[A-Za-z](?![\p{L}\p{N}])/gu;
// 6 letters (surname, name), year, month letter, day, place (letter + 3), check
// letter; digits may be replaced by LMNPQRSTUV when two people would collide.
const CF_DIGIT = '[0-9LMNPQRSTUVlmnpqrstuv]';
const CODICE_FISCALE = new RegExp(
  `(?<![\\p{L}\\p{N}])[A-Za-z]{6}${CF_DIGIT}{2}[ABCDEHLMPRSTabcdehlmprst]${CF_DIGIT}{2}[A-Za-z]${CF_DIGIT}{3}[A-Za-z](?![\\p{L}\\p{N}])`,
  'gu',
);

// Where each regex above can start, for prefiltered(): the same shape without its
// Unicode lookarounds (an ASCII lookbehind rules out most positions after one test).
const CARD_PRE = /[2-6](?:[ -]?\d){12}/g;
const IBAN_PRE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}/g;
const CNP_PRE = /[1-9]\d{12}/g;
const CPF_PRE = /\d{3}\.\d{3}\.\d{3}-\d{2}/g;
const DNI_NIE_PRE = /(?:\d{8}|[XYZxyz][ -]?\d{7})[ -]?[A-Za-z]/g;
const CODICE_FISCALE_PRE = new RegExp('(?<![A-Za-z0-9])' + CODICE_FISCALE.source.replace(/\(\?<?![^)]*\)/g, ''), 'g');

/**
 * The matches of the global regex `re` in `text`, found faster: `pre` is a
 * cheap regex (no Unicode classes, no lookbehind to test at every position)
 * that matches wherever `re` can start a match, and more; `re` is then tried
 * only there. The Unicode lookbehind that opens each regex above costs a class
 * test at every character of the text, which made redaction cost as much as
 * scoring. Same matches as `text.matchAll(re)`: every position `pre` skips is
 * one where `re` cannot match, and after a match both go on from its end.
 */
export function prefiltered(text: string, pre: RegExp, re: RegExp): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  const sticky = stickyOf(re);
  pre.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = pre.exec(text))) {
    sticky.lastIndex = p.index;
    const m = sticky.exec(text);
    if (m && m[0].length) {
      out.push({ index: p.index, text: m[0] });
      pre.lastIndex = p.index + m[0].length;
    } else pre.lastIndex = p.index + 1;
  }
  return out;
}

const STICKY = new WeakMap<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (!s) STICKY.set(re, (s = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return s;
}

function collect(text: string, pre: RegExp, re: RegExp, kind: RedactKind, valid: (m: string) => boolean): Span[] {
  const spans: Span[] = [];
  for (const m of prefiltered(text, pre, re)) if (valid(m.text)) spans.push({ start: m.index, end: m.index + m.text.length, kind });
  return spans;
}

const compact = (s: string) => s.replace(/[\s.-]/g, '').toUpperCase();

/**
 * Addresses, found from each "@": a match holds exactly one "@", and its local
 * part (at most 64 code points) starts at most 128 code units before it, so the
 * regex starts there instead of scanning the whole text. Same matches as a
 * scan of the whole text.
 */
export function matchEmails(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', from)) {
    EMAIL.lastIndex = Math.max(from, at - 128);
    const m = EMAIL.exec(text);
    if (!m) break; // nothing from here to the end
    out.push({ index: m.index, text: m[0] });
    from = m.index + m[0].length;
  }
  EMAIL.lastIndex = 0;
  return out;
}

export const findEmails = (text: string): Span[] =>
  matchEmails(text)
    .filter((m) => !m.text.startsWith('.') && !m.text.includes('..'))
    .map((m) => ({ start: m.index, end: m.index + m.text.length, kind: 'email' }));

/** 13–19 digits, Luhn-valid, grouped as cards are printed (or not grouped). */
export const findCards = (text: string) =>
  collect(text, CARD_PRE, CARD, 'card', (m) => {
    const digits = m.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) return false;
    const groups = m.split(/[ -]/).map((g) => g.length);
    if (groups.length === 1) return true;
    const seps = m.match(/[ -]/g)!;
    if (!seps.every((c) => c === seps[0])) return false;
    const shape = groups.join('-');
    // 4-4-4-4(-3), and Amex / Diners 4-6-5, 4-6-4.
    return groups.slice(0, -1).every((g) => g === 4) || shape === '4-6-5' || shape === '4-6-4';
  });

/**
 * IBANs, compact or printed in groups of four. Walks from each country code and
 * check digits to exactly the country's length, so a following word is never
 * swallowed; then mod-97.
 */
export function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of prefiltered(text, IBAN_PRE, IBAN_START)) {
    const country = m.text.slice(0, 2).toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (!length) continue;
    let chars = m.text.toUpperCase();
    let i = m.index + 4;
    while (chars.length < length && i < text.length) {
      const c = text[i];
      if (/[A-Za-z0-9]/.test(c)) chars += c.toUpperCase();
      else if ((c === ' ' || c === '\u00a0') && /[A-Za-z0-9]/.test(text[i + 1] ?? '')) {
        // one space between groups
      } else break;
      i++;
    }
    if (chars.length !== length || /[\p{L}\p{N}]/u.test(text[i] ?? '')) continue;
    if (ibanValid(chars)) spans.push({ start: m.index, end: i, kind: 'iban' });
  }
  return spans;
}

export const findCnps = (text: string) => collect(text, CNP_PRE, CNP, 'ro_cnp', cnpValid);

export const findCpfs = (text: string) => collect(text, CPF_PRE, CPF, 'br_cpf', (m) => cpfValid(m.replace(/\D/g, '')));

export const findDniNies = (text: string) => collect(text, DNI_NIE_PRE, DNI_NIE, 'es_dni_nie', (m) => dniNieValid(compact(m)));

export const findCodiciFiscali = (text: string) =>
  collect(text, CODICE_FISCALE_PRE, CODICE_FISCALE, 'it_codice_fiscale', (m) => {
    // Written all in capitals or all in small letters, with digits for the date.
    if (m !== m.toUpperCase() && m !== m.toLowerCase()) return false;
    return (m.match(/\d/g)?.length ?? 0) >= 4 && codiceFiscaleValid(m.toUpperCase());
  });

/** Each regex above with its prefilter, for the test that they find the same matches. */
export const PREFILTERED: readonly (readonly [string, RegExp, RegExp])[] = [
  ['card', CARD_PRE, CARD],
  ['iban', IBAN_PRE, IBAN_START],
  ['cnp', CNP_PRE, CNP],
  ['cpf', CPF_PRE, CPF],
  ['dni_nie', DNI_NIE_PRE, DNI_NIE],
  ['codice_fiscale', CODICE_FISCALE_PRE, CODICE_FISCALE],
];

/** Every regex above, for the regex-safety test. */
export const IDENTIFIER_PATTERNS: Readonly<Record<string, RegExp>> = {
  EMAIL,
  CARD,
  IBAN_START,
  CNP,
  CPF,
  DNI_NIE,
  CODICE_FISCALE,
  CARD_PRE,
  IBAN_PRE,
  CNP_PRE,
  CPF_PRE,
  DNI_NIE_PRE,
  CODICE_FISCALE_PRE,
};

