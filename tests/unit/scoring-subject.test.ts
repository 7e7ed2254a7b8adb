// rubric-guide §1-2: apology and empathy apply when the customer reports a
// problem. A reply that does not quote the customer's message still carries
// their subject line after its "Re:" ("AW:", "R:", "RES:", "Răspuns:"…), and
// that line often names the trouble ("Re: Caldaia guasta", "AW: Doppelte
// Abbuchung"). Without a quote the subject stands in for the message; with a
// quote the message decides; a subject the agent wrote (no reply prefix) says
// nothing about the customer.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();

const verdicts = (language: string, text: string, subject: string | null, quoted: string | null = null) => {
  const out = scoreReply({ text, quoted, language, subject }, rubric);
  return { apology: out.criteria.apology.verdict, empathy: out.criteria.empathy.verdict };
};

// [language, reply subject, the same subject as the agent's own, reply without apology or empathy]
const CASES: [string, string, string, string][] = [
  ['en', 'Re: Parcel marked delivered but never arrived', 'Parcel marked delivered but never arrived', 'Hi Ann,\n\nI have sent a replacement today by tracked courier; it arrives on Friday.\n\nBest,\nJo'],
  ['it', 'R: Caldaia guasta da ieri', 'Caldaia guasta da ieri', 'Buongiorno,\n\nho mandato io un tecnico: arriva domani entro le 12.\n\nCordiali saluti,\nGiulia'],
  ['ro', 'Re: Comandă livrată deteriorată', 'Comandă livrată deteriorată', 'Bună ziua,\n\nV-am trimis astăzi un produs nou prin curier; ajunge vineri.\n\nCu stimă,\nIoana'],
  ['es', 'RE: Cobro duplicado en mi tarjeta', 'Cobro duplicado en mi tarjeta', 'Hola:\n\nHe anulado hoy el segundo cargo; verá el dinero en su cuenta el viernes.\n\nUn saludo,\nLucía'],
  ['fr', 'RE: Colis endommagé', 'Colis endommagé', 'Bonjour,\n\nJe vous envoie aujourd\'hui un nouveau colis ; vous le recevrez vendredi.\n\nCordialement,\nClaire'],
  ['de', 'AW: Doppelte Abbuchung im März', 'Doppelte Abbuchung im März', 'Guten Tag,\n\nich habe Ihnen heute 30 € gutgeschrieben; das Geld ist bis Freitag auf Ihrem Konto.\n\nMit freundlichen Grüßen\nSabine'],
  ['pt', 'RES: Cobrança duplicada no app', 'Cobrança duplicada no app', 'Olá,\n\nCancelei hoje a segunda cobrança; o valor volta para a sua conta até sexta-feira.\n\nAbraço,\nRita'],
];

describe('the customer\'s subject line stands in for their message when the reply quotes none', () => {
  for (const [lang, subject, own, text] of CASES) {
    it(`${lang}: "${subject}" makes apology and empathy apply (and fail without them)`, () => {
      expect(verdicts(lang, text, subject)).toEqual({ apology: 'fail', empathy: 'fail' });
    });
    it(`${lang}: the agent's own subject "${own}" (no reply prefix) does not`, () => {
      expect(verdicts(lang, text, own)).toEqual({ apology: 'na', empathy: 'na' });
    });
  }

  it('reply prefixes of every client and language count, chained or numbered', () => {
    expect(verdicts('ro', CASES[2][3], 'Răspuns: Comandă livrată deteriorată').apology).toBe('fail');
    expect(verdicts('de', CASES[5][3], 'AW: RE: Doppelte Abbuchung im März').apology).toBe('fail');
    expect(verdicts('en', CASES[0][3], 'RE[2]: Parcel marked delivered but never arrived').apology).toBe('fail');
    expect(verdicts('it', CASES[1][3], 'Rif: Caldaia guasta da ieri').apology).toBe('fail');
  });

  it('a ticket number in the subject is not read as part of the trouble', () => {
    expect(verdicts('en', CASES[0][3], 'Re: [#48213] Question about my order')).toEqual({ apology: 'na', empathy: 'na' });
  });

  it('with the customer\'s message quoted, the message decides: a plain question stays a question', () => {
    const quoted = 'Hi, could you tell me when the new catalogue comes out? Thanks, Ann';
    expect(verdicts('en', CASES[0][3], 'Re: Parcel marked delivered but never arrived', quoted)).toEqual({ apology: 'na', empathy: 'na' });
  });

  it('"no need to apologise" still means the customer only apologised', () => {
    const text = 'Dear Mrs Brown,\n\nThere is no need to apologise at all. I have checked your account: the payment arrived and nothing is suspended.\n\nKind regards,\nJo';
    expect(verdicts('en', text, 'Re: Bill paid late').apology).toBe('na');
  });
});
