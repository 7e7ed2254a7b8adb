import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EldScorer, eldDetectorFor, loadEldInternals, type EldData, type EldDetector } from './eld-scorer.js';

// Language of a reply: Nito-ELD (n-gram detector, accurate on short text) limited
// to the languages support teams write in plus a few common neighbours, so that a
// two-line Romanian reply without diacritics cannot come out Latvian. For the
// shortest texts ("Merci !", "Grazie mille") a small cue-word list breaks ties; the
// message's Content-Language is used only where the text itself is not conclusive,
// because many clients stamp the user's interface locale on every message.

const LanguagesSchema = z.object({
  supported: z.array(z.string().length(2)),
  alsoDetected: z.array(z.string().length(2)),
  fallback: z.string().length(2),
  shortTextCues: z.record(z.string(), z.array(z.string())),
});

const config = LanguagesSchema.parse(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'languages.json'), 'utf8')),
);
const candidates = [...config.supported, ...config.alsoDetected];

// eld's "small" database cut down to our languages (scripts/build-language-data.mjs):
// the full database holds 60 languages and costs ~150 MB per process. It is scored
// by our own EldScorer (eld-scorer.ts), which gives eld's answers at a fraction of
// eld's cost per message.
const dataPath = join(dirname(fileURLToPath(import.meta.url)), 'eld-ngrams.json');
const scorer = new EldScorer(JSON.parse(readFileSync(dataPath, 'utf8')) as EldData, candidates, await loadEldInternals());

/**
 * eld's own detector loaded with the same data and language subset, for tests
 * that compare it with the scorer or with eld's full database. The service
 * itself never needs it.
 */
export async function eldReference(): Promise<EldDetector> {
  return eldDetectorFor(JSON.parse(readFileSync(dataPath, 'utf8')) as EldData, candidates);
}

/** The scorer detectLanguage uses (eld's answers; see eld-scorer.ts). */
export const languageScorer: EldScorer = scorer;
export const detectedLanguages: readonly string[] = candidates;

/** Enough text to identify a language; bounds the work on a huge reply. */
const MAX_CHARS = 3000;
/** A hint wins when the text's best language leads it by less than this factor. */
const HINT_MARGIN = 0.9;
const SHORT_TEXT_WORDS = 4;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss');

/** eld reads at most this many characters of what it is given. */
const ELD_CHARS = 1000;

// What `\s` matches (in a regex without the u flag), per UTF-16 unit: taken
// from the regex engine itself so that words split exactly as /\S+/g splits them.
const SPACE = new Uint8Array(0x10000);
for (let from = 0; from < 0x10000; from += 0x1000) {
  const units = String.fromCharCode(...Array.from({ length: 0x1000 }, (_, k) => from + k));
  for (const m of units.matchAll(/\s/g)) SPACE[from + m.index] = 1;
}

// The language words of the current call, joined with spaces as far as eld reads,
// and where the first few are (enough for the short-text cues).
const joined = new Uint16Array(ELD_CHARS);
let joinedLength = 0;
const firstStart = new Int32Array(SHORT_TEXT_WORDS + 1);
const firstEnd = new Int32Array(SHORT_TEXT_WORDS + 1);

/** The unit at i, lower-cased if it is an ASCII letter (others may change too, but never into one). */
const folded = (text: string, i: number) => text.charCodeAt(i) | 0x20;

/** Whether the word text[s, e) starts with http: https: or www. in any case (as /^(?:https?:|www\.)/i). */
function isLink(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n >= 4 && folded(text, s) === 0x77) {
    return folded(text, s + 1) === 0x77 && folded(text, s + 2) === 0x77 && text.charCodeAt(s + 3) === 0x2e;
  }
  if (n < 5 || folded(text, s) !== 0x68 || folded(text, s + 1) !== 0x74 || folded(text, s + 2) !== 0x74 || folded(text, s + 3) !== 0x70) return false;
  return text.charCodeAt(s + 4) === 0x3a || (n >= 6 && folded(text, s + 4) === 0x73 && text.charCodeAt(s + 5) === 0x3a);
}

/**
 * Words that carry language: no addresses, links, numbers or codes (words with
 * '@' or a digit 0-9, words starting with a link). Only as many as eld will read
 * once joined with spaces, which is what goes into `joined`. Returns the count.
 */
