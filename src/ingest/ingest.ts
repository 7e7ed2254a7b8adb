import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { AgentDirectory } from '../agents.js';
import { messageKey } from '../message-key.js';
import { JOB_NAME, type Hints } from '../queue/job.js';
import type { MessageQueue } from '../queue/queue.js';
import { PRODUCER_COMMAND_TIMEOUT_MS } from '../queue/redis.js';
import type { ResultStore } from '../store/results.js';
import { unwrapJournal } from '../journal/unwrap.js';
import { classify, type ReplyFilter } from './classify.js';
import { readHeaders } from './headers.js';

// One accepted message: named, sorted (reply or skipped), stored and queued at
// most once. Safe to repeat: a relay that retries gets "duplicate" with the same id.
//
// Simultaneous requests for one message: the first claims it (a short lease in
// Redis) and enqueues; the others wait for that outcome, so "duplicate" is only
// ever said of a message that is queued. Should the enqueue fail, the claim is
// given back (or lapses) and the next attempt queues it.

/**
 * How long a claim holds. An enqueue answers or times out within the producer's command timeout,
 * so a claim cannot lapse under a request that will still say "queued"; and a claim whose release
 * was lost (Redis went away) delays the relay's retry by no more than this.
 */
const CLAIM_LEASE_MS = 2 * PRODUCER_COMMAND_TIMEOUT_MS;
/** How long a request waits for another request's enqueue of the same message before answering "retry later". */
const IN_FLIGHT_WAIT_MS = 3_000;

/** Another request is queueing this same message and has not finished: nothing was accepted here; retry later (503, SMTP 451). */
export class IngestInFlightError extends Error {
  readonly code = 'EAGAIN';
  constructor(id: string) {
    super(`message ${id} is being queued by another request; retry later`);
    this.name = 'IngestInFlightError';
  }
}

export type IngestStatus = 'queued' | 'duplicate' | 'skipped';
export interface IngestOutcome {
  id: string;
  status: IngestStatus;
  reason?: string;
}

export interface IngestDeps {
  store: ResultStore;
  queue: MessageQueue;
  filter: ReplyFilter;
  log: Logger;
  /** ms to wait for a concurrent request's enqueue of the same message (tests shorten it). */
  inFlightWaitMs?: number;
}

export function createReplyFilter(supportDomains: string[], agents: AgentDirectory): ReplyFilter {
  return { supportDomains, hasAgents: agents.size > 0, isAgentAddress: (a) => agents.lookup(a) !== undefined };
}

export function createIngest({ store, queue, filter, log, inFlightWaitMs = IN_FLIGHT_WAIT_MS }: IngestDeps) {
  return async function ingest(raw: Buffer, hints: Hints = {}): Promise<IngestOutcome> {
    raw = unwrapJournal(raw); // an Exchange journal report counts as the original it carries (src/journal/)
    const headers = readHeaders(raw);
    const id = messageKey(raw, headers.messageId);
    const verdict = classify(headers, filter, { agentHinted: Boolean(hints.agent) });
    const receivedAt = Date.now();
    if (!verdict.count) {
      const recorded = await store.skip({
        id,
        messageId: headers.messageId,
        source: id,
        status: 'skipped',
        reason: verdict.reason,
        agent: { email: headers.from },
        subject: headers.subject || null,
        receivedAt: new Date(receivedAt).toISOString(),
      });
      log.debug({ id, status: recorded ? 'skipped' : 'duplicate', reason: verdict.reason }, 'ingest');
      return recorded ? { id, status: 'skipped', reason: verdict.reason } : { id, status: 'duplicate' };
    }
    const token = randomBytes(12).toString('base64url');
    try {
      const deadline = Date.now() + inFlightWaitMs;
      for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
        const claim = await store.claim(id, raw, token, CLAIM_LEASE_MS);
        if (claim === 'claimed') break;
        if (claim === 'duplicate') {
          log.debug({ id, status: 'duplicate' }, 'ingest');
          return { id, status: 'duplicate' };
        }
        if (Date.now() + pause > deadline) throw new IngestInFlightError(id);
        await sleep(pause);
      }
      // jobId = message id: while the job exists BullMQ itself refuses a second one.
      await queue.add(JOB_NAME, Object.keys(hints).length ? { receivedAt, hints } : { receivedAt }, { jobId: id });
    } catch (err) {
      // Not queued (as far as this request knows): let the relay's retry claim it at once rather than
      // wait out the lease. Should Redis be away, the release fails too and the lease lapses instead.
      await store.release(id, token).catch(() => undefined);
      throw err;
    }
    log.debug({ id, status: 'queued', bytes: raw.length }, 'ingest');
    return { id, status: 'queued' };
  };
}
export type Ingest = ReturnType<typeof createIngest>;
