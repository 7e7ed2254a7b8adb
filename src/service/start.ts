import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadAgents } from '../agents.js';
import type { Config } from '../config.js';
import { createApp } from '../http/app.js';
import { createIngest, createReplyFilter } from '../ingest/ingest.js';
import { createLogger, type Logger } from '../log.js';
import { createMetrics } from '../metrics.js';
import { createQueue } from '../queue/queue.js';
import { connect, waitForRedis } from '../queue/redis.js';
import { createKeys } from '../store/keys.js';
import { createFeedFileWriter } from '../store/feed-file.js';
import { createResultStore } from '../store/results.js';
import { countWorkers } from './heartbeat.js';
import { once, raceTimeout } from './lifecycle.js';
import { ensureRedis } from './local-redis.js';
import { resolveTokens } from './tokens.js';

// The service's three shapes: API and workers in one process tree (`start`), the
// API alone (`serve`) and a worker alone (`worker`), for scaling out against one
// Redis. Each returns a handle whose close() shuts down in order and may be
// called twice; signals are the entry point's business (runUntilSignal).

export interface Handle {
  close(): Promise<void>;
  shutdownTimeoutMs?: number;
}
export interface ServerHandle extends Handle {
  url: string;
  port: number;
  /** The SMTP listener's port, when QA_SMTP_PORT is set. */
  smtpPort?: number;
}

type Print = (line: string) => void;
interface StartOptions {
  print?: Print;
  log?: Logger;
}
const stderrPrint: Print = (line) => process.stderr.write(line + '\n');
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const WORKER_MAIN = fileURLToPath(new URL('../../workers/main.ts', import.meta.url));
/** What runs the TypeScript sources in a child process (bin/register.mjs). */
const REGISTER = new URL('../../bin/register.mjs', import.meta.url).href;

export async function startServer(config: Config, opts: StartOptions = {}): Promise<ServerHandle> {
  const print = opts.print ?? stderrPrint;
  const log = opts.log ?? createLogger(config.logLevel, { role: 'api' });
  const tokens = resolveTokens(config, print);

  const redis = connect(config.redisUrl, 'producer', { cluster: config.redisCluster, name: 'email-qa-api' });
  redis.on('error', (err: Error) => log.warn({ err: { message: err.message } }, 'redis connection error'));
  await waitForRedis(redis, 30_000);
  const keys = createKeys(config.keyPrefix);
  const queue = createQueue(redis, config);
  queue.on('error', (err) => log.warn({ err: { message: err.message } }, 'queue error'));
  const store = createResultStore(redis, keys, config);
  const filter = createReplyFilter(config.supportDomains, loadAgents(config.agentsFile));
  const workersAlive = () => countWorkers(redis, keys);
  const metrics = createMetrics({ store, queue, workersAlive });
  const ingest = createIngest({ store, queue, filter, log });
  const app = createApp({
    tokens,
    ingest,
    store,
    queue,
    metrics,
    workersAlive,
    maxMessageBytes: config.maxMessageBytes,
    publicUrl: config.publicUrl,
    webhooks: config.webhooks,
    review: { rubricFile: config.rubricFile, criticalCriteria: config.criticalCriteria, retentionSeconds: config.resultRetention },
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
    admin: {
      retention: config,
      rewriteFeedFile: config.feedFile
        ? async () => {
            // One write now, from Redis, as the workers' writers do.
            const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
            const writer = createFeedFileWriter({ store, file: config.feedFile!, items: config.feedFileItems, base, log });
            writer.schedule();
            await writer.close();
          }
        : undefined,
    },
    version: VERSION,
    log,
  });

  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  server.keepAliveTimeout = 65_000;
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  print(`email-qa: API listening on ${url} (POST ${url}/v1/messages)`);
  // Loaded only when configured: worker processes import this module too, and start faster without it.
  const smtp = config.smtp
    ? await (await import('../smtp/listener.js')).startSmtpListener({ config: config.smtp, ingest, maxMessageBytes: config.maxMessageBytes, log, closeTimeoutMs: config.shutdownTimeoutMs, onIngested: (o) => metrics.ingested.inc({ status: o.status }) }).catch(
        async (err: Error) => {
          server.close();
          await queue.close();
          redis.disconnect();
          throw err;
        },
      )
    : null;
  if (smtp) print(`email-qa: SMTP listening on ${config.smtp!.host}:${smtp.port}`);

  const close = once(async () => {
    // Stop accepting; requests in flight finish (their messages are queued or refused, never half-taken).
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await Promise.all([raceTimeout(closed, config.shutdownTimeoutMs, async () => server.closeAllConnections()), smtp?.close()]);
    await queue.close();
    await redis.quit().catch(() => redis.disconnect());
    log.info('API stopped');
  });
  return { url, port, smtpPort: smtp?.port, close, shutdownTimeoutMs: config.shutdownTimeoutMs };
}

