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
