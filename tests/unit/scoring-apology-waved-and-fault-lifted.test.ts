// rubric-guide §1: "No need to apologise" answers the customer's own
// apology; it is no apology of ours ("nu aveți de ce să vă cereți scuze",
// its noun far from the "nu"). Where the customer reports a real trouble,
// the apology still applies, all the more when the reply lifts the fault the
// customer feared was theirs ("it certainly isn't your fault"). The agent's
// own sorry after it ("la que lo siente soy yo") passes. A wrong size is a
// trouble in every language ("beaucoup trop petit", "viel zu klein").
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('the customer\'s apology waved away, on a real trouble', () => {
  it('en: no sorry of our own, and the fault lifted: the apology fails', () => {
    const customer = "Sorry to bother you on a Sunday, and sorry if this is somehow my fault, but the bell tent we picked up on Friday has a tear next to the door zip.";
    const body = "No need to apologise at all, and it certainly isn't your fault: old canvas does that now and then. I'll drop a replacement tent round on Thursday 11 May between 4 and 6 pm.";
    expect(verdicts('en', body, customer).apology).toBe('fail');
  });

  it('ro: "nu aveți de ce să vă cereți scuze" is no apology', () => {
    const customer = 'Îmi cer scuze că vă deranjez, dar covrigii de ieri au venit arși.';
    const body = 'Nu aveți de ce să vă cereți scuze, bine că ne-ați scris! Vă trimit eu mâine, joi, 200 de covrigi proaspeți până la ora 10.';
    expect(verdicts('ro', body, customer).apology).toBe('fail');
  });

  it('fr: a wrong size is a trouble, and waving the courtesy away does not apologise', () => {
    const customer = "Excusez-moi de vous déranger, mais le béret taille 57 que j'ai reçu hier est beaucoup trop petit.";
    const body = "Vous n'avez pas à vous excuser, au contraire. Je vous envoie aujourd'hui un béret en 58, il arrivera jeudi 11 mai.";
    expect(verdicts('fr', body, customer).apology).toBe('fail');
  });

  it.each([
    ['es', 'Perdone que le moleste, pero la horchata llegó cortada.', 'No tiene que disculparse de nada: la que lo siente soy yo, por la horchata cortada. Le devuelvo hoy los 10 litros.'],
    ['en', 'Sorry to be a pain, but the cake arrived squashed.', "No need to apologise, I'm the one who should be sorry about the cake. I've refunded it today."],
    ['de', 'Entschuldigen Sie die Störung, aber die Torte kam zerdrückt an.', 'Sie müssen sich nicht entschuldigen, entschuldigen muss ich mich für die Torte. Ich habe Ihnen heute den Betrag erstattet.'],
  ])('%s: the agent\'s own sorry after waving theirs away passes', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).apology).toBe('pass');
  });
});

describe('a wrong size is a trouble', () => {
  it.each([
    ['fr', 'Le béret que j\'ai reçu est beaucoup trop petit.', 'Je vous envoie aujourd\'hui la taille au-dessus.'],
    ['de', 'Der Hut, den ich bekommen habe, ist viel zu klein.', 'Ich schicke Ihnen heute die nächste Größe.'],
    ['es', 'El sombrero que recibí es demasiado pequeño.', 'Le envío hoy la talla siguiente.'],
    ['pt', 'O chapéu que recebi é pequeno demais.', 'Envio-lhe hoje o tamanho acima.'],
  ])('%s: the apology applies', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });
});
