// The heap after garbage collection of the API and a worker while they take and
// score N messages: tells a leak from the sawtooth of RSS that `npm run soak`
// samples from outside. Both run in this process (startServer and runWorker, as
// `email-qa start` with QA_WORKERS=0 does); messages are posted over HTTP, on the
// machine's Redis under a prefix of its own (deleted afterwards).
//
//   node --expose-gc --import tsx bench/heap.ts       N (30000) messages, the heap printed every tenth
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/service/start.js';
import { runWorker } from '../src/service/worker.js';
import { withMessageId } from '../tests/helpers/eml.js';
import { deletePrefix, MACHINE_REDIS, uniquePrefix } from '../tests/helpers/redis.js';
import { client, INGEST_TOKEN, READ_TOKEN } from '../tests/helpers/service.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const n = Number(process.env.N ?? 30_000);
const prefix = uniquePrefix('heap');
const dataDir = mkdtempSync(join(tmpdir(), 'qa-heap-'));
const env = { PATH: process.env.PATH, REDIS_URL: MACHINE_REDIS, QA_PREFIX: prefix, QA_INGEST_TOKEN: INGEST_TOKEN, QA_READ_TOKEN: READ_TOKEN, QA_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' };
const config = loadConfig(env);
const server = await startServer(config, { print: () => {} });
const worker = await runWorker(config);
const api = client(server.url);
const redis = new Redis(MACHINE_REDIS);
const dev = new URL('../tests/fixtures/dev/', import.meta.url).pathname;
const corpus = readdirSync(dev)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => readFileSync(join(dev, f)));
const mb = (x: number) => (x / 1048576).toFixed(1).padStart(6);
try {
  let sent = 0;
  while (sent < n) {
    const end = sent + Math.ceil(n / 10);
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (sent < end) {
          const res = await api.postRaw(withMessageId(corpus[sent % corpus.length], `<heap.${sent++}@${prefix}>`));
          if (res.status !== 202) throw new Error(`POST answered ${res.status}`);
          await res.body?.cancel();
        }
      }),
    );
    while ((await redis.zcard(`{${prefix}}:idx:time`)) < sent) await new Promise((r) => setTimeout(r, 200));
    gc();
    gc();
    const m = process.memoryUsage();
    console.log(`${String(sent).padStart(7)} scored: heap used after GC ${mb(m.heapUsed)} MB, RSS ${mb(m.rss)} MB`);
  }
} finally {
  await server.close();
  await worker.close();
  redis.disconnect();
  await deletePrefix(prefix);
  rmSync(dataDir, { recursive: true, force: true });
}
