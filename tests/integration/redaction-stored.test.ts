import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startAll, type ServerHandle } from '../../src/service/start.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { client, testEnv } from '../helpers/service.js';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

// Redaction is on by default in the service: what is stored (and served) has the
// customer's identifiers masked, with evidence offsets still pointing at the text.

const reply = (id: string) =>
  Buffer.from(
    [
      'From: Daniel Hart <daniel.hart@lumorahome.co.uk>',
      'To: Sarah Mitchell <s.mitchell84@gmail.com>',
      'Subject: Re: Refund',
      'Date: Mon, 23 Nov 2026 10:40:00 +0000',
      `Message-ID: <${id}@lumorahome.co.uk>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Sarah,',
      '',
      "I'm sorry the refund went to the wrong account. I have sent it again today to IBAN GB82 WEST 1234 5698 7654 32",
      'and emailed the receipt to s.mitchell84@gmail.com. You can call me on +44 20 7946 0958 if anything is unclear.',
      '',
      'Does that work for you?',
      '',
      'Daniel',
      '',
    ].join('\r\n'),
  );

const services: { handle: ServerHandle; prefix: string }[] = [];
async function start(extra: Record<string, string>) {
  const prefix = uniquePrefix('redact');
  const env = testEnv(prefix, extra);
  const handle = await startAll(loadConfig(env), { print: () => {} });
  services.push({ handle, prefix });
  return client(handle.url);
}

async function scored(api: ReturnType<typeof client>, raw: Buffer) {
  const { id } = await (await api.postRaw(raw)).json();
  await expect.poll(async () => (await api.get(`/v1/results/${id}`)).status, { timeout: 60_000, interval: 50 }).toBe(200);
  return api.json(`/v1/results/${id}`);
}

afterAll(async () => {
  for (const s of services) {
    await s.handle.close();
    await deletePrefix(s.prefix);
  }
});

describe('stored results', () => {
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    api = await start({ QA_WORKERS: '0' });
  });

  it('mask the IBAN, e-mail address and phone number in the reply text, and evidence still matches its offsets', async () => {
    const r = await scored(api, reply('redact-on'));
    expect(r.status).toBe('scored');
    expect(r.reply.text).not.toContain('GB82 WEST');
    expect(r.reply.text).not.toContain('s.mitchell84@gmail.com');
    expect(r.reply.text).not.toContain('7946 0958');
    expect(r.reply.text).toContain("I'm sorry the refund went to the wrong account.");
    const evidence = Object.values<any>(r.criteria).flatMap((c) => c.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(r.reply.text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('with QA_REDACT=false', () => {
  it('the reply text is stored as the agent wrote it', async () => {
    const api = await start({ QA_WORKERS: '0', QA_REDACT: 'false' });
    const r = await scored(api, reply('redact-off'));
    expect(r.reply.text).toContain('GB82 WEST 1234 5698 7654 32');
    expect(r.reply.text).toContain('s.mitchell84@gmail.com');
  });
});

describe('redaction settings', () => {
  it('QA_REDACT_KINDS narrows the kinds, and an unknown kind is refused with a readable message', async () => {
    const { loadConfig: load, ConfigError } = await import('../../src/config.js');
    expect(load({ QA_REDACT_KINDS: 'email, iban' }).redact).toEqual({ kinds: ['email', 'iban'], customerEmail: 'keep' });
    expect(load({ QA_REDACT: 'false' }).redact).toBeNull();
    expect(() => load({ QA_REDACT_KINDS: 'email,passport' })).toThrow(ConfigError);
    expect(() => load({ QA_REDACT_KINDS: 'email,passport' })).toThrow(/QA_REDACT_KINDS/);
  });
});
