// rubric-guide §3-4. "We" in the present with a day or an hour promises as a
// future does ("Los recogemos el jueves 23 a las 10", "venim noi la domiciliu
// joi, la ora 10", "A gente busca vocês na quinta às 10h"): commitments pass,
// and ownership still wants an "I". "In the next half hour" in each language
// is a time ("en la próxima media hora", "dans la demi-heure", "in der
// nächsten halben Stunde"). A further "perdón también", "de nuevo disculpas"
// counts towards the three apologies.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('"we" in the present with a date promises', () => {
  it.each([
    ['es', 'Lamentamos mucho la demora del sábado. Los recogemos el jueves 23 de septiembre a las 10 en el hotel y los llevamos al mirador sin costo.', 'La chiva llegó 50 minutos tarde.'],
    ['ro', 'Înțelegem cât de obositor a fost. Venim noi la domiciliu joi, 23 septembrie, la ora 10, cu procura deja redactată.', 'A trebuit să venim de două ori la birou.'],
    ['pt', 'Dá pra entender como foi frustrante. A gente busca vocês na pousada na quinta, dia 23 de setembro, às 10h, e faz a visita completa sem custo.', 'A visita foi cancelada sem aviso.'],
  ])('[%s]', (lang, body, customer) => {
    const r = verdicts(lang, body, customer);
    expect([r.commitments, r.ownership]).toEqual(['pass', 'fail']);
  });
});

describe('"in the next half hour" is a time', () => {
  it.each([
    ['es', 'Recién anulé el segundo cobro y en la próxima media hora te mando por mail el comprobante.'],
    ['fr', 'Je viens d’annuler le second paiement et je vous envoie dans la demi-heure la référence du remboursement.'],
    ['de', 'Ich habe die zweite Zahlung eben storniert und schicke Ihnen in der nächsten halben Stunde die Referenz.'],
    ['pt', 'Acabei de anular a segunda cobrança e envio-lhe na próxima meia hora o comprovativo.'],
  ])('[%s]', (lang, body) => {
    expect(verdicts(lang, body, null).commitments).toBe('pass');
  });

  it('"dans la prochaine commande" is no time', () => {
    expect(verdicts('fr', 'Je vous offre les frais de port dans la prochaine commande.', null).commitments).toBe('na');
  });
});

describe('every further sorry counts towards the three', () => {
  it('"mil disculpas… Perdón también… de nuevo disculpas" fails as repeated', () => {
    const r = verdicts('es', 'Te pido mil disculpas por el cobro doble. Perdón también porque tuviste que darte cuenta vos sola, y de nuevo disculpas por el mal momento. Recién anulé el segundo cobro.', 'Me cobraron dos veces el pedido.');
    expect(r.apology).toBe('fail');
  });
});
