import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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

interface EldResult { language: string; getScores(): Record<string, number>; isReliable(): boolean }
interface EldInstance { detect(text: string): EldResult; setLanguageSubset(langs: string[]): unknown }

// eld's own detector, fed with its "small" database cut down to our languages
// (scripts/build-language-data.mjs): the full database holds 60 languages and
// costs ~150 MB per process. createEld is eld's loader hook, which its package
// exports do not list, so it is reached by file next to the package entry.
const eldModule = (await import(new URL('../languageDetector.js', import.meta.resolve('eld')).href)) as {
  createEld(): { instance: EldInstance; loadData(data: unknown): string };
};
const { instance: detector, loadData } = eldModule.createEld();
if (!loadData(JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'eld-ngrams.json'), 'utf8')))) {
  throw new Error('language data did not load (src/language/eld-ngrams.json)');
}
detector.setLanguageSubset(candidates);

/** The raw detector, for tests that compare it with eld's full database. */
export const eldDetector: EldInstance = detector;
export const detectedLanguages: readonly string[] = candidates;

/** Enough text to identify a language; bounds the work on a huge reply. */
const MAX_CHARS = 3000;
/** A hint wins when the text's best language leads it by less than this factor. */
const HINT_MARGIN = 0.9;
const SHORT_TEXT_WORDS = 4;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss');

/** eld reads at most this many characters of what it is given. */
const ELD_CHARS = 1000;

/**
 * Words that carry language: no addresses, links, numbers or codes. Only as
 * many as eld will read once joined with spaces.
 */
function languageWords(text: string): string[] {
  const words: string[] = [];
  let length = -1;
  const re = /\S+/g;
  const head = text.slice(0, MAX_CHARS);
  let m: RegExpExecArray | null;
  while (length < ELD_CHARS && (m = re.exec(head))) {
    const w = m[0];
    if (w.includes('@') || /^(?:https?:|www\.)/i.test(w) || /\d/.test(w)) continue;
    words.push(w);
    length += w.length + 1;
  }
  return words;
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
  const words = languageWords(text);
  if (words.length === 0) return hinted ?? config.fallback;

  const result = detector.detect(words.join(' '));
  const scores = result.getScores();
  const best = result.language;
  if (words.length <= SHORT_TEXT_WORDS) {
    // "Grazie mille": a cue word that agrees with the detector, or settles an unsure call, wins over any hint.
    const cue = cueLanguage(words);
    if (cue && (cue === best || !best || !result.isReliable())) return cue;
  }
  if (!best) return hinted ?? config.fallback;
  if (hinted && hinted !== best) {
    const close = (scores[hinted] ?? 0) >= HINT_MARGIN * (scores[best] ?? 0);
    if (close || !result.isReliable()) return hinted;
  }
  return best;
}
