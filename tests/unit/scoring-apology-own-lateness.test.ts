// rubric-guide §1: a conditional apology about the customer's feelings ("sorry
// if you feel…", "mi dispiace se si è sentito…") is a non-apology; an "if"
// that states the agent's own lateness ("mi scusi se le rispondo solo oggi",
// "sorry if I kept you waiting") asserts it, and the apology is real.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('sorry "if" about our own lateness', () => {
  it.each([
    ['en', 'Sorry if I kept you waiting: your refund went out this morning.', 'I still have not had my refund after two weeks.'],
    ['it', 'Mi scusi se le rispondo solo oggi, la sua mail era finita nello spam. Il rimborso è partito stamattina.', 'Non ho ancora ricevuto il rimborso dopo due settimane.'],
    ['es', 'Perdone si le he hecho esperar: el reembolso salió esta mañana.', 'Todavía no he recibido mi reembolso, llevo dos semanas esperando.'],
    ['pt', 'Desculpe se só respondo agora: o reembolso foi feito esta manhã.', 'Ainda não recebi o reembolso, já passaram duas semanas.'],
    ['fr', 'Désolé si je vous ai fait attendre : le remboursement est parti ce matin.', "Je n'ai toujours pas reçu mon remboursement après deux semaines."],
    ['ro', 'Scuze dacă v-am făcut să așteptați: rambursarea a plecat azi-dimineață.', 'Încă nu am primit banii înapoi după două săptămâni.'],
    ['de', 'Entschuldigen Sie, falls ich Sie warten ließ: die Erstattung ist heute früh raus.', 'Ich warte seit zwei Wochen auf meine Erstattung.'],
  ])('%s: %s is an apology', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).apology).toBe('pass');
  });

  it.each([
    ['en', 'Sorry if you feel the fee is unfair: it is in the terms.', 'Your fee is unfair.'],
    ['it', 'Ci dispiace se si è sentito trattato male dal collega.', 'Il vostro collega è stato scortese.'],
    ['fr', 'Désolé si vous avez eu l\'impression d\'être mal reçu.', 'Votre collègue a été désagréable.'],
  ])('%s: %s stays a non-apology', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });
});

describe('sorry for our own lateness, to a plain question', () => {
  it('makes apology apply and pass, and empathy stays na: nothing was wrong for the customer', () => {
    const v = verdicts('it', 'Mi scusi se le rispondo solo oggi, la sua mail era finita nello spam. Il restauro completo costa circa 600 euro.', 'Quanto costa più o meno il restauro completo di una bici da corsa degli anni 50?');
    expect([v.apology, v.empathy]).toEqual(['pass', 'na']);
  });
});
