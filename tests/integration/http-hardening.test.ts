import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type ServerHandle } from '../../src/service/start.js';
import { deletePrefix, uniquePrefix } from '../helpers/redis.js';
import { client, READ_TOKEN, testEnv } from '../helpers/service.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// The HTTP side's armour, on a real listener and the machine's Redis: helmet's
// headers on every kind of answer.

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
