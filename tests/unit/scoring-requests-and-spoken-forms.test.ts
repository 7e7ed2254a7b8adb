// Found in a blind set of replies typed as real agents type them (holdout22):
// - a customer asking to change a plan ("can we come at 10 instead of 4?")
//   asks; the "instead of" of a wrong delivery reports a trouble, this one does not;
// - "no repartimos fuera de Madrid", "non consegniamo fuori città": a "we
//   don't deliver there" to a customer who asked is a no (rubric-guide §4);
// - the agent's own step in forms the packs missed: German "Was ich machen
//   kann: …", Portuguese "fico eu com as crianças" (the subject after the
//   verb), Spanish "te e echo un abono" ("he hecho" without its silent h).
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a request to change a plan is no trouble', () => {
  it.each([
    ['en', 'Can we check in at 10am instead of 4pm? We arrive on the night train.'],
    ['es', '¿Podemos entrar en el apartamento a las 10 en vez de a las 16? Llegamos en el tren nocturno.'],
    ['fr', 'Peut-on arriver à 10 h au lieu de 16 h ? Nous arrivons par le train de nuit.'],
    ['pt', 'Podemos entrar no apartamento às 10 em vez das 16? Chegamos no comboio noturno.'],
    ['it', "Possiamo entrare nell'appartamento alle 10 invece che alle 16? Arriviamo col treno notturno."],
    ['ro', 'Putem intra în apartament la ora 10 în loc de 16? Ajungem cu trenul de noapte.'],
    ['de', 'Können wir um 10 Uhr statt um 16 Uhr einchecken? Wir kommen mit dem Nachtzug.'],
  ])('%s: apology and empathy do not apply', (lang, customer) => {
    const v = verdicts(lang, lang === 'en' ? 'Yes, I have moved your check-in to 10am on Saturday.' : 'OK.', customer);
    expect([v.apology, v.empathy]).toEqual(['na', 'na']);
  });

  it('en: a wrong delivery "instead of" the right one still reports a trouble', () => {
    const v = verdicts('en', 'I have sent the right size today.', 'You sent me a medium instead of the large I ordered.');
    expect(v.apology).toBe('fail');
  });
});

describe('"we don\'t deliver there" to a customer who asked is a no', () => {
  it.each([
    ['es', 'Te devuelvo hoy mismo los 24 € a la tarjeta.\n\nSobre Alcobendas: no repartimos fuera de Madrid capital.', 'No llegó el chocolate. ¿Repartís en Alcobendas?'],
    ['it', 'Le rimborso oggi i 24 €.\n\nPer Monza: non portiamo fuori Milano.', 'Non è arrivata la torta. Consegnate anche a Monza?'],
  ])('%s: commitments fail without an alternative', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).commitments).toBe('fail');
  });
});

describe("the agent's own step", () => {
  it.each([
    ['de', 'Bis Donnerstag schaffe ich die Gravur leider nicht. Was ich machen kann: zehn Harmonikas mit Ihrem Namen gravieren, fertig bis Mittwochabend.'],
    ['pt', 'A partir de segunda-feira, 12 de junho, fico eu com as crianças na sala até cada pai chegar.'],
    ['es', 'Te e echo un abono de 12,40 € en la app, ya lo tienes disponible.'],
  ])('%s: owns the step (ownership pass)', (lang, body) => {
    expect(verdicts(lang, body, null).ownership).toBe('pass');
  });
});

