// A day before the reply was sent names when something happened, not a
// promise (rubric-guide §4: commitments apply to future actions): "Ihre
// Zahlung wurde am 5. Juni angewiesen", "la devolución se ordenó el 6 de
// junio", "su alta es del 3 de febrero de 2021" in a mail of 9 June. The
// send date comes from the message's Date header; without one, or for a
// day months back with no year, nothing changes.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { calendarDay } from '../../src/scoring/analysis.js';
import { compileRubric } from '../../src/scoring/compile.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const packs = compileRubric(rubric).packs;
const SENT = '2028-06-09T10:00:00Z';
const commitments = (lang: string, text: string, sentAt: string | null) =>
  scoreReply({ text, quoted: null, language: lang, sentAt }, rubric).criteria.commitments.verdict;

describe('calendarDay', () => {
  const at = new Date(SENT);
  const day = (lang: string, phrase: string) => {
    const r = calendarDay(phrase, packs.get(lang)!.monthNumbers, at);
    return r && new Date(r.day).toISOString().slice(0, 10);
  };

  it('reads a day number and a month name of the pack, in any order', () => {
    expect(day('de', 'am 5. Juni')).toBe('2028-06-05');
    expect(day('es', 'el 6 de junio')).toBe('2028-06-06');
    expect(day('en', 'on March 3rd')).toBe('2028-03-03');
    expect(day('fr', 'le 12 juillet')).toBe('2028-07-12');
    expect(day('ro', 'pe 2 octombrie')).toBe('2028-10-02');
  });

  it('takes a month name typed without its accents, and the nearest year when none is given', () => {
    expect(day('fr', 'le 2 fevrier 2021')).toBe('2021-02-02');
    expect(day('de', 'am 28. Dezember')).toBe('2027-12-28');
  });

  it('is null without a day number or a month name', () => {
    expect(day('en', 'in June')).toBeNull();
    expect(day('en', 'within 5 days')).toBeNull();
  });
});

describe('a day before the reply was sent promises nothing', () => {
  it.each([
    ['de', 'Sehr geehrte Frau Leitner,\n\nich habe nachgesehen: Ihre erste Zahlung über 412,30 Euro wurde am 5. Juni an Ihre Bank angewiesen.\n\nMit freundlichen Grüßen\nElisabeth Huber'],
    ['es', 'Estimado Sr. Ortiz:\n\nHe comprobado que la devolución de los 150 euros se ordenó el 6 de junio a su cuenta.\n\nAtentamente,\nRocío'],
    ['es', 'Estimado Sr. Velasco:\n\nHe comprobado en el padrón que su alta es del 3 de febrero de 2021 y he corregido el certificado.\n\nAtentamente,\nMarta'],
  ])('%s: commitments na in a mail sent after that day (a promise without the send date)', (lang, text) => {
    expect(commitments(lang, text, SENT)).toBe('na');
    expect(commitments(lang, text, null)).toBe('pass');
  });

  it('en: a day still to come stays a promise ("I\'ll call you on 15 June")', () => {
    expect(commitments('en', "Hi Sam,\n\nI'll call you on 15 June at 10am with the new date.\n\nAnna", SENT)).toBe('pass');
  });

  it('en: a day months back with no year is not read as past ("a reminder for 1 March" in June)', () => {
    expect(commitments('en', "Hi Sam,\n\nI've set a reminder to ask you for a meter reading on 1 March.\n\nAnna", SENT)).toBe('pass');
  });
});

describe('month numbers', () => {
  it('number every month name of every pack, whatever its spelling variant', () => {
    for (const [lang, pack] of packs) {
      for (const name of pack.months) expect({ lang, name, n: pack.monthNumbers.has(name) }).toEqual({ lang, name, n: true });
      expect(new Set(pack.monthNumbers.values()).size, lang).toBe(12);
    }
    expect(packs.get('de')!.monthNumbers.get('jänner')).toBe(0);
    expect(packs.get('fr')!.monthNumbers.get('juin')).toBe(5);
    expect(packs.get('fr')!.monthNumbers.get('juillet')).toBe(6);
    expect(packs.get('ro')!.monthNumbers.get('noiembrie')).toBe(10);
  });
});
