// A bill above what was agreed is a problem in every language ("but we
// agreed £280", "vereinbart waren 280 €", "mas o combinado foi R$ 280"): the
// apology applies, and "Favor corrigir. Obrigada" is a request, not a
// thank-you. German: the second verb of a sentence "ich" opened is still the
// agent's ("ich fertige die Front neu und baue sie am Dienstag ein"), and "Sie
// erhalten die Rechnung heute bis 16 Uhr von mir" promises an outcome.
// Romanian "Mai este ceva cu care vă pot ajuta?" is "anything else?".
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const BODY: Record<string, string> = {
  en: "I've checked the invoice and noted everything.",
  it: 'Ho controllato la fattura e ho preso nota di tutto.',
  ro: 'Am verificat factura și am notat totul.',
  es: 'He revisado la factura y lo he anotado todo.',
  fr: "J'ai vérifié la facture et j'ai tout noté.",
  de: 'Ich habe die Rechnung geprüft und alles notiert.',
  pt: 'Verifiquei a nota e anotei tudo.',
};

describe('a bill above what was agreed', () => {
  it.each([
    ['en', 'The invoice says £480 for delivery, but we agreed £280.'],
    ['it', 'In fattura il trasporto è 480 euro, ma avevamo concordato 280.'],
    ['ro', 'Pe factură transportul e 480 de lei, dar am convenit 280.'],
    ['es', 'En la factura el envío sale a 480, pero habíamos acordado 280.'],
    ['fr', 'Sur la facture, la livraison est à 480 €, alors que nous avions convenu de 280 €.'],
    ['de', 'Auf der Rechnung stehen 480 € Fracht, vereinbart waren 280 €.'],
    ['pt', 'Na NF o frete saiu R$ 480,00, mas o combinado foi R$ 280,00. Favor corrigir. Obrigada'],
  ])('%s: is a problem the apology applies to', (lang, customer) => {
    expect(verdicts(lang, BODY[lang], customer).apology).toBe('fail');
  });

  it('pt: "Favor corrigir. Obrigada" asks; the answer owes a check', () => {
    const body = 'Peço desculpa pelo erro. Cancelei a nota e te envio a nova hoje até as 17h. Mais alguma coisa em que eu possa ajudar?';
    expect(verdicts('pt', body, 'O frete saiu R$ 480,00. Favor corrigir. Obrigada').satisfaction_check).toBe('fail');
  });
});

describe('German first person', () => {
  it('the second verb of a sentence "ich" opened promises with its date', () => {
    const v = verdicts('de', 'Ich fertige die Front neu und baue sie am Dienstag, 16. März, um 17 Uhr selbst ein.', 'Die Küchenfront ist beschädigt.');
    expect([v.ownership, v.commitments]).toEqual(['pass', 'pass']);
  });

  it('"Sie erhalten … heute bis 16 Uhr von mir" promises an outcome with its time', () => {
    expect(verdicts('de', 'Sie erhalten die korrigierte Rechnung heute bis 16 Uhr von mir per Mail.', 'Die Rechnung ist falsch.').commitments).toBe('pass');
  });

  it('a third person does not read as the agent ("und baut sie")', () => {
    expect(verdicts('de', 'Unser Monteur fertigt die Front neu und baut sie am Dienstag um 17 Uhr ein.', 'Die Küchenfront ist beschädigt.').ownership).toBe('fail');
  });
});

describe('Romanian "anything else?"', () => {
  it('"Mai este ceva cu care vă pot ajuta?" alone is no check', () => {
    const body = 'Îmi cer scuze pentru greșeală. Am stornat factura și vă trimit azi până la ora 16 factura corectă. Mai este ceva cu care vă pot ajuta?';
    expect(verdicts('ro', body, 'Factura nu corespunde cu marfa livrată.').satisfaction_check).toBe('fail');
  });
});
