// rubric-guide §4: a refusal passes when it comes with an alternative. An
// alternative already given is one too: "I can't reactivate the code, but I've
// created a new one for you", "nu pot returna banii, dar v-am trimis un cod de
// reducere". What follows the "but" must be done for the customer; a flat no
// stays a flat no.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const commitments = (language: string, text: string) => scoreReply({ text, quoted: null, language }, rubric).criteria.commitments.verdict;

// [language, refusal with something done instead, the same refusal alone]
const CASES: [string, string, string][] = [
  ['en', "Hi Tom,\n\nI can't extend the voucher, but I've added a new one for £10 to your account.\n\nBest,\nJo", "Hi Tom,\n\nI can't extend the voucher.\n\nBest,\nJo"],
  ['it', 'Ciao Luca,\n\nnon posso prorogare il buono, però ti ho caricato un buono nuovo da 10 euro sul profilo.\n\nSara', 'Ciao Luca,\n\nnon posso prorogare il buono.\n\nSara'],
  ['ro', 'Bună ziua,\n\nnu pot prelungi voucherul, dar v-am încărcat în cont un voucher nou de 50 de lei.\n\nMihai', 'Bună ziua,\n\nnu pot prelungi voucherul.\n\nMihai'],
  ['es', 'Hola, Ana:\n\nno puedo ampliar el vale, pero le he cargado en la cuenta un vale nuevo de 10 €.\n\nUn saludo,\nIsmael', 'Hola, Ana:\n\nno puedo ampliar el vale.\n\nUn saludo,\nIsmael'],
  ['fr', "Bonjour,\n\nje ne peux pas prolonger le bon, mais je vous ai crédité un nouveau bon de 10 € sur votre compte.\n\nLéa", "Bonjour,\n\nje ne peux pas prolonger le bon.\n\nLéa"],
  ['de', 'Hallo Herr Beck,\n\nich kann den Gutschein nicht verlängern, aber ich habe Ihnen einen neuen Gutschein über 10 € gutgeschrieben.\n\nSabine', 'Hallo Herr Beck,\n\nich kann den Gutschein nicht verlängern.\n\nSabine'],
  ['pt', 'Olá, Inês,\n\nnão consigo prolongar o vale, mas já te carreguei um vale novo de 10 € na conta.\n\nTiago', 'Olá, Inês,\n\nnão consigo prolongar o vale.\n\nTiago'],
];

describe('a refusal with something already done instead has its alternative', () => {
  for (const [lang, withDone, alone] of CASES) {
    it(`${lang}: refusal + done instead passes`, () => expect(commitments(lang, withDone)).toBe('pass'));
    it(`${lang}: the same refusal alone fails`, () => expect(commitments(lang, alone)).toBe('fail'));
  }

  // A look taken after the "but" explains the no; it gives nothing.
  const EXPLAINED: [string, string][] = [
    ['en', "Hi Tom,\n\nI can't refund the order, but I've checked and it was delivered on Monday.\n\nJo"],
    ['it', "Ciao,\n\nnon posso rimborsare l'ordine, ma ho verificato e risulta consegnato lunedì.\n\nSara"],
    ['de', 'Hallo,\n\nich kann die Bestellung nicht erstatten, aber ich habe nachgesehen: sie wurde am Montag zugestellt.\n\nSabine'],
    ['es', 'Hola:\n\nno puedo reembolsar el pedido, pero he comprobado que se entregó el lunes.\n\nIsmael'],
  ];
  for (const [lang, text] of EXPLAINED) {
    it(`${lang}: "but I've checked…" after a refusal is no alternative`, () => expect(commitments(lang, text)).toBe('fail'));
  }
});
