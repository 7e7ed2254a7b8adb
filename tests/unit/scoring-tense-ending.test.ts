// Spanish and Portuguese tell a future from a preterite by its ending
// ("enviaré", "enviarei"), but a verb in -rar has a preterite that ends the
// same way ("reparé", "declarei"): that is a past action, not a promise
// (rubric-guide §4: a past action promises nothing).
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const verdicts = (language: string, text: string) => {
  const c = scoreReply({ text, quoted: null, language }, rubric).criteria;
  return `ownership ${c.ownership.verdict}, commitments ${c.commitments.verdict}`;
};

describe('a preterite that ends like a future is a past action', () => {
  it.each([
    ['es', 'Reparé el router ayer por la tarde y lo dejé funcionando.'],
    ['es', 'Retiré el recargo de tu cuenta y declaré la incidencia como resuelta.'],
    ['pt', 'Declarei o sinistro ontem e retirei a taxa da sua conta.'],
    ['pt', 'Reparei a ligação esta manhã e liberei o acesso.'],
  ])('%s: %s', (lang, text) => expect(verdicts(lang, text)).toBe('ownership pass, commitments na'));
});

describe('a future with a time is still a promise', () => {
  it.each([
    ['es', 'Le enviaré la factura mañana antes de las 12:00.'],
    ['es', 'Repararé la conexión el lunes a primera hora, antes de las 10:00.'],
    ['pt', 'Enviarei a fatura amanhã até às 12h.'],
    ['pt', 'Repararei a ligação na segunda-feira até às 10h.'],
  ])('%s: %s', (lang, text) => expect(verdicts(lang, text)).toBe('ownership pass, commitments pass'));
});

describe('a past action beside a promise does not hide the promise', () => {
  it.each([
    ['es', 'Reparé el router y le enviaré la factura corregida.'],
    ['pt', 'Reparei a ligação e enviarei a fatura corrigida.'],
  ])('%s: %s', (lang, text) => expect(verdicts(lang, text)).toBe('ownership pass, commitments fail'));
});

describe('a noun or adverb that ends like a future promises nothing', () => {
  it.each([
    ['es', 'He mirado tu pedido: el número de seguimiento está en el albarán. Hace dos semanas atrás cambiamos de transportista.'],
    ['pt', 'Verifiquei a sua encomenda: o envio padrão demora 3 a 5 dias úteis. No verão os prazos costumam ser maiores.'],
  ])('%s: %s', (lang, text) => expect(verdicts(lang, text)).toBe('ownership pass, commitments na'));
});

// A refund already made, with its arrival counted in billing cycles or
// statements, is a refund issued with its date (rubric-guide §4).
describe('an arrival counted in billing cycles is a time frame', () => {
  it.each([
    ['pt', 'Estornei hoje os R$ 21,90; o valor volta no seu cartão em até duas faturas.'],
    ['en', "I've refunded the £21.90 today; you'll see it on your card within two billing cycles."],
    ['es', 'Hoy te he devuelto los 21,90 €; lo verás en tu tarjeta en dos ciclos de facturación.'],
  ])('%s: %s', (lang, text) => expect(verdicts(lang, text)).toBe('ownership pass, commitments pass'));
});

// English "May" is a month as often as a hedge: "I'll bring them on Saturday
// 13 May at 10 am", "back in your account by Tuesday 16 May" are dated
// promises; "it may take longer" still hedges.
describe('the month May is no hedge', () => {
  it.each([
    ['en', "I'll bring them myself on Saturday 13 May at 10 am and stay to help you with the first bag."],
    ['en', "I've refunded the second payment this morning, so it will be back in your account by Tuesday 16 May at the latest."],
  ])('%s: %s', (lang, text) => expect(verdicts(lang, text)).toBe('ownership pass, commitments pass'));

  it('en: "I may send" still hedges the promise', () => {
    expect(verdicts('en', 'I may send the parts on 13 May.')).not.toBe('ownership pass, commitments pass');
  });
});