function languageWords(text: string): number {
  const end = Math.min(text.length, MAX_CHARS);
  let words = 0;
  let length = -1;
  let j = 0;
  let i = 0;
  while (length < ELD_CHARS) {
    while (i < end && SPACE[text.charCodeAt(i)] === 1) i++;
    if (i >= end) break;
    const s = i;
    let code = false;
    for (let c: number; i < end && SPACE[(c = text.charCodeAt(i))] === 0; i++) if (c === 0x40 || (c >= 0x30 && c <= 0x39)) code = true;
    if (code || isLink(text, s, i)) continue;
    if (words < firstStart.length) {
      firstStart[words] = s;
      firstEnd[words] = i;
    }
    if (words++ > 0 && j < ELD_CHARS) joined[j++] = 0x20;
    for (let k = s; k < i && j < ELD_CHARS; k++) joined[j++] = text.charCodeAt(k);
    length += i - s + 1;
  }
  joinedLength = j;
  return words;
}

/** What languageWords() finds, as strings: for tests (detectLanguage itself builds none of these). */
export function languageWordsOf(text: string): { count: number; joined: string; first: string[] } {
  const count = languageWords(text);
  const first: string[] = [];
  for (let w = 0; w < Math.min(count, firstStart.length); w++) first.push(text.slice(firstStart[w], firstEnd[w]));
  return { count, joined: String.fromCharCode(...joined.subarray(0, joinedLength)), first };
}

function normaliseHint(hint: string | null | undefined): string | null {
  if (!hint) return null;
  let code = hint.trim().toLowerCase().split(/[-_]/)[0];
  if (code === 'nb' || code === 'nn') code = 'no';
  return candidates.includes(code) ? code : null;
}

function cueLanguage(words: string[]): string | null {
  const hits = new Map<string, number>();
  for (const w of words) {
    const f = fold(w).replace(/[^\p{L}]/gu, '');
    for (const [lang, cues] of Object.entries(config.shortTextCues)) if (cues.includes(f)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** ISO 639-1 code of the text's language; `hint` is a Content-Language value. */
export function detectLanguage(text: string, hint?: string | null): string {
  const hinted = normaliseHint(hint);
  const count = languageWords(text);
  if (count === 0) return hinted ?? config.fallback;

  const best = scorer.detectUnits(joined, joinedLength);
  if (count <= SHORT_TEXT_WORDS) {
    // "Grazie mille": a cue word that agrees with the detector, or settles an unsure call, wins over any hint.
    const words: string[] = [];
    for (let w = 0; w < count; w++) words.push(text.slice(firstStart[w], firstEnd[w]));
    const cue = cueLanguage(words);
    if (cue && (cue === best || !best || !scorer.isReliable())) return cue;
  }
  if (!best) return hinted ?? config.fallback;
  if (hinted && hinted !== best) {
    const close = scorer.scoreOf(hinted) >= HINT_MARGIN * scorer.scoreOf(best);
    if (close || !scorer.isReliable()) return hinted;
  }
  return best;
}

/** A paragraph with fewer words than this is no sample of the reply's language on its own. */
const LEAD_PARAGRAPH_WORDS = 12;

/**
 * The language of a reply, read first from its first paragraph of some
 * length: a bilingual reply ("Îmi pare rău… / I'm sorry…", as a Swiss or
 * Romanian firm writes to all its customers) is in the language it opens
 * with, though the other half may hold more words the detector knows.
 */
export function detectReplyLanguage(text: string, hint?: string | null): string {
  const whole = detectLanguage(text, hint);
  const paragraphs = text.split(/\n[ \t]*\n/);
  if (paragraphs.length < 3) return whole;
  // Prose only: a table ("Item | Nota 48.213 | R$ 5.400,00") samples no language.
  const lead = paragraphs.find((p) => (p.match(/\p{L}{2,}/gu)?.length ?? 0) >= LEAD_PARAGRAPH_WORDS && !/[|\t]/.test(p));
  if (!lead || lead === text) return whole;
  const first = detectLanguage(lead, hint);
  return first !== whole && scorer.isReliable() && config.supported.includes(first) ? first : whole;
}
