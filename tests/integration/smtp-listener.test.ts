import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startAll, startServer, type ServerHandle } from '../../src/service/start.js';
import { fixture, withMessageId } from '../helpers/eml.js';
import { deletePrefix, startOwnRedis, uniquePrefix } from '../helpers/redis.js';
import { client, startTestService, testEnv, type TestService } from '../helpers/service.js';


// A loaded machine (CI, the rest of the suite in parallel) makes starting the service and the first scores slow.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// The SMTP door with nodemailer as the relay: 250 only once queued, 4xx when
// Redis is away, 535/530 for AUTH, 421 for a client outside the allowlist, 552
// over the size limit, and never a 5xx for a message that merely cannot be scored.

const USER = 'postfix-relay';
const PASSWORD = 'correct horse battery staple';
const LIMIT = 64 * 1024;
const SUPPORT = 'lumorahome.co.uk wohnwerk-moebel.de casamea-mobila.ro casabellini.it maisonlumiere.fr mueblesalba.es northgatebank.co.uk stackwise.io';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Sends one raw message like a relay would; resolves to the server's last reply, rejects with nodemailer's error (responseCode). */
function relay(port: number, raw: Buffer, opts: { auth?: { user: string; pass: string } | null; localAddress?: string; method?: string } = {}) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    localAddress: opts.localAddress,
    auth: opts.auth === null ? undefined : (opts.auth ?? { user: USER, pass: PASSWORD }),
    authMethod: opts.method,
    connectionTimeout: 5_000,
  });
  return transport
    .sendMail({ envelope: { from: 'daniel.hart@lumorahome.co.uk', to: ['qa@email-qa.test'] }, raw })
    .finally(() => transport.close());
}

/** One low-level SMTP session (nodemailer's connection class), for what a plain sendMail does not show. */
async function session(port: number, opts: ConstructorParameters<typeof SMTPConnection>[0] = {}) {
  const conn = new SMTPConnection({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 5_000, ...opts });
  await new Promise<void>((resolve, reject) => {
    conn.once('error', reject);
    conn.connect(() => resolve());
  });
  cleanups.push(async () => conn.close());
  return conn;
}

const send = (conn: SMTPConnection, raw: Buffer, size?: number) =>
  new Promise<SMTPConnection.SentMessageInfo>((resolve, reject) =>
    conn.send({ from: 'daniel.hart@lumorahome.co.uk', to: ['qa@email-qa.test'], size } as SMTPConnection.Envelope, raw, (err, info) => (err ? reject(err) : resolve(info))),
  );

const idOf = (response: string) => /as ([0-9a-f]{24})/.exec(response)?.[1];

