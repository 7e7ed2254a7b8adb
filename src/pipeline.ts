import { ResultSchema, type Result } from './result.js';
import { parseMessage, UnscorableError, type ParsedMessage } from './mail/parse.js';
import { isolateReply } from './mail/isolate.js';
import { detectReplyLanguage } from './language/detect.js';
import { scoreReply } from './scoring/score.js';
import type { Rubric } from './rubrics/schema.js';
import { messageKey } from './message-key.js';

export { messageKey };

export interface ScoreOptions {
  /** File path (CLI) or ingest id (API). */
  source: string;
  rubric: Rubric;
  /** Overrides from the ingest hints or the agents file. */
  agent?: { id?: string | null; name?: string | null; team?: string | null };
  now?: () => Date;
}

/**
 * Raw bytes of one message → the contract's result object. Never throws for bad
 * mail: anything that cannot be scored comes back as `unscorable` with a reason.
 */
export async function scoreMessage(raw: Buffer, opts: ScoreOptions): Promise<Result> {
  return finish(await read(raw, opts));
}

/**
 * How much a caller that reads many messages (a folder, an mbox) gathers
 * before scoring them with `scoreMessages`: past 16 messages the gain is
 * gone, and the byte bound keeps a batch of large mails small in memory.
 */
export const BATCH_LIMITS = { messages: 16, bytes: 8 * 1024 * 1024 } as const;

/** One message to score in a batch. */
export interface BatchItem {
  raw: Buffer;
  opts: ScoreOptions;
}

/**
 * Several messages → their results, in the same order, each exactly what
 * `scoreMessage` gives. The MIME parses run first and the scoring after them:
 * alternating the two per message makes each evict the other's code and data
 * from the CPU caches, and costs about a third more per message on one core
 * (`npm run bench` measures both ways). Callers bound a batch by count and
 * bytes: every raw message of it is held until the batch is done.
 */
export async function scoreMessages(items: readonly BatchItem[]): Promise<Result[]> {
  const parsed: Read[] = [];
  for (const it of items) parsed.push(await read(it.raw, it.opts));
  return parsed.map(finish);
}

/**
 * `scoreMessage` for callers that score many messages at once without
 * gathering them themselves (a worker running 32 jobs at a time): the calls
 * made in one turn of the event loop are scored together with
 * `scoreMessages`, up to BATCH_LIMITS per batch, each resolving to exactly
 * the result `scoreMessage` would give it. A batch that fails as a whole (a
 * fault of ours, not bad mail) is scored again one message at a time, so one
 * message's fault is only that message's.
 */
export function createBatchScorer(limits: { messages: number; bytes: number } = BATCH_LIMITS): (raw: Buffer, opts: ScoreOptions) => Promise<Result> {
  interface Pending extends BatchItem {
    resolve: (r: Result) => void;
    reject: (e: unknown) => void;
  }
  let queue: Pending[] = [];
  let scheduled = false;
  const run = async (batch: Pending[]) => {
    try {
      const results = await scoreMessages(batch);
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch {
      for (const p of batch) scoreMessage(p.raw, p.opts).then(p.resolve, p.reject);
    }
  };
  const flush = () => {
    scheduled = false;
    const all = queue;
    queue = [];
    let batch: Pending[] = [];
    let bytes = 0;
    for (const p of all) {
      batch.push(p);
      // (Defensive: a flush that threw would leave every call in it unanswered.)
      bytes += Buffer.isBuffer(p.raw) ? p.raw.length : 0;
      if (batch.length >= limits.messages || bytes >= limits.bytes) {
        void run(batch);
        batch = [];
        bytes = 0;
      }
    }
    if (batch.length) void run(batch);
  };
  return (raw, opts) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ raw, opts, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}

/** A message after its MIME parse: either answered already, or waiting to be judged. */
type Read =
  | { done: Result }
  | { done: null; raw: Buffer; opts: ScoreOptions; now: () => Date; parsed: ParsedMessage; head: Head };

type Head = Pick<Result, 'id' | 'messageId' | 'agent' | 'customer' | 'subject' | 'sentAt'>;

function unscorableResult(raw: Buffer, opts: ScoreOptions, now: () => Date, reason: string, partial: Partial<Result> = {}): Result {
  return ResultSchema.parse({
    id: messageKey(raw, partial.messageId ?? null),
    messageId: null,
    source: opts.source,
    status: 'unscorable',
    reason,
    agent: { email: null, name: null, id: opts.agent?.id ?? null, team: opts.agent?.team ?? null },
    customer: { email: null, name: null },
    subject: null,
    sentAt: null,
    language: null,
    rubric: { id: opts.rubric.id, version: opts.rubric.version },
    score: null,
    criteria: {},
    reply: { text: '', quoted: null },
    scoredAt: now().toISOString(),
    ...partial,
  });
}

async function read(raw: Buffer, opts: ScoreOptions): Promise<Read> {
  const now = opts.now ?? (() => new Date());
  let parsed;
  try {
    parsed = await parseMessage(raw);
  } catch (err) {
    if (err instanceof UnscorableError) return { done: unscorableResult(raw, opts, now, err.message) };
    throw err;
  }
  const head: Head = {
    id: messageKey(raw, parsed.messageId),
    messageId: parsed.messageId,
    agent: {
      email: parsed.from?.email ?? null,
      name: opts.agent?.name ?? parsed.from?.name ?? null,
      id: opts.agent?.id ?? parsed.from?.email ?? null,
      team: opts.agent?.team ?? null,
    },
    customer: { email: parsed.to?.email ?? null, name: parsed.to?.name ?? null },
    subject: parsed.subject,
    sentAt: parsed.date,
  };
  return { done: null, raw, opts, now, parsed, head };
}

function finish(r: Read): Result {
  if (r.done) return r.done;
  const { raw, opts, now, parsed, head } = r;
  const unscorable = (reason: string, partial?: Partial<Result>) => unscorableResult(raw, opts, now, reason, partial);
  // A fault in our own isolation or scoring code must not take the batch or
  // the worker down with it: the message is answered as unscorable, with the
  // error's kind and message (never the text) as the reason.
  try {
    return judge(parsed, head, opts, now, { id: opts.rubric.id, version: opts.rubric.version }, unscorable);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return unscorable(`internal error while scoring this message (${e.name}: ${e.message.slice(0, 200)})`, head);
  }
}

function judge(
  parsed: ParsedMessage,
  head: Head,
  opts: ScoreOptions,
  now: () => Date,
  rubricRef: Result['rubric'],
  unscorable: (reason: string, partial?: Partial<Result>) => Result,
): Result {
  const reply = isolateReply(parsed);
  if (!reply.text.trim()) {
    return unscorable('the message has no reply text of its own (empty, or only quoted history and signature)', {
      ...head,
      reply: { text: '', quoted: reply.quoted },
    });
  }

  const language = detectReplyLanguage(reply.text, parsed.contentLanguage);
  const scored = scoreReply({ text: reply.text, quoted: reply.quoted, language, subject: parsed.subject, sentAt: parsed.date }, opts.rubric);

  return ResultSchema.parse({
    ...head,
    source: opts.source,
    status: 'scored',
    language,
    rubric: rubricRef,
    score: scored.score,
    criteria: scored.criteria,
    reply: { text: reply.text, quoted: reply.quoted },
    scoredAt: now().toISOString(),
  });
}
