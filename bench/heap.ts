// The heap after garbage collection of the API and a worker while they take and
// score N messages: tells a leak from the sawtooth of RSS that `npm run soak`
// samples from outside. Both run in this process (startServer and runWorker, as
// `email-qa start` with QA_WORKERS=0 does), on a redis-server of its own;
// messages are posted over HTTP like a relay (a 503 is tried again).
//
//   node --expose-gc --import ./bin/register.mjs bench/heap.ts    N (30000) messages, the heap printed every tenth
//   HEAP_FAULTS=1 …                                 and between tenths Redis is restarted, frozen 8 s or killed, in turn
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/service/start.js';
import { runWorker } from '../src/service/worker.js';
import { withMessageId } from '../tests/helpers/eml.js';
import { startOwnRedis, type OwnRedis } from '../tests/helpers/redis.js';
import { client, INGEST_TOKEN, READ_TOKEN } from '../tests/helpers/service.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const n = Number(process.env.N ?? 30_000);
const faults = process.env.HEAP_FAULTS === '1';
const breakRedis: ((own: OwnRedis) => Promise<string>)[] = [
  async (own) => (await own.stop(), await sleep(3_000), await own.start(), 'Redis restarted'),
  async (own) => (own.signal('SIGSTOP'), await sleep(8_000), own.signal('SIGCONT'), 'Redis frozen 8 s'),
  async (own) => (await own.kill(), await own.start(), 'Redis killed and started again'),
];

const own = await startOwnRedis();
const dataDir = mkdtempSync(join(tmpdir(), 'qa-heap-'));
const config = loadConfig({ PATH: process.env.PATH, REDIS_URL: own.url, QA_PREFIX: 'heap', QA_INGEST_TOKEN: INGEST_TOKEN, QA_READ_TOKEN: READ_TOKEN, QA_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
const server = await startServer(config, { print: () => {} });
const worker = await runWorker(config);
const api = client(server.url);
const redis = new Redis(own.url, { maxRetriesPerRequest: null });
redis.on('error', () => {});
const dev = new URL('../tests/fixtures/dev/', import.meta.url).pathname;
const corpus = readdirSync(dev)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => readFileSync(join(dev, f)));
const mb = (x: number) => (x / 1048576).toFixed(1).padStart(6);
try {
  let sent = 0;
  for (let tenth = 0; sent < n; tenth++) {
    const end = sent + Math.ceil(n / 10);
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (sent < end) {
          const raw = withMessageId(corpus[sent % corpus.length], `<heap.${sent++}@heap.test>`);
          for (;;) {
            const res = await api.postRaw(raw);
            await res.body?.cancel();
            if (res.status === 202) break;
            if (res.status !== 503) throw new Error(`POST answered ${res.status}`);
            await sleep(250);
          }
        }
      }),
    );
    while ((await redis.zcard('{heap}:idx:time')) < sent) await sleep(200);
    gc();
    gc();
    const m = process.memoryUsage();
    const fault = faults && sent < n ? await breakRedis[tenth % breakRedis.length](own) : '';
    console.log(`${String(sent).padStart(7)} scored: heap used after GC ${mb(m.heapUsed)} MB, RSS ${mb(m.rss)} MB${fault ? `; then ${fault}` : ''}`);
  }
} finally {
  await server.close();
  await worker.close();
  redis.disconnect();
  await own.destroy();
  rmSync(dataDir, { recursive: true, force: true });
}
