import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listEmlFiles, readInputs, type Input } from '../cli/inputs.js';
import { ConfigError, loadConfig } from '../config.js';
import { readHeaders } from '../ingest/headers.js';
import { unwrapJournal } from '../journal/unwrap.js';
import { CheckpointError, createTracker, emptyCheckpoint, loadCheckpoint, saveCheckpoint, type Checkpoint } from './checkpoint.js';
import { createProgress, type ProgressStream } from './progress.js';
import { Fatal, httpSender, redisSender, Retry, type Sender } from './senders.js';

// email-qa import: a QA team's history (an mbox export, a folder of .eml files)
// into the service's queue, with the same exactly-once dedup as live mail, so a
// rerun is always safe; the checkpoint only saves it from re-sending.

export const IMPORT_USAGE = `usage: email-qa import [--url URL [--token T] | --redis] [options] PATH...

  PATH            an .mbox file, a folder of .eml files (recursively, sorted), or .eml files
  --url URL       the running service (default $QA_URL); the ingest token from --token or $QA_INGEST_TOKEN
  --redis         straight into the service's Redis, configured like the service
                  (REDIS_URL, QA_PREFIX, QA_SUPPORT_DOMAINS, QA_AGENTS_FILE, …)
  --concurrency N messages in flight at once (default 8)
  --state FILE    the checkpoint (default: PATH.qa-import.json beside a single PATH)
  --fresh         ignore an existing checkpoint and start from the first message
  --retry-for S   keep retrying a message the service cannot take yet (503, Redis away)
                  for S seconds, then stop; rerun to resume (default 300)
  --json          print the summary as JSON on standard output
  --quiet         no progress on standard error

exit status: 0 all taken, 1 some messages refused or inputs unreadable or the import
stopped early (rerun to resume), 2 bad usage, 130 interrupted (rerun to resume)`;

export interface ImportIo {
  stdout: NodeJS.WritableStream;
  stderr: ProgressStream;
}

export interface ImportOptions {
  env?: NodeJS.ProcessEnv;
  /** Stops the import as SIGINT does: nothing new is sent, what is in flight finishes, the checkpoint is saved. */
  signal?: AbortSignal;
}

class UsageError extends Error {}

