import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { rateLimits } from '../../src/http/rate-limit.js';
import { createKeys } from '../../src/store/keys.js';
import type { QaRedis } from '../../src/store/scripts.js';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import { variants } from '../helpers/eml.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { client, INGEST_TOKEN, READ_TOKEN, testEnv } from '../helpers/service.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// The HTTP side's armour, on a real listener and the machine's Redis: helmet's
// headers on every kind of answer, and per-client rate limits (429 with
// Retry-After and RateLimit headers, other clients unaffected, reset after the
// window).

const ADMIN_TOKEN = 'test-admin-token';
const services: { handle: ServerHandle; prefix: string }[] = [];

async function serve(extra: Record<string, string> = {}) {
  const prefix = uniquePrefix('http');
  const handle = await startServer(loadConfig(testEnv(prefix, { QA_ADMIN_TOKEN: ADMIN_TOKEN, ...extra })), { print: () => {} });
  services.push({ handle, prefix });
  return { base: handle.url, api: client(handle.url) };
}

afterAll(async () => {
  for (const s of services) {
    await s.handle.close();
    await deletePrefix(s.prefix);
  }
});

const get = (base: string, path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('security headers', () => {
  it('are on API answers, error answers, the dashboard and the probes', async () => {
    const { base, api } = await serve();
    const answers = {
      feed: await get(base, '/v1/feed.json', bearer(READ_TOKEN)),
      unauthorized: await get(base, '/v1/feed.json'),
      notFound: await get(base, '/v1/no-such-thing', bearer(READ_TOKEN)),
      badRequest: await api.postRaw('not a message at all'),
      dashboard: await get(base, '/dashboard/'),
      script: await get(base, '/dashboard/js/app.js'),
      healthz: await get(base, '/healthz'),
    };
    expect(answers.feed.status).toBe(200);
    expect(answers.unauthorized.status).toBe(401);
    expect(answers.notFound.status).toBe(404);
    expect(answers.badRequest.status).toBe(400);
    expect(answers.dashboard.status).toBe(200);
    expect(answers.script.status).toBe(200);
    for (const [what, res] of Object.entries(answers)) {
      const h = (name: string) => [what, res.headers.get(name)];
      expect(h('content-security-policy')).toEqual([what, expect.stringContaining("default-src 'none'")]);
      expect(h('content-security-policy')).toEqual([what, expect.stringContaining("frame-ancestors 'none'")]);
      expect(h('content-security-policy')).not.toEqual([what, expect.stringContaining('upgrade-insecure-requests')]);
      expect(h('x-content-type-options')).toEqual([what, 'nosniff']);
      expect(h('x-frame-options')).toEqual([what, 'DENY']);
      expect(h('referrer-policy')).toEqual([what, 'no-referrer']);
      expect(h('strict-transport-security')).toEqual([what, 'max-age=31536000']);
      expect(h('cross-origin-opener-policy')).toEqual([what, 'same-origin']);
      expect(h('cross-origin-resource-policy')).toEqual([what, 'same-origin']);
      expect(h('x-powered-by')).toEqual([what, null]);
      await res.body?.cancel();
    }
    // The dashboard's own needs: its module scripts, stylesheet and API calls come from this origin.
    const csp = answers.dashboard.headers.get('content-security-policy')!;
    for (const d of ["script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:"]) expect(csp).toContain(d);
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After and RateLimit headers past the read limit, leave other clients and ingest alone, and reset after the window', async () => {
    const { base, api } = await serve({ QA_RATE_LIMIT_READ: '3', QA_RATE_LIMIT_INGEST: '100', QA_RATE_LIMIT_WINDOW: '4s' });
    const statuses: number[] = [];
    let last!: Response;
    for (let i = 0; i < 4; i++) {
      last = await get(base, '/v1/feed.json', bearer(READ_TOKEN));
      statuses.push(last.status);
      if (i < 3) {
        expect(last.headers.get('ratelimit')).toMatch(/^"read"; r=\d+; t=\d+$/);
        await last.body?.cancel();
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const retryAfter = Number(last.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(4);
    expect(last.headers.get('ratelimit')).toMatch(/^"read"; r=0; t=\d+$/);
    expect(last.headers.get('ratelimit-policy')).toMatch(/^"read"; q=3; w=4; pk=:[^:]+:$/);
    expect(last.headers.get('content-security-policy')).toContain("default-src 'none'");
    const text = await last.text();
    expect(JSON.parse(text).error.code).toBe('rate_limited');
    expect(text).not.toContain(READ_TOKEN);

    // Other clients: the admin token, a client without a token (by its address), and ingest (a limit of its own).
    expect((await get(base, '/v1/feed.json', bearer(ADMIN_TOKEN))).status).toBe(200);
    expect((await get(base, '/v1/feed.json')).status).toBe(401);
    expect((await api.postRaw(variants(1, 'rl-read')[0])).status).toBe(202);
    // Probes and the dashboard's files are never limited.
    expect((await get(base, '/healthz')).status).toBe(200);
    expect((await get(base, '/dashboard/')).status).toBe(200);

    // The window ends, the count starts again.
    await expect.poll(async () => (await get(base, '/v1/feed.json', bearer(READ_TOKEN))).status, { timeout: 15_000, interval: 250 }).toBe(200);
  });

  it('limit ingest per token, apart from reads', async () => {
    const { base, api } = await serve({ QA_RATE_LIMIT_INGEST: '2', QA_RATE_LIMIT_WINDOW: '30s' });
    const messages = variants(3, 'rl-ingest');
    expect((await api.postRaw(messages[0])).status).toBe(202);
    expect((await api.postRaw(messages[1])).status).toBe(202);
    const refused = await api.postRaw(messages[2]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit-policy')).toMatch(/^"ingest"; q=2; w=30;/);
    expect((await refused.json()).error.code).toBe('rate_limited');
    // Reads, and the admin token's ingest, have their own counts; nothing of the refused message was taken.
    expect((await get(base, '/v1/feed.json', bearer(READ_TOKEN))).status).toBe(200);
    const again = await api.postRaw(messages[2], { token: ADMIN_TOKEN });
    expect(again.status).toBe(202);
    expect((await again.json()).status).toBe('queued');
    // A wrong token counts against the client's address, not against the ingest token.
    expect((await api.postRaw(messages[2], { token: 'not-the-token' })).status).toBe(401);
    expect((await api.postRaw(messages[2], { token: INGEST_TOKEN })).status).toBe(429);
  });

  it('count clients without a token by address: X-Forwarded-For only from a trusted proxy (QA_TRUST_PROXY)', async () => {
    const count = async (base: string) => {
      const out: number[] = [];
      for (const ip of ['192.0.2.1', '192.0.2.1', '192.0.2.2']) out.push((await get(base, '/v1/feed.json', { 'x-forwarded-for': ip })).status);
      return out;
    };
    const direct = await serve({ QA_RATE_LIMIT_READ: '1', QA_RATE_LIMIT_WINDOW: '60s' });
    expect(await count(direct.base)).toEqual([401, 429, 429]);
    const proxied = await serve({ QA_RATE_LIMIT_READ: '1', QA_RATE_LIMIT_WINDOW: '60s', QA_TRUST_PROXY: 'loopback' });
    expect(await count(proxied.base)).toEqual([401, 429, 401]);
  });

  it('QA_RATE_LIMIT_*=0 turns a limit off; a bad QA_TRUST_PROXY is refused at start', async () => {
    const { base } = await serve({ QA_RATE_LIMIT_READ: '0' });
    const res = await get(base, '/v1/feed.json', bearer(READ_TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit')).toBeNull();
    expect(() => loadConfig(testEnv('x', { QA_TRUST_PROXY: 'proxy.example.com' }))).toThrow(/QA_TRUST_PROXY/);
    expect(loadConfig(testEnv('x', { QA_TRUST_PROXY: '10.0.0.0/8, loopback' })).trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(loadConfig(testEnv('x', { QA_TRUST_PROXY: '1' })).trustProxy).toBe(1);
  });

  it('let a request through when Redis does not answer the count within a second', async () => {
    // A Redis that takes the command and never answers (a hung server, a dead link not yet noticed).
    const hung = { qaRateHit: () => new Promise(() => {}), decr: () => new Promise(() => {}), del: () => new Promise(() => {}) } as unknown as QaRedis;
    const app = express();
    app.use(rateLimits({ redis: hung, keys: createKeys('{hung}'), limits: { windowMs: 60_000, ingest: 1, read: 1 }, identify: () => null, log: pino({ level: 'silent' }) }));
    app.post('/v1/messages', (_req, res) => void res.status(202).json({ ok: true }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const t = Date.now();
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/messages`, { method: 'POST' });
      expect(res.status).toBe(202);
      expect(Date.now() - t).toBeLessThan(3_000);
    } finally {
      server.close();
    }
  });
});
