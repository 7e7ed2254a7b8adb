// rubric-guide §1-§2: a customer reports a problem in everyday words, with no
// "problem" or "complaint" in them: no reply for a week, still nothing, a
// repair that still fails as before, a wait, a promise missed, food that
// smelled bad, a balance they never spent, "how is that possible". Apology
// and empathy then apply (and fail when the reply has neither). A plain
// question ("pourriez-vous…", "devo riportarla?") still reports nothing.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const holding: Record<string, string> = {
  en: "I'll look at your order and get back to you.",
  it: 'Guardo il suo ordine e le faccio sapere.',
  ro: 'Mă uit la comanda dumneavoastră și revin.',
  es: 'Reviso su pedido y le digo algo.',
  fr: 'Je regarde votre commande et je reviens vers vous.',
  de: 'Ich schaue mir Ihre Bestellung an und melde mich.',
  pt: 'Vou ver a sua encomenda e depois digo-lhe algo.',
};

describe('everyday complaints make apology and empathy apply', () => {
  it.each([
    ['en', 'I had £20 on my card and on Sunday it said £0.00. I definitely didn\'t spend it.'],
    ['en', 'I wrote a week ago and we waited 40 minutes on the phone today. How is that even possible?'],
    ['it', 'Il freno posteriore fischia ancora come prima, mi tocca tornare di nuovo.'],
    ['ro', 'V-am scris acum o săptămână și nu mi-a răspuns nimeni. Cum e posibil?'],
    ['es', 'Las ostras olían mal y nadie me ha contestado. ¿Cómo es posible?'],
    ['fr', "Dans la bourriche, une dizaine d'huîtres sentaient mauvais."],
    ['fr', "La caution ne m'a pas été remboursée alors que vous avez repris le sapin le 8."],
    ['de', 'Ich habe am 2. Januar bestellt und bezahlt. Bis heute keine Versandbestätigung.'],
    ['de', 'Der Füllhalter war für heute zugesagt. Es ist wirklich wichtig.'],
    ['pt', 'Esperei duas horas e ninguém me respondeu. Como é possível?'],
  ])('%s: %s', (lang, customer) => {
    const v = verdicts(lang, holding[lang], customer);
    expect([v.apology, v.empathy]).toEqual(['fail', 'fail']);
  });

  it.each([
    ['fr', 'Bonjour, pourriez-vous nous envoyer un devis pour 8 licences ?'],
    ['it', "Posso lasciare l'auto all'aeroporto o devo riportarla in città?"],
  ])('%s: a plain question reports nothing: %s', (lang, customer) => {
    const v = verdicts(lang, holding[lang], customer);
    expect([v.apology, v.empathy]).toEqual(['na', 'na']);
  });
});

describe('empathy in the words of the fix', () => {
  it.each([
    ['it', 'Scusa, hai ragione a essere scocciato. Ti sistemo il freno sabato alle 10.', 'Il freno fischia ancora come prima, un po\' scocciato.'],
    ['de', 'Ich bringe ihn Ihnen morgen bis 11 Uhr, damit Sie vor so einem wichtigen Termin nicht noch zittern müssen.', 'Der Füllhalter war für heute zugesagt. Es ist wirklich wichtig.'],
    ['en', "I'll bring it round by 11 tomorrow so you don't have to worry before the ceremony.", 'The pen was promised for today. It is really important.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });
});
