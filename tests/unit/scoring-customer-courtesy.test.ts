// rubric-guide §1-2 on the customer's courtesy: "sorry to bother you" (and
// "scusate il disturbo", "scuze de deranj", "perdone la molestia", "désolé de
// vous déranger", "entschuldigen Sie die Störung", "desculpe incomodar") is
// politeness, not a complaint, and its own words ("disturbo", "Störung") are no
// trouble. A real problem stated after it is still a problem, so apology and
// empathy apply. A plain question after the courtesy, or a "can't find it" the
// customer takes on themselves ("it's surely on the website but I can't find
// it"), stays a question: na.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();

function applies(language: string, quoted: string, text: string) {
  const out = scoreReply({ text, quoted, language }, rubric);
  return `apology ${out.criteria.apology.verdict === 'na' ? 'na' : 'applies'}`;
}

// [language, customer, reply, apology applies?]
const CASES: [string, string, string, 'na' | 'applies'][] = [
  ['en', 'Sorry to bother you, but my card was charged twice for order 4411.', 'Hi Ann,\n\nI have refunded the second charge today; it will show on your statement by Friday.\n\nBest,\nJo', 'applies'],
  ['en', 'Sorry to bother you again. The replacement kettle you sent is leaking as well.', 'Hi Ann,\n\nI will send you a different model today by express courier.\n\nBest,\nJo', 'applies'],
  ['en', 'Sorry to bother you, how do I change the delivery address on my account?', 'Hi Ann,\n\nYou can change it under Account > Addresses.\n\nBest,\nJo', 'na'],
  ['it', 'Scusate il disturbo, ma mi avete addebitato due volte la bolletta di marzo.', 'Buongiorno,\n\nho annullato io il secondo addebito oggi: lo rivedrà sul conto entro venerdì.\n\nCordiali saluti,\nGiulia', 'applies'],
  ['it', 'Scusate il disturbo, come faccio a scaricare le fatture in PDF?', 'Buongiorno,\n\nle trova nella sezione Documenti dell\'area clienti.\n\nCordiali saluti,\nGiulia', 'na'],
  ['ro', 'Scuze de deranj, dar mi-ați retras de două ori banii pentru abonament.', 'Bună ziua,\n\nAm anulat eu a doua plată astăzi; banii vor intra în cont până vineri.\n\nCu stimă,\nIoana', 'applies'],
  ['ro', 'Scuze de deranj, cum pot schimba adresa de livrare?', 'Bună ziua,\n\nO puteți schimba din contul dumneavoastră, la secțiunea Adrese.\n\nCu stimă,\nIoana', 'na'],
  ['es', 'Perdone la molestia, pero el paquete llegó roto y falta una pieza.', 'Hola:\n\nTe he enviado hoy una pieza nueva por mensajería urgente; la tendrás el jueves.\n\nUn saludo,\nLucía', 'applies'],
  ['es', 'Perdonen la molestia, seguramente ya lo ponga en la web pero no lo encuentro: ¿puedo cambiar la fecha del vuelo?', 'Hola:\n\nSí, puede cambiarla desde Mis reservas sin coste hasta 24 horas antes.\n\nUn saludo,\nLucía', 'na'],
  ['fr', 'Désolé de vous déranger, mais ma carte ne fonctionne toujours pas en paiement sans contact.', 'Bonjour,\n\nJe vous envoie aujourd\'hui une nouvelle carte ; vous la recevrez d\'ici vendredi.\n\nCordialement,\nClaire', 'applies'],
  ['fr', 'Désolé de vous déranger, comment puis-je télécharger mes factures ?', 'Bonjour,\n\nVous les trouverez dans votre espace client, rubrique Factures.\n\nCordialement,\nClaire', 'na'],
  ['de', 'Entschuldigen Sie die Störung, aber mir wurde die Rechnung für März doppelt abgebucht.', 'Guten Tag,\n\nich habe die zweite Abbuchung heute storniert; das Geld ist bis Freitag auf Ihrem Konto.\n\nMit freundlichen Grüßen\nSabine', 'applies'],
  ['de', 'Entschuldigen Sie bitte die Störung. Wie kann ich meine Adresse ändern?', 'Guten Tag,\n\nSie können sie in Ihrem Kundenkonto unter Adressen ändern.\n\nMit freundlichen Grüßen\nSabine', 'na'],
  ['pt', 'Desculpe incomodar, mas a encomenda chegou danificada.', 'Olá,\n\nEnviei-lhe hoje uma encomenda nova; vai recebê-la até sexta-feira.\n\nCumprimentos,\nRita', 'applies'],
  ['pt', 'Desculpe incomodar, mas queria saber se consigo agendar um Pix pelo app.', 'Olá,\n\nSim, no app escolha Pix e depois Agendar.\n\nCumprimentos,\nRita', 'na'],
];

describe('a courteous "sorry to bother you" neither makes nor erases a problem', () => {
  for (const [lang, quoted, text, want] of CASES) {
    it(`${lang}: ${quoted.slice(0, 60)}`, () => {
      expect(applies(lang, quoted, text)).toBe(`apology ${want}`);
    });
  }
});