describe('SMTP listener with AUTH and an allowlist', () => {
  const prefix = uniquePrefix('smtp');
  let handle: ServerHandle;
  let api: ReturnType<typeof client>;
  let redis: Redis;
  let svc: TestService;

  beforeAll(async () => {
    const env = testEnv(prefix, {
      QA_SMTP_PORT: '0',
      QA_SMTP_HOST: '127.0.0.1',
      QA_SMTP_USER: USER,
      QA_SMTP_PASSWORD: PASSWORD,
      QA_SMTP_ALLOW: '127.0.0.1/32, ::1',
      QA_MAX_MESSAGE_SIZE: String(LIMIT),
      QA_SUPPORT_DOMAINS: SUPPORT,
    });
    svc = await startTestService(env);
    ({ handle, api, redis } = svc);
  });
  afterAll(() => svc?.close());

  it('answers 250 with the ingest id once the copy is queued, and the copy is scored', async () => {
    const info = await relay(handle.smtpPort!, fixture('dev-en-001.eml'));
    expect(info.response).toMatch(/^250 .*queued as [0-9a-f]{24}/);
    const id = idOf(info.response)!;
    expect(await redis.exists(`{${prefix}}:raw:${id}`, `{${prefix}}:result:${id}`)).toBeGreaterThan(0);
    await expect.poll(async () => (await api.get(`/v1/results/${id}`)).status, { timeout: 60_000, interval: 50 }).toBe(200);
    expect(await api.json(`/v1/results/${id}`)).toMatchObject({ status: 'scored', messageId: '<0f221fa3194250ef.0@lumorahome.co.uk>' });
  });

  it('takes AUTH LOGIN as well as PLAIN', async () => {
    const info = await relay(handle.smtpPort!, withMessageId(fixture('dev-de-001.eml'), '<login@smtp.test>'), { method: 'LOGIN' });
    expect(info.response).toMatch(/^250 .*queued as/);
  });

  it('answers 250 "duplicate" with the same id when the relay sends a copy again', async () => {
    const raw = withMessageId(fixture('dev-it-001.eml'), '<again@smtp.test>');
    const first = await relay(handle.smtpPort!, raw);
    const second = await relay(handle.smtpPort!, raw);
    expect(first.response).toMatch(/queued as/);
    expect(second.response).toMatch(/^250 .*duplicate as/);
    expect(idOf(second.response)).toBe(idOf(first.response));
  });

  it('answers 250 for mail it will not score: an auto-reply is recorded as skipped, a non-email is dropped, never bounced', async () => {
    const auto = await relay(handle.smtpPort!, Buffer.concat([Buffer.from('Auto-Submitted: auto-replied\r\n'), withMessageId(fixture('dev-en-002.eml'), '<ooo@smtp.test>')]));
    expect(auto.response).toMatch(/^250 .*skipped as/);
    expect(JSON.parse((await redis.get(`{${prefix}}:result:${idOf(auto.response)}`))!)).toMatchObject({ status: 'skipped' });

    const garbage = await relay(handle.smtpPort!, Buffer.from('this is not a message, just a line of text\r\n'));
    expect(garbage.response).toMatch(/^250 .*not an email/);
  });

  it('refuses a wrong password with 535 and queues nothing', async () => {
    const raw = withMessageId(fixture('dev-fr-001.eml'), '<badpass@smtp.test>');
    const err = await relay(handle.smtpPort!, raw, { auth: { user: USER, pass: 'wrong' } }).catch((e) => e);
    expect(err.responseCode).toBe(535);
    const wrongUser = await relay(handle.smtpPort!, raw, { auth: { user: 'someone', pass: PASSWORD } }).catch((e) => e);
    expect(wrongUser.responseCode).toBe(535);
    // The same message with the right password is new to the service: nothing was taken before.
    expect((await relay(handle.smtpPort!, raw)).response).toMatch(/queued as/);
  });

  it('refuses mail from a client that did not authenticate with 530', async () => {
    const err = await relay(handle.smtpPort!, fixture('dev-ro-001.eml'), { auth: null }).catch((e) => e);
    expect(err.responseCode).toBe(530);
  });

  it('refuses a client address outside QA_SMTP_ALLOW at the greeting with 421, so a misconfigured relay keeps its mail', async () => {
    const err = await relay(handle.smtpPort!, fixture('dev-es-001.eml'), { localAddress: '127.0.0.2' }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.responseCode).toBe(421);
  });

  it('announces SIZE in EHLO and refuses a larger message with 552 at MAIL FROM (SIZE=) and at the end of DATA', async () => {
    const greeting = await rawDialog(handle.smtpPort!, ['EHLO relay.test', 'QUIT']);
    expect(greeting).toMatch(new RegExp(`250[- ]SIZE ${LIMIT}\\r\\n`));
    expect(greeting).toMatch(/250[- ]AUTH PLAIN LOGIN/);
    expect(greeting).not.toMatch(/STARTTLS/); // no certificate configured

    const auth = `AUTH PLAIN ${Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64')}`;
    const atMailFrom = await rawDialog(handle.smtpPort!, ['EHLO relay.test', auth, `MAIL FROM:<a@lumorahome.co.uk> SIZE=${LIMIT + 1}`, 'QUIT']);
    expect(atMailFrom).toMatch(/\r\n552 [^\r]*size/i);

    const big = withMessageId(Buffer.concat([fixture('dev-en-003.eml'), Buffer.alloc(LIMIT, 'a')]), '<big@smtp.test>');
    const conn = await session(handle.smtpPort!);
    await new Promise<void>((resolve, reject) => conn.login({ user: USER, pass: PASSWORD }, (err) => (err ? reject(err) : resolve())));
    // A relay that honours SIZE does not even send it (nodemailer, like Postfix, checks the announced limit).
    expect(await send(conn, big, big.length).catch((e) => e.code)).toBe('EMESSAGE');
    // One that does not declare the size is refused at the end of DATA.
    const undeclared = await send(conn, big).catch((e) => e);
    expect(undeclared.responseCode).toBe(552);
    // The connection is still usable, and nothing of the big message was kept.
    const small = await send(conn, withMessageId(fixture('dev-en-003.eml'), '<small@smtp.test>'));
    expect(small.response).toMatch(/^250 .*queued as/);
    const probe = await (await api.postRaw(withMessageId(fixture('dev-en-003.eml'), '<big@smtp.test>'))).json();
    expect(probe.status).toBe('queued'); // new to the service: SMTP kept nothing under the big message's id
  });
});

