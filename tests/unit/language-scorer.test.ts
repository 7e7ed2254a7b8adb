// The language scorer (src/language/eld-scorer.ts) must give exactly eld's
// answers: for every text the same language, the same getScores() (values and
// order) and the same isReliable(), compared with eld's own detector loaded with
// the same data and language subset. Failures name texts by label, never by content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EldScorer, eldDetectorFor, loadEldInternals, type EldData } from '../../src/language/eld-scorer.js';
import { detectedLanguages } from '../../src/language/detect.js';
import { isolateReply } from '../../src/mail/isolate.js';
import { parseMessage } from '../../src/mail/parse.js';

const data = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/language/eld-ngrams.json'), 'utf8')) as EldData;
const eld = await eldDetectorFor(data, detectedLanguages);
const languageScorer = new EldScorer(data, detectedLanguages, await loadEldInternals());

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
