// Every Redis key of one deployment, under its prefix. The prefix carries a hash
// tag ("{qa}") so that on Redis Cluster all keys share a slot: the Lua scripts
// touch several keys at once.

export const QUEUE_NAME = 'messages';

export type Keys = ReturnType<typeof createKeys>;

export function createKeys(keyPrefix: string) {
  const k = (...parts: string[]) => [keyPrefix, ...parts].join(':');
  return {
    prefix: keyPrefix,
    /** The stored result (or skipped record) of one message, JSON. */
    result: (id: string) => k('result', id),
    /** The raw message bytes, until scored. */
    raw: (id: string) => k('raw', id),
    /** Held for a few seconds by the one request that is queueing this message (ingest's claim). */
    claim: (id: string) => k('claim', id),
    /** BullMQ's own hash of a job (its key layout: prefix:queue:jobId). */
    job: (id: string) => k(QUEUE_NAME, id),
    /** Sorted sets of result ids by time received (ms). */
    byTime: k('idx', 'time'),
    byAgent: (agent: string) => k('idx', 'agent', agent),
    byTeam: (team: string) => k('idx', 'team', team),
    /** Result ids of one customer by time received; named by a hash of the address (src/store/customer.ts), never the address. */
    byCustomer: (customerHash: string) => k('idx', 'customer', customerHash),
    /** Time (ms) of the first result indexed by customer: older results are found by a scan. */
    customerIndexSince: k('idx', 'customer-since'),
    /** The retention sweep: its lock, its resumable SCAN cursor, and what the last one did (JSON). */
    sweepLock: k('sweep', 'lock'),
    sweepCursor: k('sweep', 'cursor'),
    sweepLast: k('sweep', 'last'),
    /** Per-day aggregates: one hash per UTC day, fields "<agent>\t<metric>". */
    day: (day: string) => k('agg', day),
    /** Agent id → JSON {name, team, email} as last seen. */
    agents: k('agents'),
    /** Deployment-wide counters and the scoring duration histogram. */
    stats: k('stats'),
    /** Worker heartbeats: member "host:pid", score = last beat (ms). */
    workers: k('workers'),
    /** Prefix of the rate limiter's counters of one kind ("ingest", "read"): + "token:<scope>" or "ip:<address>". */
    rateCounters: (kind: string) => k('rl', kind, ''),
  };
}
