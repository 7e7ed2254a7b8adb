// rubric-guide §5: the check asks. "J'espère que cela vous convient", "I hope
// this works for you" state a hope about the solution and ask nothing, so the
// check fails; the same words as a question still check.
import { describe, expect, it } from 'vitest';
import { analyse, verdicts } from '../helpers/reply.js';

const CUSTOMER: Record<string, string> = {
  fr: 'La ceinture que vous avez brodée a un fil tiré.',
  en: 'The belt you embroidered has a pulled thread.',
};
const FIX: Record<string, string> = {
  fr: "Je vous envoie aujourd'hui une étiquette de retour et je vous la retourne réparée en cinq jours ouvrables.",
  en: "I'm sending you a returns label today and I'll have it back to you repaired within five working days.",
};

describe('a check stated as a hope', () => {
  it.each([
    ['fr', "J'espère que cela vous convient."],
    ['en', 'I hope this works for you.'],
  ])('%s: "%s" is no check', (lang, close) => {
    expect(verdicts(lang, `${FIX[lang]}\n\n${close}`, CUSTOMER[lang]).satisfaction_check).toBe('fail');
  });

  it.each([
    ['fr', 'Cela vous convient-il ?'],
    ['en', 'Does this work for you?'],
    ['en', 'I hope this works for you, let me know.'],
  ])('%s: "%s" asks, and checks', (lang, close) => {
    expect(verdicts(lang, `${FIX[lang]}\n\n${close}`, CUSTOMER[lang]).satisfaction_check).toBe('pass');
  });
});

describe('"does this answer your question?" checks, in every language', () => {
  it.each([
    ['it', 'La spedizione per la Sardegna costa 12 euro e arriva in tre giorni.', 'Questo risponde alla sua domanda?', 'Quanto costa spedire in Sardegna?'],
    ['ro', 'Livrarea în Cluj costă 20 de lei și durează două zile.', 'V-am răspuns la întrebare?', 'Cât costă livrarea în Cluj?'],
    ['es', 'El envío a Canarias cuesta 12 euros y tarda tres días.', '¿Esto responde a su pregunta?', '¿Cuánto cuesta enviar a Canarias?'],
    ['fr', "La livraison en Corse coûte 12 euros et prend trois jours.", 'Cela répond-il à votre question ?', 'Combien coûte la livraison en Corse ?'],
    ['pt', 'O envio para os Açores custa 12 euros e demora três dias.', 'Isso responde à sua dúvida?', 'Quanto custa enviar para os Açores?'],
  ])('%s: "%s"', (lang, answer, close, customer) => {
    // Named as a check by the pack, so it makes the criterion apply even where no answer is read.
    expect(analyse(lang, `${answer}\n\n${close}`).hits('satisfaction_check').length).toBe(1);
    expect(verdicts(lang, `${answer}\n\n${close}`, customer).satisfaction_check).toBe('pass');
  });
});
