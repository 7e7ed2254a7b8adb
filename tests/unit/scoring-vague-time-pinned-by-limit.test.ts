// rubric-guide §4: "as soon as possible" alone is vague, but with a dated
// limit beside it ("…and by 5 pm on Thursday 11 May at the latest") the
// promise has its time frame. A date for another step in the sentence does
// not pin it ("I'll send the form today and the refund as soon as possible").
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const CUSTOMER = 'I paid for the day but never got a confirmation, and the booking page now shows the date as full.';

describe('a vague time pinned by a dated limit', () => {
  it.each([
    ['en', "I'm checking with our provider now. I'll reply as soon as possible, and by 5 pm on Thursday 11 May at the latest."],
    ['it', 'Sto verificando con il fornitore. Le rispondo il prima possibile, e al più tardi entro giovedì 11 maggio alle 17.'],
    ['ro', 'Verific chiar acum cu furnizorul. Vă răspund cât mai curând, cel târziu joi, 11 mai, până la ora 12.'],
    ['es', 'Lo estoy revisando con el proveedor. Le respondo lo antes posible y, a más tardar, el jueves 11 de mayo a las 17:00.'],
    ['fr', "Je vérifie avec le prestataire. Je vous réponds dès que possible, et au plus tard jeudi 11 mai à 17 h."],
    ['de', 'Ich kläre das gerade mit dem Anbieter. Ich melde mich so schnell wie möglich, spätestens am Freitag, 12. Mai, bis 12 Uhr.'],
    ['pt', 'Estou a verificar com o fornecedor. Respondo-lhe o mais rapidamente possível, o mais tardar na quarta-feira, 17 de maio.'],
  ])('%s: passes commitments', (lang, body) => {
    expect(verdicts(lang, body, CUSTOMER).commitments).toBe('pass');
  });

  it.each([
    ['en', "I'm checking with our provider now. I'll reply as soon as possible."],
    ['en', "I've sent you the form today and I'll refund the fee as soon as possible."],
    ['fr', "J'ai envoyé le formulaire ce soir et je vous rembourse dès que possible."],
  ])('without the limit it stays vague: %s: %s', (lang, body) => {
    expect(verdicts(lang, body, CUSTOMER).commitments).toBe('fail');
  });
});
