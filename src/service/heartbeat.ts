import { hostname } from 'node:os';
import type { Keys } from '../store/keys.js';
import type { QaRedis } from '../store/scripts.js';

// Workers beat every few seconds into a sorted set; /readyz and the metrics count
// the members seen recently. A SIGKILLed worker simply stops beating.

const BEAT_MS = 5_000;
const ALIVE_MS = 15_000;

export function startHeartbeat(redis: QaRedis, keys: Keys) {
  const member = `${hostname()}:${process.pid}`;
  const beat = () => redis.zadd(keys.workers, Date.now(), member).then(() => redis.zremrangebyscore(keys.workers, '-inf', Date.now() - 10 * ALIVE_MS), () => 0);
  void beat();
  const timer = setInterval(beat, BEAT_MS).unref();
  return {
    async stop() {
      clearInterval(timer);
      await redis.zrem(keys.workers, member).catch(() => 0);
    },
  };
}

export const countWorkers = (redis: QaRedis, keys: Keys) => redis.zcount(keys.workers, Date.now() - ALIVE_MS, '+inf');
