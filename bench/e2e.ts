// npm run bench:e2e: the whole service end to end on this machine. N real-looking
// messages (the dev .eml files with unique Message-IDs) are posted over HTTP with
// concurrency to the API (its own process) and scored by worker processes, until
// every result is stored; then the same run with a processor that does nothing.
// Runs its own redis-server on a spare port, so it disturbs no one.
//
//   BENCH_MESSAGES (20000) · BENCH_CONCURRENCY (64 posts in flight) · BENCH_WORKERS (CPUs) · QA_CONCURRENCY (32 jobs per worker)
//   BENCH_CPU_PROF=DIR writes V8 CPU profiles of each child process there (a folder per process, a file per thread).
//   BENCH_WORKER_FLAGS / BENCH_API_FLAGS: node flags of the worker / API processes (e.g. heap sizes).
//   BENCH_KINDS (noop,real): which of the two pipelines to run.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config.js';
import { findOnPath, spawnRedis, stopRedis } from '../src/service/local-redis.js';
import { withMessageId } from '../tests/helpers/eml.js';

const SELF = fileURLToPath(import.meta.url);
const TOKEN = 'bench-token';
type Role = 'api' | 'worker-real' | 'worker-noop';

if (process.argv[2]?.startsWith('--role=')) await child(process.argv[2].slice(7) as Role);
else await main();

/** A child process of the bench: the API or a worker, until the parent says stop; then reports its peak memory. */
async function child(role: Role) {
  const config = loadConfig();
  const { startServer } = await import('../src/service/start.js');
  const { runWorker } = await import('../src/service/worker.js');
  const handle =
    role === 'api' ? await startServer(config, { print: () => {} }) : await runWorker(config, role === 'worker-noop' ? { processor: async () => undefined } : {});
  const ready = process.cpuUsage(); // start-up (loading TypeScript, the rubric) is not per-message work
  process.send!({ ready: true });
  process.on('message', async (m: { stop?: boolean }) => {
    if (!m.stop) return;
    await handle.close();
    const cpu = process.cpuUsage(ready);
    process.send!({ maxRssMb: process.resourceUsage().maxRSS / 1024, cpuSeconds: (cpu.user + cpu.system) / 1e6 }, () => process.exit(0));
  });
}

/** Seconds of CPU that redis-server has used. */
async function redisCpu(redis: Redis) {
  const info = await redis.info('cpu');
  return ['used_cpu_sys', 'used_cpu_user'].reduce((s, k) => s + Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0), 0);
}