export async function importCommand(args: string[], io: ImportIo, opts: ImportOptions = {}): Promise<number> {
  const env = opts.env ?? process.env;
  let parsed;
  try {
    parsed = parseOptions(args, env);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`email-qa import: ${(err as Error).message}\n\n${IMPORT_USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (!parsed) {
    io.stdout.write(IMPORT_USAGE + '\n');
    return 0;
  }
  const { paths, stateFile, values } = parsed;

  let sender: Sender;
  try {
    sender = values.redis ? await redisSender(loadConfig(env)) : httpSender(parsed.url!, parsed.token!);
  } catch (err) {
    if (err instanceof Fatal || err instanceof ConfigError) {
      io.stderr.write(`email-qa import: ${err.message}\n`);
      return 1;
    }
    throw err;
  }

  try {
    let checkpoint: Checkpoint;
    try {
      checkpoint = (!values.fresh && loadCheckpoint(stateFile, paths, sender.target)) || emptyCheckpoint(paths, sender.target);
    } catch (err) {
      if (!(err instanceof CheckpointError)) throw err;
      io.stderr.write(`email-qa import: ${err.message}\n`);
      return 2;
    }
    return await run({ paths, stateFile, sender, checkpoint, io, signal: opts.signal, concurrency: parsed.concurrency, retryForMs: parsed.retryForMs, json: Boolean(values.json), quiet: Boolean(values.quiet) });
  } finally {
    await sender.close();
  }
}

function parseOptions(args: string[], env: NodeJS.ProcessEnv) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      redis: { type: 'boolean' },
      concurrency: { type: 'string' },
      state: { type: 'string' },
      fresh: { type: 'boolean' },
      'retry-for': { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  if (!positionals.length) throw new UsageError('import needs at least one PATH (an .mbox file, a folder, or .eml files)');
  if (positionals.includes('-')) throw new UsageError('import reads files, not standard input (a checkpoint needs something to come back to)');
  const url = values.url ?? (values.redis ? undefined : env.QA_URL);
  if (values.redis && values.url) throw new UsageError('give either --url or --redis, not both');
  if (!values.redis && !url) throw new UsageError('say where to: --url URL (or QA_URL) for a running service, or --redis');
  if (url && !/^https?:\/\//i.test(url)) throw new UsageError(`--url must be an http(s) URL, not "${url}"`);
  const token = values.token ?? env.QA_INGEST_TOKEN;
  if (url && !token) throw new UsageError('--url needs the ingest token: --token T or QA_INGEST_TOKEN');
  const concurrency = Number(values.concurrency ?? 8);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError('--concurrency must be a whole number from 1 to 256');
  const retryFor = Number(values['retry-for'] ?? 300);
  if (!Number.isFinite(retryFor) || retryFor < 0) throw new UsageError('--retry-for must be a number of seconds');
  const paths = positionals.map((p) => resolve(p));
  if (paths.length > 1 && !values.state) throw new UsageError('with several PATHs, name the checkpoint with --state FILE');
  const stateFile = resolve(values.state ?? `${paths[0].replace(/\/+$/, '')}.qa-import.json`);
  return { values, paths, stateFile, url, token, concurrency, retryForMs: retryFor * 1000 };
}

interface RunOptions {
  paths: string[];
  stateFile: string;
  sender: Sender;
  checkpoint: Checkpoint;
  io: ImportIo;
  signal?: AbortSignal;
  concurrency: number;
  retryForMs: number;
  json: boolean;
  quiet: boolean;
}

async function run(o: RunOptions): Promise<number> {
  const { io, sender } = o;
  const tracker = createTracker(o.checkpoint);
  const cp = tracker.checkpoint;
  const resumedFrom = { done: cp.next + cp.done.length };
  const progress = createProgress(io.stderr, { totalBytes: await totalBytes(o.paths), quiet: o.quiet });
  const say = (line: string) => {
    progress.clear();
    io.stderr.write(`email-qa import: ${line}\n`);
  };
  if (resumedFrom.done && !o.quiet) say(`resuming from ${o.stateFile}: ${resumedFrom.done} message(s) done before`);
  try {
    saveCheckpoint(o.stateFile, cp); // before anything is sent: a checkpoint that cannot be written is found out now
  } catch (err) {
    say(`cannot write the checkpoint ${o.stateFile} (${(err as Error).message}); name another with --state FILE`);
    return 2;
  }

  let stopped: 'interrupted' | 'gave up' | null = null;
  let fatal: string | null = null;
  const stop = (why: typeof stopped) => (stopped ??= why);
  const onAbort = () => stop('interrupted');
  // Ctrl-C once: finish what is in flight and save; twice: leave at once (the checkpoint is at most a second old).
  const onSigint = () => (stopped === 'interrupted' ? process.exit(130) : onAbort());
  process.on('SIGINT', onSigint);
  o.signal?.addEventListener('abort', onAbort);

  let bytes = 0;
  let sent = 0;
  let unreadable = 0;
  let waitingNoted = false;
  let lastSave = Date.now();
  const save = () => {
    saveCheckpoint(o.stateFile, cp);
    lastSave = Date.now();
  };

  const inputs = numbered(readInputs(o.paths, process.stdin));
  const lane = async () => {
    while (!stopped) {
      const next = await inputs.next();
      if (next.done) return;
      const input = next.value;
      if (input.kind === 'error') {
        unreadable++;
        say(`cannot read ${input.source}: ${input.error}`);
        continue;
      }
      const i = input.index;
      bytes += input.raw.length;
      if (tracker.isDone(i)) continue;
      const outcome = await oneAtATime(input.raw, () => sendWithRetry(input.raw));
      if (outcome === null) return; // stopped while waiting
      sent++;
      if (outcome.status === 'failed') tracker.finish(i, 'failed', { source: input.source, reason: outcome.reason });
      else tracker.finish(i, outcome.status);
      if (Date.now() - lastSave > 1_000) save();
      progress.update(bytes, sent, cp.counts);
    }
  };

  // Two copies of one message in flight at once could both be answered "queued"
  // (both pass the service's duplicate check before either has its job), which
  // would miscount the summary: copies of one message go one after the other.
  const inFlight = new Map<string, Promise<unknown>>();
  const oneAtATime = async <T>(raw: Buffer, send: () => Promise<T>): Promise<T> => {
    const key = sameMessageKey(raw);
    if (!key) return send();
    while (inFlight.has(key)) await inFlight.get(key)!.catch(() => {});
    const sending = send();
    inFlight.set(key, sending);
    try {
      return await sending;
    } finally {
      inFlight.delete(key);
    }
  };

  /** The message's fate, or null when the import stops before it could be sent. */
  const sendWithRetry = async (raw: Buffer) => {
    const deadline = Date.now() + o.retryForMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await sender.send(raw);
      } catch (err) {
        if (err instanceof Fatal) {
          fatal ??= err.message;
          stop('gave up');
          return null;
        }
        if (!(err instanceof Retry)) throw err;
        if (Date.now() > deadline) {
          fatal ??= `${err.message}; still so after ${Math.round(o.retryForMs / 1000)} s`;
          stop('gave up');
          return null;
        }
        if (!waitingNoted) say(`${err.message}; retrying`);
        waitingNoted = true;
        const waitMs = Math.min(err.afterSeconds ? err.afterSeconds * 1000 : 250 * 2 ** attempt, 10_000, Math.max(0, deadline - Date.now()) + 10);
        if (await pause(waitMs, () => stopped !== null)) return null;
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: o.concurrency }, lane));
  } finally {
    process.off('SIGINT', onSigint);
    o.signal?.removeEventListener('abort', onAbort);
    await inputs.return(undefined);
    save();
  }
  // Read to the end, all of it is done, whatever the mbox separators added to the byte count.
  progress.update(stopped ? bytes : Infinity, sent, cp.counts, true);
  progress.clear();

  const { queued, duplicate, skipped, failed } = cp.counts;
  const total = queued + duplicate + skipped + failed;
  const parts = [`${total} message(s)`, `${queued} queued`, `${duplicate} duplicate`, `${skipped} skipped`, `${failed} failed`];
  const extra = [
    resumedFrom.done ? `${resumedFrom.done} of them done in an earlier run` : '',
    unreadable ? `${unreadable} input(s) could not be read` : '',
  ].filter(Boolean);
  if (fatal) say(`stopped: ${fatal}`);
  else if (stopped) say('interrupted');
  say(`${parts.join(', ')}${extra.length ? ` (${extra.join('; ')})` : ''}${stopped ? `; rerun the same command to resume (checkpoint ${o.stateFile})` : ''}`);
  for (const f of cp.failures.slice(0, 10)) say(`failed: ${f.source}: ${f.reason}`);
  if (cp.failures.length > 10) say(`… ${cp.failures.length - 10} more failure(s) listed in ${o.stateFile}`);
  if (o.json) {
    io.stdout.write(JSON.stringify({ ...cp.counts, total, sentThisRun: sent, doneBefore: resumedFrom.done, unreadable, complete: !stopped, checkpoint: o.stateFile }) + '\n');
  }
  if (stopped === 'interrupted') return 130;
  return stopped || failed || unreadable ? 1 : 0;
}

/** What tells copies of one message apart from other messages: its (unwrapped) Message-ID; null when it has none or is not an email. */
function sameMessageKey(raw: Buffer): string | null {
  try {
    return readHeaders(unwrapJournal(raw)).messageId?.toLowerCase() ?? null;
  } catch {
    return null;
  }
}

/** Messages with their place in input order, the key of the checkpoint. */
type Numbered = Extract<Input, { kind: 'error' }> | (Extract<Input, { kind: 'message' }> & { index: number });
async function* numbered(inputs: AsyncGenerator<Input>): AsyncGenerator<Numbered> {
  let index = 0;
  for await (const input of inputs) yield input.kind === 'message' ? { ...input, index: index++ } : input;
}

/** Waits `ms`, checking `stop` now and then; true when stopped early. */
async function pause(ms: number, stop: () => boolean): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (stop()) return true;
    await new Promise((r) => setTimeout(r, Math.min(100, until - Date.now())));
  }
  return stop();
}

async function totalBytes(paths: string[]): Promise<number> {
  let total = 0;
  for (const p of paths) {
    const st = await stat(p).catch(() => null);
    if (!st) continue;
    if (!st.isDirectory()) total += st.size;
    else for (const f of await listEmlFiles(p).catch(() => [])) total += (await stat(f).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
