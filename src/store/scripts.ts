import type { Redis, Cluster } from 'ioredis';

// The Lua scripts that make ingest and result storage atomic. Each runs once per
// message; the "already there" checks are what make retries and redelivered jobs
// harmless.

/**
 * KEYS: result, job, raw, claim · ARGV: raw bytes, raw TTL (s), claim token, claim lease (ms)
 * → 1 claimed and stored (go on and enqueue), 0 duplicate (a result or a job exists already),
 *   -1 another request holds the claim and has not enqueued yet.
 * The claim is what makes two simultaneous requests differ: the job only exists
 * once the first has enqueued, so "no job yet" alone would let both through.
 * A claim held by the same token is this request's own: ioredis sends unanswered
 * commands again after a reconnect, and the second run must not wait on the first.
 */
const INGEST = `
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local holder = redis.call('GET', KEYS[4])
if holder and holder ~= ARGV[3] then return -1 end
redis.call('SET', KEYS[4], ARGV[3], 'PX', ARGV[4])
redis.call('SET', KEYS[3], ARGV[1], 'EX', ARGV[2])
return 1`;

/**
 * KEYS: claim · ARGV: claim token → 1 released, 0 not ours (lapsed, or taken by another).
 * The raw bytes stay: an enqueue that timed out may still land, and its job needs them.
 */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * KEYS: result, job, stats · ARGV: record JSON, TTL (s)
 * → 1 recorded, 0 duplicate.
 */
const SKIP = `
if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
redis.call('HINCRBY', KEYS[3], 'skipped', 1)
return 1`;

/**
 * KEYS: result, byTime, byAgent, byTeam, day, agents, raw, stats, byCustomer, customer index since
 * ARGV: 1 JSON, 2 TTL (s), 3 ts (ms), 4 prune before (ms), 5 id, 6 agent id, 7 agent JSON,
 *       8 has team (1/0), 9 raw retention (s, 0 = drop), 10 day TTL (s), 11 status,
 *       12 duration bucket field, 13 duration (s), 14 has customer (1/0),
 *       15.. pairs of day-hash field and increment
 * → 1 stored, 0 stored before (indexes and aggregates untouched: counted once).
 * "customer index since" remembers the first result indexed by customer: older
 * ones are found by a scan (src/privacy/erasure.ts).
 */
const SAVE = `
if tonumber(ARGV[9]) > 0 then redis.call('EXPIRE', KEYS[7], ARGV[9]) else redis.call('DEL', KEYS[7]) end
if redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2], 'NX') == false then return 0 end
local ttl = ARGV[2]
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[4])
redis.call('EXPIRE', KEYS[3], ttl)
if ARGV[8] == '1' then
  redis.call('ZADD', KEYS[4], ARGV[3], ARGV[5])
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', '(' .. ARGV[4])
  redis.call('EXPIRE', KEYS[4], ttl)
end
redis.call('SET', KEYS[10], ARGV[3], 'NX')
if ARGV[14] == '1' then
  redis.call('ZADD', KEYS[9], ARGV[3], ARGV[5])
  redis.call('ZREMRANGEBYSCORE', KEYS[9], '-inf', '(' .. ARGV[4])
  redis.call('EXPIRE', KEYS[9], ttl)
end
redis.call('HSET', KEYS[6], ARGV[6], ARGV[7])
for i = 15, #ARGV, 2 do redis.call('HINCRBYFLOAT', KEYS[5], ARGV[i], ARGV[i + 1]) end
redis.call('EXPIRE', KEYS[5], ARGV[10])
redis.call('HINCRBY', KEYS[8], ARGV[11], 1)
redis.call('HINCRBY', KEYS[8], ARGV[12], 1)
redis.call('HINCRBYFLOAT', KEYS[8], 'duration_sum', ARGV[13])
return 1`;

export interface ScriptedRedis {
  qaIngest(result: string, job: string, raw: string, claim: string, rawBytes: Buffer, ttl: number, token: string, leaseMs: number): Promise<number>;
  qaRelease(claim: string, token: string): Promise<number>;
  qaSkip(result: string, job: string, stats: string, json: string, ttl: number): Promise<number>;
  qaSave(...args: (string | number)[]): Promise<number>;
}

export type AnyRedis = Redis | Cluster;
export type QaRedis = AnyRedis & ScriptedRedis;

export function withScripts(redis: AnyRedis): QaRedis {
  if (!('qaSave' in redis)) {
    redis.defineCommand('qaIngest', { numberOfKeys: 4, lua: INGEST });
    redis.defineCommand('qaRelease', { numberOfKeys: 1, lua: RELEASE });
    redis.defineCommand('qaSkip', { numberOfKeys: 3, lua: SKIP });
    redis.defineCommand('qaSave', { numberOfKeys: 10, lua: SAVE });
  }
  return redis as QaRedis;
}
