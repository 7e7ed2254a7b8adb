// rubric-guide §1-2: the apology and empathy apply when the customer reports
// a problem or dissatisfaction. Complaints often name no broken thing: a
// step taken without asking them, a call that never came, a machine out of
// order, less than they expected, feeling cheated, a decision they ask us to
// reconsider, a cancellation of ours, a part that does not fit. An illness of
// the customer's own is a misfortune: empathy applies, the apology does not.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

// A reply with an owned step and no apology: the apology fails where it applies.
const BODY: Record<string, string> = {
  en: "I've checked your account and noted everything.",
  it: 'Ho controllato la sua pratica e ho preso nota di tutto.',
  ro: 'Am verificat contul dumneavoastră și am notat totul.',
  es: 'He revisado su cuenta y lo he anotado todo.',
  fr: "J'ai vérifié votre dossier et j'ai tout noté.",
  de: 'Ich habe Ihr Konto geprüft und alles notiert.',
  pt: 'Verifiquei a sua conta e anotei tudo.',
};

const COMPLAINTS: [string, string][] = [
  ['en', 'The parcel was left at a pickup point 5 km away without asking me.'],
  ['en', 'You changed my plan without my consent.'],
  ['en', "The driver didn't call before coming, as your site says he would."],
  ['en', 'The lift has been out of order for two weeks.'],
  ['en', 'For that price I expected better.'],
  ['en', 'I feel cheated by your salesman.'],
  ['en', 'I ask you to reconsider the decision.'],
  ['en', 'You cancelled my lesson three times.'],
  ['en', "The new part doesn't fit."],
  ['it', 'Il pacco è stato lasciato in un locker a 5 km senza chiedermi nulla.'],
  ['it', 'Il corriere non mi ha chiamato prima, come scrivete sul sito.'],
  ['it', "L'ascensore è fuori servizio da due settimane."],
  ['it', 'Per quel prezzo mi aspettavo di meglio.'],
  ['it', 'Mi sento preso in giro.'],
  ['it', 'Non capisco il motivo e vi chiedo di riconsiderare la decisione.'],
  ['it', 'Avete annullato la mia lezione tre volte.'],
  ['it', 'Il pezzo nuovo non entra.'],
  ['ro', 'Coletul a fost lăsat la un easybox la 5 km fără să mă întrebe nimeni.'],
  ['ro', 'Mi-ați schimbat abonamentul fără acordul meu.'],
  ['ro', 'Curierul nu m-a sunat înainte, cum scrie pe site.'],
  ['ro', 'Pentru prețul ăsta mă așteptam la mai mult.'],
  ['ro', 'Mă simt înșelat.'],
  ['ro', 'Vă rog să reconsiderați decizia.'],
  ['ro', 'Mi-ați anulat ședința de trei ori.'],
  ['ro', 'Piesa nouă nu se potrivește.'],
  ['es', 'Dejaron el paquete en un locker a 5 km sin preguntarme.'],
  ['es', 'El repartidor no me llamó antes, como dice vuestra web.'],
  ['es', 'Por ese precio esperaba algo mejor.'],
  ['es', 'Me siento engañado.'],
  ['es', 'No entiendo el motivo y solicito que se reconsidere.'],
  ['es', 'Me cancelaron la clase tres veces.'],
  ['es', 'La pieza nueva no encaja.'],
  ['fr', 'Le colis a été déposé dans un point relais à 5 km sans me demander.'],
  ['fr', "Le livreur ne m'a pas appelé avant, comme indiqué sur votre site."],
  ['fr', "L'ascenseur est hors service depuis deux semaines."],
  ['fr', "Pour ce prix je m'attendais à mieux."],
  ['fr', 'Je me sens trompé.'],
  ['fr', 'Je vous demande de revoir la décision.'],
  ['fr', 'Vous avez annulé mon cours trois fois.'],
  ['fr', 'La nouvelle pièce ne rentre pas.'],
  ['de', 'Sie haben meinen Tarif ohne meine Zustimmung geändert.'],
  ['de', 'Der Fahrer hat mich vorher nicht angerufen, wie es auf Ihrer Seite steht.'],
  ['de', 'Für den Preis hätte ich mehr erwartet.'],
  ['de', 'Ich fühle mich betrogen.'],
  ['de', 'Ich verstehe den Grund nicht und bitte Sie, die Entscheidung zu überdenken.'],
  ['de', 'Alle drei Termine wurden von Ihnen abgesagt.'],
  ['de', 'Das neue Ersatzteil passt nicht.'],
  ['pt', 'A encomenda foi entregue num cacifo a 5 km sem eu pedir.'],
  ['pt', 'Mudaram o meu tarifário sem o meu consentimento.'],
  ['pt', 'O estafeta não me ligou antes, como diz o vosso site.'],
  ['pt', 'Por esse preço esperava melhor.'],
  ['pt', 'Me sinto enganado.'],
  ['pt', 'Peço que reconsiderem a decisão.'],
  ['pt', 'Vocês cancelaram a minha aula três vezes.'],
  ['pt', 'A peça nova não serve.'],
];

