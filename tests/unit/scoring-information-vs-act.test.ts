// Information is no promise, and the agent's present tense is an act.
// rubric-guide §4: "you'll find the timetable here", a German modal with a
// passive infinitive ("musste ersetzt werden") and a noun that looks like a
// participle ("chiusura cassa") promise and refuse nothing. rubric-guide §3:
// the first person present of a step the agent takes ("le analizez", "se lo
// digo hoy mismo", "eu ajudo-a") owns it; a third person that shares the
// letters of a first-person past ("a fatura inclui") does not.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a pointer to where something is, or how it happened, promises nothing', () => {
  it.each([
    ['en', 'The courts are open from 7 am to 10 pm. You will find the timetable and the booking form on our website.'],
    ['it', 'I campi sono aperti dalle 7 alle 22. Troverà il calendario e le prenotazioni sul nostro sito.'],
    ['ro', 'Terenurile sunt deschise între 7 și 22. Veți găsi programul și formularul de rezervare pe site.'],
    ['es', 'Las pistas abren de 7 a 22 h. Encontrará el calendario y las reservas en nuestra web.'],
    ['fr', 'Les courts sont ouverts de 7 h à 22 h. Vous trouverez le planning et les réservations sur notre site.'],
    ['de', 'Die Plätze sind von 7 bis 22 Uhr geöffnet. Den Belegungsplan finden Sie auf unserer Website.'],
    ['pt', 'Os campos abrem das 7h às 22h. Encontrará o horário e as reservas no nosso site.'],
    ['de', 'Wie besprochen musste die alte Aluminiumleitung hinter der Steckdosenleiste komplett ersetzt werden.'],
    ['it', 'Nella demo le mostro le comande da palmare, il magazzino e la chiusura cassa.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).commitments).toBe('na');
  });
  it('a promise with a time beside the pointer still counts', () => {
    expect(verdicts('en', "You will find the form on our website, and I'll email you the timetable by 5 pm today.").commitments).toBe('pass');
  });
});

describe("the agent's own present tense owns the step; a look-alike third person does not", () => {
  it.each([
    ['ro', 'Am primit fotografiile. Le analizez cu tehnicianul care a lucrat ieri.'],
    ['es', '¡Qué ilusión, muchas gracias! Se lo digo hoy mismo a Vero.'],
    ['pt', 'Eu ajudo-a a escolher o tamanho do macacão.'],
    ['pt', 'Incluí o desconto de 10 € na próxima fatura.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).ownership).toBe('pass');
  });
  it('pt: "a fatura inclui" is the invoice, not the agent', () => {
    expect(verdicts('pt', 'A fatura inclui um acerto de consumos relativo aos últimos seis meses.').ownership).toBe('fail');
  });
});

describe('"as I explained" is a brush-off, not a step; terms as a shield deflect', () => {
  it.each([
    ['en', "As I explained when you picked it up, Face ID can stop working after a screen replacement. A refund isn't possible."],
    ['ro', 'Cum v-am spus și la telefon, plăcuțele noi scârțâie în primii 100 km, e normal.'],
    ['fr', "Je suis désolée mais l'acompte n'est pas remboursable, comme indiqué dans les conditions générales. En revanche, je peux reporter votre acompte sur 2027."],
    ['pt', 'Como está no contrato que assinou, as pastilhas não estão abrangidas pela garantia. Posso fazer-lhe a troca a preço de custo.'],
  ])('%s: ownership fails', (lang, body) => {
    expect(verdicts(lang, body, 'I want my money back.').ownership).toBe('fail');
  });
  it.each([
    ['it', 'Intanto Le do io un telefono sostitutivo, può passare a prenderlo quando vuole.'],
    ['ro', 'Vineri seară las eu cheia în cutia cu cifru de lângă ușa recepției.'],
  ])('%s: the agent\'s own step owns it', (lang, body) => {
    expect(verdicts(lang, body).ownership).toBe('pass');
  });
});
