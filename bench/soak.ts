// npm run soak: the service under sustained load while things break. Its own
// redis-server (append-only, spare port, temp folder), the API and worker
// processes as a deployment runs them (`email-qa serve`, `email-qa worker`), and
// a relay posting real-looking messages at a fixed rate, retrying 503s. Meanwhile
// it SIGKILLs a worker and starts it again, restarts Redis, freezes it, kills it
// outright. At the end: every message the API accepted has exactly one result,
// none lost, none doubled, duplicates answered as such; latency and memory.
//
//   QA_SOAK_SECONDS (300) · QA_SOAK_RATE (50 new messages/s) · QA_SOAK_WORKERS (2 processes)
//   QA_SOAK_FSYNC (always | everysec; default always) · QA_SOAK_KEEP=1 keeps the temp folder and the logs
//   Other QA_* settings (QA_LOCK_DURATION, QA_CONCURRENCY, …) pass through to the API and the workers.
//
// Why appendfsync always: the API answers 202 once the message is in Redis, and
// "accepted" should mean it survives a power cut too. With everysec Redis still
// writes every command to the append-only file before it answers, so a crashed
// or killed redis-server (the faults here) loses nothing either; only the last
// second before a machine's crash would be at risk. The soak runs the stricter
// setting to show what it costs at this rate (QA_SOAK_FSYNC=everysec to compare).
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config.js';
import { readHeaders } from '../src/ingest/headers.js';
import { messageKey } from '../src/message-key.js';
import { withHeaders, withMessageId } from '../tests/helpers/eml.js';
import { createFleet, rssMb, type Fleet, type Fsync } from './soak-fleet.js';
import { createRelay, type Delivery } from './soak-relay.js';

const TOKEN = 'soak-token';
const PREFIX = 'soak';
const DEV = new URL('../tests/fixtures/dev/', import.meta.url).pathname;

function setting(name: string, fallback: number): number {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
  return v;
}
const seconds = setting('QA_SOAK_SECONDS', 300);
const rate = setting('QA_SOAK_RATE', 50);
const workerCount = Math.round(setting('QA_SOAK_WORKERS', 2));
const fsync = (process.env.QA_SOAK_FSYNC ?? 'always') as Fsync;
if (fsync !== 'always' && fsync !== 'everysec') throw new Error('QA_SOAK_FSYNC must be always or everysec');

const say = (line: string) => process.stderr.write(`soak: ${line}\n`);
const pct = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);

// ---- messages: the dev set, each with a Message-ID of its own; one in twenty has none (named by its bytes)
const corpus = readdirSync(DEV)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(join(DEV, f)));
const run = Date.now().toString(36);
function message(seq: number) {
  const base = corpus[seq % corpus.length];
  const raw = seq % 20 === 7 ? withHeaders(withMessageId(base, null), `X-Soak-Seq: ${run}.${seq}`) : withMessageId(base, `<soak.${run}.${seq}@soak.test>`);
  return { raw, id: messageKey(raw, readHeaders(raw).messageId) };
}
/** 1 in 100 is sent three times at the same moment; 1 in 25 is sent again later (0.5 to 45 s after its 202). */
const isTriple = (seq: number) => seq % 100 === 42;
const isResent = (seq: number) => seq % 25 === 3;

interface Tracked {
  seq: number;
  id: string;
  /** Start of the first attempt, and of the attempt answered 202 (for a triple: the one answered "queued"). */
  firstTry: number;
  acceptedTry?: number;
  answers: number;
  queuedAnswers: number;
  wrongIds: number;
  retried: boolean;
  skipped: boolean;
  errors: string[];
}

const fleetEnv = (redisUrl: string, port: number, dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  REDIS_URL: redisUrl,
  QA_PREFIX: PREFIX,
  QA_INGEST_TOKEN: TOKEN,
  QA_READ_TOKEN: TOKEN,
  QA_DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  PORT: String(port),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});

const fleet = await createFleet({ workers: workerCount, fsync, keep: process.env.QA_SOAK_KEEP === '1', env: fleetEnv });
const config = loadConfig(fleetEnv(fleet.redisUrl, fleet.apiPort, join(fleet.dir, 'data')));
let aborted = false;
let cleaning: Promise<void> | null = null;
const cleanup = () => (cleaning ??= fleet.cleanup());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    aborted = true;
    say(`${signal}: stopping every process it started and removing ${fleet.dir}`);
    void cleanup().finally(() => process.exit(130));
  });
}
process.once('exit', () => fleet.killAllNow());

