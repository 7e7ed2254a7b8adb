// rubric-guide §1-3. "Sorry for the inconvenience. As clearly stated in your
// confirmation, …" is the guide's own example of an apology undercut by
// blame: the rule shown "clearly" where the customer should have read it, or
// the duty laid on them ("bisognava essere presenti", "Sie hätten … angeben
// müssen"), in the next sentence takes the apology back and fails empathy.
// "It's company policy" / "è la politica della bottega" as the reason
// deflects (ownership fails). (holdout17 slots 5 and 7 read these.)
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('an apology followed by the rule the customer should have read', () => {
  it.each([
    ['it', 'Il pacco torna indietro e nessuno mi ha avvisato!', "Ci scusiamo per l'inconveniente. Come indicato chiaramente nella mail di spedizione, il giorno di consegna le era stato comunicato e bisognava essere presenti. Ho riprogrammato la consegna per martedì 14 marzo tra le 9 e le 13."],
    ['de', 'Die Spedition hat das Fass wieder mitgenommen! Warum sagt mir keiner Bescheid?', 'Entschuldigen Sie die Unannehmlichkeiten. Allerdings stand der Liefertag klar in der Versandbestätigung, und Sie hätten dort einen Ablageort oder einen Wunschtermin angeben müssen. Ich habe die Zustellung für Donnerstag, 9. März, neu gebucht.'],
    ['pt', 'A encomenda voltou para trás! Que falta de profissionalismo.', 'Pedimos desculpa pelo incómodo. No entanto, como está indicado claramente no formulário de encomenda, a morada tem de incluir o andar, e o senhor não os preencheu. Já reenviei a encomenda.'],
    ['ro', 'Plăcuțele nu se potrivesc! Mașina stă în service.', 'Ne pare rău pentru neplăcere. Totuși, pe pagina produsului scrie clar că plăcuțele se aleg după seria de șasiu, iar dumneavoastră ați ales varianta pentru motorul de 1.2. Am verificat fișa comenzii.'],
  ])('%s: apology and empathy fail', (lang, customer, body) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['fail', 'fail']);
  });
});

describe('the rule named as the reason deflects', () => {
  it.each([
    ['en', "I've rebooked the delivery for Thursday. That is company policy, I'm afraid: the second delivery is charged."],
    ['it', 'Ho riprogrammato la consegna per martedì. Inoltre è una regola della casa che la seconda consegna sia a carico del cliente.'],
    ['es', 'He reprogramado la entrega para el martes. Es una norma de la casa que la segunda entrega la pague el cliente.'],
    ['pt', 'Reagendei a entrega para terça-feira. É uma regra da casa que a segunda entrega é paga pelo cliente.'],
    ['ro', 'Am reprogramat livrarea pentru marți. Este regula casei ca a doua livrare să fie plătită de client.'],
  ])('%s: ownership fails beside the act', (lang, body) => {
    expect(verdicts(lang, body, 'The parcel went back to the depot.').ownership).toBe('fail');
  });
});

describe('"però le condizioni…" is no alternative', () => {
  it('it: a flat no behind the conditions fails commitments', () => {
    const body = "Mi dispiace, ma l'acconto non è rimborsabile. Capisco, però le condizioni che ha firmato parlano chiaro: dopo dieci giorni l'acconto resta alla bottega.";
    expect(verdicts('it', body, 'Mi trattenete 150 euro di acconto? Una vergogna.').commitments).toBe('fail');
  });

  it('it: "però le propongo…" still is', () => {
    const body = "Mi dispiace, ma l'acconto non è rimborsabile. Però le propongo di tenerlo come credito per un altro mobile fino al 31 dicembre.";
    expect(verdicts('it', body, 'Mi trattenete 150 euro di acconto? Una vergogna.').commitments).toBe('pass');
  });
});

// holdout18 slots 7, 10, 12: "I'm doing my best" beside the act is an excuse
// (ownership fails) in German, Italian and Portuguese as in English; "te
// garantizo que … nunca", "Garantimos que isso não vai mais acontecer" are
// absolute guarantees; "aren't something we offer" is a no; a booking moved
// in the passive with its date is a promise already arranged.
describe('excuses, guarantees, a no, a passive booking', () => {
  it.each([
    ['de', 'Ich tue, was ich kann, aber in der Muttertagswoche bin ich allein im Geschäft. Ich habe die Lieferung auf Dienstag, 23. Mai, verschoben.'],
    ['it', 'Faccio del mio meglio, ma siamo in due. Ho spostato la consegna a martedì 23 maggio.'],
    ['pt', 'Faço o que posso, mas estou sozinho na loja. Remarquei a entrega para terça-feira, 23 de maio.'],
  ])('%s: "doing my best" fails ownership', (lang, body) => {
    expect(verdicts(lang, body, 'Third email about this. Nobody answers.').ownership).toBe('fail');
  });

  it.each([
    ['es', 'Te cambio la alfombra entera: sale de aquí el martes 16 de mayo. Te garantizo que esta no se te va a deshacer nunca.', 'Es la segunda vez que la alfombra se me deshace.'],
    ['pt', 'As fotos foram reenviadas hoje para o e-mail da escola. Garantimos que isso não vai mais acontecer.', 'De novo as fotos não chegaram.'],
  ])('%s: an absolute guarantee fails commitments', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).commitments).toBe('fail');
  });

  it('en: "aren\'t something we offer" is a flat no', () => {
    const v = verdicts('en', "Unfortunately same-day restrings aren't something we offer. All rackets are returned within three working days.", 'Could you do a same-day restring?');
    expect([v.apology, v.commitments]).toEqual(['na', 'fail']);
  });

  it('fr: a booking moved in the passive with its date is arranged', () => {
    expect(verdicts('fr', 'Votre lift a été déplacé au lundi 22 mai à 8 h, rue Royale 131.', 'Troisième mail pour déplacer le lift.').commitments).toBe('pass');
  });
});
