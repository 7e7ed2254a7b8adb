// rubric-guide §4 as busy teams write: a farewell with a day ("Bis nächsten
// Donnerstag!") promises nothing; a refusal of liability or of stock is a no;
// a voucher "waiting at reception" is an alternative; "arriverà a giorni" is
// vague; "I can promise this won't ever happen again" over-promises; a
// manufacturer's approval given as certain is someone else's decision; an
// Italian "gliene mando una copia oggi" is a dated promise; and a
// capitalised name that ends like a future ("el de Madrás") is no future.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('commitments in everyday replies', () => {
  it.each([
    ['de', 'Wie schön, das freut mich riesig! Du hast dir das echt erarbeitet. Bis nächsten Donnerstag!', 'Ich habe die Prüfung bestanden, danke!', 'na'],
    ['en', 'Great to hear! See you next Thursday!', 'I passed my grading, thank you!', 'na'],
    ['de', 'Laut Hausordnung übernehmen wir jedoch keine Haftung für Wertgegenstände in den Spinden.', 'Aus meinem Spind wurde eine Uhr gestohlen.', 'fail'],
    ['ro', 'PETG transparent nu avem în stoc și nu îl mai comandăm.', 'Puteți printa în PETG transparent?', 'fail'],
    ['en', "We're not able to offer refunds for mechanical faults, but there is a voucher for a free game waiting for you at reception, valid until the end of March.", 'The pinsetter broke during our game. I want a refund.', 'pass'],
    ['it', 'Le ho rispedito oggi una latta nuova; arriverà a giorni.', 'La latta è arrivata ammaccata.', 'fail'],
    ['en', "I'll have it back to you within 5 working days. And I can promise you this won't ever happen to your knives again.", 'You chipped my knife.', 'fail'],
    ['de', 'Ich habe beim Hersteller einen Austausch beantragt, und der Hersteller genehmigt das bestimmt.', 'Der Akku ist zum dritten Mal kaputt.', 'fail'],
    ['it', 'Il verbale l\'ho già inviato alla nostra assicurazione. Gliene mando una copia oggi stesso.', 'Nessuno ha compilato il verbale.', 'pass'],
    ['es', 'El de Madrás es bastante picante. Para él va mejor el curry suave de Mysore.', '¿Qué curry me recomendás para un nene de 8 años?', 'na'],
  ])('%s: %s → %s', (lang, body, customer, want) => {
    expect(verdicts(lang, body, customer).commitments).toBe(want);
  });
});
