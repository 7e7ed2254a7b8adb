// A sorry that softens a flat no (rubric-guide §1, §4), said with what was
// checked: "Ho verificato l'ordine: è stato registrato ieri alle 8.42". A time
// of yesterday is when something happened, not when anything will: it gives
// the no no alternative. And a gap in a pattern may cross a German ordinal
// date ("ich kann ihn für eine Buchung vom 1. September nicht mehr berechnen").
import { describe, expect, it } from 'vitest';
import { compileList, lowerSameLength, matchSignal } from '../../src/scoring/pattern.js';
import { verdicts } from '../helpers/reply.js';

describe('a time of yesterday is no alternative to a no', () => {
  it.each([
    ['it', 'Ho ordinato ieri e mi avete addebitato 95 euro invece di 79.', "Mi dispiace, ma la promozione è terminata il 31 agosto e non posso applicarla a un ordine del 1° settembre. Ho verificato l'ordine: è stato registrato ieri alle 8.42, al prezzo di listino."],
    ['ro', 'Am rezervat ieri și am plătit 140 de lei în loc de 110.', 'Îmi pare rău, dar oferta s-a încheiat pe 31 august și nu o pot aplica unei rezervări din 1 septembrie. Am verificat rezervarea: a fost făcută ieri la ora 10:12, la tariful în vigoare.'],
    ['de', 'Ich habe gestern gebucht und 168 statt 139 Euro bezahlt.', 'Es tut mir leid, aber der Sommerpreis lief am 31. August aus, und ich kann ihn für eine Buchung vom 1. September nicht mehr berechnen. Ich habe Ihre Buchung geprüft: Sie ist gestern um 8:51 Uhr eingegangen.'],
  ])('[%s] the apology softens the no and the no is flat', (lang, customer, body) => {
    const r = verdicts(lang, body, customer);
    expect([r.apology, r.commitments]).toEqual(['fail', 'fail']);
  });
});

describe('a gap crosses a German ordinal date', () => {
  it('"ich kann ~7 nicht" spans "vom 1. September"', () => {
    const sig = compileList(['ich kann ihn ~7 nicht'])!;
    const text = lowerSameLength('ich kann ihn für eine Buchung vom 1. September nicht mehr berechnen.');
    expect(matchSignal(sig, text)).toHaveLength(1);
  });

  it('but a gap still does not run past the end of a sentence', () => {
    const sig = compileList(['ich kann ~7 nicht'])!;
    const text = lowerSameLength('ich kann das machen. Es ist nicht nötig.');
    expect(matchSignal(sig, text)).toHaveLength(0);
  });
});
