// A closing over a signature block of several lines (the organisation's name
// with quotes, its address with a number) ends the reply: the block is no
// sentence of the body, so it answers nothing. And a holding reply whose
// answer someone else will send ("la segreteria le farà avere a breve…",
// "colegul nostru … vă va contacta în curând") gives no answer yet to check
// (rubric-guide §5, `na`).
import { describe, expect, it } from 'vitest';
import { rubric } from '../helpers/reply.js';
import { scoreReply } from '../../src/scoring/score.js';

const check = (language: string, text: string, quoted: string) => scoreReply({ text, quoted, language }, rubric).criteria.satisfaction_check.verdict;

describe('a holding reply signed with a signature block', () => {
  it('ro: the colleague will contact the customer; the club\'s name and address are the signature', () => {
    const text = 'Bună ziua,\n\nVă mulţumim pentru interes! Colegul nostru responsabil de grupele pentru adulţi vă va contacta în curând cu toate detaliile.\n\nCu respect,\nClubul de Şah „Nebunul Alb"\nChişinău, str. Alexei Mateevici 60';
    expect(check('ro', text, 'Aveţi grupe pentru adulţi începători? Ce costuri sunt?')).toBe('na');
  });
  it('it: the office will send the details; the reply answers nothing yet', () => {
    const text = "Gentile sig. Leone,\n\ngrazie per l'interesse. La segreteria le farà avere a breve tutte le informazioni su costi e calendario del corso.\n\nCordiali saluti,\nAeroclub Volo a Vela Valle Reatina";
    expect(check('it', text, 'Vorrei informazioni sul corso di volo a vela: quanto costa?')).toBe('na');
  });
  it('an answer above the same signature still needs a check', () => {
    const text = 'Bună ziua,\n\nDa, avem grupe pentru adulţi începători, marţea la 18:00, cu 200 de lei pe lună.\n\nCu respect,\nClubul de Şah „Nebunul Alb"\nChişinău, str. Alexei Mateevici 60';
    expect(check('ro', text, 'Aveţi grupe pentru adulţi începători? Ce costuri sunt?')).toBe('fail');
  });
  it('a last line that is a sentence of the reply is not swallowed as a signature', () => {
    const text = "Hi Sam,\n\nI've refunded the £12 to your card today.\n\nThanks,\nLet me know if it has arrived by Friday";
    expect(check('en', text, 'I was charged twice for my order.')).toBe('pass');
  });
});
