import { describe, expect, it } from 'vitest';
import { classify, type ReplyFilter } from '../../src/ingest/classify.js';
import { decodeWords, NotAnEmailError, readHeaders } from '../../src/ingest/headers.js';
import { fixture, replaceHeader, withHeaders } from '../helpers/eml.js';

// The API's cheap look at a message: what it refuses, and which copies it does not score.

const anyone: ReplyFilter = { supportDomains: [], hasAgents: false, isAgentAddress: () => false };
const support: ReplyFilter = { supportDomains: ['lumorahome.co.uk'], hasAgents: true, isAgentAddress: (a) => a === 'agent@elsewhere.example' };
const verdict = (raw: Buffer, filter = anyone) => classify(readHeaders(raw), filter);

describe('readHeaders', () => {
  it('refuses what has no header block, saying so', () => {
    expect(() => readHeaders(Buffer.alloc(0))).toThrow(/empty/);
    expect(() => readHeaders(Buffer.from('just some text\n\nmore'))).toThrow(NotAnEmailError);
    expect(() => readHeaders(Buffer.from('<html><body>hi</body></html>'))).toThrow(/header block/);
    expect(() => readHeaders(Buffer.from('X-Foo: bar\r\n\r\nbody'))).toThrow(/none of From/);
  });

  it('refuses a header block that never ends within 1 MB', () => {
    const huge = Buffer.from('Subject: x\r\n' + 'X-Pad: '.padEnd(998, 'a').concat('\r\n').repeat(1100));
    expect(() => readHeaders(huge)).toThrow(/longer than 1 MB/);
  });

  it('reads folded headers, an mbox From_ line, and bare LF line ends', () => {
    const h = readHeaders(Buffer.from('From nobody Mon Nov 23 2026\nFrom: "Hart, Daniel"\n <D.Hart@Lumorahome.co.uk>\nSubject: Re:\n  folded\n\nbody'));
    expect(h.from).toBe('d.hart@lumorahome.co.uk');
    expect(h.subject).toBe('Re: folded');
  });

  it('takes the Message-ID in angle brackets, ignoring comments around it', () => {
    expect(readHeaders(replaceHeader(fixture('dev-en-001.eml'), 'Message-ID', '(comment) <abc@x> (more)')).messageId).toBe('<abc@x>');
  });

  it('decodes encoded words, and leaves an unknown charset as it is', () => {
    expect(decodeWords('=?UTF-8?B?UmU6IENvbW1hbmRlIGluY29tcGzDqHRl?=')).toBe('Re: Commande incomplète');
    expect(decodeWords('=?iso-8859-1?Q?Abwesenheitsnotiz=3A_au=DFer_Haus?=')).toBe('Abwesenheitsnotiz: außer Haus');
    expect(decodeWords('=?x-unknown?Q?abc?=')).toBe('=?x-unknown?Q?abc?=');
  });

  it('reads 8-bit headers as UTF-8, or as Latin-1 when they are not UTF-8', () => {
    const latin1 = Buffer.concat([Buffer.from('From: a@b.example\r\nSubject: '), Buffer.from('Réponse automatique', 'latin1'), Buffer.from('\r\n\r\nx')]);
    expect(readHeaders(latin1).subject).toBe('Réponse automatique');
    expect(readHeaders(Buffer.from('From: a@b.example\r\nSubject: Răspuns automat\r\n\r\nx')).subject).toBe('Răspuns automat');
  });
});

describe('classify', () => {
  it('counts the dev fixtures as replies', () => {
    expect(verdict(fixture('dev-en-001.eml'))).toEqual({ count: true });
  });

  it('skips auto-replies by header, but not Auto-Submitted: no', () => {
    expect(verdict(withHeaders(fixture('dev-en-001.eml'), 'Auto-Submitted: auto-generated; owner-email=x@y'))).toMatchObject({ count: false });
    expect(verdict(withHeaders(fixture('dev-en-001.eml'), 'Auto-Submitted: no'))).toEqual({ count: true });
    expect(verdict(withHeaders(fixture('dev-en-001.eml'), 'X-Autoreply: yes'))).toMatchObject({ count: false });
    expect(verdict(withHeaders(fixture('dev-en-001.eml'), 'Precedence: auto_reply'))).toMatchObject({ count: false });
  });

  it('skips out-of-office subjects in every language, also encoded, but not a reply that merely mentions one', () => {
    for (const subject of ['Out of Office: Re: order', 'Automatic reply: Broken lamp', 'Risposta automatica: ordine', '[Auto-Reply] hello', 'Respuesta automática: pedido', 'Răspuns automat: comanda', 'Resposta automática: pedido', '=?utf-8?Q?R=C3=A9ponse_automatique?=']) {
      expect(verdict(replaceHeader(fixture('dev-en-001.eml'), 'Subject', subject)), subject).toMatchObject({ count: false, reason: expect.stringMatching(/out-of-office/) });
    }
    for (const subject of ['Re: your out of office question', 'Re: Absenteeism report', 'Re: Automatic replies not arriving']) {
      expect(verdict(replaceHeader(fixture('dev-en-001.eml'), 'Subject', subject)), subject).toEqual({ count: true });
    }
  });

  it('skips bounces: delivery reports, mailer-daemon, an empty Return-Path', () => {
    expect(verdict(replaceHeader(fixture('dev-de-001.eml'), 'Content-Type', 'multipart/report; report-type=delivery-status; boundary=x'))).toMatchObject({ reason: /bounce/ });
    expect(verdict(replaceHeader(fixture('dev-en-001.eml'), 'From', 'postmaster@lumorahome.co.uk'))).toMatchObject({ reason: /bounce/ });
    expect(verdict(replaceHeader(fixture('dev-en-001.eml'), 'Return-Path', '< >'))).toMatchObject({ reason: /Return-Path/ });
  });

  it('with domains or agents configured, counts only their mail (subdomains too)', () => {
    expect(verdict(fixture('dev-en-001.eml'), support)).toEqual({ count: true });
    expect(verdict(replaceHeader(fixture('dev-en-001.eml'), 'From', 'eu.desk@mail.lumorahome.co.uk'), support)).toEqual({ count: true });
    expect(verdict(replaceHeader(fixture('dev-en-001.eml'), 'From', 'Agent <AGENT@elsewhere.example>'), support)).toEqual({ count: true });
    expect(verdict(fixture('dev-de-001.eml'), support)).toMatchObject({ count: false, reason: /not an agent reply/ });
    expect(verdict(replaceHeader(fixture('dev-en-001.eml'), 'From', 'x@notlumorahome.co.uk'), support)).toMatchObject({ count: false });
  });

  it('is not fooled by a display name that looks like a support address', () => {
    const spoof = replaceHeader(fixture('dev-en-001.eml'), 'From', '"help@lumorahome.co.uk" <mallory@evil.example>');
    expect(verdict(spoof, support)).toMatchObject({ count: false });
    const encoded = replaceHeader(fixture('dev-en-001.eml'), 'From', '=?utf-8?Q?help=40lumorahome.co.uk?= <mallory@evil.example>');
    expect(verdict(encoded, support)).toMatchObject({ count: false });
  });
});
