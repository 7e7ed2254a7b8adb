import { collectDefaultMetrics, Counter, Registry } from 'prom-client';
import type { MessageQueue } from './queue/queue.js';
import { DURATION_BUCKETS, type ResultStore } from './store/results.js';

// Prometheus metrics of the API process. Ingest counters are this process's own;
// scoring outcomes, failures and the scoring duration histogram are kept by the
// workers in Redis (deployment-wide, whatever the number of worker processes) and
// read at scrape time, as are the queue depth and the live workers.

type Sample = { labels?: Record<string, string | number>; value: number; metricName?: string };

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(deps: { store: ResultStore; queue: MessageQueue; workersAlive: () => Promise<number> }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const ingested = new Counter({
    name: 'email_qa_ingested_total',
    help: 'Messages accepted by POST /v1/messages in this process, by outcome (queued, duplicate, skipped)',
    labelNames: ['status'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'email_qa_http_errors_total',
    help: 'Requests answered with an error, by error code (unauthorized, too_large, unavailable, …)',
    labelNames: ['code'],
    registers: [registry],
  });

  // One Redis read per scrape, shared by the metrics below.
  let snapshot: Promise<{ stats: Record<string, string>; counts: Record<string, number>; workers: number }> | null = null;
  const read = () =>
    (snapshot ??= Promise.all([
      deps.store.redis.hgetall(deps.store.keys.stats),
      deps.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed'),
      deps.workersAlive(),
    ])
      .then(([stats, counts, workers]) => ({ stats, counts, workers }))
      .finally(() => setImmediate(() => (snapshot = null))));

  const custom = (name: string, help: string, type: 'counter' | 'gauge' | 'histogram', values: (s: Awaited<ReturnType<typeof read>>) => Sample[]) =>
    registry.registerMetric({
      name,
      help,
      type,
      aggregator: 'sum',
      get: async () => ({ name, help, type, aggregator: 'sum', values: values(await read()) }),
      reset: () => {},
    } as never);

  const n = (v: string | undefined) => Number(v ?? 0);
  custom('email_qa_messages_total', 'Messages by outcome, all processes: scored, unscorable (stored with a reason), skipped (not an agent reply)', 'counter', ({ stats }) =>
    ['scored', 'unscorable', 'skipped'].map((outcome) => ({ labels: { outcome }, value: n(stats[outcome]) })),
  );
  custom('email_qa_jobs_failed_total', 'Jobs that failed for good (no retries left, or unrecoverable), all workers', 'counter', ({ stats }) => [{ value: n(stats.failed) }]);
  custom('email_qa_queue_jobs', 'Jobs in the queue by state (waiting is the queue depth)', 'gauge', ({ counts }) =>
    Object.entries(counts).map(([state, value]) => ({ labels: { state }, value })),
  );
  custom('email_qa_workers', 'Worker processes with a recent heartbeat', 'gauge', ({ workers }) => [{ value: workers }]);
  custom('email_qa_scoring_duration_seconds', 'Time to score one message (parse, isolate, score), all workers', 'histogram', ({ stats }) => {
    let cumulative = 0;
    const name = 'email_qa_scoring_duration_seconds';
    const buckets = DURATION_BUCKETS.map((le) => ({ metricName: `${name}_bucket`, labels: { le }, value: (cumulative += n(stats[`duration_le_${le}`])) }));
    const count = cumulative + n(stats['duration_le_+Inf']);
    return [
      ...buckets,
      { metricName: `${name}_bucket`, labels: { le: '+Inf' }, value: count },
      { metricName: `${name}_sum`, value: n(stats.duration_sum) },
      { metricName: `${name}_count`, value: count },
    ];
  });

  return { registry, ingested, errors };
}
