// The language scorer (src/language/eld-scorer.ts) must give exactly eld's
// answers: for every text the same language, the same getScores() (values and
// order) and the same isReliable(), compared with eld's own detector loaded with
// the same data and language subset. Failures name texts by label, never by content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EldScorer, eldDetectorFor, loadEldInternals, type EldData } from '../../src/language/eld-scorer.js';
import { detectLanguage, detectedLanguages, eldReference, languageScorer, languageWordsOf } from '../../src/language/detect.js';
import { isolateReply } from '../../src/mail/isolate.js';
import { parseMessage } from '../../src/mail/parse.js';

const eld = await eldReference();

const devDir = join(import.meta.dirname, '../fixtures/dev');
const dev: { id: string; text: string; quoted: string | null; hint: string | null }[] = [];
for (const f of readdirSync(devDir).filter((f) => f.endsWith('.eml')).sort()) {
  try {
    const msg = await parseMessage(readFileSync(join(devDir, f)));
    const reply = isolateReply(msg);
    dev.push({ id: f, text: reply.text, quoted: reply.quoted, hint: msg.contentLanguage });
  } catch {
    // unscorable fixtures have no reply text
  }
}

// Deterministic pseudo-random texts.
let seed = 20240611;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
const pool = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'     \n\t.,;:!?¿¡\'’`"«»-–_()0123456789@/#&',
  ...'ăâîșțşţĂÂÎȘȚéèêëàçôûüöäßÄÖÜñáíóúÓÍÁąęłńśźżćŁčřšžýůěőűœæøåÆØÅ',
  ...'πσςΣαβγδΑΒΓΔΆΈάέİıIиЖЯяжыщъёЁіїєґ中文日本語한국어العربيةעברית',
  '🙂', '😀', '𝒜', '\ud800', '\udc00', '\u0000', '\u00ad', '\u200b', '\u0307', '\u0301', '\ufeff', '\u00a0', '\u2028', 'ǅ', 'ǈ', 'ȹ', 'ɐ', 'ʃ', 'ﬁ',
];
const sentence = ['the', 'refund', 'grazie', 'mulțumim', 'pentru', 'gracias', 'merci', 'beaucoup', 'vielen', 'Dank', 'obrigado', 'tack', 'dziękuję',
  'спасибо', 'дякую', 'ευχαριστώ', 'teşekkürler', 'děkuji', 'köszönöm', 'kiitos', 'bedankt', 'don\'t', 'l’ordine', 'x'.repeat(80), 'ß', 'İstanbul', 'ΣΟΦΊΑ'];

function randomText(): string {
  const len = Math.floor(rnd() ** 3 * 1600);
  let s = '';
  if (rnd() < 0.4) {
    while (s.length < len) s += pick(sentence) + pick([' ', ' ', ', ', '. ', '\n', '\'', ' - ']);
  } else {
    const wordy = rnd() < 0.5;
    for (let i = 0; i < len; i++) s += wordy && rnd() < 0.8 ? pool[Math.floor(rnd() * 26)] : pick(pool);
  }
  return s;
}

const fixed: string[] = [
  '', ' ', '   \n\t ', '12345', '12345 67890', '3.14 42', '--- ***', '@@@', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdefg',
  'ok', 'Ok', 'OK!', 'Merci !', 'Grazie mille', 'Mulțumesc frumos', 'Multumesc frumos', 'Danke schön', 'Obrigado', 'Gracias',
  'Dziękuję bardzo za wiadomość', 'Tack för ditt meddelande, vi återkommer snart.', 'Спасибо за ваше письмо',
  'Дякуємо за ваш лист', 'Σας ευχαριστούμε για το μήνυμά σας', 'ΣΑΣ ΕΥΧΑΡΙΣΤΟΎΜΕ ΓΙΑ ΤΟ ΜΉΝΥΜΆ ΣΑΣ', 'ΟΔΥΣΣΕΥΣ Σ ΣΣ',
  'İstanbul’a gönderildi, teşekkür ederiz', 'İİİ ııı III', '中文测试邮件，谢谢', '日本語のテキストです', '한국어 텍스트',
  'Thanks 谢谢 Спасибо Merci', 'don\'t won\'t can\'t l\'ordine l’ordine d`accord', '\'\'\' ’’ ``', 'a\'.\'b', '.\'a', 'a\'', '\'a',
  'x'.repeat(69), 'x'.repeat(70), 'x'.repeat(71), 'x'.repeat(74), 'ä'.repeat(35), 'ä'.repeat(36), '中'.repeat(24), '中'.repeat(200),
  `${'abc'.repeat(30)} ${'abc'.repeat(30)} ${'xabc'.repeat(20)}`, 'Vă mulțumim pentru răbdare. '.repeat(100),
  'Thank you for your patience, the refund was processed this morning. '.repeat(30),
  `${'a'.repeat(999)}😀 tail`, `${'a '.repeat(499)}a😀`, `${'ab '.repeat(120)}stop here`, 'ǅemal ǈubljana ǋ',
];

