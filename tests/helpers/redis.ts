import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { ChildProcess } from 'node:child_process';
import { findOnPath, spawnRedis, stopRedis } from '../../src/service/local-redis.js';

// The machine's Redis at 127.0.0.1:6379 with a unique prefix per test (and every
// key of it deleted afterwards); tests that stop Redis run their own redis-server.

export const MACHINE_REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const uniquePrefix = (name = 't') => `qa-test-${name}-${process.pid}-${randomBytes(4).toString('hex')}`;

/** Deletes every key of the deployment with this QA_PREFIX (they all start with "{prefix}"). */
export async function deletePrefix(prefix: string, url = MACHINE_REDIS): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `{${prefix}}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface OwnRedis {
  url: string;
  port: number;
  /** Graceful stop (the append-only file is flushed). */
  stop(): Promise<void>;
  /** A crash (SIGKILL): connections drop with commands in flight. */
  kill(): Promise<void>;
  /** SIGSTOP freezes it (connections stay open, nothing is answered), SIGCONT thaws it. */
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void;
  /** Starts it again on the same port with the same data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

/** A redis-server of the test's own on a spare port, append-only, data in a temp folder. */
export async function startOwnRedis(opts: { appendfsync?: 'always' | 'everysec' } = {}): Promise<OwnRedis> {
  const binary = findOnPath('redis-server');
  if (!binary) throw new Error('redis-server is not on PATH');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'qa-redis-'));
  let child: ChildProcess | null = await spawnRedis(binary, dir, port, opts);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child) await stopRedis(child);
      child = null;
    },
    signal(signal) {
      child?.kill(signal);
    },
    async kill() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      child = null;
    },
    async start() {
      child = await spawnRedis(binary, dir, port, opts);
    },
    async destroy() {
      if (child) await stopRedis(child);
      child = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
