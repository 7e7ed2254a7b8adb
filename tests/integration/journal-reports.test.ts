import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NotAnEmailError } from '../../src/ingest/headers.js';
import { isJournalReport, unwrapJournal } from '../../src/journal/unwrap.js';
import type { ServerHandle } from '../../src/service/start.js';
import { fixture } from '../helpers/eml.js';
import { uniquePrefix } from '../helpers/redis.js';
import { client, startTestService, testEnv, type TestService } from '../helpers/service.js';


// A loaded machine (CI, the rest of the suite in parallel) makes starting the service and the first scores slow.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// Exchange / Microsoft 365 envelope journal reports: the original attached as
// message/rfc822 is what is scored, and several reports of it count once.

const JOURNAL_DIR = new URL('../fixtures/journal/', import.meta.url).pathname;
const report = (n: number) => readFileSync(JOURNAL_DIR + `exchange-online-report-${n}.eml`);
const ORIGINAL_ID = '<DB9PR06MB7723A1C0E2F44B9D8E6A15C7D41A2@DB9PR06MB7723.eurprd06.prod.outlook.com>';

/** A journal report around `original`, with the attachment in the given transfer encoding. */
function wrap(original: Buffer, encoding: '7bit' | 'base64' = '7bit', extraHeaders = ''): Buffer {
  const b = `journal_${original.length}_${encoding}`; // differs from any boundary of a wrapped report
  const body = encoding === 'base64' ? original.toString('base64').replace(/.{76}/g, '$&\r\n') : original.toString('latin1');
  return Buffer.from(
    `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>\r\n` +
      `To: journal@example.net\r\nSubject: journal\r\nMessage-ID: <${Math.random()}@journal.report.generator>\r\n` +
      `Content-Type: multipart/mixed; boundary="${b}"\r\nMIME-Version: 1.0\r\nX-MS-Journal-Report:\r\n${extraHeaders}\r\n` +
      `--${b}\r\nContent-Type: text/plain; charset="us-ascii"\r\n\r\nSender: a@example.com\r\nRecipient: b@example.org\r\n\r\n` +
      `--${b}\r\nContent-Type: message/rfc822\r\n${encoding === 'base64' ? 'Content-Transfer-Encoding: base64\r\n' : ''}\r\n${body}\r\n--${b}--\r\n`,
    'latin1',
  );
}

describe('unwrapJournal', () => {
  it('returns the attached original of an Exchange Online journal report, byte for byte', () => {
    const original = unwrapJournal(report(1));
    const text = original.toString('latin1');
    expect(text.startsWith('Received: from DB9PR06MB7723')).toBe(true);
    expect(text).toContain(`Message-ID: ${ORIGINAL_ID}\r\n`);
    expect(text).not.toContain('X-MS-Journal-Report');
    expect(text.endsWith('Sarah\r\n')).toBe(true);
    expect(isJournalReport(original)).toBe(false);
  });

  it('leaves every other message as it is (the same buffer)', () => {
    const raw = fixture('dev-en-001.eml');
    expect(unwrapJournal(raw)).toBe(raw);
  });

  it('does not unwrap a message that only mentions X-MS-Journal-Report in its body', () => {
    const raw = Buffer.concat([fixture('dev-en-002.eml'), Buffer.from('\r\nX-MS-Journal-Report:\r\n')]);
    expect(unwrapJournal(raw)).toBe(raw);
  });

  it('decodes an original attached in base64 and unwraps a report of a report', () => {
    const original = fixture('dev-fr-001.eml');
    expect(unwrapJournal(wrap(original, 'base64')).equals(original)).toBe(true);
    expect(unwrapJournal(wrap(wrap(original))).equals(original)).toBe(true);
  });

  it('refuses a journal report without an attached original as not an email', () => {
    const bare = Buffer.from('From: x@example.com\r\nSubject: journal\r\nX-MS-Journal-Report:\r\nContent-Type: text/plain\r\n\r\nSender: x@example.com\r\n');
    expect(() => unwrapJournal(bare)).toThrow(NotAnEmailError);
  });
});

describe('journal reports through the service', () => {
  const prefix = uniquePrefix('journal');
  let handle: ServerHandle;
  let api: ReturnType<typeof client>;
  let redis: Redis;

  let svc: TestService;

  beforeAll(async () => {
    svc = await startTestService(testEnv(prefix, { QA_SUPPORT_DOMAINS: 'lumorahome.co.uk' }));
    ({ handle, api, redis } = svc);
  });
  afterAll(() => svc?.close());

  it('two reports of the same reply (two journal mailboxes) give one scored result of the original', async () => {
    const first = await (await api.postRaw(report(1))).json();
    const second = await (await api.postRaw(report(2))).json();
    expect(first.status).toBe('queued');
    expect(second).toEqual({ id: first.id, status: 'duplicate' });

    await expect.poll(async () => (await api.get(`/v1/results/${first.id}`)).status, { timeout: 60_000, interval: 50 }).toBe(200);
    const result = await api.json(`/v1/results/${first.id}`);
    expect(result).toMatchObject({ status: 'scored', messageId: ORIGINAL_ID, subject: 'RE: Broken lamp - order LH-48217' });
    expect(result.agent.email).toBe('daniel.hart@lumorahome.co.uk');
    expect(result.reply.text).toContain('dispatched a replacement');
    expect(result.reply.text).not.toContain('Sender:');

    // The original posted directly, too, is the same message.
    expect(await (await api.postRaw(unwrapJournal(report(2)))).json()).toEqual({ id: first.id, status: 'duplicate' });
    const day = new Date().toISOString().slice(0, 10);
    expect(await redis.hget(`{${prefix}}:agg:${day}`, 'daniel.hart@lumorahome.co.uk\tn')).toBe('1');
  });

  it('answers 400 for a journal report that carries no original', async () => {
    const res = await api.postRaw('From: j@lumorahome.co.uk\r\nSubject: x\r\nX-MS-Journal-Report:\r\n\r\nSender: j@lumorahome.co.uk\r\n');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/journal report/);
  });
});