const ILLNESS: [string, string][] = [
  ['en', 'I got sick and missed the class. Can I move to next week?'],
  ['it', 'Sono stata male e ho saltato la lezione. Posso recuperarla la settimana prossima?'],
  ['ro', 'M-am îmbolnăvit și n-am putut veni la curs. Pot să-l recuperez săptămâna viitoare?'],
  ['es', 'Estuve enferma y no pude ir a la clase. ¿Puedo recuperarla la semana que viene?'],
  ['fr', 'Je suis tombée malade et je n’ai pas pu venir au cours. Puis-je le rattraper la semaine prochaine ?'],
  ['de', 'Ich bin krank geworden und konnte nicht zum Kurs kommen. Kann ich ihn nächste Woche nachholen?'],
  ['pt', 'Fiquei doente e não pude ir à aula. Posso repor na próxima semana?'],
];

describe('complaints that name no broken thing', () => {
  it.each(COMPLAINTS)('%s: "%s" makes the apology apply', (lang, customer) => {
    expect(verdicts(lang, BODY[lang], customer).apology).toBe('fail');
  });

  it.each(Object.keys(BODY))('%s: a plain question still needs no apology', (lang) => {
    const question = { en: 'What time do you open on Saturday?', it: 'A che ora aprite sabato?', ro: 'La ce oră deschideți sâmbătă?', es: '¿A qué hora abrís el sábado?', fr: 'Vous ouvrez à quelle heure samedi ?', de: 'Wann öffnen Sie am Samstag?', pt: 'A que horas abrem no sábado?' }[lang]!;
    expect(verdicts(lang, BODY[lang], question).apology).toBe('na');
  });
});

describe("the customer's own illness", () => {
  it.each(ILLNESS)('%s: is a misfortune: empathy applies, the apology does not', (lang, customer) => {
    const v = verdicts(lang, BODY[lang], customer);
    expect(v.apology).toBe('na');
    expect(v.empathy).toBe('fail');
  });
});

describe('a fault named by what it does', () => {
  it.each([
    ['en', "The softener you fitted last month is dripping from the bottom. There's a puddle in the cupboard."],
    ['de', 'Ihr Gerüst an unserem Haus wackelt im Wind, und heute ist ein Brett auf den Gehweg gefallen.'],
    ['fr', "J'ai reçu mon colis d'escargots et le carton était tiède, il n'y avait plus de glace dedans."],
    ['ro', 'Interfonul montat de voi luna trecută nu mai deschide ușa blocului de aseară.'],
    ['it', 'Il rubinetto che avete montato gocciola e sotto il lavello si forma una pozza.'],
    ['es', 'El grifo que instalasteis gotea y se forma un charco debajo del fregadero.'],
    ['pt', 'A torneira que montaram pinga e fica uma poça debaixo do lava-loiça.'],
  ])('%s: makes the apology apply', (lang, customer) => {
    expect(verdicts(lang, BODY[lang], customer).apology).toBe('fail');
  });
});

describe('an accident, a robbery, an injury of the customer’s own', () => {
  it.each([
    ['en', 'I had a small car accident and cannot drive for a few weeks. Can I leave the mower with you?'],
    ['ro', 'Am avut un mic accident cu mașina și nu pot conduce câteva săptămâni. Pot să o las la voi?'],
    ['pt', 'Fui assaltada semana passada e levaram minha bolsa com o uniforme. Tem como comprar outro?'],
    ['es', 'Me robaron la mochila con el uniforme. ¿Puedo comprar otro?'],
    ['fr', "J'ai eu un petit accident de voiture et je ne peux pas conduire. Puis-je laisser la tondeuse chez vous ?"],
    ['it', 'Ho avuto un piccolo incidente in macchina e non posso guidare. Posso lasciare il tosaerba da voi?'],
  ])('%s: is a misfortune: the apology does not apply', (lang, customer) => {
    expect(verdicts(lang, BODY[lang], customer).apology).toBe('na');
  });
});