function differs(scorer: EldScorer, text: string): boolean {
  const want = eld.detect(text);
  const got = scorer.detect(text);
  return (
    got !== want.language ||
    scorer.isReliable() !== want.isReliable() ||
    JSON.stringify(scorer.getScores()) !== JSON.stringify(want.getScores()) ||
    // scoreOf is getScores()[code] ?? 0
    detectedLanguages.some((code) => scorer.scoreOf(code) !== (want.getScores()[code] ?? 0))
  );
}

describe('the language scorer', () => {
  it('reads every dev reply (and its quoted text, and variants of it) as eld does', () => {
    expect(dev.length).toBeGreaterThan(150);
    const texts: [string, string][] = [];
    for (const d of dev) {
      texts.push([d.id, d.text], [`${d.id} upper`, d.text.toUpperCase()], [`${d.id} head`, d.text.slice(0, 30)], [`${d.id} middle`, d.text.slice(7, 400)]);
      if (d.quoted) texts.push([`${d.id} quoted`, d.quoted]);
    }
    expect(texts.length).toBeGreaterThan(600);
    expect(texts.filter(([, t]) => differs(languageScorer, t)).map(([id]) => id)).toEqual([]);
  });

  it('reads short, empty, numeric, mixed-script and very long texts as eld does', () => {
    expect(fixed.some((t) => t.length > 1000)).toBe(true);
    expect(fixed.map((t, i) => (differs(languageScorer, t) ? i : -1)).filter((i) => i >= 0)).toEqual([]);
  });

  it('reads 3000 random texts as eld does', () => {
    const wrong: number[] = [];
    for (let k = 0; k < 3000; k++) if (differs(languageScorer, randomText())) wrong.push(k);
    expect(wrong).toEqual([]);
  });

  it('treats every BMP character as eld does (letter class, apostrophes, lower case, bytes)', () => {
    const wraps: [number, (c: string) => string][] = [
      [40, (c) => `k${c}a `],
      [60, (c) => c],
      [40, (c) => `${c}'x${c} `],
    ];
    const wrong: string[] = [];
    for (const [per, wrap] of wraps) {
      for (let c = 0; c < 0x10000; c += per) {
        let s = '';
        for (let k = c; k < Math.min(c + per, 0x10000); k++) s += wrap(String.fromCharCode(k));
        if (differs(languageScorer, s)) wrong.push(`${per}:${c.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('handles a subset eld does not know, or only partly, as eld does', async () => {
    const data = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/language/eld-ngrams.json'), 'utf8')) as EldData;
    const internals = await loadEldInternals();
    for (const subset of [['fr', 'it', 'xx'], ['xx'], ['de'], ['am', 'en']]) {
      const scorer = new EldScorer(data, subset, internals);
      const ref = await eldDetectorFor(data, subset);
      const wrong = [...dev.map((d) => d.text), ...fixed].filter((t) => {
        const want = ref.detect(t);
        return scorer.detect(t) !== want.language || scorer.isReliable() !== want.isReliable() || JSON.stringify(scorer.getScores()) !== JSON.stringify(want.getScores());
      });
      expect({ subset, wrong: wrong.length }).toEqual({ subset, wrong: 0 });
    }
  });
});

// detectLanguage as it was on eld's own detector (97d9a9e), kept here as the
// reference: moving to the scorer must not change a single answer.
const languages = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/language/languages.json'), 'utf8')) as {
  fallback: string;
  shortTextCues: Record<string, string[]>;
};
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss');
function referenceWords(text: string): string[] {
  const words: string[] = [];
  let length = -1;
  const re = /\S+/g;
  const head = text.slice(0, 3000);
  let m: RegExpExecArray | null;
  while (length < 1000 && (m = re.exec(head))) {
    const w = m[0];
    if (w.includes('@') || /^(?:https?:|www\.)/i.test(w) || /\d/.test(w)) continue;
    words.push(w);
    length += w.length + 1;
  }
  return words;
}
function referenceDetectLanguage(text: string, hint?: string | null): string {
  let hinted: string | null = null;
  if (hint) {
    let code = hint.trim().toLowerCase().split(/[-_]/)[0];
    if (code === 'nb' || code === 'nn') code = 'no';
    hinted = detectedLanguages.includes(code) ? code : null;
  }
  const words = referenceWords(text);
  if (words.length === 0) return hinted ?? languages.fallback;
  const result = eld.detect(words.join(' '));
  const scores = result.getScores();
  const best = result.language;
  if (words.length <= 4) {
    const hits = new Map<string, number>();
    for (const w of words) {
      const f = fold(w).replace(/[^\p{L}]/gu, '');
      for (const [lang, cues] of Object.entries(languages.shortTextCues)) if (cues.includes(f)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
    }
    const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
    const cue = ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
    if (cue && (cue === best || !best || !result.isReliable())) return cue;
  }
  if (!best) return hinted ?? languages.fallback;
  if (hinted && hinted !== best) {
    const close = (scores[hinted] ?? 0) >= 0.9 * (scores[best] ?? 0);
    if (close || !result.isReliable()) return hinted;
  }
  return best;
}

describe('detectLanguage on the scorer', () => {
  const hints = [undefined, null, '', 'it-IT', 'fr', 'en-US', 'de_DE', 'nb-NO', 'nn', 'ro', 'pt-BR', 'es', 'pl', 'xx-YY', ' EN '];
  const cases: [string, string, string | null | undefined][] = [];
  for (const d of dev) {
    cases.push([d.id, d.text, d.hint]);
    for (const h of hints) cases.push([`${d.id} ${h}`, d.text.split(/\s+/).slice(0, 3).join(' '), h]);
  }
  fixed.forEach((t, i) => hints.forEach((h) => cases.push([`fixed ${i} ${h}`, t, h])));
  const short = ['Grazie mille', 'Merci !', 'Danke', 'Hola', 'Ok', 'Obrigada', 'Mersi frumos', 'Thanks!', 'Cheers', 'ciao ciao', 'vous nous', 'danke sehr gut', 'ja nein', 'tak', 'nao sim'];
  short.forEach((t, i) => hints.forEach((h) => cases.push([`short ${i} ${h}`, t, h])));
  for (let k = 0; k < 1500; k++) {
    const words = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick([...sentence, 'https://x.example', 'a@b.c', 'A1', 'www.x.y', 'HTTP:x', 'grazie', 'merci', 'hola', 'danke']));
    cases.push([`random ${k}`, k % 3 === 0 ? randomText() : words.join(pick([' ', '  ', '\n', '\u00a0', '\u3000', '\t'])), pick(hints)]);
  }

  const sameWords = (text: string) => {
    const want = referenceWords(text);
    const got = languageWordsOf(text);
    return got.count === want.length && got.joined === want.join(' ').slice(0, 1000) && JSON.stringify(got.first) === JSON.stringify(want.slice(0, 5));
  };

  it('finds the same language words as before, whatever separates them', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      if (!sameWords(`ab${u}cd${u}@x${u}e1${u}www.z${u}WWW.y${u}Https:q${u}hTTp:r${u}httpx${u}wwwx${u}f${u}${u}g${u}`)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('finds the same language words as before in long and odd texts', () => {
    const texts = [...cases.map(([, t]) => t), ...dev.map((d) => d.quoted ?? ''), 'w'.repeat(2999) + ' x', 'ab '.repeat(1200), `${'abcdefghi '.repeat(99)}abcdefghijklmno tail`,
      ` ${'x'.repeat(998)} y z`, `${'x'.repeat(999)} y z`, `${'x'.repeat(1000)} y z`, `${'x'.repeat(3005)}`, 'www. http: https: wwW.x HTTPS:/ httpS:y htt: ww.a'];
    expect(texts.map((t, i) => (sameWords(t) ? -1 : i)).filter((i) => i >= 0)).toEqual([]);
  });

  it('answers every text and hint as detectLanguage on eld did', () => {
    expect(cases.length).toBeGreaterThan(3000);
    expect(cases.filter(([, t, h]) => detectLanguage(t, h) !== referenceDetectLanguage(t, h)).map(([id]) => id)).toEqual([]);
  });
});
