import { UnrecoverableError, type Job } from 'bullmq';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { AgentDirectory } from '../src/agents.js';
import { readHeaders } from '../src/ingest/headers.js';
import type { scoreMessage } from '../src/pipeline.js';
import { JobDataSchema, type JobData } from '../src/queue/job.js';
import type { Result } from '../src/result.js';
import type { Rubric } from '../src/rubrics/schema.js';
import type { ResultStore } from '../src/store/results.js';

// One job: the raw message from its key → scoreMessage → the result, stored once.
// Bad mail is not a failure (scoreMessage answers `unscorable`, stored like any
// result); a job that can never succeed is an UnrecoverableError, kept in the
// failed set with its reason; anything else throws and is retried with backoff.

export interface ProcessorDeps {
  store: ResultStore;
  /** The default rubric first; hints may name another by id. */
  rubrics: Rubric[];
  agents: AgentDirectory;
  /** scoreMessage, or a batching scorer with its signature (createBatchScorer). */
  score: typeof scoreMessage;
  log: Logger;
  /** Masks personal identifiers before the result is stored (null: store as scored). */
  redact?: ((r: Result) => Result) | null;
  /** Called after each stored result (e.g. to refresh the feed file). */
  onStored?: () => void;
}

export type Outcome = 'stored' | 'stored before';

function fromAddress(raw: Buffer): string | null {
  try {
    return readHeaders(raw).from;
  } catch {
    return null; // the API checked the header block; should it not parse now, scoreMessage says why
  }
}

export function createProcessor(deps: ProcessorDeps) {
  const byId = new Map(deps.rubrics.map((r) => [r.id, r]));
  return async function process(job: Job<JobData>): Promise<Outcome> {
    const id = job.id!;
    const data = JobDataSchema.safeParse(job.data);
    if (!data.success) throw new UnrecoverableError(`bad job data: ${data.error.issues.map((i) => i.message).join('; ')}`);
    const { receivedAt, hints = {} } = data.data;

    const raw = await deps.store.raw(id);
    if (!raw) {
      // A worker killed after storing but before acknowledging: the job comes back, the result is there.
      if (await deps.store.get(id)) return 'stored before';
      throw new UnrecoverableError('the raw message is gone (expired after QA_RAW_TTL, or deleted) before it was scored');
    }
    const rubric = hints.rubric ? byId.get(hints.rubric) : deps.rubrics[0];
    if (!rubric) throw new UnrecoverableError(`unknown rubric "${hints.rubric}" (known: ${[...byId.keys()].join(', ')})`);

    const entry = deps.agents.size ? deps.agents.lookup(fromAddress(raw)) : undefined;
    const agent = { id: hints.agent ?? entry?.id ?? null, name: entry?.name ?? null, team: hints.team ?? entry?.team ?? null };

    const started = performance.now();
    const result = await deps.score(raw, { source: id, rubric, agent });
    const durationSeconds = (performance.now() - started) / 1000;

    const kept = deps.redact ? deps.redact(result) : result;
    // The customer index takes the address as received: redaction may hash or drop it in the stored result.
    const stored = await deps.store.save({ ...kept, id }, { receivedAt, durationSeconds, customer: result.customer.email });
    deps.log.debug({ id, status: result.status, score: result.score, ms: Math.round(durationSeconds * 1000), stored }, 'scored');
    if (stored) deps.onStored?.();
    return stored ? 'stored' : 'stored before';
  };
}
