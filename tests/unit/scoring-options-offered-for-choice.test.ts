// rubric-guide §4: an offer that waits on the customer is not a promise.
// Times offered as options ("Thursday morning or Friday after 1 pm") and put
// to the customer in the question that follows ("Which would suit you
// better?") wait on their choice: commitments na, dates and all. The same
// options after a no are the alternative that makes the refusal pass, and a
// single dated step followed by a check is still a promise.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('options put to the customer to choose from', () => {
  it.each([
    ['en', "I can send two of the lads back with the chipper. I've got Thursday morning or Friday after 1 pm free. Which would suit you better?"],
    ['es', 'Puedo pasarme yo mañana a primera hora con un tratamiento de choque, o el jueves por la tarde si te viene mejor. ¿Quieres que vaya mañana?'],
    ['it', 'Posso mandarle il tecnico domani alle 9 oppure giovedì alle 15. Quale orario preferisce?'],
    ['fr', 'Je peux passer jeudi à 9 h ou vendredi à 14 h. Quel créneau vous arrange ?'],
    ['de', 'Ich kann am Donnerstag um 9 Uhr oder am Freitag um 14 Uhr vorbeikommen. Welcher Termin passt Ihnen?'],
    ['ro', 'Pot trimite tehnicianul mâine la ora 9 sau joi la ora 14. Ce variantă vă convine?'],
    ['pt', 'Posso passar aí amanhã às 9h ou na quinta às 14h. Qual prefere?'],
  ])('%s: wait on the choice, so nothing is promised yet', (lang, body) => {
    expect(verdicts(lang, body, 'The garden is still full of branches.').commitments).toBe('na');
  });

  it('after a no they are the alternative: the refusal passes', () => {
    const body = "I'm afraid I don't work Saturdays, but I can come on Friday 27 November at 5.30pm, or on Monday 30th at 8am. Would either of those suit you?";
    expect(verdicts('en', body, 'Could you come on a Saturday to tune my piano?').commitments).toBe('pass');
  });

  it('one dated step followed by a check is a promise', () => {
    expect(verdicts('en', "I'll come on Thursday at 9 am to clear the rest. Does that work for you?", 'The garden is still full of branches.').commitments).toBe('pass');
  });
});
