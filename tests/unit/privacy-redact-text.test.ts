import { describe, expect, it } from 'vitest';
import { MASK, MAX_SCANNED_CHARS, RedactKindListSchema, redactText } from '../../src/privacy/redact.js';
import { luhnValid } from '../../src/privacy/checksums.js';

/** The masked form of `s`: every letter and digit masked, separators kept. */
const masked = (s: string) => s.replace(/[\p{L}\p{N}]/gu, MASK);

function expectMasked(text: string, identifiers: string[]) {
  const r = redactText(text);
  expect(r.text).toHaveLength(text.length);
  for (const id of identifiers) {
    expect(r.text, `${id} should be masked`).not.toContain(id);
    const at = text.indexOf(id);
    expect(r.text.slice(at, at + id.length).replace(/[^\p{L}\p{N}]/gu, '')).toBe(
      masked(id).replace(/[^\p{L}\p{N}]/gu, ''),
    );
  }
  return r;
}

function expectUntouched(text: string) {
  expect(redactText(text)).toEqual({ text, counts: {}, unscanned: 0 });
}

describe('phone numbers in the formats used by the seven languages are masked', () => {
  it('en: UK and North American numbers', () => {
    const r = expectMasked(
      'If it is easier, give me a ring on 020 7946 0958, or from abroad +44 20 7946 0958. Our US office is on (555) 123-4567 and 555-123-4567.',
      ['020 7946 0958', '+44 20 7946 0958', '(555) 123-4567', '555-123-4567'],
    );
    expect(r.counts).toEqual({ phone: 4 });
    expect(r.text).toContain('ring on ••• •••• ••••,');
  });

  it('it: landline with country code, mobile, and green number', () => {
    expectMasked(
      'Per qualsiasi urgenza può chiamarci al +39 02 2417 9020 oppure scrivermi su WhatsApp al 347 123 4567; il numero verde 800 123 456 è attivo dalle 9:00 alle 18:00.',
      ['+39 02 2417 9020', '347 123 4567', '800 123 456'],
    );
  });

  it('ro: mobile and Bucharest landline, with and without spaces', () => {
    expectMasked(
      'Ne puteți suna oricând la 0722 123 456 sau la 021 312 3456 (luni–vineri, 9–17). Tel.0744123456',
      ['0722 123 456', '021 312 3456', '0744123456'],
    );
  });

  it('es: mobile and Madrid landline in their usual groupings', () => {
    expectMasked('Puede llamarnos al 912 345 678 o escribirnos por WhatsApp al +34 612 34 56 78.', [
      '912 345 678',
      '+34 612 34 56 78',
    ]);
  });

  it('fr: pairs of digits with spaces or dots, and +33 (0)', () => {
    expectMasked(
      'Vous pouvez me joindre au 01 23 45 67 89, sur mon portable au 06.12.34.56.78 ou depuis l’étranger au +33 (0)1 23 45 67 89.',
      ['01 23 45 67 89', '06.12.34.56.78', '+33 (0)1 23 45 67 89'],
    );
  });

  it('de: area code with slash, brackets and +49 (0)', () => {
    expectMasked(
      'Sie erreichen mich unter 030 12345678, mobil unter 0171 1234567, in München unter 089/12345678 oder (089) 1234 5678 und aus dem Ausland unter +49 (0)89 1234 5678.',
      ['030 12345678', '0171 1234567', '089/12345678', '(089) 1234 5678', '+49 (0)89 1234 5678'],
    );
  });

  it('pt: Portuguese landline and mobile, Brazilian mobile', () => {
    expectMasked('Pode ligar para o 212 345 678 ou para o +351 912 345 678. No Brasil, ligue (11) 91234-5678.', [
      '212 345 678',
      '+351 912 345 678',
      '(11) 91234-5678',
    ]);
  });

  it('international numbers one after the other, separated only by a space, are each masked', () => {
    const r = expectMasked('Centralino +39 02 2417 9020 +39 335 123 4567', ['+39 02 2417 9020', '+39 335 123 4567']);
    expect(r.counts).toEqual({ phone: 2 });
  });

  it('a bare digit run is masked when a phone word introduces it', () => {
    expectMasked('Mobile: 7700900123', ['7700900123']);
    expectMasked('Il mio cellulare è 3471234567.', ['3471234567']);
  });
});