async function main() {
  const n = Number(process.env.BENCH_MESSAGES ?? 20_000);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 64);
  const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
  const jobConcurrency = process.env.QA_CONCURRENCY ?? '32';
  const flags = (v: string | undefined) => (v ?? '').split(/\s+/).filter(Boolean);
  const workerFlags = flags(process.env.BENCH_WORKER_FLAGS);
  const apiFlags = flags(process.env.BENCH_API_FLAGS);
  const redisServer = findOnPath('redis-server');
  if (!redisServer) throw new Error('redis-server is not on PATH');

  const shared = new URL('../../shared/eval/dev/', import.meta.url).pathname;
  const dir = [shared, new URL('../tests/fixtures/dev/', import.meta.url).pathname, new URL('../tests/fixtures/eml/', import.meta.url).pathname].find(
    (d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.eml')),
  )!;
  const corpus = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
  const messages = Array.from({ length: n }, (_, i) => withMessageId(corpus[i % corpus.length], `<bench.${i}.${Date.now()}@e2e.bench>`));
  const bytes = messages.reduce((s, m) => s + m.length, 0);

  const { freePort } = await import('../tests/helpers/redis.js');
  const redisPort = await freePort();
  const redisDir = mkdtempSync(join(tmpdir(), 'qa-bench-redis-'));
  const redisProc = await spawnRedis(redisServer, redisDir, redisPort);
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const redis = new Redis(redisUrl);

  console.log(
    `bench:e2e: ${n} messages (${corpus.length} distinct from ${dir}, ${(bytes / n / 1024).toFixed(1)} KB on average), ` +
      `${concurrency} posts in flight, ${workers} worker process(es) × ${jobConcurrency} jobs, ${availableParallelism()} CPU(s), load average ${loadavg()[0].toFixed(1)}, own redis-server on :${redisPort}`,
  );
  try {
    // For scale: what scoring alone costs here, one core, no service around it.
    const { scoreMessage } = await import('../src/pipeline.js');
    const { loadRubric } = await import('../src/rubrics/load.js');
    const rubric = loadRubric();
    const sample = messages.slice(0, Math.min(1000, n));
    for (const raw of sample.slice(0, 200)) await scoreMessage(raw, { source: 'warm', rubric });
    const s0 = performance.now();
    for (const raw of sample) await scoreMessage(raw, { source: 'bench', rubric });
    const scoreMs = (performance.now() - s0) / sample.length;
    console.log(`scoreMessage alone     : ${(1000 / scoreMs).toFixed(0)} msg/s on one core (${scoreMs.toFixed(2)} ms per message)`);

    const kinds = (process.env.BENCH_KINDS ?? 'noop,real').split(',');
    const noop = kinds.includes('noop') ? await run('noop') : { endToEnd: NaN, capacity: NaN, lost: 0 };
    const real = kinds.includes('real') ? await run('real') : { endToEnd: NaN, capacity: NaN, lost: 0 };
    const ratio = real.endToEnd / noop.endToEnd;
    console.log('');
    console.log(`scored end to end      : ${real.endToEnd.toFixed(0)} msg/s (target >= 1000) ${real.endToEnd >= 1000 ? 'OK' : 'BELOW TARGET'}`);
    console.log(`vs no-op pipeline      : ${ratio.toFixed(2)} of ${noop.endToEnd.toFixed(0)} msg/s (target >= 0.60) ${ratio >= 0.6 ? 'OK' : 'BELOW TARGET'}`);
    console.log(`CPU-bound capacity     : ${real.capacity.toFixed(0)} msg/s scoring, ${noop.capacity.toFixed(0)} msg/s no-op, ratio ${(real.capacity / noop.capacity).toFixed(2)}`);
    console.log(`messages lost          : ${real.lost + noop.lost} ${real.lost + noop.lost === 0 ? 'OK' : 'LOST MESSAGES'}`);
    if (real.lost + noop.lost) process.exitCode = 1;
  } finally {
    redis.disconnect();
    await stopRedis(redisProc);
    rmSync(redisDir, { recursive: true, force: true });
  }

  async function run(kind: 'real' | 'noop') {
    await redis.flushall();
    const prefix = `bench-${kind}`;
    const port = await freePort();
    const env = {
      ...process.env,
      REDIS_URL: redisUrl,
      QA_PREFIX: prefix,
      PORT: String(port),
      QA_INGEST_TOKEN: TOKEN,
      QA_READ_TOKEN: TOKEN,
      QA_CONCURRENCY: jobConcurrency,
      QA_DATA_DIR: redisDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      // All N posts come from one token within seconds: counted (its cost is part of the figures), never throttled.
      QA_RATE_LIMIT_INGEST: process.env.QA_RATE_LIMIT_INGEST ?? String(Math.max(60_000, n * 2)),
    };
    let spawned = 0;
    const spawnChild = async (role: Role) => {
      // A folder per process, the default file names: tsx's loader runs on a thread of its own, and one
      // fixed --cpu-prof-name would let that thread's profile overwrite the main thread's.
      const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${join(process.env.BENCH_CPU_PROF, `${kind}-${role}-${++spawned}`)}`] : [];
      const heap = role === 'api' ? apiFlags : workerFlags;
      const c = fork(SELF, [`--role=${role}`], { execArgv: [...heap, '--import', new URL('../bin/register.mjs', import.meta.url).href, ...profile], env, stdio: 'inherit' });
      await new Promise<void>((resolve, reject) => {
        c.once('message', () => resolve());
        c.once('exit', (code) => reject(new Error(`${role} exited (${code}) before it was ready`)));
      });
      return c;
    };
    const api = await spawnChild('api');
    const workerProcs = await Promise.all(Array.from({ length: workers }, () => spawnChild(kind === 'real' ? 'worker-real' : 'worker-noop')));
    const queue = new Queue('messages', { connection: redis, prefix: `{${prefix}}` });

    const redisCpuBefore = await redisCpu(redis);
    const clientCpuBefore = process.cpuUsage();
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const sentAt = new Map<string, number>();
    const started = performance.now();
    let next = 0;
    let refused = 0;
    const post = (raw: Buffer) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/v1/messages', method: 'POST', agent, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'message/rfc822', 'content-length': raw.length } },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (d) => (body += d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end(raw);
      });
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < messages.length) {
          const raw = messages[next++];
          const t = Date.now();
          const res = await post(raw);
          if (res.status !== 202) {
            refused++;
            continue;
          }
          const { id, status } = JSON.parse(res.body) as { id: string; status: string };
          if (status === 'queued') sentAt.set(id, t);
        }
      }),
    );
    const ingestSeconds = (performance.now() - started) / 1000;
    agent.destroy();

    // Until every accepted message is done: stored (real) or processed (no-op).
    const doneCount = async () => {
      if (kind === 'real') return redis.zcard(`{${prefix}}:idx:time`);
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return sentAt.size - (c.waiting + c.active + c.delayed + c.prioritized);
    };
    let idleSince = performance.now();
    let last = -1;
    for (;;) {
      const done = await doneCount();
      if (done >= sentAt.size) break;
      if (done !== last) (last = done), (idleSince = performance.now());
      if (performance.now() - idleSince > 30_000) break; // nothing moves any more: count what is missing
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    const done = await doneCount();

    const latencies: number[] = [];
    if (kind === 'real') {
      const ids = [...sentAt.keys()];
      for (let i = 0; i < ids.length; i += 1000) {
        const values = await redis.mget(ids.slice(i, i + 1000).map((id) => `{${prefix}}:result:${id}`));
        values.forEach((v, j) => v && latencies.push(Date.parse((JSON.parse(v) as { scoredAt: string }).scoredAt) - sentAt.get(ids[i + j])!));
      }
      latencies.sort((a, b) => a - b);
    }
    const [failed] = await Promise.all([queue.getFailedCount()]);
    await queue.close();

    const redisCpuSeconds = (await redisCpu(redis)) - redisCpuBefore;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const stats = await Promise.all(
      [api, ...workerProcs].map(
        (c: ChildProcess) =>
          new Promise<{ maxRssMb: number; cpuSeconds: number }>((resolve) => {
            c.once('message', (m: { maxRssMb: number; cpuSeconds: number }) => resolve(m));
            c.send({ stop: true });
          }),
      ),
    );
    const rss = stats.map((s) => s.maxRssMb);
    const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
    // Accepted but never done: must be 0.
    const figures = { accepted: sentAt.size / ingestSeconds, endToEnd: done / seconds, lost: Math.max(0, sentAt.size - done) };
    console.log('');
    console.log(`${kind === 'real' ? 'scoring pipeline' : 'no-op pipeline (processor does nothing)'}:`);
    console.log(`  accepted (HTTP 202)  : ${sentAt.size} in ${ingestSeconds.toFixed(1)} s = ${figures.accepted.toFixed(0)} msg/s${refused ? ` (${refused} refused)` : ''}`);
    console.log(`  ${kind === 'real' ? 'scored and stored' : 'processed'}     : ${done} in ${seconds.toFixed(1)} s = ${figures.endToEnd.toFixed(0)} msg/s end to end`);
    if (kind === 'real') console.log(`  ingest→result latency: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)} ms`);
    console.log(`  peak memory (max RSS): API ${rss[0].toFixed(0)} MB, workers ${rss.slice(1).map((r) => r.toFixed(0)).join(' + ')} MB, bench client ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    const ms = (cpu: number) => ((cpu * 1000) / Math.max(1, done)).toFixed(3);
    console.log(
      `  CPU per message      : API ${ms(stats[0].cpuSeconds)} ms, workers ${ms(stats.slice(1).reduce((a, s) => a + s.cpuSeconds, 0))} ms, ` +
        `redis ${ms(redisCpuSeconds)} ms, bench client ${ms((clientCpu.user + clientCpu.system) / 1e6)} ms`,
    );
    const cpuPerMessage = (stats.reduce((a, s) => a + s.cpuSeconds, 0) + redisCpuSeconds + (clientCpu.user + clientCpu.system) / 1e6) / Math.max(1, done);
    console.log(`  CPU-bound capacity   : ${(availableParallelism() / cpuPerMessage).toFixed(0)} msg/s (${availableParallelism()} CPUs ÷ ${(cpuPerMessage * 1000).toFixed(2)} ms of CPU per message, all processes)`);
    console.log(`  load average at end  : ${loadavg()[0].toFixed(1)} (other work on the machine slows every figure above but this capacity)`);
    console.log(`  failed jobs ${failed}, messages lost ${figures.lost}`);
    return { ...figures, capacity: availableParallelism() / cpuPerMessage };
  }
}
