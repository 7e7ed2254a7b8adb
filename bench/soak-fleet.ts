// The processes of `npm run soak`: a redis-server of its own (append-only, on a
// spare port, data in a temp folder), the API (`email-qa serve`) and worker
// processes (`email-qa worker`), started from bin/email-qa.mjs as a deployment
// would. The soak breaks them on purpose; everything it starts is stopped, and
// the temp folder removed, however the run ends (Ctrl-C included).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { findOnPath, spawnRedis } from '../src/service/local-redis.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/email-qa.mjs');

export type Fsync = 'always' | 'everysec';
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}
interface Running {
  proc: ChildProcess;
  exited: Promise<Exit>;
  /** The soak stopped or killed it (else its exit is a finding). */
  stopped: boolean;
}

/** Resident memory of a process in MB, from /proc (null once it is gone). */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function running(proc: ChildProcess): Running {
  const exited = new Promise<Exit>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  return { proc, exited, stopped: false };
}

const alive = (r: Running | null): r is Running => !!r && r.proc.exitCode === null && r.proc.signalCode === null;

/** Sends `signal`, then SIGKILL after `graceMs`; resolves to how it ended. */
async function stop(r: Running, signal: NodeJS.Signals, graceMs: number): Promise<Exit & { ms: number }> {
  const t = Date.now();
  r.stopped = true;
  if (alive(r)) r.proc.kill(signal);
  const timer = setTimeout(() => alive(r) && r.proc.kill('SIGKILL'), graceMs);
  const exit = await r.exited;
  clearTimeout(timer);
  return { ...exit, ms: Date.now() - t };
}

export async function createFleet(opts: { workers: number; fsync: Fsync; keep: boolean; env: (redisUrl: string, port: number, dataDir: string) => NodeJS.ProcessEnv }) {
  const redisBinary = findOnPath('redis-server');
  if (!redisBinary) throw new Error('redis-server is not on PATH (apt-get install redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'qa-soak-'));
  const redisDir = join(dir, 'redis');
  const logDir = join(dir, 'logs');
  mkdirSync(logDir);
  const { freePort } = await import('../tests/helpers/redis.js');
  const redisPort = await freePort();
  const apiPort = await freePort();
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const env = opts.env(redisUrl, apiPort, join(dir, 'data'));

  let redis: Running | null = null;
  let paused = false;
  let api: Running | null = null;
  const workers: (Running | null)[] = Array.from({ length: opts.workers }, () => null);

  const service = (role: 'serve' | 'worker', log: string): Running => {
    const fd = openSync(join(logDir, log), 'a');
    const proc = spawn(process.execPath, [BIN, role], { cwd: ROOT, env, stdio: ['ignore', 'ignore', fd] });
    closeSync(fd);
    return running(proc);
  };

  const fleet = {
    dir,
    redisUrl,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    apiPort,
    /** Pids to sample, by role ("api", "worker 1", …, "redis"). */
    pids(): Record<string, number | undefined> {
      const out: Record<string, number | undefined> = { api: api?.proc.pid };
      workers.forEach((w, i) => (out[`worker ${i + 1}`] = alive(w) ? w.proc.pid : undefined));
      out.redis = alive(redis) ? redis.proc.pid : undefined;
      return out;
    },

    async startRedis() {
      redis = running(await spawnRedis(redisBinary, redisDir, redisPort, { appendfsync: opts.fsync }));
    },
    /** SHUTDOWN by SIGTERM: Redis writes and syncs its append-only file, then exits. */
    async stopRedis() {
      if (redis) await stop(redis, 'SIGTERM', 30_000);
    },
    /** A crash: nothing is flushed beyond what the append-only file already holds. */
    async killRedis() {
      if (redis) await stop(redis, 'SIGKILL', 0);
    },
    /** Unreachable without a closed connection: the process is frozen, its sockets stay open. */
    async pauseRedis(ms: number) {
      redis!.proc.kill('SIGSTOP');
      paused = true;
      await sleep(ms);
      redis!.proc.kill('SIGCONT');
      paused = false;
    },

    startApi() {
      api = service('serve', 'api.log');
      return api;
    },
    startWorker(i: number) {
      workers[i] = service('worker', `worker-${i + 1}.log`);
      return workers[i]!;
    },
    async killWorker(i: number) {
      if (workers[i]) await stop(workers[i]!, 'SIGKILL', 0);
    },
    /** Did a service process die on its own (not by the soak's hand)? Its exit, else null. */
    unexpectedExit(): string | null {
      const dead = [api, ...workers].find((r): r is Running => r !== null && !r.stopped && !alive(r));
      return dead ? `${dead.proc.spawnargs.at(-1)} (pid ${dead.proc.pid}) exited with ${dead.proc.exitCode ?? dead.proc.signalCode}` : null;
    },

    /** Graceful stop of the API and the workers, as a deployment would (SIGTERM); how long each took and how it exited. */
    async shutdownService(graceMs: number) {
      const named: [string, Running | null][] = [['api', api], ...workers.map((w, i): [string, Running | null] => [`worker ${i + 1}`, w])];
      return Promise.all(named.filter(([, r]) => alive(r)).map(async ([name, r]) => ({ name, ...(await stop(r!, 'SIGTERM', graceMs)) })));
    },

    /** Everything still running goes (a frozen Redis is thawed first so it can exit); the temp folder too. */
    async cleanup() {
      if (paused && redis) redis.proc.kill('SIGCONT');
      await Promise.all([api, ...workers, redis].filter(alive).map((r) => stop(r, 'SIGTERM', 5_000)));
      fleet.removeDir();
    },
    /** Last resort from process.on('exit'): synchronous. */
    killAllNow() {
      for (const r of [api, ...workers, redis]) {
        if (!alive(r)) continue;
        if (r === redis && paused) r.proc.kill('SIGCONT');
        r.proc.kill('SIGKILL');
      }
      fleet.removeDir();
    },
    removeDir() {
      if (opts.keep) return;
      rmSync(dir, { recursive: true, force: true });
    },
    logs: logDir,
  };
  return fleet;
}
export type Fleet = Awaited<ReturnType<typeof createFleet>>;
