// rubric-guide §3: a rule held up instead of an answer ("come previsto dal
// contratto", "comme indiqué dans le règlement") is hiding behind policy and
// fails ownership even beside an "I" action; and everyday trade verbs in the
// first person present ("se lo afino", "je te les scanne", "te lo riparo")
// are actions the agent owns.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('hiding behind the rules fails ownership', () => {
  it.each([
    ['fr', "Désolé, mais le versement dépend du CROUS, comme indiqué dans le règlement. J'ai quand même regardé ton dossier.", 'Ma bourse n\'est toujours pas versée.'],
    ['it', 'I cambi di insegnante sono previsti dal contratto d\'iscrizione. Se vuoi, ti sposto nel gruppo del giovedì.', 'Mi avete cambiato insegnante senza dire niente. Sono molto delusa.'],
    ['en', 'According to our policy, fees are not refundable. I have checked your account.', 'I was charged a fee I never agreed to.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).ownership).toBe('fail');
  });

  it('the same action without the rule passes', () => {
    expect(verdicts('fr', "J'ai regardé ton dossier : il manque une attestation, je t'écris demain avant midi.", "Ma bourse n'est toujours pas versée.").ownership).toBe('pass');
  });
});

describe('everyday trade verbs in the first person', () => {
  it.each([
    ['es', 'Le pido disculpas, se me pasó. Mañana se lo afino sin coste.', 'Ayer no vino a afinar el piano.'],
    ['fr', "Je te les scanne en haute définition d'ici mardi 18 h.", 'Voici mes pellicules.'],
    ['it', 'Te lo riparo entro venerdì, senza costi.', "L'orologio si è fermato dopo una settimana."],
    ['pt', 'Eu ajusto a bainha até sexta-feira, sem custo.', 'As calças ficaram compridas.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).ownership).toBe('pass');
  });
});
