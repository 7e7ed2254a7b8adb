// Language of the isolated reply: every labelled dev reply, Romanian without
// diacritics, short phrases, and how far a Content-Language header is trusted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';

const replies: { id: string; lang: string; reply: string }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/language/dev-replies.json'), 'utf8'),
);
const stripDiacritics = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

describe('language detection', () => {
  it('every dev-set reply comes out in its labelled language', () => {
    const wrong = replies.filter((r) => detectLanguage(r.reply) !== r.lang).map((r) => r.id);
    expect(wrong).toEqual([]);
    expect(new Set(replies.map((r) => r.lang))).toEqual(new Set(['en', 'it', 'ro', 'es', 'fr', 'de']));
  });

  it('Romanian, Italian, Spanish, French and German replies without diacritics keep their language', () => {
    const wrong = replies.filter((r) => detectLanguage(stripDiacritics(r.reply)) !== r.lang).map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it('the first sentence alone of each reply is enough', () => {
    const first = (s: string) => s.split('\n').filter((l) => l.trim()).slice(0, 2).join(' ');
    const wrong = replies.filter((r) => detectLanguage(first(r.reply)) !== r.lang).map((r) => r.id);
    expect(wrong.length).toBeLessThanOrEqual(Math.floor(replies.length * 0.03));
  });

  const phrases: Record<string, string[]> = {
    en: ['Thanks!', 'Thank you so much', 'Your refund is on its way.', 'Is there anything else I can help with?', 'Cheers, Laura'],
    it: ['Grazie!', 'Grazie mille', 'Ci scusiamo per il disagio.', 'Abbiamo spedito un sostituto.', 'Cordiali saluti, Marco'],
    ro: ['Mulțumesc!', 'Multumesc frumos', 'Ne pare rau pentru neplacere.', 'Va mai pot ajuta cu ceva?', 'Cu stima, Andreea', 'Inteleg cat de frustrant este.'],
    es: ['¡Gracias!', 'Muchas gracias', 'Sentimos las molestias.', '¿Puedo ayudarle en algo más?', 'Un saludo, Javier'],
    fr: ['Merci !', 'Merci beaucoup', 'Nous sommes désolés pour le désagrément.', 'Puis-je vous aider pour autre chose ?', 'Cordialement, Julien'],
    de: ['Danke!', 'Vielen Dank', 'Entschuldigen Sie die Unannehmlichkeiten.', 'Kann ich sonst noch helfen?', 'Viele Grüße, Tobias'],
    pt: ['Obrigado!', 'Muito obrigada', 'Pedimos desculpa pelo incómodo.', 'Posso ajudar em mais alguma coisa?', 'Com os melhores cumprimentos, João', 'Lamentamos o transtorno, já estamos resolvendo.'],
  };
  for (const [lang, list] of Object.entries(phrases)) {
    it(`short ${lang} phrases are recognised`, () => {
      expect(list.map((p) => detectLanguage(p))).toEqual(list.map(() => lang));
    });
  }

  it('a Portuguese reply is Portuguese, not Spanish or Galician', () => {
    const reply = 'Boa tarde, Sr. Almeida,\n\nLamento muito o atraso da sua encomenda. A transportadora confirmou que chega amanhã até às 13h e devolvi-lhe os portes.\n\nCom os melhores cumprimentos,\nInês';
    expect(detectLanguage(reply)).toBe('pt');
  });

  it('Content-Language decides only when the text is not conclusive', () => {
    expect(detectLanguage('Ok', 'it-IT')).toBe('it');
    expect(detectLanguage('Thank you for your patience, the refund was processed this morning.', 'it-IT')).toBe('en');
    expect(detectLanguage('Grazie mille', 'fr-FR')).toBe('it');
  });

  it('a text with no words falls back to the hint, then to English', () => {
    expect(detectLanguage('12345 https://x.example', 'de-DE')).toBe('de');
    expect(detectLanguage('', null)).toBe('en');
    expect(detectLanguage('--- ***', 'xx-YY')).toBe('en');
  });

  it('a huge text is read only as far as needed', () => {
    const started = performance.now();
    expect(detectLanguage('Vă mulțumim pentru răbdare. '.repeat(20_000))).toBe('ro');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
