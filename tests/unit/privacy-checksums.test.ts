import { describe, expect, it } from 'vitest';
import { cnpValid, codiceFiscaleValid, cpfValid, dniNieValid, ibanValid, luhnValid } from '../../src/privacy/checksums.js';

describe('check digits of the identifiers that redaction masks', () => {
  it('Luhn accepts the issuers\' test card numbers and rejects them with one digit changed', () => {
    for (const n of ['4111111111111111', '5555555555554444', '378282246310005', '4012888888881881', '6011111111111117']) {
      expect(luhnValid(n)).toBe(true);
      expect(luhnValid(n.slice(0, -1) + ((Number(n.at(-1)) + 1) % 10))).toBe(false);
    }
  });

  it('mod-97 accepts published example IBANs of seven countries and rejects a transposition', () => {
    for (const iban of [
      'IT60X0542811101000000123456',
      'DE89370400440532013000',
      'GB29NWBK60161331926819',
      'FR1420041010050500013M02606',
      'ES9121000418450200051332',
      'PT50000201231234567890154',
      'RO49AAAA1B31007593840000',
    ]) {
      expect(ibanValid(iban)).toBe(true);
      expect(ibanValid(iban.slice(0, 6) + iban[7] + iban[6] + iban.slice(8))).toBe(iban[6] === iban[7]);
    }
  });

  it('a Romanian CNP needs a real date, a county code and its mod-11 check digit', () => {
    expect(cnpValid('1800101221144')).toBe(true); // born 1980-01-01, Iași
    expect(cnpValid('1800101221145')).toBe(false); // wrong check digit
    expect(cnpValid('1801301221144')).toBe(false); // month 13
    expect(cnpValid('1800101991144')).toBe(false); // county 99
  });

  it('a codice fiscale is accepted with its check letter only', () => {
    expect(codiceFiscaleValid('RSSMRA85T10A562S')).toBe(true);
    expect(codiceFiscaleValid('RSSMRA85T10A562T')).toBe(false);
  });

  it('a Spanish DNI or NIE is accepted with its control letter only', () => {
    expect(dniNieValid('12345678Z')).toBe(true);
    expect(dniNieValid('12345678A')).toBe(false);
    expect(dniNieValid('X1234567L')).toBe(true);
    expect(dniNieValid('X1234567A')).toBe(false);
  });

  it('a Brazilian CPF needs both check digits and is never one digit repeated', () => {
    expect(cpfValid('12345678909')).toBe(true);
    expect(cpfValid('12345678900')).toBe(false);
    expect(cpfValid('11111111111')).toBe(false);
  });
});
