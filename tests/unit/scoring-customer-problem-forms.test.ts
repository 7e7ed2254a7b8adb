// The customer's trouble in the forms people write it: German adjectives
// inflect ("mit zwei zerbrochenen Flaschen"), a fault shows as a code or as
// cold water ("still E3 and the water is stone cold"), a hole in a sleeve.
// Each makes the apology apply; "freezing" that only describes a thing ("the
// freezing spray") reports nothing.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a trouble in everyday forms makes the apology apply', () => {
  it.each([
    ['de', 'Das Bierpaket ist mit zwei zerbrochenen Flaschen angekommen, alles klebt.', 'Ich schicke Ihnen zwei Ersatzflaschen.'],
    ['de', 'Die Lampe kam mit einem verbogenen Fuß und einer zerkratzten Oberfläche an.', 'Ich schicke Ihnen morgen eine neue Lampe.'],
    ['de', 'Beim Streichelgehege hat eine Ziege die Jacke meines Sohnes angeknabbert, jetzt ist ein Loch im Ärmel.', 'Ich leite Ihre Mail an unseren Kollegen weiter.'],
    ['en', 'Tried cleaning the filter like you said, still E3 and the water is stone cold. Please help!', "I'll come and swap the heater unit myself tomorrow before 12."],
    ['en', 'The jacket came back from your cleaners with a hole in the sleeve.', "I'll arrange a repair this week."],
  ])('%s: %s', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });

  it('"freezing" describing a thing is no trouble', () => {
    const customer = "Could I book my son in on Saturday morning? Fair warning, he's terrified of the freezing spray after a bad go at the GP's.";
    const body = "I completely understand. I've booked Alfie in with me at 10:15 on Saturday, and I'll only use a numbing gel.";
    expect(verdicts('en', body, customer).apology).toBe('na');
  });

  it('a phone or an app that keeps freezing still is one', () => {
    for (const customer of ['My phone keeps freezing since the update.', 'The app is freezing every time I open it.']) {
      expect(verdicts('en', "I've reset your account; please restart the app.", customer).apology).toBe('fail');
    }
  });
});

// Asking what happened, or what became of something, reports a trouble:
// "¿Qué pasó?", "Was ist da los?", "che fine ha fatto", a scratch "care
// înainte nu era".
describe('asking what happened or what became of it makes the apology apply', () => {
  it.each([
    ['it', 'Ho restituito la Vespa il 6 maggio e la cauzione di 300 euro non mi è ancora stata sbloccata. Vorrei sapere che fine ha fatto.', 'Ho controllato la sua pratica stamattina.'],
    ['ro', 'După tractare am observat o zgârietură lungă pe bară, care înainte nu era. Cine răspunde pentru asta?', 'Am vorbit azi-dimineață cu șoferul.'],
    ['es', 'Contraté la serenata de doce músicos y llegaron diez, sin el arpa. Pagué el servicio completo. ¿Qué pasó?', 'Hablé esta mañana con el caporal del grupo.'],
    ['de', 'Der Liefertermin Ende April ist vorbei und ich habe nichts gehört. Was ist da los?', 'Ich habe heute Morgen Ihren Auftrag nachgeschaut.'],
    ['fr', "J'ai annulé dans les délais et toujours rien sur ma carte. C'est quoi le problème?", "J'ai vérifié votre dossier ce matin."],
    ['pt', 'Os chinelos deviam ter chegado no dia 12. O que está acontecendo?', 'Conferi seu pedido hoje de manhã.'],
  ])('%s: %s', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });
});
