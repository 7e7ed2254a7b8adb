import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeConfig, loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import { runWorker, type WorkerHandle } from '../../src/service/worker.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { client, INGEST_TOKEN, READ_TOKEN, testEnv } from '../helpers/service.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// What the service logs, at the most talkative level, while it is sent wrong
// tokens, bodies it refuses, mail it scores and an erasure: no line carries a
// token, a message body, a subject or an address, and no error answer echoes a
// token or a body. The API and a worker log through one captured logger.

const ADMIN = 'test-admin-token-7f3a';
const WRONG = 'wrong-token-c0ffee-5ecret';
const BODY = 'BODY-MARKER-41d9';
const SUBJECT = 'SUBJECT-MARKER-93be';
const CUSTOMER = 'log.marker.customer@example.net';
const AGENT = 'log.marker.agent@support.example';

const message = (n: number) =>
  Buffer.from(
    [
      `From: Agent <${AGENT}>`,
      `To: Customer <${CUSTOMER}>`,
      `Subject: Re: ${SUBJECT}`,
      'Date: Mon, 23 Nov 2026 10:40:00 +0000',
      `Message-ID: <logs-${n}.${process.pid}@support.example>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      `Hello, I am sorry about the delay. I have refunded order ${BODY} today. Does that work for you?`,
      '',
    ].join('\r\n'),
  );

const prefix = uniquePrefix('logs');
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});
let config: Config;
let handle: ServerHandle;
let worker: WorkerHandle;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  config = loadConfig(testEnv(prefix, { QA_ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'trace', QA_RATE_LIMIT_INGEST: '20' }));
  const log = createLogger('trace', { role: 'test' }, sink);
  handle = await startServer(config, { print: () => {}, log });
  worker = await runWorker(config, { log });
  api = client(handle.url);
});

afterAll(async () => {
  await worker?.close();
  await handle?.close();
  await deletePrefix(prefix);
});

describe('logs and error answers', () => {
  it('never carry a token, a body, a subject or an address', async () => {
    const answers: string[] = [];
    const keep = async (res: Response) => {
      answers.push(await res.text());
      return res.status;
    };
    // Wrong token, a token of another scope, no token: refused before the body is read.
    expect(await keep(await api.postRaw(message(1), { token: WRONG }))).toBe(401);
    expect(await keep(await api.postRaw(message(1), { token: READ_TOKEN }))).toBe(401);
    expect(await keep(await api.postJson({ raw: message(1).toString() }, WRONG))).toBe(401);
    expect(await keep(await api.get('/v1/feed.json', WRONG))).toBe(401);
    expect(await keep(await fetch(`${handle.url}/v1/feed.json?token=${WRONG}`))).toBe(401);
    // Refused bodies: wrong type, bad JSON.
    expect(await keep(await api.postRaw(message(1), { type: 'text/plain' }))).toBe(415);
    expect(await keep(await api.postRaw(`{"raw": "${BODY}`, { type: 'application/json' }))).toBe(400);
    // Mail that is scored and stored (the worker logs at debug level what it did).
    const { id } = await (await api.postRaw(message(2))).json();
    await expect.poll(async () => (await api.get(`/v1/results/${id}`)).status, { timeout: 60_000, interval: 50 }).toBe(200);
    // Past the rate limit.
    let limited = 0;
    for (let i = 0; i < 25 && !limited; i++) {
      const res = await api.postRaw(message(2));
      if (res.status === 429) limited++;
      answers.push(await res.text());
    }
    expect(limited).toBe(1);
    // An erasure of the customer.
    const erased = await fetch(`${handle.url}/v1/admin/erasure`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` }, body: JSON.stringify({ customer: CUSTOMER }) });
    expect(await keep(erased)).toBe(200);

    await expect.poll(() => lines.some((l) => l.includes('"customer erased"'))).toBe(true);
    expect(lines.some((l) => l.includes('"scored"'))).toBe(true);
    const logged = lines.join('\n');
    for (const secret of [WRONG, INGEST_TOKEN, READ_TOKEN, ADMIN, BODY, SUBJECT, CUSTOMER, AGENT]) {
      expect(logged, `the logs carry ${secret}`).not.toContain(secret);
    }
    for (const secret of [WRONG, INGEST_TOKEN, READ_TOKEN, ADMIN, BODY, CUSTOMER]) {
      for (const a of answers) expect(a, `an answer echoes ${secret}`).not.toContain(secret);
    }
    // The configuration as it may be logged names which secrets are set, never their values.
    const described = JSON.stringify(describeConfig(config));
    for (const secret of [INGEST_TOKEN, READ_TOKEN, ADMIN]) expect(described).not.toContain(secret);
  });
});
