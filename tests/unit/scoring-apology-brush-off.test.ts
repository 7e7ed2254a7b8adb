// rubric-guide §1-§2: "As I said on the phone" and "calm down" brush the customer off, so
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

describe('"calm down" and a refused apology', () => {
  it.each([
    ['fr', 'Je suis désolé pour ce panneau fêlé, c\'est arrivé pendant notre transport. Calmez-vous cependant : je refais le motif moi-même.', 'Le vitrail est arrivé fêlé !'],
    ['it', 'Mi dispiace per il ritardo. Calmati, ti mando il pacco oggi con il corriere espresso.', 'Il pacco non arriva, sono furioso!'],
  ])('%s: the apology stands beside "calm down", empathy fails', (lang, body, customer) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['pass', 'fail']);
  });

  it.each([
    ['ro', 'Nu considerăm că este cazul să ne cerem scuze: factura a fost emisă pe baza indexului transmis de dumneavoastră.', 'Factura e dublă față de septembrie. Cer recalcularea!'],
    ['en', "I don't think we need to apologise: the invoice follows the reading you sent.", 'My bill doubled. I want it recalculated.'],
  ])('%s: refusing to apologise fails the apology', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });
});
