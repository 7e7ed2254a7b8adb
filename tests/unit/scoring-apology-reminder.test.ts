// rubric-guide §1-§2: "As I said on the phone" brushes the customer off, so
// empathy fails, but it blames no one and refuses nothing: the apology before
// it stands. A flat no or a refusal of liability after the sorry still takes
// it back.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a reminder after the sorry', () => {
  it.each([
    ['en', 'Apologies for the wait. As I mentioned in my last email, gut strings are made to order and take 6-8 weeks.', 'This is my third email. Where are my strings?'],
    ['fr', "Je suis désolée pour l'attente. Comme je te l'ai déjà expliqué lundi, on rembourse sur facture.", "J'attends toujours le remboursement."],
    ['it', 'Mi scusi per il disguido. Come Le ho già spiegato, la consegna è prevista per giovedì.', 'Il pacco non è ancora arrivato.'],
  ])('%s: apology passes, empathy fails', (lang, body, customer) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['pass', 'fail']);
  });

  it('pt: a refusal of liability after "Lamento, mas" still takes the sorry back', () => {
    const v = verdicts('pt', 'Lamento, mas a entrega foi feita dentro da janela contratada. Como já lhe expliquei, não nos responsabilizamos por cabazes deixados à porta.', 'O cabaz foi deixado à porta e estragou-se.');
    expect(v.apology).toBe('fail');
  });
});