describe('SMTP listener when Redis goes away', () => {
  it('answers 451 while Redis is down, 250 once it is back, and the copy is scored exactly once', async () => {
    const own = await startOwnRedis();
    cleanups.push(() => own.destroy());
    const prefix = uniquePrefix('smtp-down');
    const env = testEnv(prefix, { REDIS_URL: own.url, QA_SMTP_PORT: '0', QA_SMTP_ALLOW: '127.0.0.1', QA_SUPPORT_DOMAINS: SUPPORT });
    const handle = await startAll(loadConfig(env), { print: () => {} });
    cleanups.push(() => handle.close());
    const raw = withMessageId(fixture('dev-en-001.eml'), '<outage@smtp.test>');
    const noAuth = { auth: null };

    await own.stop();
    const refused = await relay(handle.smtpPort!, raw, noAuth).catch((e) => e);
    expect(refused.responseCode).toBe(451);

    await own.start();
    // The relay retries its deferred copy until it is taken.
    const attempt = () => relay(handle.smtpPort!, raw, noAuth).then((i) => i.response, (e) => String(e.responseCode));
    await expect.poll(attempt, { timeout: 60_000, interval: 200 }).toMatch(/^250 .*(queued|duplicate) as/);
    const id = idOf(await attempt())!;
    expect(await attempt()).toMatch(/^250 .*duplicate as/);

    const redis = new Redis(own.url);
    cleanups.push(async () => redis.disconnect());
    await expect.poll(() => redis.exists(`{${prefix}}:result:${id}`), { timeout: 60_000, interval: 50 }).toBe(1);
    const day = new Date().toISOString().slice(0, 10);
    expect(await redis.hget(`{${prefix}}:agg:${day}`, 'daniel.hart@lumorahome.co.uk\tn')).toBe('1');
  });
});

describe('SMTP listener shutdown', () => {
  it('closes at once with a relay\'s idle connection open, telling it 421 (come back later)', async () => {
    const prefix = uniquePrefix('smtp-close');
    cleanups.push(() => deletePrefix(prefix));
    const handle = await startServer(loadConfig(testEnv(prefix, { QA_SMTP_PORT: '0', QA_SMTP_ALLOW: '127.0.0.1', QA_SHUTDOWN_TIMEOUT: '60s' })), { print: () => {} });
    cleanups.push(() => handle.close());
    const conn = await session(handle.smtpPort!);
    // One message delivered on the connection, which then stays open, as a relay's connection cache keeps it.
    expect((await send(conn, withMessageId(fixture('dev-en-001.eml'), '<cached@smtp.test>'))).response).toMatch(/^250 /);
    const ended = new Promise<void>((resolve) => conn.once('end', () => resolve()));
    const t = Date.now();
    await handle.close();
    await ended;
    expect(Date.now() - t).toBeLessThan(20_000); // not the 60 s grace (QA_SHUTDOWN_TIMEOUT) that busy sessions get
  });
});

describe('SMTP listener with a certificate', () => {
  it('offers STARTTLS, takes AUTH only after it, and accepts mail over TLS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-tls-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const prefix = uniquePrefix('smtp-tls');
    cleanups.push(() => deletePrefix(prefix));
    const env = testEnv(prefix, { QA_SMTP_PORT: '0', QA_SMTP_USER: USER, QA_SMTP_PASSWORD: PASSWORD, QA_SMTP_TLS_CERT: cert, QA_SMTP_TLS_KEY: key, QA_WORKERS: '0' });
    const handle = await startAll(loadConfig(env), { print: () => {} });
    cleanups.push(() => handle.close());

    const plain = await rawDialog(handle.smtpPort!, ['EHLO relay.test', `AUTH PLAIN ${Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64')}`, 'QUIT']);
    expect(plain).toMatch(/250[- ]STARTTLS/);
    expect(plain).toMatch(/\r\n5\d\d [^\r]*STARTTLS/); // AUTH before STARTTLS is refused

    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: handle.smtpPort, secure: false, requireTLS: true, tls: { rejectUnauthorized: false }, auth: { user: USER, pass: PASSWORD } });
    cleanups.push(async () => transport.close());
    const info = await transport.sendMail({ envelope: { from: 'a@lumorahome.co.uk', to: ['qa@email-qa.test'] }, raw: withMessageId(fixture('dev-en-002.eml'), '<tls@smtp.test>') });
    expect(info.response).toMatch(/^250 .*queued as/);
  });
});

/** Speaks SMTP line by line (each command after the previous reply); resolves to the whole transcript of replies. */
function rawDialog(port: number, commands: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    let transcript = '';
    let pending = '';
    const queue = [...commands];
    socket.setTimeout(30_000, () => socket.destroy(new Error(`no reply; so far: ${transcript}`)));
    socket.on('data', (d) => {
      transcript += d;
      pending += d;
      // A reply is complete at a line "NNN text" (a space after the code, not a dash).
      while (/(^|\r\n)\d{3} [^\r\n]*\r\n/.test(pending)) {
        pending = '';
        const next = queue.shift();
        if (next === undefined) return socket.end();
        socket.write(next + '\r\n');
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(transcript));
  });
}
