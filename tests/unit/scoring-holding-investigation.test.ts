// rubric-guide §5: a holding reply ("we'll check and get back to you") gives no
// answer yet, so satisfaction_check is na. Agents write it as an investigation
// opened and an answer promised ("I've opened a review of your file and will
// reply by Friday 5 pm", "Lo reviso y le digo algo", "Am preluat eu cazul …
// revin cu un răspuns"): the steps are steps toward an answer, not the answer.
// A reply that also delivers something (a refund made) gives an answer.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();

const satisfaction = (language: string, text: string) =>
  scoreReply({ text, quoted: null, language }, rubric).criteria.satisfaction_check.verdict;

// [language, holding reply, the same with something delivered]
const CASES: [string, string, string][] = [
  ['en', 'Hi Ann,\n\nA trace has been raised with the courier (ref TR-5521). I have opened an investigation too.\n\nOur claims team will be in touch with you on Thursday.\n\nBest,\nJo',
    'Hi Ann,\n\nI have refunded the delivery fee today. I have also opened an investigation with the courier.\n\nBest,\nJo'],
  ['de', 'Hallo Herr Vogt,\n\nich habe eine Nachforschung beim Paketdienst gestartet und melde mich bis Freitag mit dem Ergebnis.\n\nViele Grüße\nJulia',
    'Hallo Herr Vogt,\n\nich habe Ihnen die Versandkosten heute erstattet. Außerdem habe ich eine Nachforschung beim Paketdienst gestartet.\n\nViele Grüße\nJulia'],
  ['fr', "Bonjour Monsieur Petit,\n\nj'ai ouvert une réclamation auprès du transporteur.\n\nJe reviens vers vous d'ici vendredi midi.\n\nCordialement,\nVincent",
    "Bonjour Monsieur Petit,\n\nje vous ai remboursé les frais de port aujourd'hui. J'ai aussi ouvert une enquête auprès du transporteur.\n\nCordialement,\nVincent"],
  ['es', 'Hola, Marta:\n\nLo compruebo con el almacén y le cuento algo en cuanto sepa más.\n\nUn saludo,\nIsmael',
    'Hola, Marta:\n\nLe he devuelto hoy los gastos de envío. Además, he abierto una incidencia con el almacén.\n\nUn saludo,\nIsmael'],
  ['pt', 'Olá, Paulo,\n\nvou verificar com a transportadora.\n\nRetorno assim que tiver novidades.\n\nAbraço,\nRafael',
    'Olá, Paulo,\n\nreembolsei hoje o valor do frete. Também abri uma análise com a transportadora.\n\nAbraço,\nRafael'],
  ['ro', 'Bună ziua,\n\nam rugat colegii de la depozit să verifice coletul.\n\nRevin eu cu un răspuns până vineri.\n\nCu bine,\nCosmin',
    'Bună ziua,\n\nv-am rambursat astăzi costul livrării. Am preluat eu și cazul coletului.\n\nCu bine,\nCosmin'],
];

describe('an investigation opened and an answer promised later is a holding reply', () => {
  for (const [lang, holding, delivered] of CASES) {
    it(`${lang}: the holding reply gets na`, () => {
      expect(satisfaction(lang, holding)).toBe('na');
    });
    it(`${lang}: with something delivered it is an answer and needs its check`, () => {
      expect(satisfaction(lang, delivered)).toBe('fail');
    });
  }
});

// A look taken ("I've looked at your case") in a reply that puts its answer
// off is a step toward the answer; in a reply that answers, the finding is the
// answer and needs its check.
const LOOKS: [string, string, string][] = [
  ['en', 'Hi Ann,\n\nI have looked at your case and passed it to our payments provider.\n\nYou will have an answer from me by Friday at 6 pm.\n\nJo',
    'Hi Ann,\n\nI have looked at your account: your payment arrived on Monday and the account is active.\n\nJo'],
  ['de', 'Hey Jonas,\n\nich habe mir deinen Fall genau angeschaut und an unseren Zahlungsdienstleister weitergegeben.\n\nBis Freitag, 18 Uhr, hast du von mir eine Antwort.\n\nGrüße\nLena',
    'Hey Jonas,\n\nich habe mir dein Konto angeschaut: deine Zahlung ist am Montag eingegangen und das Konto ist aktiv.\n\nGrüße\nLena'],
  ['it', 'Ciao Luca,\n\nho controllato la tua pratica e l\'ho girata al nostro fornitore dei pagamenti.\n\nTi rispondo entro venerdì alle 18.\n\nSara',
    'Ciao Luca,\n\nho controllato il tuo conto: il pagamento è arrivato lunedì e il conto è attivo.\n\nSara'],
];

describe('a look taken in a holding reply is a step, not the answer', () => {
  for (const [lang, holding, answered] of LOOKS) {
    it(`${lang}: looked and put off -> na`, () => expect(satisfaction(lang, holding)).toBe('na'));
    it(`${lang}: looked and found -> an answer that needs its check`, () => expect(satisfaction(lang, answered)).toBe('fail'));
  }
});

// The steps in other word orders: a time between the verb and whom it was
// spoken with ("Hablé esta mañana con el caporal", "Am vorbit azi-dimineață cu
// șoferul"), "și" inside "am deschis și un dosar", the case handed on ("je lui
// ai transmis votre numéro de réservation").
const STEPS: [string, string][] = [
  ['es', 'Hola:\n\nHablé esta mañana con el caporal del grupo. También le pedí al encargado de pagos que revise su evento.\n\nLe aviso en cuanto tenga la respuesta.\n\nGuadalupe'],
  ['ro', 'Bună ziua,\n\nAm vorbit azi-dimineață cu șoferul și am cerut pozele. Am deschis și un dosar intern cu numărul TR-3318.\n\nRevin cu un răspuns imediat ce primesc pozele.\n\nVlad'],
  ['fr', "Bonjour,\n\nJ'ai appelé notre comptable, qui s'occupe des remboursements, et je lui ai transmis votre numéro de réservation.\n\nJe vous tiens au courant dès que j'ai des nouvelles.\n\nGuillaume"],
];

describe('steps toward the answer in other word orders keep a holding reply na', () => {
  it.each(STEPS)('%s', (lang, text) => expect(satisfaction(lang, text)).toBe('na'));
});
