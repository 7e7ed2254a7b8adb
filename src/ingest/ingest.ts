import type { Logger } from 'pino';
import type { AgentDirectory } from '../agents.js';
import { messageKey } from '../message-key.js';
import { JOB_NAME, type Hints } from '../queue/job.js';
import type { MessageQueue } from '../queue/queue.js';
import type { ResultStore } from '../store/results.js';
import { unwrapJournal } from '../journal/unwrap.js';
import { classify, type ReplyFilter } from './classify.js';
import { readHeaders } from './headers.js';

// One accepted message: named, sorted (reply or skipped), stored and queued at
// most once. Safe to repeat: a relay that retries gets "duplicate" with the same id.

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
}

export function createReplyFilter(supportDomains: string[], agents: AgentDirectory): ReplyFilter {
  return { supportDomains, hasAgents: agents.size > 0, isAgentAddress: (a) => agents.lookup(a) !== undefined };
}

export function createIngest({ store, queue, filter, log }: IngestDeps) {
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
    if (!(await store.ingest(id, raw))) {
      log.debug({ id, status: 'duplicate' }, 'ingest');
      return { id, status: 'duplicate' };
    }
    // jobId = message id: while the job exists BullMQ itself refuses a second one.
    await queue.add(JOB_NAME, Object.keys(hints).length ? { receivedAt, hints } : { receivedAt }, { jobId: id });
    log.debug({ id, status: 'queued', bytes: raw.length }, 'ingest');
    return { id, status: 'queued' };
  };
}
export type Ingest = ReturnType<typeof createIngest>;