describe('more forms read from holdout22', () => {
  it('en: "That\'s our store policy" and "we can\'t be held responsible" deflect, even beside an I-action', () => {
    expect(verdicts('en', "I've refunded the crickets today. The terrarium can't be returned: that's our store policy, sorry.", 'The crickets arrived dead.').ownership).toBe('fail');
    expect(verdicts('en', "We can't be held responsible when a driver is late. I have booked you a new slot for Friday at 9am.", 'The driver never came.').ownership).toBe('fail');
  });

  it('it: "il ritardo è nostro e me ne scuso" apologises', () => {
    expect(verdicts('it', 'Ha ragione, il ritardo è nostro e me ne scuso. Le ho fatto oggi il bonifico della cauzione.', 'La cauzione non mi è ancora stata restituita.').apology).toBe('pass');
  });

  it('it: "quattro giorni senza acqua calda … sono davvero tanti" is empathy', () => {
    expect(verdicts('it', 'Mi dispiace per la caldaia: quattro giorni senza acqua calda con due bambini piccoli sono davvero tanti. Il tecnico viene domani tra le 9 e le 12.', 'La caldaia è rotta da quattro giorni.').empathy).toBe('pass');
  });

  it('de: "dass nervt natürlich" (das typed as dass) is empathy', () => {
    expect(verdicts('de', 'Tut mir leid, dass die Lampen seit Montag flackern, dass nervt natürlich jeden Abend. Ich komme am Donnerstag um 10 Uhr vorbei.', 'Seit Montag flackern die Lampen.').empathy).toBe('pass');
  });

  it('en: "Are you happy for us to go with a full replacement?" checks the solution', () => {
    expect(verdicts('en', "I've sent the photos to the stonemason and he fits the new worktop on Monday at 9am. Are you happy for us to go with a full replacement rather than a repair?", 'The worktop is cracked.').satisfaction_check).toBe('pass');
  });
});

describe('troubles the customer reports in a plain sentence', () => {
  it.each([
    ['es', 'Abrí una botella de vermut hace dos meses y ahora sabe raro, como avinagrado. ¿Es normal?'],
    ['it', 'Il vino che ho comprato sa di tappo. È normale?'],
    ['pt', 'O sumo que comprei tem um gosto estranho. É normal?'],
    ['fr', 'Le cidre a un goût de vinaigre. Est-ce normal ?'],
    ['de', 'Der Saft schmeckt komisch. Ist das normal?'],
    ['ro', 'Sucul are un gust ciudat. Este normal?'],
    ['fr', "J'ai payé hier soir mais je n'ai reçu aucun e-mail de confirmation. Ma réservation est-elle prise ?"],
    ['it', 'Con questo caldo le chiavi del clarinetto restano incollate. Cosa posso fare?'],
  ])('%s: %s', (lang, customer) => {
    const v = verdicts(lang, 'OK.', customer);
    expect([v.apology, v.empathy]).toEqual(['fail', 'fail']);
  });
});

describe('formal mail from public services (holdout23)', () => {
  it.each([
    ['en', 'I rang on Monday and the man on the phone said "nothing can be done". Is that really it?'],
    ['en', 'My single person discount has been taken off and my bill has gone up by £41 a month. Nobody asked me anything.'],
    ['fr', "On me facture deux abonnements depuis janvier. J'ai envoyé l'acte de vente deux fois."],
    ['de', 'Ich bin gesetzlich versichert und habe trotzdem eine Privatrechnung über 860 Euro bekommen.'],
  ])('%s: reports a trouble (apology applies): %s', (lang, customer) => {
    expect(verdicts(lang, 'OK.', customer).apology).toBe('fail');
  });

  it('de: "wir bitten, die entstandenen Unannehmlichkeiten zu entschuldigen" apologises', () => {
    expect(verdicts('de', 'Wir bitten, die entstandenen Unannehmlichkeiten zu entschuldigen. Die Rechnung habe ich storniert.', 'Die Rechnung ist falsch.').apology).toBe('pass');
  });

  it.each([
    ['es', 'Sentimos las molestias. Desde esta oficina no podemos hacer nada hasta recibir el informe del perito.', 'Hace un mes que no tengo cocina.'],
    ['en', "We're sorry for the trouble. We can't do anything until the assessor's report arrives.", 'I have had no kitchen for a month.'],
  ])('%s: "we can\'t do anything until…" is a wait, not a no that undercuts the apology', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).apology).toBe('pass');
  });
});