try {
  process.exitCode = await soak(fleet);
} catch (err) {
  say(`failed: ${(err as Error).stack}`);
  say(`logs: ${fleet.logs}${process.env.QA_SOAK_KEEP === '1' ? '' : ' (removed; QA_SOAK_KEEP=1 keeps them)'}`);
  process.exitCode = 2;
} finally {
  await cleanup();
  // Whatever is left (a Redis client still reconnecting to a Redis that is gone) must not keep the soak alive.
  process.exit();
}

async function soak(fleet: Fleet): Promise<number> {
  const k = (...parts: string[]) => [`{${PREFIX}}`, ...parts].join(':');
  await fleet.startRedis();
  const mon = new Redis(fleet.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 2_000, retryStrategy: () => 250 });
  mon.on('error', () => {});
  await new Promise((resolve) => mon.once('ready', resolve));
  const safe = async <T>(f: () => Promise<T>): Promise<T | null> => f().catch(() => null);
  const redisVersion = /redis_version:(\S+)/.exec((await mon.info('server')) ?? '')?.[1];

  fleet.startApi();
  for (let i = 0; i < workerCount; i++) fleet.startWorker(i);
  const ready = async () => (await fetch(`${fleet.apiUrl}/readyz`, { signal: AbortSignal.timeout(3_000) }).catch(() => null))?.status === 200;
  const startBy = Date.now() + 60_000;
  while (!(await ready())) {
    if (fleet.unexpectedExit()) throw new Error(`${fleet.unexpectedExit()} at start (see ${fleet.logs})`);
    if (Date.now() > startBy) throw new Error(`the service was not ready within 60 s (see ${fleet.logs})`);
    await sleep(200);
  }
  say(
    `${seconds} s at ${rate} msg/s; redis-server ${redisVersion} (appendfsync ${fsync}) on ${fleet.redisUrl}, API ${fleet.apiUrl}, ` +
      `${workerCount} worker process(es), lock ${config.lockDurationMs / 1000} s; temp ${fleet.dir}`,
  );

  const load0 = loadavg()[0];
  const t0 = Date.now();
  const at = (t: number) => ((t - t0) / 1000).toFixed(1).padStart(6);
  const ingestEnd = t0 + seconds * 1000;
  const giveUpAt = () => ingestEnd + 180_000;
  const relay = createRelay({ port: fleet.apiPort, token: TOKEN, giveUpAt });
  const tracked: Tracked[] = [];
  const inflight = new Set<Promise<unknown>>();
  const resends = { sent: 0, right: 0, wrong: [] as string[] };
  const keep = (p: Promise<unknown>) => (inflight.add(p), void p.finally(() => inflight.delete(p)));

  const record = (t: Tracked, d: Delivery) => {
    if (d.retries) t.retried = true;
    if (!d.answer) return void t.errors.push(d.error ?? '?');
    t.answers++;
    if (d.answer.id !== t.id) t.wrongIds++;
    if (d.answer.status === 'skipped') t.skipped = true;
    if (d.answer.status === 'queued') t.queuedAnswers++;
    if (t.acceptedTry === undefined || d.answer.status === 'queued') t.acceptedTry = d.acceptedTry;
  };
  const launch = (seq: number) => {
    const { raw, id } = message(seq);
    const t: Tracked = { seq, id, firstTry: Date.now(), answers: 0, queuedAnswers: 0, wrongIds: 0, retried: false, skipped: false, errors: [] };
    tracked.push(t);
    const copies = isTriple(seq) ? 3 : 1;
    const sends = Array.from({ length: copies }, () => relay.deliver(raw).then((d) => record(t, d)));
    keep(
      Promise.all(sends).then(async () => {
        if (!isResent(seq) || !t.answers) return;
        await sleep(500 + ((seq * 7919) % 44_500));
        resends.sent++;
        const d = await relay.deliver(raw);
        if (d.answer?.status === 'duplicate' && d.answer.id === id) resends.right++;
        else resends.wrong.push(`#${seq}: ${d.answer ? `${d.answer.status} ${d.answer.id}` : d.error}`);
      }),
    );
  };

  // ---- memory, sampled every 2 s; progress every tenth of the run
  const samples: { t: number; role: string; pid: number; mb: number }[] = [];
  const sampler = setInterval(() => {
    for (const [role, pid] of Object.entries(fleet.pids())) {
      const mb = rssMb(pid);
      if (mb !== null) samples.push({ t: (Date.now() - t0) / 1000, role, pid: pid!, mb });
    }
  }, 2_000);
  const resultsStored = async () => (await safe(() => mon.zcard(k('idx', 'time')))) ?? -1;
  const progress = setInterval(async () => {
    const rss = Object.entries(fleet.pids()).map(([role, pid]) => `${role} ${rssMb(pid)?.toFixed(0) ?? '-'}`);
    const s503 = relay.counters.byStatus[503] ?? 0;
    say(`${at(Date.now())} s  sent ${tracked.length}, accepted ${tracked.filter((t) => t.answers).length}, 503 ${s503}, stored ${await resultsStored()}, in flight ${inflight.size}; RSS MB ${rss.join(', ')}`);
  }, Math.max(5, seconds / 10) * 1000);

  // ---- faults, each followed by how long until the service is ready and storing results again
  const faults: { at: number; name: string; run: () => Promise<string | void> }[] = [
    { at: 0.15, name: 'SIGKILL worker 1, start it again 2 s later', run: () => killWorker(0) },
    {
      at: 0.35,
      name: 'restart Redis: SHUTDOWN (SIGTERM), 3 s down, start on the same port and data',
      run: async () => {
        await fleet.stopRedis();
        await sleep(3_000);
        await fleet.startRedis();
      },
    },
    // Longer than the API's command timeout (5 s): requests in flight time out and are answered 503.
    { at: 0.55, name: 'Redis unreachable for 8 s (SIGSTOP, then SIGCONT)', run: () => fleet.pauseRedis(8_000) },
    {
      at: 0.7,
      name: 'Redis killed outright (SIGKILL), started again at once from its append-only file',
      run: async () => {
        await fleet.killRedis();
        await fleet.startRedis();
      },
    },
    { at: 0.85, name: `SIGKILL worker ${workerCount}, start it again 2 s later`, run: () => killWorker(workerCount - 1) },
  ];
  async function killWorker(i: number) {
    // Catch it with jobs in hand where there are any (scoring is quick: most of the time there are none).
    let active = 0;
    for (const until = Date.now() + 3_000; Date.now() < until && !active; await sleep(5)) active = (await safe(() => mon.llen(k('messages', 'active')))) ?? 0;
    await fleet.killWorker(i);
    await sleep(2_000);
    fleet.startWorker(i);
    return `${active} job(s) active at the kill`;
  }
  const events: string[] = [];
  let notRecovered = 0;
  const faultRun = (async () => {
    for (const f of faults) {
      await sleep(t0 + f.at * seconds * 1000 - Date.now());
      if (aborted) return;
      const t = Date.now();
      say(`${at(t)} s  fault: ${f.name}`);
      const detail = await f.run();
      const after = Date.now();
      const before = await resultsStored();
      let back = NaN;
      for (const until = after + 120_000; Date.now() < until; await sleep(100)) {
        if ((await ready()) && (await resultsStored()) > before) {
          back = Date.now() - after;
          break;
        }
      }
      if (Number.isNaN(back)) notRecovered++;
      events.push(`${at(t)} s  ${f.name}${detail ? ` (${detail})` : ''}: ${Number.isNaN(back) ? 'NOT RECOVERED within 120 s' : `ready and storing results again ${ms(back)} after`}`);
    }
  })();

  // ---- the load: a fixed rate, whatever the answers (a mail server does not slow down for us)
  let seq = 0;
  while (Date.now() < ingestEnd && !aborted) {
    const due = Math.floor(((Date.now() - t0) / 1000) * rate);
    while (seq < due) launch(seq++);
    const dead = fleet.unexpectedExit();
    if (dead) events.push(`${at(Date.now())} s  UNEXPECTED: ${dead}`);
    await sleep(5);
  }
  say(`${at(Date.now())} s  load stopped after ${seq} messages; waiting for retries, re-sends and the queue to drain`);
  await faultRun;
  while (inflight.size) await Promise.race(inflight);
  relay.close();

  // ---- drain: until every accepted message has its result, or nothing moves any more
  const accepted = tracked.filter((t) => t.answers > 0 && !t.skipped);
  const missing = new Set(accepted.map((t) => t.id));
  const stall = Math.max(60_000, 3 * config.lockDurationMs);
  let lastMove = Date.now();
  while (missing.size && Date.now() - lastMove < stall) {
    const ids = [...missing];
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const have = (await safe(() => mon.exists(...chunk.map((id) => k('result', id))))) ?? 0;
      if (have === chunk.length) chunk.forEach((id) => missing.delete(id)), (lastMove = Date.now());
      else if (have) {
        const values = (await safe(() => mon.mget(chunk.map((id) => k('result', id))))) ?? [];
        values.forEach((v, j) => v && missing.delete(chunk[j]));
        lastMove = Date.now();
      }
    }
    if (missing.size) await sleep(500);
  }
  const drainedAt = Date.now();
  clearInterval(sampler);
  clearInterval(progress);

  // ---- checks, from Redis directly
  const results = new Map<string, { status: string; messageId: string | null; scoredAt?: string }>();
  const ids = accepted.map((t) => t.id);
  for (let i = 0; i < ids.length; i += 1000) {
    const values = await mon.mget(ids.slice(i, i + 1000).map((id) => k('result', id)));
    values.forEach((v, j) => v && results.set(ids[i + j], JSON.parse(v)));
  }
  const lost = accepted.filter((t) => !results.has(t.id));
  const indexed = await mon.zcard(k('idx', 'time'));
  const stats = await mon.hgetall(k('stats'));
  const storedCount = Number(stats.scored ?? 0) + Number(stats.unscorable ?? 0);
  let aggregated = 0;
  for (const key of await mon.keys(k('agg', '*'))) {
    for (const [field, value] of Object.entries(await mon.hgetall(key))) if (field.endsWith('\tn')) aggregated += Number(value);
  }
  const perMessageId = new Map<string, number>();
  for (const r of results.values()) if (r.messageId) perMessageId.set(r.messageId, (perMessageId.get(r.messageId) ?? 0) + 1);
  const sameMessageIdTwice = [...perMessageId.values()].filter((n) => n > 1).length;
  // A result stored or counted twice shows as more saves, or more aggregate counts, than distinct results.
  const doubled = Math.max(0, storedCount - indexed, aggregated - indexed) + sameMessageIdTwice;
  const unacknowledged = indexed - accepted.filter((t) => results.has(t.id)).length; // stored, though the relay never got its 202 (gave up)
  const queue = {
    waiting: await mon.llen(k('messages', 'wait')),
    active: await mon.llen(k('messages', 'active')),
    delayed: await mon.zcard(k('messages', 'delayed')),
    failed: await mon.zcard(k('messages', 'failed')),
  };
  const statuses: Record<string, number> = {};
  for (const r of results.values()) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const scored = (statuses.scored ?? 0) + (statuses.unscorable ?? 0);

  // Dedup answers: at most one "queued" per message; none only where an attempt answered 503 had in fact landed.
  const queuedTwice = tracked.filter((t) => t.queuedAnswers > 1);
  const neverQueued = accepted.filter((t) => t.queuedAnswers === 0 && !t.retried);
  const landedDespite503 = accepted.filter((t) => t.queuedAnswers === 0 && t.retried);
  const wrongIds = tracked.filter((t) => t.wrongIds > 0);
  const triples = tracked.filter((t) => isTriple(t.seq) && t.answers === 3);
  const triplesRight = triples.filter((t) => t.queuedAnswers === 1 || (t.queuedAnswers === 0 && t.retried));
  const refused = tracked.filter((t) => !t.answers);

  // Via the API as well: a sample of results served over HTTP after all the restarts.
  const sample = accepted.filter((_, i) => i % Math.max(1, Math.floor(accepted.length / 100)) === 0).slice(0, 100);
  let served = 0;
  for (const t of sample) if ((await fetch(`${fleet.apiUrl}/v1/results/${t.id}`, { headers: { authorization: `Bearer ${TOKEN}` } })).status === 200) served++;

  const latency = accepted.flatMap((t) => {
    const r = results.get(t.id);
    return r?.scoredAt ? [Date.parse(r.scoredAt) - t.acceptedTry!] : [];
  }).sort((a, b) => a - b);
  const latencyFirst = accepted.flatMap((t) => {
    const r = results.get(t.id);
    return r?.scoredAt ? [Date.parse(r.scoredAt) - t.firstTry] : [];
  }).sort((a, b) => a - b);
  const answerMs = [...relay.counters.answerMs].sort((a, b) => a - b);
  const s503 = relay.counters.byStatus[503] ?? 0;
  // 202 and 503 are the only right answers here: a 500 is a bug, and (the API is never stopped during
  // the load) a post without an answer within 30 s is a hang.
  const wrongAnswers = relay.counters.posts - (relay.counters.byStatus[202] ?? 0) - s503;
  const retriedMessages = tracked.filter((t) => t.retried).length;

  // ---- graceful shutdown: a process that hangs is a finding too
  const exits = await fleet.shutdownService(config.shutdownTimeoutMs + 10_000);
  const hung = exits.filter((e) => e.code !== 0);
  const unexpected = events.filter((e) => e.includes('UNEXPECTED')).length;

  // ---- the report
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`soak: ${seconds} s at ${rate} new messages/s, ${workerCount} worker process(es), redis-server ${redisVersion} with appendfsync ${fsync}, lock ${config.lockDurationMs / 1000} s`);
  line(`      ${availableParallelism()} CPU(s), load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (other work on the machine slows every figure)`);
  line('faults:');
  for (const e of events) line(`  ${e}`);
  line('ingest:');
  line(`  messages           ${tracked.length} new (${tracked.filter((t) => t.seq % 20 === 7).length} without Message-ID), ${tracked.filter((t) => isTriple(t.seq)).length} of them sent three times at once, ${resends.sent} sent again later`);
  line(`  posts              ${relay.counters.posts}: ${Object.entries(relay.counters.byStatus).map(([s, n]) => `${s === '0' ? 'no answer' : s} ×${n}`).join(', ')}`);
  line(`  accepted           ${accepted.length} (202); ${retriedMessages} message(s) only after retries${landedDespite503.length ? `, ${landedDespite503.length} of them answered "duplicate" because an attempt answered 503 (timed out) had in fact queued it` : ''}`);
  line(`  rejected with 503  ${s503} answer(s) on ${retriedMessages} message(s), every one retried by the relay${refused.length ? `; ${refused.length} never accepted (${refused[0].errors.at(-1)})` : ''}`);
  line(`  skipped            ${tracked.filter((t) => t.skipped).length} (recorded as not an agent's reply)`);
  line(`  duplicates         ${resends.right}/${resends.sent} re-sends answered "duplicate" with the first id; ${triplesRight.length}/${triples.length} triples answered "queued" exactly once`);
  if (resends.wrong.length) line(`                     WRONG: ${resends.wrong.slice(0, 5).join('; ')}`);
  if (queuedTwice.length || neverQueued.length || wrongIds.length) {
    line(`                     WRONG: ${queuedTwice.length} answered "queued" twice, ${neverQueued.length} never "queued" without a 503, ${wrongIds.length} answered another id`);
  }
  line(`  POST answer time   p50 ${ms(pct(answerMs, 50))}, p99 ${ms(pct(answerMs, 99))}, max ${ms(answerMs.at(-1) ?? NaN)}`);
  if (wrongAnswers) line(`  WRONG: ${wrongAnswers} post(s) answered neither 202 nor 503`);
  line('results:');
  line(`  scored             ${scored} (${Object.entries(statuses).map(([s, n]) => `${n} ${s}`).join(', ')}); lost ${lost.length}, doubled ${doubled}`);
  line(`  counted            ${indexed} indexed, ${storedCount} saves in stats, ${aggregated} in the per-agent aggregates, ${sameMessageIdTwice} Message-ID(s) with two results${unacknowledged > 0 ? `, ${unacknowledged} stored for posts the relay gave up on` : ''}`);
  line(`  ingest→result      p50 ${ms(pct(latency, 50))}, p99 ${ms(pct(latency, 99))}, max ${ms(latency.at(-1) ?? NaN)} from the accepted post; p99 ${ms(pct(latencyFirst, 99))} from the first attempt`);
  line(`  queue at the end   ${queue.waiting} waiting, ${queue.active} active, ${queue.delayed} delayed, ${queue.failed} failed; drained ${((drainedAt - ingestEnd) / 1000).toFixed(1)} s after the load stopped`);
  line(`  via the API        ${served}/${sample.length} sampled results served by GET /v1/results/{id}`);
  if (lost.length) line(`  LOST: ${lost.slice(0, 10).map((t) => `#${t.seq} ${t.id}`).join(', ')}`);
  line('memory (RSS, MB):');
  for (const l of memoryReport(samples, seconds)) line(`  ${l}`);
  line(`shutdown (SIGTERM): ${exits.map((e) => `${e.name} exit ${e.code ?? e.signal} in ${ms(e.ms)}`).join(', ')}`);
  const failures = lost.length + doubled + queuedTwice.length + neverQueued.length + wrongIds.length + resends.wrong.length + hung.length + notRecovered + unexpected + refused.length + wrongAnswers;
  if (failures) line(`FAILED: ${failures} finding(s) above`);
  line(`soak: accepted ${accepted.length}, scored ${scored}, lost ${lost.length}, doubled ${doubled}`);
  process.stdout.write(out.join('\n') + '\n');
  mon.disconnect();
  return lost.length || doubled ? 1 : failures ? 3 : 0;
}

