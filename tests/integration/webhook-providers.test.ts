import { createHmac, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import { fixture, withMessageId } from '../helpers/eml.js';
import { deletePrefix, MACHINE_REDIS, startOwnRedis, uniquePrefix } from '../helpers/redis.js';
import { INGEST_TOKEN, testEnv } from '../helpers/service.js';


// A loaded machine (CI, the rest of the suite in parallel) makes starting the service and the first scores slow.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// Mailgun, SendGrid and Postmark posting the way they do: the raw message comes
// out byte for byte, and each gets the status code it reads as "delivered",
// "retry" or "give up". The API runs without workers, so the raw bytes stay in
// Redis to compare.

const SIGNING_KEY = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0';
const SENDGRID_TOKEN = 'sg-' + randomBytes(12).toString('hex');
const LIMIT = 4 * 1024 * 1024;
const SUPPORT = 'lumorahome.co.uk wohnwerk-moebel.de casamea-mobila.ro casabellini.it maisonlumiere.fr mueblesalba.es northgatebank.co.uk';

const basic = (password: string, user = 'qa') => 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
const signature = (timestamp: string, token: string, key = SIGNING_KEY) => createHmac('sha256', key).update(timestamp + token).digest('hex');

/** The fields Mailgun posts to a forward() URL ending in "mime", signed now (or at `at` seconds). */
function mailgunFields(raw: Buffer | string, opts: { at?: number; token?: string; key?: string } = {}) {
  const timestamp = String(opts.at ?? Math.floor(Date.now() / 1000));
  const token = opts.token ?? randomBytes(25).toString('hex');
  return {
    recipient: 'qa@inbound.lumorahome.co.uk',
    sender: 'daniel.hart@lumorahome.co.uk',
    from: 'Daniel Hart <daniel.hart@lumorahome.co.uk>',
    subject: 'Re: Broken lamp',
    'body-mime': typeof raw === 'string' ? raw : raw.toString('utf8'),
    timestamp,
    token,
    signature: signature(timestamp, token, opts.key),
  };
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('provider webhooks', () => {
  const prefix = uniquePrefix('hooks');
  let handle: ServerHandle;
  let redis: Redis;
  let base: string;
  const stored = async (id: string) => redis.getBuffer(`{${prefix}}:raw:${id}`);
  /** Whether the service has never seen a message with this Message-ID (it would not answer "duplicate" to it now). */
  const unseen = async (messageId: string) => {
    const res = await fetch(`${base}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${INGEST_TOKEN}` },
      body: new Uint8Array(withMessageId(fixture('dev-en-002.eml'), messageId)),
    });
    return (await res.json()).status !== 'duplicate';
  };

  beforeAll(async () => {
    const env = testEnv(prefix, { QA_MAILGUN_SIGNING_KEY: SIGNING_KEY, QA_SENDGRID_TOKEN: SENDGRID_TOKEN, QA_MAX_MESSAGE_SIZE: String(LIMIT), QA_SUPPORT_DOMAINS: SUPPORT });
    handle = await startServer(loadConfig(env), { print: () => {} });
    base = handle.url;
    redis = new Redis(MACHINE_REDIS);
  });
  afterAll(async () => {
    await handle?.close();
    redis?.disconnect();
    await deletePrefix(prefix);
  });

  describe('Mailgun', () => {
    const post = (body: URLSearchParams | FormData, path = '/v1/inbound/mailgun/mime') => fetch(base + path, { method: 'POST', body });

    it('queues body-mime from a signed urlencoded post, byte for byte, and answers 200', async () => {
      const raw = withMessageId(fixture('dev-fr-001.eml'), '<mg-form@hooks.test>');
      const res = await post(new URLSearchParams(mailgunFields(raw)));
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.status).toBe('queued');
      expect((await stored(body.id))?.equals(raw)).toBe(true);
    });

    it('queues body-mime from a signed multipart post, 8-bit bytes intact', async () => {
      const raw = Buffer.concat([withMessageId(fixture('dev-en-003.eml'), '<mg-multi@hooks.test>'), Buffer.from([0xe9, 0xff, 0x0d, 0x0a])]);
      const form = new FormData();
      for (const [k, v] of Object.entries(mailgunFields(''))) if (k !== 'body-mime') form.append(k, v);
      form.append('body-mime', new Blob([new Uint8Array(raw)]));
      const res = await post(form);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect((await stored(body.id))?.equals(raw)).toBe(true);
    });

    it('gives up (406) on a wrong signature, a signature under another key, or none, and queues nothing', async () => {
      const raw = withMessageId(fixture('dev-it-001.eml'), '<mg-badsig@hooks.test>');
      const tampered = { ...mailgunFields(raw), signature: 'f'.repeat(64) };
      const otherKey = mailgunFields(raw, { key: 'key-someone-else' });
      const { signature: _, ...unsigned } = mailgunFields(raw);
      for (const fields of [tampered, otherKey, unsigned]) {
        const res = await post(new URLSearchParams(fields));
        expect(res.status).toBe(406);
        expect((await res.json()).error.code).toBe('bad_signature');
      }
      expect(await unseen('<mg-badsig@hooks.test>')).toBe(true);
    });

    it('gives up (406) on a correctly signed post whose timestamp is more than 5 minutes old or ahead', async () => {
      const raw = withMessageId(fixture('dev-it-001.eml'), '<mg-stale@hooks.test>');
      for (const at of [Math.floor(Date.now() / 1000) - 6 * 60, Math.floor(Date.now() / 1000) + 6 * 60]) {
        const res = await post(new URLSearchParams(mailgunFields(raw, { at })));
        expect(res.status).toBe(406);
        expect((await res.json()).error.code).toBe('stale');
      }
      expect(await unseen('<mg-stale@hooks.test>')).toBe(true);
    });

    it('refuses a replayed token carrying another message (406), and takes the same message again as a retry', async () => {
      const original = withMessageId(fixture('dev-ro-001.eml'), '<mg-replay@hooks.test>');
      const fields = mailgunFields(original);
      const first = await post(new URLSearchParams(fields));
      expect((await first.json()).status).toBe('queued');

      const swapped = withMessageId(fixture('dev-es-001.eml'), '<mg-swapped@hooks.test>');
      const replay = await post(new URLSearchParams({ ...fields, 'body-mime': swapped.toString('utf8') }));
      expect(replay.status).toBe(406);
      expect((await replay.json()).error.code).toBe('replayed');
      expect(await unseen('<mg-swapped@hooks.test>')).toBe(true);

      const retry = await post(new URLSearchParams(fields));
      expect(retry.status).toBe(200);
      expect((await retry.json()).status).toBe('duplicate');
    });

    it('gives up (406) on a parsed post without body-mime, saying the URL must end in "mime"', async () => {
      const { 'body-mime': _, ...parsed } = mailgunFields('');
      const res = await post(new URLSearchParams({ ...parsed, 'body-plain': 'Hello' }), '/v1/inbound/mailgun');
      expect(res.status).toBe(406);
      expect((await res.json()).error.message).toMatch(/mime/);
    });

    it('gives up (406) on a signed post whose body-mime is not an email', async () => {
      const res = await post(new URLSearchParams(mailgunFields('just some words, no headers')));
      expect(res.status).toBe(406);
      expect((await res.json()).error.code).toBe('not_an_email');
    });
  });

  describe('SendGrid Inbound Parse (raw)', () => {
    const form = (raw: Buffer) => {
      const f = new FormData();
      f.append('to', 'qa@parse.lumorahome.co.uk');
      f.append('from', 'Daniel Hart <daniel.hart@lumorahome.co.uk>');
      f.append('subject', 'Re: Broken lamp');
      f.append('envelope', JSON.stringify({ to: ['qa@parse.lumorahome.co.uk'], from: 'daniel.hart@lumorahome.co.uk' }));
      f.append('charsets', JSON.stringify({ to: 'UTF-8', from: 'UTF-8', subject: 'UTF-8' }));
      f.append('spam_score', '0.1');
      f.append('email', raw.toString('utf8'));
      return f;
    };

    it('queues the "email" field with the token as a path segment or as URL credentials (basic auth)', async () => {
      const a = withMessageId(fixture('dev-de-001.eml'), '<sg-path@hooks.test>');
      const byPath = await fetch(`${base}/v1/inbound/sendgrid/${SENDGRID_TOKEN}`, { method: 'POST', body: form(a) });
      expect(byPath.status).toBe(200);
      expect((await stored((await byPath.json()).id))?.equals(a)).toBe(true);

      const b = withMessageId(fixture('dev-de-001.eml'), '<sg-basic@hooks.test>');
      const byBasic = await fetch(`${base}/v1/inbound/sendgrid`, { method: 'POST', headers: { authorization: basic(SENDGRID_TOKEN) }, body: form(b) });
      expect(byBasic.status).toBe(200);
      expect((await byBasic.json()).status).toBe('queued');
    });

    it('keeps a message of several megabytes whole (no field truncation)', async () => {
      const padding = Buffer.from(('x'.repeat(998) + '\r\n').repeat(2500)); // 2.5 MB of body lines
      const raw = Buffer.concat([withMessageId(fixture('dev-en-001.eml'), '<sg-large@hooks.test>'), padding]);
      const res = await fetch(`${base}/v1/inbound/sendgrid/${SENDGRID_TOKEN}`, { method: 'POST', body: form(raw) });
      expect(res.status).toBe(200);
      const stored_ = await stored((await res.json()).id);
      expect(stored_?.length).toBe(raw.length);
      expect(stored_?.equals(raw)).toBe(true);
    });

    it('answers 401 to a wrong or missing token, 400 to a non-email, 413 over the size limit', async () => {
      const raw = withMessageId(fixture('dev-de-001.eml'), '<sg-refused@hooks.test>');
      expect((await fetch(`${base}/v1/inbound/sendgrid/wrong-token`, { method: 'POST', body: form(raw) })).status).toBe(401);
      expect((await fetch(`${base}/v1/inbound/sendgrid`, { method: 'POST', body: form(raw) })).status).toBe(401);
      expect((await fetch(`${base}/v1/inbound/sendgrid`, { method: 'POST', headers: { authorization: basic(INGEST_TOKEN) }, body: form(raw) })).status).toBe(401);
      expect(await unseen('<sg-refused@hooks.test>')).toBe(true);
      expect((await fetch(`${base}/v1/inbound/sendgrid/${SENDGRID_TOKEN}`, { method: 'POST', body: form(Buffer.from('no headers here')) })).status).toBe(400);
      const huge = Buffer.concat([raw, Buffer.alloc(LIMIT, 'a')]);
      expect((await fetch(`${base}/v1/inbound/sendgrid/${SENDGRID_TOKEN}`, { method: 'POST', body: form(huge) })).status).toBe(413);
    });
  });

  describe('Postmark inbound', () => {
    const payload = (raw: string | undefined) => ({
      From: 'daniel.hart@lumorahome.co.uk',
      FromName: 'Daniel Hart',
      To: 'qa@inbound.postmarkapp.com',
      Subject: 'Re: Broken lamp',
      MessageID: '22c74902-a0c1-4511-804f-341342852c90',
      TextBody: 'Hi Sarah, …',
      Attachments: [],
      ...(raw === undefined ? {} : { RawEmail: raw }),
    });
    const post = (body: unknown, auth: string | null = basic(INGEST_TOKEN)) =>
      fetch(`${base}/v1/inbound/postmark`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body) });

    it('queues RawEmail with the ingest token as basic-auth password, and answers 200', async () => {
      const raw = withMessageId(fixture('dev-ro-001.eml'), '<pm-ok@hooks.test>');
      const res = await post(payload(raw.toString('utf8')));
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.status).toBe('queued');
      expect((await stored(body.id))?.equals(raw)).toBe(true);
    });

    it('answers 403 (stop retrying) to wrong credentials, a payload without RawEmail, and a RawEmail that is not an email', async () => {
      const raw = withMessageId(fixture('dev-ro-001.eml'), '<pm-refused@hooks.test>').toString('utf8');
      expect((await post(payload(raw), basic('wrong'))).status).toBe(403);
      expect((await post(payload(raw), null)).status).toBe(403);
      expect(await unseen('<pm-refused@hooks.test>')).toBe(true);
      const noRaw = await post(payload(undefined));
      expect(noRaw.status).toBe(403);
      expect((await noRaw.json()).error.message).toMatch(/Include raw email content/);
      expect((await post(payload('plain words'))).status).toBe(403);
    });
  });
});

