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

  const best = scorer.detect(words.join(' '));
  if (words.length <= SHORT_TEXT_WORDS) {
    // "Grazie mille": a cue word that agrees with the detector, or settles an unsure call, wins over any hint.
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