describe('dates, times, amounts, years and order numbers are left readable', () => {
  it.each([
    ['en', 'Your order #4521987 of 12/03/2024 was refunded at 14:30: £1,234.56, back on your card by 2024-03-19. Ticket 20240312-0042.'],
    ['it', 'L’ordine n. 4521987 del 12/03/2024 è stato rimborsato alle 14.30 per un totale di 1.234,56 €; fattura 2024/000123.'],
    ['ro', 'Comanda nr. 100234567 din 12.03.2024 a fost livrată cu AWB 8840021937; suma de 1.250,00 lei a fost returnată în 2024.'],
    ['es', 'El pedido nº 4004567 del 03/04/2024 por un importe de 129,95 € salió a las 10:15; referencia 2024-03-0412.'],
    ['fr', 'La commande n° 20240312-88 du 12.03.2024 d’un montant de 1 234 567,89 € a été expédiée ; colis 6A12345678901.'],
    ['de', 'Bestellnummer 40012345 vom 12.03.2024 um 14:30 Uhr, Betrag 49,99 €, Rechnung 2024-000123, Zeitraum 2019-2024.'],
    ['pt', 'A encomenda n.º 123456789 de 12/03/2024, no valor de 1.299,00 €, foi enviada às 09h30; protocolo 2024 0312 0098.'],
  ])('%s', (_, text) => expectUntouched(text));

  it('an IPv4 address in a bounce report is not a phone number', () => {
    expectUntouched('Remote-MTA: dns; mx.l.google.com [209.85.223.33] said: 550 5.1.1 user unknown (10.1.22.254)');
  });

  it('a French amount of 9 digits in groups of three is not mistaken for a Spanish phone number', () => {
    expectUntouched('Le chiffre d’affaires atteint 912 345 678 € cette année, contre 250 000 000 l’an dernier.');
  });
});

describe('payment cards', () => {
  it('a Luhn-valid card number is masked, a 16-digit order number is not', () => {
    const order = '5021 3344 8876 1290';
    expect(luhnValid(order.replace(/\s/g, ''))).toBe(false);
    const text = `I can see the charge on the card 4111 1111 1111 1111 for order ${order}; please don't send the full number again.`;
    const r = expectMasked(text, ['4111 1111 1111 1111']);
    expect(r.text).toContain(order);
    expect(r.counts).toEqual({ card: 1 });
  });

  it('compact, dashed and Amex-grouped card numbers are masked', () => {
    const r = expectMasked('Karte 5555555555554444, Ersatzkarte 4012-8888-8888-1881, Amex 3782 822463 10005.', [
      '5555555555554444',
      '4012-8888-8888-1881',
      '3782 822463 10005',
    ]);
    expect(r.counts).toEqual({ card: 3 });
  });
});

describe('IBANs', () => {
  it('printed in groups or compact, a valid IBAN is masked and the following word kept', () => {
    const r = expectMasked(
      'Il rimborso andrà sull’IBAN IT60 X054 2811 1010 0000 0123 456 entro venerdì. Für Überweisungen: DE89370400440532013000.',
      ['IT60 X054 2811 1010 0000 0123 456', 'DE89370400440532013000'],
    );
    expect(r.text).toContain('••• entro venerdì.');
    expect(r.counts).toEqual({ iban: 2 });
  });

  it('an IBAN with a wrong check digit is not masked as an IBAN', () => {
    expectUntouched('Vă rugăm verificați contul RO48 AAAA 1B31 0075 9384 0000.');
  });
});

