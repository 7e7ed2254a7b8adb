import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One message to score, or one input that could not be read. */
export type Input =
  | { kind: 'message'; source: string; raw: Buffer }
  | { kind: 'error'; source: string; error: string };

/** Every `.eml` below a folder, recursively, in sorted order of their paths. */
export async function listEmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.eml')) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

const FROM_LINE = Buffer.from('From ');

/**
 * Splits an mbox stream into messages without holding the whole file: a message
 * starts at a line beginning with "From " that follows a blank line (or the start
 * of the file). Quoted ">From " lines are unescaped (mboxrd).
 */
export async function* splitMbox(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  let lines: Buffer[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let prevBlank = true;
  let started = false;

  const finish = (): Buffer | null => {
    if (!started) return null;
    // The blank line before the next "From " belongs to the separator.
    while (lines.length && isBlank(lines[lines.length - 1])) lines.pop();
    const msg = Buffer.concat(lines);
    lines = [];
    return msg;
  };

  const take = function* (line: Buffer): Generator<Buffer> {
    if (prevBlank && startsWith(line, FROM_LINE)) {
      const msg = finish();
      if (msg && msg.length) yield msg;
      started = true;
      prevBlank = false;
      return;
    }
    prevBlank = isBlank(line);
    if (!started) return; // junk before the first separator
    lines.push(unescapeFrom(line));
  };

  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    pending = pending.length ? Buffer.concat([pending, buf]) : buf;
    let at = 0;
    for (;;) {
      const nl = pending.indexOf(10, at);
      if (nl < 0) break;
      yield* take(pending.subarray(at, nl + 1));
      at = nl + 1;
    }
    pending = Buffer.from(pending.subarray(at));
  }
  if (pending.length) yield* take(pending);
  const last = finish();
  if (last && last.length) yield last;
}

function startsWith(b: Buffer, prefix: Buffer): boolean {
  return b.length >= prefix.length && b.subarray(0, prefix.length).equals(prefix);
}

function isBlank(line: Buffer): boolean {
  for (const c of line) if (c !== 10 && c !== 13 && c !== 32 && c !== 9) return false;
  return true;
}

// mboxrd: ">From ", ">>From "… lose one ">".
function unescapeFrom(line: Buffer): Buffer {
  let i = 0;
  while (i < line.length && line[i] === 62) i++;
  if (i > 0 && startsWith(line.subarray(i), FROM_LINE)) return line.subarray(1);
  return line;
}

async function looksLikeMbox(path: string): Promise<boolean> {
  if (path.toLowerCase().endsWith('.mbox')) return true;
  const s = createReadStream(path, { start: 0, end: 4 });
  const head = await readAll(s);
  return head.equals(FROM_LINE);
}

/** Expands the command-line paths into messages, in input order. */
export async function* readInputs(paths: string[], stdin: NodeJS.ReadableStream): AsyncGenerator<Input> {
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'message', source: '-', raw: await readAll(stdin) };
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      yield { kind: 'error', source: p, error: describe(err) };
      continue;
    }
    if (st.isDirectory()) {
      let files: string[];
      try {
        files = await listEmlFiles(p);
      } catch (err) {
        yield { kind: 'error', source: p, error: describe(err) };
        continue;
      }
      for (const f of files) yield* readOne(f);
    } else if (await looksLikeMbox(p).catch(() => false)) {
      try {
        let n = 0;
        for await (const raw of splitMbox(createReadStream(p))) {
          n++;
          yield { kind: 'message', source: `${p}#${n}`, raw };
        }
      } catch (err) {
        yield { kind: 'error', source: p, error: describe(err) };
      }
    } else {
      yield* readOne(p);
    }
  }
}

async function* readOne(path: string): AsyncGenerator<Input> {
  try {
    yield { kind: 'message', source: path, raw: await readAll(createReadStream(path)) };
  } catch (err) {
    yield { kind: 'error', source: path, error: describe(err) };
  }
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  return e?.message ?? String(err);
}
