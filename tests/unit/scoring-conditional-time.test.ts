// rubric-guide §4 on times that are not "soon": a time tied to an event ("as
// soon as they reply", "appena ricevo", "imediat ce primim", "en cuanto me
// respondan", "dès qu'ils répondent", "sobald wir … haben", "assim que
// recebermos") names no time. Beside a real time frame the promise is
// concrete (pass); alone it is as vague as "soon" (fail); tied to the
// customer's own answer it is an offer (na). "As soon as possible" stays vague.
// And the morning is not tomorrow: "esta mañana", "por la mañana", "heute
// Morgen" neither promise a time nor block a real promise in their clause.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const CUSTOMER = 'My refund still has not arrived.';
type V = 'pass' | 'fail' | 'na';

// [language, body of the reply, commitments]
const CASES: [string, string, V][] = [
  ['en', "I've asked the warehouse to confirm the return. As soon as they reply I'll email you, at the latest by noon tomorrow.", 'pass'],
  ['en', "I've asked the warehouse to confirm the return. I'll email you as soon as they reply.", 'fail'],
  ['en', "I'll email you as soon as possible.", 'fail'],
  ['it', 'Ho chiesto al magazzino di confermare il reso. Appena mi rispondono le scrivo, al più tardi domani entro le 12.', 'pass'],
  ['it', 'Ho chiesto al magazzino di confermare il reso. Le scriverò appena avrò notizie.', 'fail'],
  ['ro', 'Am cerut depozitului să confirme returul. Imediat ce primim răspunsul vă scriu, cel târziu mâine până la ora 12.', 'pass'],
  ['ro', 'Am cerut depozitului să confirme returul. Vă voi scrie imediat ce vom avea noutăți.', 'fail'],
  ['es', 'He pedido al almacén que confirme la devolución. En cuanto me respondan te escribo, como muy tarde mañana antes de las 12:00.', 'pass'],
  ['es', 'He pedido al almacén que confirme la devolución. Te escribiré en cuanto tengamos noticias.', 'fail'],
  ['fr', "J'ai demandé à l'entrepôt de confirmer le retour. Dès qu'ils répondent, je vous écris, au plus tard demain avant midi.", 'pass'],
  ['fr', "J'ai demandé à l'entrepôt de confirmer le retour. Je vous écrirai dès que nous aurons des nouvelles.", 'fail'],
  ['de', 'Ich habe das Lager gebeten, die Rücksendung zu bestätigen. Sobald wir eine Antwort haben, schreibe ich Ihnen, spätestens morgen bis 12 Uhr.', 'pass'],
  ['de', 'Ich habe das Lager gebeten, die Rücksendung zu bestätigen. Ich werde Ihnen schreiben, sobald wir mehr wissen.', 'fail'],
  ['de', 'Schicken Sie mir bitte ein Foto. Sobald ich es habe, veranlasse ich den Austausch.', 'na'],
  ['de', 'Ich habe den Gutschein vorbereitet; sobald Sie zustimmen, schicke ich ihn Ihnen noch am selben Tag.', 'pass'],
  ['pt', 'Pedi ao armazém que confirmasse a devolução. Assim que me responderem escrevo-lhe, o mais tardar amanhã até às 12h.', 'pass'],
  ['pt', 'Pedi ao armazém que confirmasse a devolução. Vou escrever-lhe assim que tivermos notícias.', 'fail'],
  // the morning is not tomorrow, and does not hide a promise
  ['es', 'He hablado esta mañana con el almacén y te enviaré el reembolso el viernes.', 'pass'],
  ['es', 'He hablado esta mañana con el almacén y te enviaré el reembolso pronto.', 'fail'],
  ['es', 'He hablado esta mañana con el almacén y el reembolso ya está hecho.', 'na'],
  ['es', 'Te llamo mañana por la mañana.', 'pass'],
  ['de', 'Ich habe heute Morgen mit dem Lager gesprochen und schicke Ihnen die Erstattung am Freitag.', 'pass'],
  ['de', 'Ich habe heute Morgen mit dem Lager gesprochen und werde mich bald melden.', 'fail'],
  ['it', 'Stamattina ho parlato con il magazzino e le invierò il rimborso venerdì.', 'pass'],
  ['fr', "J'ai parlé ce matin avec l'entrepôt et je vous enverrai le remboursement vendredi.", 'pass'],
  ['pt', 'Falei esta manhã com o armazém e vou enviar-lhe o reembolso na sexta-feira.', 'pass'],
];

const FRAME: Record<string, [string, string]> = {
  en: ['Hi Ann,', 'Best,\nJo'], it: ['Buongiorno,', 'Cordiali saluti,\nGiulia'], ro: ['Bună ziua,', 'Cu stimă,\nIoana'],
  es: ['Hola:', 'Un saludo,\nLucía'], fr: ['Bonjour,', 'Cordialement,\nClaire'], de: ['Guten Tag,', 'Mit freundlichen Grüßen\nSabine'], pt: ['Olá,', 'Cumprimentos,\nRita'],
};

describe('a time tied to an event is not "soon"; the morning is not tomorrow', () => {
  for (const [lang, body, want] of CASES) {
    it(`${lang} ${want}: ${body.slice(0, 70)}`, () => {
      const text = `${FRAME[lang][0]}\n\n${body}\n\n${FRAME[lang][1]}`;
      expect(scoreReply({ text, quoted: CUSTOMER, language: lang }, rubric).criteria.commitments.verdict).toBe(want);
    });
  }
});
