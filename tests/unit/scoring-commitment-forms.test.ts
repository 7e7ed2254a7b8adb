// rubric-guide §4 forms met in everyday mail: a booking moved to a day is a
// promise already arranged, dated; what the agent can do once the customer
// chooses is an offer; a guarantee of how long something will last is
// absolute; "I'm sure they'll give it to you" promises someone else's
// decision; refusals as people word them, and an alternative offered with
// "gern biete ich Ihnen … an".
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const ASK: Record<string, string> = {
  en: 'Can you move my session, and will you cover the cleaning?',
  it: 'Il pianoforte si è già scordato, mi rimborsate la spedizione?',
  es: '¿Puedo reservar una parcela junto al río? La batería me dejó tirado.',
  fr: 'Combien pour un ressemelage ?',
  de: 'Können Sie mir einen früheren Termin geben? Ich brauche die Übersetzung bis morgen.',
  ro: 'Pot aduce frigiderul sâmbătă?',
};

describe('commitments', () => {
  it.each([
    ['en', "I've moved your session from this Saturday to Thursday 3 December at 2pm.", 'pass'],
    ['fr', 'Si vous me les déposez avant samedi, je peux vous les rendre le mardi 8 décembre.', 'na'],
    ['ro', 'Dacă doriți, pot trimite mașina noastră să ridice aparatele luni sau marți între 10 și 14.', 'na'],
    ['it', 'Passo io martedì alle 14. Le garantisco che dopo questa accordatura resterà perfetto per almeno un anno.', 'fail'],
    ['es', 'Mañana a las 9 te paso a buscar el auto. Te garantizo que con la batería nueva no vas a tener ningún problema más.', 'fail'],
    ['it', 'Ti ristampo le magliette oggi. Per il rimborso serve l\'ok dell\'amministrazione, ma sono sicuro che te lo daranno.', 'fail'],
    ['en', "We won't be covering the carpet cleaning invoice.", 'fail'],
    ['en', "We won't be covering the carpet cleaning invoice. As a goodwill gesture we can offer 10% off your next sweep.", 'pass'],
    ['es', 'Las parcelas junto al río se asignan por orden de llegada, no se reservan.', 'fail'],
    ['de', 'Einen früheren Termin gibt es nicht.', 'fail'],
    ['de', 'Bis morgen ist eine beglaubigte Übersetzung nicht machbar.', 'fail'],
    ['de', 'Eine Erstattung ist nicht möglich. Gern biete ich Ihnen zwei Plätze der Kategorie 1 zum Preis der Kategorie 3 an.', 'pass'],
  ])('%s: %s → %s', (lang, body, verdict) => {
    expect(verdicts(lang, body, ASK[lang]).commitments).toBe(verdict);
  });
});

// rubric-guide §4: a promise of someone else's decision, in the periphrastic
// future people use for it ("je suis certaine qu'il va accepter", "tenho
// certeza de que vão liberar", "estoy segura de que lo van a aprobar").
describe("someone else's decision promised in the near future", () => {
  it.each([
    ['fr', "J'en ai parlé à mon directeur et je suis certaine qu'il va accepter."],
    ['pt', 'Já conversei com a gerência e tenho certeza de que vão liberar a troca.'],
    ['es', 'Hablé con mi jefa y estoy segura de que lo van a aprobar.'],
    ['it', 'Ne ho parlato con la direzione e sono sicura che approveranno il rimborso.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, 'Je veux être remboursé.').commitments).toBe('fail');
  });
});

// rubric-guide §4: "non posso che scusarmi" refuses nothing; "Refunds aren't
// possible" refuses; part of the remedy already given in the sentence before
// the no is its alternative.
describe('refusals: litotes, plural forms, a remedy given just before', () => {
  it.each([
    ['it', "Non posso che scusarmi per l'informazione sbagliata, che ho corretto stamattina.", 'na'],
    ['en', "Refunds aren't possible for safety cancellations.", 'fail'],
    ['en', "Refunds aren't possible for safety cancellations. Instead, your four tickets can be used for any public session until 31 January.", 'pass'],
    ['it', 'Le ho già disposto un rimborso del 50%, che vedrà sulla carta entro 5 giorni lavorativi. Il rimborso totale non è possibile.', 'pass'],
  ])('%s: %s → %s', (lang, body, verdict) => {
    expect(verdicts(lang, body, 'Voglio il rimborso.').commitments).toBe(verdict);
  });
});

// rubric-guide §4: a no in the impersonal or the passive ("non si rimborsano",
// "não se reembolsam", "ne sont pas remboursés", "are not refunded") refuses;
// "não é aceitável" (it is not acceptable) refuses nothing.
describe('refusals in the impersonal and the passive', () => {
  it.each([
    ['it', 'Le lezioni annullate per maltempo non si rimborsano.', 'fail'],
    ['pt', 'As visitas realizadas não se reembolsam.', 'fail'],
    ['fr', 'Les cours annulés pour cause de météo ne sont pas remboursés.', 'fail'],
    ['en', 'Lessons cancelled for bad weather are not refunded.', 'fail'],
    ['pt', 'Peço desculpa: um cancelamento de última hora não é aceitável.', 'na'],
  ])('%s: %s → %s', (lang, body, verdict) => {
    expect(verdicts(lang, body, 'Quero o reembolso.').commitments).toBe(verdict);
  });
});
