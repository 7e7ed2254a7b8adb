import { describe, expect, it } from 'vitest';
import { ResultSchema, type Result } from '../../src/result.js';
import { hashEmail, MASK, redactResult, redactResultWithCounts } from '../../src/privacy/redact.js';

const replyText =
  'Buongiorno Anna,\n\nmi dispiace per il disagio. Le ho già disposto il rimborso di 49,90 € sull’IBAN IT60 X054 2811 1010 0000 0123 456: arriverà entro venerdì 15 marzo. ' +
  'Se preferisce, mi chiami al 347 123 4567 oppure scriva a giulia.conti@casaverde.it.\n\nLa soluzione va bene per Lei?';
const quoted =
  'Il giorno 12 mar 2024 alle ore 10:15 Anna Bianchi <anna.bianchi@gmail.com> ha scritto:\n> L’ordine n. 4521987 è arrivato rotto. Il mio numero è 0722 123 456, la carta 4111 1111 1111 1111.';

function ev(text: string, signal: string, from = 0) {
  const start = replyText.indexOf(text, from);
  if (start < 0) throw new Error(`not in the reply: ${text}`);
  return { text, start, end: start + text.length, signal };
}

const result: Result = ResultSchema.parse({
  id: 'a1b2c3',
  messageId: '<x@casaverde.it>',
  source: 'tests/example.eml',
  status: 'scored',
  agent: { email: 'giulia.conti@casaverde.it', name: 'Giulia Conti', id: 'giulia.conti@casaverde.it', team: null },
  customer: { email: 'anna.bianchi@gmail.com', name: 'Anna Bianchi' },
  subject: 'Re: Ordine 4521987 - chiamatemi al 0722 123 456',
  sentAt: '2024-03-12T10:40:00.000Z',
  language: 'it',
  rubric: { id: 'support-reply', version: '1' },
  score: 90,
  criteria: {
    apology: { verdict: 'pass', score: 1, evidence: [ev('mi dispiace per il disagio', 'apology')], feedback: 'Scuse chiare.' },
    commitments: {
      verdict: 'pass',
      score: 1,
      evidence: [
        ev('Le ho già disposto il rimborso di 49,90 € sull’IBAN IT60 X054', 'action'),
        ev('mi chiami al 347 123', 'contact'),
        ev('scriva a giulia.conti@casaverde.it', 'contact'),
      ],
      feedback: 'Impegno preciso: rimborso sull’IBAN IT60 X054 2811 1010 0000 0123 456 entro venerdì.',
    },
    satisfaction_check: { verdict: 'pass', score: 1, evidence: [ev('La soluzione va bene per Lei?', 'check')], feedback: '' },
  },
  reply: { text: replyText, quoted },
  scoredAt: '2024-03-12T10:41:00.000Z',
});

describe('redacting a result', () => {
  it('masks the reply, the quoted text, the subject, evidence and feedback, and stays a valid result', () => {
    const { result: r, counts } = redactResultWithCounts(result);
    expect(ResultSchema.parse(r)).toEqual(r);
    const all = JSON.stringify([r.reply, r.subject, r.criteria]);
    for (const secret of ['IT60', '347 123', 'giulia.conti@', 'anna.bianchi@', '0722 123 456', '4111 1111']) {
      expect(all).not.toContain(secret);
    }
    expect(r.reply.quoted).toContain('L’ordine n. 4521987 è arrivato rotto');
    expect(r.subject).toBe('Re: Ordine 4521987 - chiamatemi al •••• ••• •••');
    expect(counts).toEqual({ iban: 1, phone: 3, email: 2, card: 1 });
  });

  it('keeps every evidence quote at its offsets, even one that cuts a number in half', () => {
    const r = redactResult(result);
    expect(r.reply.text).toHaveLength(replyText.length);
    const evidence = Object.values(r.criteria).flatMap((c) => c.evidence);
    expect(evidence).toHaveLength(5);
    for (const e of evidence) expect(r.reply.text.slice(e.start, e.end)).toBe(e.text);
    expect(evidence.find((e) => e.signal === 'contact')!.text).toBe(`mi chiami al ${MASK.repeat(3)} ${MASK.repeat(3)}`);
  });

  it('leaves the agent and, by default, the customer metadata as they are', () => {
    const r = redactResult(result);
    expect(r.agent).toEqual(result.agent);
    expect(r.customer).toEqual(result.customer);
  });

  it('can replace the customer address by a keyed hash, or drop it and the name', () => {
    const hashed = redactResult(result, { customerEmail: 'hash', hashKey: 'k3y' });
    expect(hashed.customer.email).toMatch(/^hmac-sha256:[0-9a-f]{32}$/);
    expect(hashed.customer.email).toBe(hashEmail(' Anna.Bianchi@gmail.com', 'k3y'));
    expect(hashed.customer.email).not.toBe(hashEmail('anna.bianchi@gmail.com', 'other'));
    expect(redactResult(result, { customerEmail: 'hash' }).customer.email).toMatch(/^sha256:[0-9a-f]{32}$/);
    const dropped = redactResult(result, { customerEmail: 'drop', dropCustomerName: true });
    expect(dropped.customer).toEqual({ email: null, name: null });
  });

  it('masks only the kinds asked for', () => {
    const r = redactResult(result, { kinds: ['iban'] });
    expect(r.reply.text).toContain('347 123 4567');
    expect(r.reply.text).not.toContain('IT60');
  });

  it('does not change the result it was given', () => {
    const before = structuredClone(result);
    redactResult(result, { customerEmail: 'drop' });
    expect(result).toEqual(before);
  });

  it('redacts an unscorable result with no criteria', () => {
    const u = ResultSchema.parse({ ...result, status: 'unscorable', reason: 'no reply text', score: null, criteria: {}, reply: { text: '', quoted: quoted } });
    const r = redactResult(u);
    expect(r.reason).toBe('no reply text');
    expect(r.reply.quoted).not.toContain('anna.bianchi@gmail.com');
  });
});
