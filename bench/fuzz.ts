// npm run fuzz: the fuzzer of tests/fuzz at full size, for as long as you like.
//   FUZZ_CASES   random cases (default 3000)
//   FUZZ_SEED    seed of the random cases (default "fuzz"); case N of seed S is
//                always the same input, given the same seed files
//   FUZZ_FROM    first case (rerun one: FUZZ_FROM=N FUZZ_CASES=1)
//   FUZZ_SIZES   full (default: 10 MB lines, 1 MB headers, 100k fields…) or ci
//   FUZZ_SAVE    folder to write the input of every failing case to, as .eml
//   FUZZ_CORPUS  another folder of .eml seeds instead of ../shared/corpus
// Prints the figures (cases, crashes, unscorable, slowest case, peak RSS) and
// exits 1 when any case crashed, hung or gave an invalid result.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../src/mail/parse.js';
import { catalogue, randomCase, SIZES, type SizeName } from '../tests/fuzz/cases.js';
import { runFuzz, summary, type CaseReport, type FuzzReport } from '../tests/fuzz/harness.js';
import { loadSeeds } from '../tests/fuzz/seeds.js';

const cases = Number(process.env.FUZZ_CASES ?? 3000);
const seed = process.env.FUZZ_SEED ?? 'fuzz';
const from = Number(process.env.FUZZ_FROM ?? 0);
const sizes = (process.env.FUZZ_SIZES ?? 'full') as SizeName;
if (!(sizes in SIZES)) throw new Error(`FUZZ_SIZES must be ci or full, not ${sizes}`);
const bound = DEFAULT_LIMITS.timeoutMs;

let done = 0;
const progress = (c: CaseReport) => {
  done++;
  if (c.status === 'crash' || c.status === 'invalid' || c.status === 'hang') process.stderr.write(`\n${c.status} ${c.id}: ${c.problem}\n`);
  if (done % 100 === 0) process.stderr.write(`\r${done} cases…`);
};

const reports: [string, FuzzReport][] = [];
if (!process.env.FUZZ_FROM) {
  reports.push(['catalogue', await runFuzz({ kind: 'catalogue', seed: 'catalogue', cases: 0, sizes: 'full', shared: false, hangMs: 3 * bound, memEvery: 5, onCase: progress })]);
}
reports.push([`seed ${seed}, ${sizes} sizes`, await runFuzz({ kind: 'random', seed, cases, from, sizes, shared: true, hangMs: 3 * bound, onCase: progress })]);
process.stderr.write('\n');

let failed = 0;
for (const [label, r] of reports) {
  console.log(summary(r, label));
  // Hangs are over the bound too; count them once.
  const slow = r.cases.filter((c) => c.ms >= bound && c.status !== 'hang');
  if (slow.length) console.log(`  ${slow.length} case(s) over the per-message bound of ${bound} ms`);
  failed += r.failures.length + slow.length;
  if (r.reasons.length) {
    console.log('  unscorable reasons:');
    for (const [reason, n] of r.reasons.slice(0, 12)) console.log(`    ${String(n).padStart(5)}  ${reason.slice(0, 110)}`);
  }
}

const save = process.env.FUZZ_SAVE;
if (save && failed) {
  mkdirSync(save, { recursive: true });
  const seeds = loadSeeds();
  const named = new Map(catalogue(seeds).map((c) => [c.id, c]));
  for (const [, r] of reports) {
    for (const f of r.failures) {
      const c = named.get(f.id) ?? randomCase(seeds, seed, f.index, SIZES[sizes]);
      const file = join(save, `${f.id.replace(/[^\w.-]+/g, '_')}.eml`);
      writeFileSync(file, c.bytes);
      console.log(`  saved ${file}`);
    }
  }
}
console.log(failed ? `FAILED: ${failed} case(s)` : 'no crashes, no hangs, no invalid results');
process.exitCode = failed ? 1 : 0;
