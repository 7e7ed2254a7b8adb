// npm run bench: messages per second on one core for the whole path (parse +
// isolate + detect + score) beside mailparser's own parse rate on the same
// messages, measured in the same run, and the peak memory of the process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { BATCH_LIMITS, scoreMessage, scoreMessages, type BatchItem } from '../src/pipeline.js';
import { loadRubric } from '../src/rubrics/load.js';

const target = Number(process.env.BENCH_MESSAGES ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const shared = new URL('../../shared/eval/dev/', import.meta.url).pathname;
const local = new URL('../tests/fixtures/dev/', import.meta.url).pathname;
const dir = existsSync(shared) ? shared : local;
const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
const corpus = files.map((f) => readFileSync(join(dir, f)));
const messages = Array.from({ length: Math.max(target, corpus.length) }, (_, i) => corpus[i % corpus.length]);
const rubric = loadRubric();

async function parseOnly(): Promise<number> {
  const t = process.hrtime.bigint();
  for (const raw of messages) await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  return messages.length / (Number(process.hrtime.bigint() - t) / 1e9);
}

async function wholePath(): Promise<number> {
  const t = process.hrtime.bigint();
  for (let i = 0; i < messages.length; i++) await scoreMessage(messages[i], { source: `bench-${i}`, rubric });
  return messages.length / (Number(process.hrtime.bigint() - t) / 1e9);
}

// As `email-qa score` reads a folder or an mbox: parses in batches, then scoring.
async function batched(): Promise<number> {
  const t = process.hrtime.bigint();
  for (let i = 0; i < messages.length; i += BATCH_LIMITS.messages) {
    const batch: BatchItem[] = [];
    for (let j = i; j < Math.min(messages.length, i + BATCH_LIMITS.messages); j++) batch.push({ raw: messages[j], opts: { source: `bench-${j}`, rubric } });
    await scoreMessages(batch);
  }
  return messages.length / (Number(process.hrtime.bigint() - t) / 1e9);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const heapFlags = process.execArgv.filter((a) => a.startsWith('--max-'));
console.log(`V8 heap: ${heapFlags.join(' ') || 'node defaults'} (the worker's settings: docker-compose.yml, docs/service.md)`);
console.log(`bench: ${messages.length} messages per pass (${corpus.length} distinct, from ${dir}), ${rounds} alternating rounds`);
// Warm all paths (JIT, compiled rubric) before timing.
for (let i = 0; i < 200; i++) {
  await simpleParser(messages[i % messages.length]);
  await scoreMessage(messages[i % messages.length], { source: 'warm', rubric });
}
await batched();
const parseRates: number[] = [];
const pathRates: number[] = [];
const batchRates: number[] = [];
for (let r = 0; r < rounds; r++) {
  parseRates.push(await parseOnly());
  pathRates.push(await wholePath());
  batchRates.push(await batched());
  console.log(
    `  round ${r + 1}: mailparser parse ${parseRates[r].toFixed(0)} msg/s, whole path ${pathRates[r].toFixed(0)} msg/s one by one, ${batchRates[r].toFixed(0)} msg/s in batches`,
  );
}
const p = median(parseRates);
const w = median(pathRates);
const b = median(batchRates);
const peakMb = process.resourceUsage().maxRSS / 1024;
const ratio = b / p;
console.log(`mailparser parse only : ${p.toFixed(0)} msg/s (median)`);
console.log(`whole path, one by one: ${w.toFixed(0)} msg/s (median), ratio ${(w / p).toFixed(2)} (scoreMessage: one API job)`);
console.log(`whole path, batched   : ${b.toFixed(0)} msg/s (median), ${BATCH_LIMITS.messages} per batch (scoreMessages: email-qa score)`);
console.log(`ratio                 : ${ratio.toFixed(2)} (batched; target >= 0.60) ${ratio >= 0.6 ? 'OK' : 'BELOW TARGET'}`);
console.log(`peak memory (max RSS) : ${peakMb.toFixed(0)} MB (target < 200 MB) ${peakMb < 200 ? 'OK' : 'ABOVE TARGET'}`);
