import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { MACHINE_REDIS } from './redis.js';

export const INGEST_TOKEN = 'test-ingest-token';
export const READ_TOKEN = 'test-read-token';
export const ROOT = new URL('../../', import.meta.url).pathname;

/** The environment of a test deployment: its own prefix and data folder, fixed tokens, a port chosen by the OS. */
export function testEnv(prefix: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    REDIS_URL: MACHINE_REDIS,
    QA_PREFIX: prefix,
    QA_INGEST_TOKEN: INGEST_TOKEN,
    QA_READ_TOKEN: READ_TOKEN,
    QA_DATA_DIR: mkdtempSync(join(tmpdir(), 'qa-data-')),
    PORT: '0',
    QA_WORKERS: '0',
    LOG_LEVEL: 'silent',
    QA_LOCK_DURATION: '5s', // a killed worker's jobs come back after this; long enough for a loaded CI machine
    QA_SHUTDOWN_TIMEOUT: '10s',
    ...extra,
  };
}

export const testConfig = (prefix: string, extra: Record<string, string> = {}): Config => loadConfig(testEnv(prefix, extra));

export function client(base: string) {
  const auth = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
  return {
    postRaw: (raw: Buffer | string, opts: { token?: string | null; type?: string; query?: string } = {}) =>
      fetch(`${base}/v1/messages${opts.query ?? ''}`, {
        method: 'POST',
        headers: { 'content-type': opts.type ?? 'message/rfc822', ...auth(opts.token === undefined ? INGEST_TOKEN : opts.token) },
        body: typeof raw === 'string' ? raw : new Uint8Array(raw),
      }),
    postJson: (body: unknown, token: string | null = INGEST_TOKEN) =>
      fetch(`${base}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(token) }, body: JSON.stringify(body) }),
    get: (path: string, token: string | null = READ_TOKEN) => fetch(base + path, { headers: auth(token) }),
    json: async <T = any>(path: string, token: string | null = READ_TOKEN): Promise<T> => {
      const res = await fetch(base + path, { headers: auth(token) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
}

/** A worker process (`node --import ./bin/register.mjs workers/main.ts`) with this environment. */
export function spawnWorker(env: Record<string, string>): ChildProcess & { exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', join(ROOT, 'bin/register.mjs'), join(ROOT, 'workers/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      if (code) process.stderr.write(`worker ${child.pid} exited ${code}: ${stderr}\n`);
      resolve(code);
    }),
  );
  return Object.assign(child, { exited });
}

/**
 * API and in-process workers (`startAll`) on the machine's Redis with this
 * environment, a client for them and a plain Redis client; close() stops it
 * all and deletes the environment's keys.
 */
export async function startTestService(env: Record<string, string>) {
  const { startAll } = await import('../../src/service/start.js');
  const { Redis } = await import('ioredis');
  const { deletePrefix } = await import('./redis.js');
  const handle = await startAll(loadConfig(env), { print: () => {} });
  const redis = new Redis(MACHINE_REDIS);
  return {
    handle,
    api: client(handle.url),
    redis,
    async close() {
      await handle.close();
      redis.disconnect();
      await deletePrefix(env.QA_PREFIX);
    },
  };
}

export type TestService = Awaited<ReturnType<typeof startTestService>>;
