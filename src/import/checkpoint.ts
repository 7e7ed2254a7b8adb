import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

// How far an import got, in a small JSON file beside the input (or --state):
// every message below `next` (in input order) is done, and so are those listed
// in `done` (finished out of order by the parallel senders). Done means taken
// by the service (queued, duplicate, skipped) or refused for good (failed); a
// message that met only temporary failures is not done and is sent again.

const CountsSchema = z.object({
  queued: z.number().int().nonnegative(),
  duplicate: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof CountsSchema>;

export const CheckpointSchema = z.object({
  version: z.literal(1),
  /** The inputs, as absolute paths, in order. */
  inputs: z.array(z.string()),
  /** Where the messages went: the API's URL, or "redis <prefix>". */
  target: z.string(),
  next: z.number().int().nonnegative(),
  done: z.array(z.number().int().nonnegative()),
  counts: CountsSchema,
  /** The messages refused for good, the first few hundred of them. */
  failures: z.array(z.object({ source: z.string(), reason: z.string() })),
  updatedAt: z.string(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

const MAX_FAILURES_KEPT = 500;

export class CheckpointError extends Error {}

export function emptyCheckpoint(inputs: string[], target: string): Checkpoint {
  return { version: 1, inputs, target, next: 0, done: [], counts: { queued: 0, duplicate: 0, skipped: 0, failed: 0 }, failures: [], updatedAt: new Date().toISOString() };
}

/** The checkpoint in `file`, null when there is none; refuses one for other inputs or another target. */
export function loadCheckpoint(file: string, inputs: string[], target: string): Checkpoint | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const parsed = CheckpointSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new CheckpointError(`${file} is not an import checkpoint; remove it or use --fresh`);
  const cp = parsed.data;
  if (JSON.stringify(cp.inputs) !== JSON.stringify(inputs)) throw new CheckpointError(`${file} records an import of other inputs (${cp.inputs.join(', ')}); use --fresh to start over or --state for another file`);
  if (cp.target !== target) throw new CheckpointError(`${file} records an import into ${cp.target}; use --fresh to start over into ${target}`);
  return cp;
}

/** Written to a temporary file and renamed, so a crash leaves the old or the new checkpoint, never half of one. */
export function saveCheckpoint(file: string, cp: Checkpoint): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...cp, updatedAt: new Date().toISOString() }, null, 1) + '\n');
  renameSync(tmp, file);
}

/** The running record of which messages are done, kept compact as it goes. */
export function createTracker(cp: Checkpoint) {
  const above = new Set(cp.done);
  const compact = () => {
    while (above.has(cp.next)) above.delete(cp.next++);
    cp.done = [...above].sort((a, b) => a - b);
  };
  compact();
  return {
    checkpoint: cp,
    isDone: (i: number) => i < cp.next || above.has(i),
    finish(i: number, outcome: keyof Counts, failure?: { source: string; reason: string }) {
      cp.counts[outcome]++;
      if (failure && cp.failures.length < MAX_FAILURES_KEPT) cp.failures.push(failure);
      above.add(i);
      compact();
    },
  };
}
