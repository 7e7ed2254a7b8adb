import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import type { Config } from '../config.js';

// One machine, no setup: when REDIS_URL is not set and nothing answers on
// 127.0.0.1:6379, `start` runs redis-server from PATH with its data (append-only
// file) under QA_DATA_DIR, and stops it when it stops.

export const NO_REDIS_HINT =
  'email-qa: no Redis: nothing answers on 127.0.0.1:6379 and there is no redis-server on PATH; install one (apt-get install redis-server, brew install redis, or docker run -d -p 6379:6379 redis:7) or set REDIS_URL';

export interface LocalRedis {
  /** undefined: the default URL. */
  url: string | undefined;
  stop(): Promise<void>;
}

/** True when a Redis answers PING (or asks for a password) at host:port within the timeout. */
export function redisAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(/^(\+PONG|-NOAUTH)/.test(d.toString())));
  });
}

export function findOnPath(command: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return null;
}

/**
 * Starts redis-server on 127.0.0.1:port with append-only persistence in `dir`; resolves once it answers.
 * `appendfsync` "always" makes every acknowledged write survive a power cut, at some cost in speed.
 */
export async function spawnRedis(binary: string, dir: string, port: number, opts: { appendfsync?: 'always' | 'everysec' } = {}): Promise<ChildProcess> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fsync = opts.appendfsync ?? 'everysec';
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', fsync, '--save', '', '--maxmemory-policy', 'noeviction'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before answering: ${stderr.trim().split('\n').at(-1) ?? ''}`))),
  );
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (await Promise.race([redisAnswers('127.0.0.1', port, 300), exited])) return child;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer on 127.0.0.1:${port} within 15 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM'); // redis-server flushes the append-only file and exits
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function ensureRedis(config: Pick<Config, 'redisUrl' | 'dataDir'>, print: (line: string) => void): Promise<LocalRedis> {
  const none: LocalRedis = { url: config.redisUrl, stop: async () => {} };
  if (config.redisUrl || (await redisAnswers('127.0.0.1', 6379))) return none;
  const binary = findOnPath('redis-server');
  if (!binary) throw new Error(NO_REDIS_HINT);
  const dir = join(config.dataDir, 'redis');
  const child = await spawnRedis(binary, dir, 6379);
  print(`email-qa: started redis-server on 127.0.0.1:6379 (data in ${dir}, append-only)`);
  return { url: undefined, stop: () => stopRedis(child) };
}
