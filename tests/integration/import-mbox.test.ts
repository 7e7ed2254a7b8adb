import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { splitMbox } from '../../src/cli/inputs.js';
import { loadConfig } from '../../src/config.js';
import { CheckpointSchema } from '../../src/import/checkpoint.js';
import { importCommand } from '../../src/import/command.js';
import { startAll, startServer, type ServerHandle } from '../../src/service/start.js';
import { EML_DIR } from '../helpers/eml.js';
import { deletePrefix, MACHINE_REDIS, startOwnRedis, uniquePrefix } from '../helpers/redis.js';
import { INGEST_TOKEN, testEnv } from '../helpers/service.js';


// A loaded machine (CI, the rest of the suite in parallel) makes starting the service and the first scores slow.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// email-qa import of a Gmail-style mbox export (9 entries: 6 replies, the first
// one again under another label, an out-of-office, a damaged entry) through the
// API and straight into Redis: the summary counts, the checkpoint, resuming.

const MBOX = new URL('../fixtures/mbox/support-export.mbox', import.meta.url).pathname;
const SUPPORT = 'lumorahome.co.uk wohnwerk-moebel.de casamea-mobila.ro casabellini.it maisonlumiere.fr mueblesalba.es northgatebank.co.uk';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'qa-import-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `email-qa import` in this process; resolves to its exit status, standard output and standard error. */
async function runImport(args: string[], opts: { env?: NodeJS.ProcessEnv; tty?: boolean; signal?: AbortSignal; onStderr?: (all: string) => void } = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => ((stdout += s), true) } as unknown as NodeJS.WritableStream,
    stderr: { isTTY: opts.tty ?? false, columns: 200, write: (s: string) => ((stderr += s), opts.onStderr?.(stderr), true) },
  };
  const code = await importCommand(args, io, { env: opts.env ?? { PATH: process.env.PATH }, signal: opts.signal });
  return { code, stdout, stderr, summary: stdout ? JSON.parse(stdout.trim().split('\n').at(-1)!) : null };
}

/** The mbox's entries as separate buffers, to build partial copies of it. */
async function entries(): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const m of splitMbox(Readable.from([readFileSync(MBOX)]))) out.push(m);
  return out;
}
/** An mbox of these messages (">From " escaped again), their Message-IDs tagged so that they are new to the service. */
const asMbox = (messages: Buffer[], tag: string) =>
  Buffer.concat(
    messages.map((m) =>
      Buffer.from(`From import-test Mon Nov 23 12:00:00 2026\n${m.toString('latin1').replace(/^(>*From )/gm, '>$1').replace(/^Message-ID: <(.*)>$/im, `Message-ID: <${tag}.$1>`)}\n\n`, 'latin1'),
    ),
  );