describe('national identity numbers', () => {
  it('ro: a CNP with a valid check digit is masked, one with a wrong digit is kept', () => {
    expectMasked('Pentru factură am nevoie de CNP-ul dumneavoastră: 1800101221144.', ['1800101221144']);
    expectUntouched('Numărul 1800101221145 nu este un CNP valid.');
  });

  it('it: a codice fiscale is masked in capitals or small letters', () => {
    expectMasked('Il codice fiscale RSSMRA85T10A562S risulta già registrato (anche come rssmra85t10a562s).', [
      'RSSMRA85T10A562S',
      'rssmra85t10a562s',
    ]);
  });

  it('es: a DNI and an NIE with their control letters are masked', () => {
    const r = expectMasked('Necesitamos el DNI 12345678Z del titular o, si es extranjero, su NIE X-1234567-L.', [
      '12345678Z',
      'X-1234567-L',
    ]);
    expect(r.counts).toEqual({ es_dni_nie: 2 });
    expectUntouched('El código 12345678A no corresponde a ningún DNI.');
  });

  it('pt: a formatted Brazilian CPF is masked', () => {
    expectMasked('Para emitir a nota fiscal, confirme o CPF 123.456.789-09.', ['123.456.789-09']);
  });
});

describe('e-mail addresses', () => {
  it('addresses in a reply and in a quoted header line are masked, keeping the @', () => {
    const r = expectMasked(
      'Scrivi pure a mario.rossi+ordini@negozio-esempio.it.\n\nIl giorno 12 mar 2024, alle ore 10:15, Anna Bianchi <anna.bianchi@gmail.com> ha scritto:',
      ['mario.rossi+ordini@negozio-esempio.it', 'anna.bianchi@gmail.com'],
    );
    expect(r.text).toContain('<••••••••••••@•••••••••>');
    expect(r.counts).toEqual({ email: 2 });
  });

  it('an address with accented letters is masked whole', () => {
    expectMasked('Écrivez à josé.garcía@correo.es', ['josé.garcía@correo.es']);
  });
});

describe('switches and reporting', () => {
  const text = 'Call 020 7946 0958 or write to help@lumorahome.co.uk; card 4111 1111 1111 1111.';

  it('only the kinds asked for are masked', () => {
    const r = redactText(text, { kinds: ['email'] });
    expect(r.counts).toEqual({ email: 1 });
    expect(r.text).toContain('020 7946 0958');
    expect(r.text).toContain('4111 1111 1111 1111');
    expect(redactText(text, { kinds: [] }).text).toBe(text);
  });

  it('the report counts kinds and never carries a value', () => {
    const r = redactText(text);
    expect(r.counts).toEqual({ phone: 1, email: 1, card: 1 });
    expect(JSON.stringify(r.counts)).not.toMatch(/\d{4}|@/);
  });

  it('a configuration string names kinds, "all" or "none", and rejects unknown ones', () => {
    expect(RedactKindListSchema.parse('email, phone')).toEqual(['email', 'phone']);
    expect(RedactKindListSchema.parse('all')).toContain('iban');
    expect(RedactKindListSchema.parse('none')).toEqual([]);
    expect(RedactKindListSchema.safeParse('email,passport').success).toBe(false);
    expect(RedactKindListSchema.parse('iban; phone  email')).toEqual(['iban', 'phone', 'email']);
    expect(RedactKindListSchema.parse(['email', 'card'])).toEqual(['email', 'card']);
    expect(RedactKindListSchema.parse('')).toEqual([]);
  });

  it('text beyond the scanning bound is masked whole rather than left in clear', () => {
    const tail = ' call 020 7946 0958 now';
    const text = 'word '.repeat(MAX_SCANNED_CHARS / 5) + tail;
    const r = redactText(text);
    expect(r.text).toHaveLength(text.length);
    expect(r.unscanned).toBeGreaterThanOrEqual(tail.length);
    expect(r.text.endsWith(tail.replace(/\S/g, MASK))).toBe(true);
  });
});
