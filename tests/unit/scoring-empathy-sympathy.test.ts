// rubric-guide §2: sympathy for a misfortune of the customer's own ("I'm so
// sorry to hear about your dad", "mi spiace per la febbre di Giulio", "Das
// tut mir leid mit Ihrem Vater") or condolences acknowledge what the customer
// is going through: empathy. A "sorry" about a service trouble alone is still
// no empathy.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('sympathy for a misfortune is empathy', () => {
  it.each([
    ['en', "I'm so sorry to hear about your dad. I've cancelled Saturday's party and moved the deposit onto an open voucher.", 'My dad passed away on Monday, so we need to cancel the party.'],
    ['it', 'Mi spiace per la febbre di Giulio, povero! Ho spostato la festa a sabato 23 alle 16.', 'Giulio ha la febbre, possiamo spostare la festa?'],
    ['ro', 'Îmi pare rău să aud că ați fost internat. Am amânat eu scadența până pe 15 februarie.', 'Am fost internat două săptămâni și nu am putut plăti factura.'],
    ['es', 'Siento mucho lo de tu madre, espero que se recupere pronto. La plaza es vuestra para el sábado 23.', 'Mi madre está ingresada y no podré ir al taller.'],
    ['fr', "Toutes mes condoléances. J'ai annulé la réservation et je vous rembourse l'acompte aujourd'hui.", 'Mon père est décédé, nous devons annuler.'],
    ['de', 'Das tut mir leid mit Ihrem Vater. Die Stunde wird Ihnen nicht verrechnet, ich habe sie storniert.', 'Mein Vater liegt im Krankenhaus, ich muss die Stunde absagen.'],
    ['pt', 'Lamento muito pela perda. Cancelei a reserva e devolvi o sinal hoje.', 'O meu pai faleceu e temos de cancelar a reserva.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });

  it('a sorry about a service trouble alone is still no empathy', () => {
    expect(verdicts('en', "I'm sorry your mum's flowers arrived in that state. A fresh bouquet will be with her tomorrow before 12pm.", 'The roses were drooping and the pouch had leaked.').empathy).toBe('fail');
  });
});
