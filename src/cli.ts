import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { BATCH_LIMITS, scoreMessages, type BatchItem } from './pipeline.js';
import { loadRubric } from './rubrics/load.js';
import { readInputs } from './cli/inputs.js';
import { createWriter, type Format } from './cli/format.js';

const USAGE = `usage: email-qa <command> [options]

commands:
  score [--rubric FILE] [--format jsonl|json|table] [--out FILE] PATH... | -
        score .eml files, folders of them (recursively), .mbox files, or one
        message on standard input (-), in-process: no Redis, no server
  start   API and workers in one process (what npm start runs)
  serve   the HTTP API only (ingest and reads)
  worker  a scoring worker only (run as many as you like)
  import [--url URL --token T | --redis] PATH...
        queue an .mbox file or a folder of .eml files into the service,
        resumably (email-qa import --help for the options)

exit status: 0 every input read, 1 some input could not be read, 2 bad usage`;

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const defaultIo = (): Io => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

class UsageError extends Error {}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'score':
        return await score(rest, io);
      case 'start':
      case 'serve':
      case 'worker':
        return await service(command, rest, io);
      case 'import':
        return await (await import('./import/command.js')).importCommand(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io[command ? 'stdout' : 'stderr'].write(USAGE + '\n');
        return command ? 0 : 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`email-qa: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}

async function score(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      rubric: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (!positionals.length) throw new UsageError('score needs at least one PATH, or - for standard input');
  const format = (values.format ?? (values.out || !io.stdout.isTTY ? 'jsonl' : 'table')) as Format;
  if (!['jsonl', 'json', 'table'].includes(format)) throw new UsageError(`unknown format "${values.format}"`);

  let rubric;
  try {
    rubric = loadRubric(values.rubric);
  } catch (err) {
    io.stderr.write(`email-qa: cannot use rubric ${values.rubric ?? '(default)'}: ${(err as Error).message}\n`);
    return 2;
  }

  const outStream = values.out ? createWriteStream(values.out) : io.stdout;
  const writer = createWriter(format, (s) => outStream.write(s));
  const progress = createProgress(io.stderr, values.quiet ?? false);

  let failedInputs = 0;
  // Messages are scored in small batches (see scoreMessages); results keep the order of the inputs.
  let batch: BatchItem[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    const results = await scoreMessages(batch);
    batch = [];
    batchBytes = 0;
    for (const result of results) {
      writer.write(result);
      progress.tick(result.status === 'scored');
    }
  };
  for await (const input of readInputs(positionals, io.stdin)) {
    if (input.kind === 'error') {
      failedInputs++;
      progress.clear();
      io.stderr.write(`email-qa: cannot read ${input.source}: ${input.error}\n`);
      continue;
    }
    batch.push({ raw: input.raw, opts: { source: input.source, rubric } });
    batchBytes += input.raw.length;
    if (batch.length >= BATCH_LIMITS.messages || batchBytes >= BATCH_LIMITS.bytes) await flush();
  }
  await flush();
  writer.end();
  progress.done(failedInputs);
  if (values.out) await new Promise<void>((res, rej) => (outStream as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? rej(e) : res())));
  return failedInputs ? 1 : 0;
}

function createProgress(stderr: Io['stderr'], quiet: boolean) {
  const started = Date.now();
  let n = 0;
  let unscorable = 0;
  let shown = false;
  return {
    tick(scored: boolean) {
      n++;
      if (!scored) unscorable++;
      if (!quiet && stderr.isTTY && n % 25 === 0) {
        stderr.write(`\rscoring… ${n} message(s)`);
        shown = true;
      }
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
    },
    done(failedInputs: number) {
      this.clear();
      if (quiet) return;
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      stderr.write(
        `email-qa: ${n} message(s) in ${secs} s, ${n - unscorable} scored, ${unscorable} unscorable` +
          (failedInputs ? `, ${failedInputs} input(s) could not be read` : '') +
          '\n',
      );
    },
  };
}

async function service(command: 'start' | 'serve' | 'worker', args: string[], io: Io): Promise<number> {
  if (args.length) throw new UsageError(`${command} takes no arguments; configure it with environment variables`);
  const { loadConfig } = await import('./config.js');
  const svc = await import('./service/start.js');
  const config = loadConfig();
  const handle =
    command === 'start' ? await svc.startAll(config) : command === 'serve' ? await svc.startServer(config) : await svc.startWorker(config);
  await svc.runUntilSignal(handle);
  void io;
  return 0;
}
