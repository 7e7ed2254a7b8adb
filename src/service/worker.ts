import { Worker, type Job, type Processor } from 'bullmq';
import { createProcessor } from '../../workers/processor.js';
import { loadAgents } from '../agents.js';
import type { Config } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { createBatchScorer } from '../pipeline.js';
import { redactResult } from '../privacy/redact.js';
import type { JobData } from '../queue/job.js';
import { connect } from '../queue/redis.js';
import { loadRubric } from '../rubrics/load.js';
import { createFeedFileWriter } from '../store/feed-file.js';
import { createKeys, QUEUE_NAME } from '../store/keys.js';
import { createResultStore } from '../store/results.js';
import { startSweeper } from '../store/retention.js';
import { startHeartbeat } from './heartbeat.js';
import { once, raceTimeout } from './lifecycle.js';

export interface WorkerHandle {
  close(): Promise<void>;
  shutdownTimeoutMs: number;
  worker: Worker<JobData>;
}

/**
 * A BullMQ worker in this process: `concurrency` jobs at a time, retries with
 * exponential backoff, stalled jobs of dead workers taken up again.
 * `processor` replaces the scoring processor (the benchmark's no-op pipeline).
 */
export async function runWorker(config: Config, opts: { log?: Logger; processor?: Processor<JobData> } = {}): Promise<WorkerHandle> {
  const log = opts.log ?? createLogger(config.logLevel, { role: 'worker' });
  const redis = connect(config.redisUrl, 'worker', { cluster: config.redisCluster, name: 'email-qa-worker' });
  const keys = createKeys(config.keyPrefix);
  const store = createResultStore(redis, keys, config);
  const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const feedFile = config.feedFile ? createFeedFileWriter({ store, file: config.feedFile, items: config.feedFileItems, base, log }) : null;

  const processor =
    opts.processor ??
    createProcessor({
      store,
      rubrics: [loadRubric(config.rubricFile), ...(config.rubricFile ? [loadRubric()] : [])],
      agents: loadAgents(config.agentsFile),
      // Jobs in hand are parsed together, then scored together (see scoreMessages).
      score: createBatchScorer(),
      log,
      redact: config.redact ? (r) => redactResult(r, config.redact!) : null,
      onStored: feedFile ? () => feedFile.schedule() : undefined,
    });

  const worker = new Worker<JobData>(QUEUE_NAME, processor, {
    connection: redis,
    prefix: config.keyPrefix,
    concurrency: config.concurrency,
    lockDuration: config.lockDurationMs,
    stalledInterval: config.lockDurationMs,
    maxStalledCount: 2,
  });
  worker.on('failed', (job: Job<JobData> | undefined, err: Error) => {
    const final = err.name === 'UnrecoverableError' || (job ? job.attemptsMade >= (job.opts.attempts ?? 1) : false);
    log[final ? 'error' : 'warn']({ id: job?.id, attempts: job?.attemptsMade, reason: err.message, final }, final ? 'job failed for good' : 'job failed, will retry');
    if (final) void redis.hincrby(keys.stats, 'failed', 1).catch(() => 0);
  });
  worker.on('error', (err) => log.error({ err: { message: err.message } }, 'worker error'));
  await worker.waitUntilReady();
  const heartbeat = startHeartbeat(redis, keys);
  const sweeper = startSweeper(store, config, log);
  log.info({ concurrency: config.concurrency, prefix: config.keyPrefix }, 'worker started');

  const close = once(async () => {
    // Stop taking jobs and finish the ones in hand; past the timeout, give them up (they come back as stalled).
    const started = Date.now();
    await raceTimeout(worker.close(), config.shutdownTimeoutMs, () => {
      log.warn({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown timeout: giving up the jobs in hand (another worker takes them up)');
      return worker.close(true);
    });
    log.info({ ms: Date.now() - started }, 'worker drained');
    await heartbeat.stop();
    await sweeper.stop();
    await feedFile?.close();
    await redis.quit().catch(() => redis.disconnect());
    log.info('worker stopped');
  });
  return { close, shutdownTimeoutMs: config.shutdownTimeoutMs, worker };
}