describe('provider webhooks when Redis is unavailable', () => {
  it('answer 503 (each provider retries), and take the same posts once Redis is back (Mailgun\'s within QA_MAILGUN_MAX_AGE)', async () => {
    const own = await startOwnRedis();
    cleanups.push(() => own.destroy());
    // A window as long as Mailgun's retries, which resend the first signature.
    const env = testEnv(uniquePrefix('hooks-down'), { REDIS_URL: own.url, QA_MAILGUN_SIGNING_KEY: SIGNING_KEY, QA_MAILGUN_MAX_AGE: '9h', QA_SUPPORT_DOMAINS: SUPPORT });
    const handle = await startServer(loadConfig(env), { print: () => {} });
    cleanups.push(() => handle.close());
    const sendgridForm = () => {
      const f = new FormData();
      f.append('email', withMessageId(fixture('dev-de-001.eml'), '<down-sg@hooks.test>').toString('utf8'));
      return f;
    };
    // Signed 10 minutes ago: Mailgun's first retry of a post that got a 503.
    const mailgun = new URLSearchParams(mailgunFields(withMessageId(fixture('dev-fr-001.eml'), '<down-mg@hooks.test>'), { at: Math.floor(Date.now() / 1000) - 600 }));
    const postmark = JSON.stringify({ RawEmail: withMessageId(fixture('dev-ro-001.eml'), '<down-pm@hooks.test>').toString('utf8') });
    const attempt = () =>
      Promise.all([
        fetch(`${handle.url}/v1/inbound/mailgun/mime`, { method: 'POST', body: mailgun }),
        fetch(`${handle.url}/v1/inbound/sendgrid`, { method: 'POST', headers: { authorization: basic(INGEST_TOKEN) }, body: sendgridForm() }),
        fetch(`${handle.url}/v1/inbound/postmark`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: basic(INGEST_TOKEN) }, body: postmark }),
      ]).then((rs) => rs.map((r) => r.status));

    await own.stop();
    const down = await fetch(`${handle.url}/v1/inbound/postmark`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: basic(INGEST_TOKEN) }, body: postmark });
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await attempt()).toEqual([503, 503, 503]);

    await own.start();
    await expect.poll(attempt, { timeout: 60_000, interval: 200 }).toEqual([200, 200, 200]);
    const redis = new Redis(own.url);
    cleanups.push(async () => redis.disconnect());
    expect(await redis.keys(`{${env.QA_PREFIX}}:raw:*`)).toHaveLength(3);
  });
});