describe('import through the API', () => {
  const prefix = uniquePrefix('import');
  let handle: ServerHandle;
  let redis: Redis;

  beforeAll(async () => {
    handle = await startAll(loadConfig(testEnv(prefix, { QA_SUPPORT_DOMAINS: SUPPORT })), { print: () => {} });
    redis = new Redis(MACHINE_REDIS);
  });
  afterAll(async () => {
    await handle?.close();
    redis?.disconnect();
    await deletePrefix(prefix);
  });

  it('queues every message of an mbox once, counts the duplicate, the out-of-office and the damaged entry, and a rerun sends nothing', async () => {
    const dir = tempDir();
    const mbox = join(dir, 'export.mbox');
    copyFileSync(MBOX, mbox);
    const first = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--json', mbox]);
    expect(first.summary).toMatchObject({ queued: 6, duplicate: 1, skipped: 1, failed: 1, total: 9, sentThisRun: 9, complete: true });
    expect(first.code).toBe(1); // one message was refused
    expect(first.stderr).toMatch(/9 message\(s\), 6 queued, 1 duplicate, 1 skipped, 1 failed/);
    expect(first.stderr).toMatch(/failed: .*export\.mbox#7: not an email/);

    const checkpoint = CheckpointSchema.parse(JSON.parse(readFileSync(`${mbox}.qa-import.json`, 'utf8')));
    expect(checkpoint).toMatchObject({ next: 9, done: [], target: handle.url, inputs: [mbox] });

    // Every reply is scored, each exactly once.
    await expect.poll(() => redis.zcard(`{${prefix}}:idx:time`), { timeout: 60_000, interval: 50 }).toBe(6);
    const day = new Date().toISOString().slice(0, 10);
    expect(await redis.hget(`{${prefix}}:agg:${day}`, 'daniel.hart@lumorahome.co.uk\tn')).toBe('1');

    const again = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--json', mbox]);
    expect(again.summary).toMatchObject({ queued: 6, duplicate: 1, skipped: 1, failed: 1, sentThisRun: 0, doneBefore: 9 });
    expect(again.stderr).toMatch(/resuming from .*export\.mbox\.qa-import\.json: 9 message\(s\) done before/);
  });

  it('resumes where it stopped: a grown export sends only its new messages', async () => {
    const dir = tempDir();
    const all = await entries();
    expect(all).toHaveLength(9);
    const mbox = join(dir, 'grown.mbox');
    const state = join(dir, 'state.json');
    writeFileSync(mbox, asMbox(all.slice(0, 5), 'grown'));
    const first = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--state', state, '--fresh', '--json', mbox]);
    expect(first.summary).toMatchObject({ total: 5, sentThisRun: 5, queued: 4, duplicate: 1 });

    appendFileSync(mbox, asMbox(all.slice(5), 'grown'));
    const second = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--state', state, '--json', mbox]);
    // Had the first five been sent again they would have come back as duplicates.
    expect(second.summary).toMatchObject({ total: 9, sentThisRun: 4, doneBefore: 5, queued: 6, duplicate: 1, skipped: 1, failed: 1 });
  });

  it('stops at once on a refused token, saying so, and sends nothing', async () => {
    const dir = tempDir();
    const mbox = join(dir, 'x.mbox');
    copyFileSync(MBOX, mbox);
    const res = await runImport(['--url', handle.url, '--token', 'not-the-token', '--json', mbox]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/refused the token \(401\)/);
    expect(res.summary).toMatchObject({ total: 0, complete: false });
  });

  it('draws a progress bar on a terminal and plain lines elsewhere', async () => {
    const dir = tempDir();
    const mbox = join(dir, 'p.mbox');
    copyFileSync(MBOX, mbox);
    const tty = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--fresh', '--state', join(dir, 'a.json'), mbox], { tty: true });
    expect(tty.stderr).toMatch(/\r\[█+\] 100% 9 sent/);
    const plain = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--fresh', '--state', join(dir, 'b.json'), mbox]);
    expect(plain.stderr).not.toContain('\r');
    expect(plain.stderr).toMatch(/^email-qa import: 100% · 9 sent/m);
  });

  it('refuses bad usage with status 2', async () => {
    expect((await runImport([MBOX])).code).toBe(2); // neither --url nor --redis
    expect((await runImport(['--url', handle.url, MBOX])).code).toBe(2); // no token
    expect((await runImport(['--redis', '--url', handle.url, MBOX])).code).toBe(2);
    expect((await runImport(['--url', handle.url, '--token', 't', MBOX, EML_DIR])).code).toBe(2); // several paths, no --state
  });
});

describe('import straight into Redis', () => {
  it('queues a folder of .eml files through createIngest with the service environment', async () => {
    const prefix = uniquePrefix('import-redis');
    cleanups.push(() => deletePrefix(prefix));
    const state = join(tempDir(), 'state.json');
    const env = { PATH: process.env.PATH, REDIS_URL: MACHINE_REDIS, QA_PREFIX: prefix, QA_SUPPORT_DOMAINS: SUPPORT + ' stackwise.io' };
    const res = await runImport(['--redis', '--state', state, '--json', EML_DIR], { env });
    expect(res.code).toBe(0);
    expect(res.summary).toMatchObject({ total: 8, queued: 8, failed: 0, complete: true });
    const redis = new Redis(MACHINE_REDIS);
    cleanups.push(async () => redis.disconnect());
    expect(await redis.keys(`{${prefix}}:raw:*`)).toHaveLength(8);
    expect(existsSync(state)).toBe(true);
  });
});

describe('import while the service cannot take messages', () => {
  it('retries on 503 until the service is back, then finishes with every message queued once', async () => {
    const own = await startOwnRedis();
    cleanups.push(() => own.destroy());
    const prefix = uniquePrefix('import-503');
    const handle = await startServer(loadConfig(testEnv(prefix, { REDIS_URL: own.url, QA_SUPPORT_DOMAINS: SUPPORT })), { print: () => {} });
    cleanups.push(() => handle.close());
    const state = join(tempDir(), 'state.json');

    await own.stop();
    let restarted: Promise<void> | null = null;
    const res = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--state', state, '--json', '--concurrency', '3', MBOX], {
      onStderr: (all) => {
        if (!restarted && /answered 503.*retrying/.test(all)) restarted = own.start();
      },
    });
    expect(restarted).not.toBeNull();
    expect(res.summary).toMatchObject({ queued: 6, duplicate: 1, skipped: 1, failed: 1, complete: true });
    const redis = new Redis(own.url);
    cleanups.push(async () => redis.disconnect());
    expect(await redis.keys(`{${prefix}}:raw:*`)).toHaveLength(6);
  });

  it('gives up after --retry-for, saves how far it got, and a rerun finishes the rest', async () => {
    const own = await startOwnRedis();
    cleanups.push(() => own.destroy());
    const prefix = uniquePrefix('import-stop');
    const handle = await startServer(loadConfig(testEnv(prefix, { REDIS_URL: own.url, QA_SUPPORT_DOMAINS: SUPPORT })), { print: () => {} });
    cleanups.push(() => handle.close());
    const state = join(tempDir(), 'state.json');

    await own.stop();
    const stopped = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--state', state, '--json', '--retry-for', '1', MBOX]);
    expect(stopped.code).toBe(1);
    // Only the damaged entry is settled: refused as not an email before Redis is asked.
    expect(stopped.summary).toMatchObject({ total: 1, failed: 1, complete: false });
    expect(stopped.stderr).toMatch(/rerun the same command to resume/);

    await own.start();
    const redis = new Redis(own.url);
    cleanups.push(async () => redis.disconnect());
    await expect.poll(() => fetch(`${handle.url}/readyz`).then((r) => r.json()).then((b) => b.redis), { timeout: 60_000 }).toBe(true);
    const rerun = await runImport(['--url', handle.url, '--token', INGEST_TOKEN, '--state', state, '--json', MBOX]);
    expect(rerun.summary).toMatchObject({ queued: 6, duplicate: 1, skipped: 1, failed: 1, complete: true });
  });
});
