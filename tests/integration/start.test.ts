import { spawn } from 'node:child_process';
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../helpers/eml.js';
import { deletePrefix, freePort, uniquePrefix } from '../helpers/redis.js';
import { ROOT, testEnv } from '../helpers/service.js';

// A loaded machine (CI, the rest of the suite in parallel) makes the first scores slow.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 });

// `email-qa start` as a user runs it: API and a worker process, tokens made at
// first start and kept in the data folder, SIGTERM stops everything.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('email-qa start', () => {
  it('makes tokens at first start, says where they are (not what), scores a message, and stops on SIGTERM', async () => {
    const prefix = uniquePrefix('start');
    cleanups.push(() => deletePrefix(prefix));
    const port = await freePort();
    const env = testEnv(prefix, { PORT: String(port), QA_WORKERS: '1' });
    delete env.QA_INGEST_TOKEN;
    delete env.QA_READ_TOKEN;
    const child = spawn(process.execPath, [join(ROOT, 'bin/email-qa.mjs'), 'start'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    cleanups.push(async () => child.kill('SIGKILL'));
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await expect.poll(() => stderr, { timeout: 60_000 }).toMatch(/listening on http/);

    const ingestFile = join(env.QA_DATA_DIR, 'ingest-token');
    const readFile = join(env.QA_DATA_DIR, 'read-token');
    expect(stderr).toContain(ingestFile);
    expect(stderr).toContain(readFile);
    expect(statSync(ingestFile).mode & 0o777).toBe(0o600);
    const ingest = readFileSync(ingestFile, 'utf8').trim();
    const read = readFileSync(readFile, 'utf8').trim();
    expect(stderr).not.toContain(ingest);

    const base = `http://127.0.0.1:${port}`;
    const res = await fetch(`${base}/v1/messages`, { method: 'POST', headers: { authorization: `Bearer ${ingest}`, 'content-type': 'message/rfc822' }, body: new Uint8Array(fixture('dev-en-002.eml')) });
    expect(res.status).toBe(202);
    const { id } = await res.json();
    await expect
      .poll(async () => (await fetch(`${base}/v1/results/${id}`, { headers: { authorization: `Bearer ${read}` } })).status, { timeout: 120_000, interval: 100 })
      .toBe(200);
    await expect.poll(async () => (await fetch(`${base}/readyz`)).status, { timeout: 60_000 }).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