export async function startWorker(config: Config, opts: StartOptions = {}): Promise<Handle> {
  // Loaded here, not at the top: the API process never needs the scorer.
  const { runWorker } = await import('./worker.js');
  return runWorker(config, { log: opts.log });
}

/**
 * API and QA_WORKERS worker processes on this machine (0: one worker in this
 * process); starts a local redis-server when none is configured or running.
 */
export async function startAll(config: Config, opts: StartOptions = {}): Promise<ServerHandle> {
  const print = opts.print ?? stderrPrint;
  const log = opts.log ?? createLogger(config.logLevel, { role: 'api' });
  const redis = await ensureRedis(config, print);
  const cfg: Config = { ...config, redisUrl: redis.url };
  try {
    const server = await startServer(cfg, { print, log });
    const workers = cfg.workers === 0 ? await (await import('./worker.js')).runWorker(cfg, { log }) : superviseWorkers(cfg, log);
    print(`email-qa: ${cfg.workers === 0 ? 'one worker in this process' : `${cfg.workers} worker process(es)`}, ${cfg.concurrency} job(s) at a time each`);
    const close = once(async () => {
      await server.close();
      await workers.close();
      await redis.stop();
    });
    return { url: server.url, port: server.port, smtpPort: server.smtpPort, close, shutdownTimeoutMs: cfg.shutdownTimeoutMs };
  } catch (err) {
    await redis.stop();
    throw err;
  }
}

/** Keeps `workers` worker processes running (a crashed one is started again), and stops them on close. */
function superviseWorkers(config: Config, log: Logger): Handle {
  const env = { ...process.env, ...(config.redisUrl ? { REDIS_URL: config.redisUrl } : {}) };
  const children = new Set<ChildProcess>();
  let closing = false;
  const spawnOne = () => {
    const child = fork(WORKER_MAIN, [], { execArgv: ['--import', REGISTER], env, stdio: 'inherit' });
    children.add(child);
    child.once('exit', (code, signal) => {
      children.delete(child);
      if (closing) return;
      log.error({ workerPid: child.pid, code, signal }, 'worker process exited; starting another');
      setTimeout(() => !closing && spawnOne(), 1_000).unref();
    });
  };
  for (let i = 0; i < config.workers; i++) spawnOne();
  return {
    close: once(async () => {
      closing = true;
      await Promise.all(
        [...children].map(async (child) => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
          child.kill('SIGTERM');
          await raceTimeout(exited, config.shutdownTimeoutMs + 5_000, async () => {
            child.kill('SIGKILL');
            await exited;
          });
        }),
      );
    }),
  };
}

/**
 * For entry points: waits for SIGTERM or SIGINT, then closes the handle within
 * its shutdown timeout (a second signal, or the timeout, exits at once).
 */
export function runUntilSignal(handle: Handle, opts: { timeoutMs?: number } = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? (handle.shutdownTimeoutMs ?? 30_000) + 10_000;
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        process.stderr.write(`email-qa: ${signal} again: exiting now\n`);
        process.exit(130);
      }
      stopping = true;
      process.stderr.write(`email-qa: ${signal}: shutting down (finishing jobs in hand)\n`);
      const timer = setTimeout(() => {
        process.stderr.write(`email-qa: shutdown took longer than ${Math.round(timeoutMs / 1000)} s: exiting\n`);
        process.exit(1);
      }, timeoutMs);
      timer.unref();
      handle
        .close()
        .catch((err: Error) => {
          process.stderr.write(`email-qa: error while shutting down: ${err.message}\n`);
          process.exitCode = 1;
        })
        .finally(() => {
          clearTimeout(timer);
          process.off('SIGTERM', onSignal);
          process.off('SIGINT', onSignal);
          // Should anything still hold the event loop open, do not hang around for it.
          setTimeout(() => process.exit(), 2_000).unref();
          resolve();
        });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