/** A short time series per role, and whether each process grows once steady (after the first fifth of the run). */
function memoryReport(samples: { t: number; role: string; pid: number; mb: number }[], seconds: number): string[] {
  const roles = [...new Set(samples.map((s) => s.role))];
  const out = [['t (s)', ...roles].map((c) => c.padStart(9)).join('')];
  const step = Math.max(2, seconds / 10);
  const end = samples.at(-1)?.t ?? 0;
  for (let t = 0; t <= end + 0.01; t += step) {
    const row = roles.map((role) => {
      const near = samples.filter((s) => s.role === role && Math.abs(s.t - t) <= step / 2).sort((a, b) => Math.abs(a.t - t) - Math.abs(b.t - t))[0];
      return (near ? near.mb.toFixed(0) : '-').padStart(9);
    });
    out.push([t.toFixed(0).padStart(9), ...row].join(''));
  }
  // Per process (a restarted worker is a new one), over its steady part: the floor (lowest RSS) of each
  // fifth. RSS of a Node process saws up and down with garbage collection; a leak lifts the floor fifth
  // after fifth, noise does not (bench/heap.ts measures the heap after GC directly).
  const verdicts: string[] = [];
  for (const pid of new Set(samples.map((s) => s.pid))) {
    const mine = samples.filter((s) => s.pid === pid);
    const steady = mine.filter((s) => s.t >= Math.max(seconds / 5, mine[0].t + 20) && s.t <= seconds);
    const role = mine[0].role;
    if (steady.length < 15) continue;
    const fifth = steady.length / 5;
    const floors = Array.from({ length: 5 }, (_, i) => Math.min(...steady.slice(Math.round(i * fifth), Math.round((i + 1) * fifth)).map((s) => s.mb)));
    const [first, last] = [floors[0], floors[4]];
    const rising = floors.every((f, i) => i === 0 || f >= floors[i - 1] * 0.98);
    // Rising floors are a hint, not proof: V8 also sizes its heap to a sustained allocation rate.
    const verdict = role === 'redis' ? 'holds the results, so grows with them' : rising && last > first * 1.1 && last - first > 10 ? 'floor rises (a leak? bench/heap.ts tells)' : 'flat';
    verdicts.push(`${role} (pid ${pid}, ${steady[0].t.toFixed(0)}–${steady.at(-1)!.t.toFixed(0)} s) floors ${floors.map((f) => f.toFixed(0)).join(' → ')} MB: ${verdict}`);
  }
  out.push(verdicts.length ? 'steady state (lowest RSS in each fifth of a process\'s steady part):' : 'steady state: run too short to judge growth');
  for (const v of verdicts) out.push(`  ${v}`);
  const idle = roles.map((role) => samples.filter((s) => s.role === role && s.t > seconds).at(-1)).filter((s) => s !== undefined);
  if (idle.length) out.push(`after the drain: ${idle.map((s) => `${s.role} ${s.mb.toFixed(0)}`).join(', ')} MB`);
  return out;
}
