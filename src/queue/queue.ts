import { Queue } from 'bullmq';
import type { Config } from '../config.js';
import { QUEUE_NAME } from '../store/keys.js';
import type { QaRedis } from '../store/scripts.js';
import type { JobData } from './job.js';

export type MessageQueue = Queue<JobData>;

/** Retries with exponential backoff for transient failures; completed jobs go (the result stays), failed ones stay for inspection. */
export function createQueue(connection: QaRedis, config: Pick<Config, 'keyPrefix' | 'attempts' | 'failedRetention'>): MessageQueue {
  return new Queue<JobData>(QUEUE_NAME, {
    connection,
    prefix: config.keyPrefix,
    defaultJobOptions: {
      attempts: config.attempts,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: true,
      removeOnFail: { age: config.failedRetention },
    },
  });
}
