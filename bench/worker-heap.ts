// A worker's heap after garbage collection while it scores N messages: tells a
// leak from the sawtooth of RSS that `npm run soak` samples from outside. One
// worker in this process (runWorker, as `email-qa worker` runs it), fed through
// the ingest path, on the machine's Redis under a prefix of its own (deleted after).
//
//   node --expose-gc --import tsx bench/worker-heap.ts      N (30000) messages, heap printed every tenth
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { createIngest } from '../src/ingest/ingest.js';
import { createQueue } from '../src/queue/queue.js';
import { connect, waitForRedis } from '../src/queue/redis.js';
import { runWorker } from '../src/service/worker.js';
import { createKeys } from '../src/store/keys.js';
import { createResultStore } from '../src/store/results.js';
import { withMessageId } from '../tests/helpers/eml.js';
import { deletePrefix, MACHINE_REDIS, uniquePrefix } from '../tests/helpers/redis.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const n = Number(process.env.N ?? 30_000);
const prefix = uniquePrefix('heap');
const dataDir = mkdtempSync(join(tmpdir(), 'qa-heap-'));
const config = loadConfig({ PATH: process.env.PATH, REDIS_URL: MACHINE_REDIS, QA_PREFIX: prefix, QA_INGEST_TOKEN: 'x', QA_READ_TOKEN: 'x', QA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const redis = connect(config.redisUrl, 'producer');
await waitForRedis(redis, 5_000);
const store = createResultStore(redis, createKeys(config.keyPrefix), config);
const queue = createQueue(redis, config);
const ingest = createIngest({ store, queue, log: pino({ level: 'silent' }), filter: { supportDomains: [], hasAgents: false, isAgentAddress: () => false } });
const dev = new URL('../tests/fixtures/dev/', import.meta.url).pathname;
const corpus = readdirSync(dev)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => readFileSync(join(dev, f)));
const worker = await runWorker(config);
const mb = (x: number) => (x / 1048576).toFixed(1).padStart(6);
try {
  for (let sent = 0; sent < n; ) {
    for (const end = sent + Math.ceil(n / 10); sent < end; sent++) await ingest(withMessageId(corpus[sent % corpus.length], `<heap.${sent}@${prefix}>`));
    while ((await redis.zcard(`{${prefix}}:idx:time`)) < sent) await new Promise((r) => setTimeout(r, 200));
    gc();
    gc();
    const m = process.memoryUsage();
    console.log(`${String(sent).padStart(7)} scored: heap used after GC ${mb(m.heapUsed)} MB, RSS ${mb(m.rss)} MB`);
  }
} finally {
  await worker.close();
  await queue.close();
  redis.disconnect();
  await deletePrefix(prefix);
  rmSync(dataDir, { recursive: true, force: true });
}
