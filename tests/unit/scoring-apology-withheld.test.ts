// rubric-guide §1 fails a reply that refuses to apologise; §4 counts a "no"
// to what the customer asks. "I'm not going to apologise for the call-out
// charge, because…" does both: the apology fails, and the agent stands by the
// charge the customer disputes, a no that passes commitments only with
// something done instead ("What I've done is take it down to £40"). "An
// apology is not warranted" refuses the apology without taking a stand of the
// agent's own on a remedy: commitments stays as it was.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const CHARGE: Record<string, string> = {
  en: "Your man spent twenty minutes on the ladder, said nothing needed doing, and now I have an invoice for £85. I'm not happy paying for that.",
  it: 'Per riparare una chiusura mi avete chiesto 60 euro. Mi sembra davvero esagerato, ci sono rimasta male.',
  ro: 'Mi-ați pus pe factură 180 de lei transport pentru 40 de km. Sunt nemulțumit.',
  es: 'Me cobraron 18.000 pesos por ajustar la horma. Me parece un abuso, estoy bastante molesta.',
  fr: 'Vous m’avez compté 19 euros de port pour trente kilomètres. Je ne suis pas content du tout.',
  de: 'Sie haben mir 24 Euro Versand für 20 Kilometer verrechnet. Ich bin wirklich verärgert.',
  pt: 'Cobraram-me 140 euros pela lavagem do tapete. Fiquei bastante desagradado.',
};

// [language, the apology withheld with its reason, what was done instead]
const CASES: [string, string, string][] = [
  ['en', "I'm not going to apologise for the call-out charge itself, because Tom did check every metre of that ridge.", "What I've done is take the charge down to £40 this morning."],
  ['it', 'Sul prezzo della riparazione non le chiederò scusa: la chiusura è stata rifatta a mano.', 'Per questo le ho già rimborsato stamattina i 12 euro della spedizione.'],
  ['ro', 'Pentru taxa de transport nu o să-mi cer scuze, fiindcă pentru scândurile lungi trebuie trimis camionul mare.', 'De aceea v-am scăzut azi-dimineață 60 de lei din factură.'],
  ['es', 'Por el ajuste de horma no le voy a pedir disculpas, porque lleva medio día de trabajo.', 'Por eso esta mañana le devolví la mitad a la misma tarjeta.'],
  ['fr', 'Pour les frais de port, je ne vais pas m’excuser : les paniers partent en colis encombrant.', 'C’est pourquoi je vous ai remboursé ce matin 10 euros sur votre compte.'],
  ['de', 'Für die Versandkosten werde ich mich nicht entschuldigen, weil der Stoffballen als Sperrgut verschickt werden muss.', 'Deshalb habe ich Ihnen heute Vormittag 12 Euro zurücküberwiesen.'],
  ['pt', 'Pelo preço da lavagem não lhe vou pedir desculpa, porque um tapete antigo é lavado à mão.', 'Por isso devolvi-lhe esta manhã 30 euros por transferência.'],
];

describe('an apology withheld in the first person', () => {
  it.each(CASES)('%s: fails the apology; with something done instead, passes commitments', (lang, withheld, instead) => {
    const r = verdicts(lang, `${withheld} ${instead}`, CHARGE[lang]);
    expect([r.apology, r.commitments]).toEqual(['fail', 'pass']);
  });

  it.each(CASES)('%s: alone, it is a flat no', (lang, withheld) => {
    const r = verdicts(lang, withheld, CHARGE[lang]);
    expect([r.apology, r.commitments]).toEqual(['fail', 'fail']);
  });
});

describe('"an apology is not warranted" takes no stand on a remedy', () => {
  it('commitments stays na when nothing is promised or refused', () => {
    const r = verdicts('de', 'Eine Entschuldigung ist hier nicht angebracht, denn der Fehler liegt beim Hersteller. Bitte wenden Sie sich an dessen Kundendienst.', 'Die Bremse am Kinderwagen hält nicht mehr. Was soll ich tun?');
    expect([r.apology, r.commitments]).toEqual(['fail', 'na']);
  });
});
