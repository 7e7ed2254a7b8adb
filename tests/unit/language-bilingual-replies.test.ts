// A bilingual reply is in the language it opens with; a table is no sample
// of a language (detectReplyLanguage, used by the pipeline).
import { describe, expect, it } from 'vitest';
import { detectLanguage, detectReplyLanguage } from '../../src/language/detect.js';

const BILINGUAL =
  'Bună ziua, doamna Vasilescu / Dear Ms Vasilescu,\n\n' +
  'Îmi pare rău pentru factura greșită. Am anulat-o azi și am emis alta pe Vasilescu Design SRL; o găsiți atașată. Vă convine așa?\n\n' +
  "I'm sorry about the wrong invoice. I've cancelled it today and issued a new one to Vasilescu Design SRL; you'll find it attached. Does that work for you?\n\n" +
  'Andrei Pop';

describe('the language of a reply', () => {
  it('a Romanian-then-English reply is Romanian, though its English half has more words the detector knows', () => {
    expect(detectLanguage(BILINGUAL)).toBe('en');
    expect(detectReplyLanguage(BILINGUAL)).toBe('ro');
  });

  it('an English-then-Romanian reply stays English', () => {
    const [greeting, ro, en, name] = BILINGUAL.split('\n\n');
    expect(detectReplyLanguage([greeting, en, ro, name].join('\n\n'))).toBe('en');
  });

  it('a table of figures under a short line is no sample: the whole reply decides', () => {
    const text =
      'Boa tarde, Patrícia,\n\nPeço desculpas pelo erro na nota.\n\n' +
      'Item | Nota 48.213 | Combinado\nBlocos de concreto 14x19x39 (2.000 un.) | R$ 5.400,00 | R$ 5.400,00\nFrete | R$ 480,00 | R$ 280,00\nTotal | R$ 5.880,00 | R$ 5.680,00\n\n' +
      'Cancelei a nota e te envio a nova, de R$ 5.680,00, hoje até as 17h.\n\nAtt.,\nThiago';
    expect(detectReplyLanguage(text)).toBe('pt');
  });
});
