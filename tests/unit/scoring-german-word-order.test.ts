// Word order and punctuation that hid the agent's act: a statement joined to
// a question by a semicolon ("Ich habe Ihre Klasse umgebucht; geht das für
// Sie in Ordnung?") is not a question; "nicht nur … sondern auch" negates
// nothing; a day written as an ordinal ("Für den 9. Jänner") does not end
// the sentence.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const COMPLAINT = 'Die Tickets sind auf den falschen Tag ausgestellt.';

describe('acts that German word order and punctuation hid', () => {
  it('a statement and a question joined by a semicolon', () => {
    const v = verdicts('de', 'Entschuldigen Sie bitte. Ich habe Ihre Klasse auf Dienstag, den 1. Dezember, 10 Uhr umgebucht; geht das für Sie in Ordnung?', COMPLAINT);
    expect(v.ownership).toBe('pass');
    expect(v.satisfaction_check).toBe('pass');
  });

  it('"nicht nur … sondern auch" is an act', () => {
    expect(verdicts('de', 'Es tut mir leid. Ich habe nicht nur die richtigen Leinen heute früh abgeschickt, sondern auch die Versandkosten erstattet.', COMPLAINT).ownership).toBe('pass');
  });

  it('a plain negated act is still none', () => {
    expect(verdicts('de', 'Es tut mir leid. Ich habe die Leinen noch nicht abgeschickt.', COMPLAINT).ownership).toBe('fail');
  });

  it('"Für den 9. Jänner habe ich … eingetragen" is one sentence with its date', () => {
    expect(verdicts('de', 'Die Seilbahn fährt um 10 Uhr. Für den 9. Jänner habe ich Ihr Gepäck für die 14-Uhr-Fahrt eingetragen.', 'Wann fährt die Seilbahn?').commitments).toBe('pass');
  });
});
