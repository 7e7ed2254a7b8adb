// rubric-guide §4: "a 'no' to what the customer asks for is a refusal". The no
// is often said with an emphatic negative instead of the plain one, or before
// the verb with no "not" at all: "under no circumstances can we…", "en ningún
// caso se pueden…", "in keinem Fall möglich", "ne… jamais". Without an
// alternative it fails. The same words in a reassurance ("in no case will you
// be charged twice") refuse nothing.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const ASK: Record<string, string> = {
  en: 'Can you refund my ticket?',
  it: 'Potete rimborsarmi il biglietto?',
  ro: 'Îmi puteți returna banii pe bilet?',
  es: '¿Me devolvéis el dinero de la entrada?',
  fr: 'Pouvez-vous me rembourser le billet ?',
  de: 'Können Sie mir das Ticket erstatten?',
  pt: 'Podem devolver-me o dinheiro do bilhete?',
};

describe('a no said with an emphatic negative, and no alternative, fails commitments', () => {
  it.each([
    ['en', 'Thanks for your message. Under no circumstances can used tickets be refunded.'],
    ['en', 'Thanks for your message. In no case are refunds given for used tickets.'],
    ['it', 'Grazie del messaggio. In nessun caso è possibile rimborsare biglietti già usati.'],
    ['it', 'Grazie del messaggio. In nessun caso vengono rimborsati i biglietti usati.'],
    ['ro', 'Vă mulțumim pentru mesaj. În niciun caz nu se pot returna banii pentru biletele folosite.'],
    ['ro', 'Vă mulțumim pentru mesaj. Nu returnăm niciodată banii pentru biletele folosite.'],
    ['es', 'Gracias por escribir. En ningún caso se pueden devolver las entradas una vez usadas.'],
    ['es', 'Gracias por escribir. De ninguna manera podemos reembolsar una entrada usada.'],
    ['fr', 'Merci pour votre message. Je ne peux jamais rembourser un billet utilisé.'],
    ['fr', "Merci pour votre message. Il n'est en aucun cas possible de rembourser un billet utilisé."],
    ['de', 'Danke für Ihre Nachricht. Eine Erstattung ist in keinem Fall möglich.'],
    ['de', 'Danke für Ihre Nachricht. Benutzte Tickets erstatten wir grundsätzlich nie.'],
    ['pt', 'Obrigado pela mensagem. Em caso algum podemos reembolsar bilhetes usados.'],
  ])('[%s] %s', (lang, body) => {
    const r = verdicts(lang, body, ASK[lang]);
    expect([r.commitments, r.apology]).toEqual(['fail', 'na']);
  });
});

describe('the same no with an alternative passes', () => {
  it.each([
    ['en', 'Under no circumstances can used tickets be refunded, but I can move yours to the 14 March show at no cost.'],
    ['es', 'En ningún caso se pueden devolver las entradas usadas, pero te cambio la tuya para la función del 14 de marzo sin coste.'],
    ['de', 'Eine Erstattung ist in keinem Fall möglich, aber ich kann Ihr Ticket kostenlos auf die Vorstellung am 14. März umbuchen.'],
  ])('[%s] %s', (lang, body) => {
    expect(verdicts(lang, body, ASK[lang]).commitments).toBe('pass');
  });
});

describe('an emphatic negative that reassures refuses nothing', () => {
  const ASKED: Record<string, string> = {
    en: 'Will I be charged twice for the reorder?',
    it: 'Mi addebiterete due volte?',
    es: '¿Me cobraréis dos veces?',
    fr: 'Vais-je être débité deux fois ?',
    de: 'Werde ich doppelt belastet?',
  };
  it.each([
    ['en', "Under no circumstances will you be charged twice: I've voided the first payment myself."],
    ['it', 'In nessun caso le verrà addebitato due volte: ho già annullato io il primo pagamento.'],
    ['es', 'En ningún caso se te cobrará dos veces: ya he anulado yo el primer pago.'],
    ['fr', "En aucun cas vous ne serez débité deux fois : j'ai déjà annulé le premier paiement."],
    ['de', 'Sie werden in keinem Fall doppelt belastet: Die erste Zahlung habe ich bereits storniert.'],
  ])('[%s] %s', (lang, body) => {
    const r = verdicts(lang, body, ASKED[lang]);
    expect([r.commitments, r.ownership]).toEqual(['na', 'pass']);
  });
});
