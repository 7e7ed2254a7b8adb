// rubric-guide §4: a promise passes when it says what will happen and when.
// The when, in forms the packs lacked: "within the next half hour", "by close
// of play Thursday", "nel giro di un'ora" (the elided article glued to its
// noun), "în următoarea jumătate de oră". Their vague neighbours ("in the
// coming days", "a stretto giro", "în cel mai scurt timp") still fail.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const LATE: Record<string, string> = {
  en: "My refund hasn't arrived.",
  it: 'Il rimborso non è arrivato.',
  ro: 'Banii nu au venit.',
};

describe('a promise with its time said in full passes', () => {
  it.each([
    ['en', "Sorry for the wait. I'll call you within the next half hour with an update."],
    ['en', "Sorry for the wait. I'll have an answer for you by close of play Thursday."],
    ['it', "Mi scusi per l'attesa. Sollecito la banca e la richiamo nel giro di un'ora."],
    ['it', "Mi scusi per l'attesa. La richiamo entro mezz'ora."],
    ['ro', 'Îmi cer scuze pentru așteptare. Vă sun în următoarea jumătate de oră.'],
  ])('[%s] %s', (lang, body) => {
    expect(verdicts(lang, body, LATE[lang]).commitments).toBe('pass');
  });
});

describe('the vague neighbours still fail', () => {
  it.each([
    ['en', "Sorry for the wait. I'll chase the bank and get back to you in the coming days."],
    ['it', "Mi scusi per l'attesa. Sollecito la banca e le faccio sapere a stretto giro."],
    ['ro', 'Îmi cer scuze pentru așteptare. Sun la bancă și revin în cel mai scurt timp.'],
  ])('[%s] %s', (lang, body) => {
    expect(verdicts(lang, body, LATE[lang]).commitments).toBe('fail');
  });
});
