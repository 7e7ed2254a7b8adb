// Fuzzing the whole path, raw bytes → result object, as the CLI and the workers
// run it. Deterministic: the same seed and the same seed files give the same
// cases. `npm run fuzz` runs many more, at full size (bench/fuzz.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/mail/parse.js';
import { runFuzz, summary, type CaseReport } from './harness.js';

const CASES = Number(process.env.FUZZ_CI_CASES ?? 300);
const SEED = process.env.FUZZ_SEED ?? 'ci-1';
// The time a message may take: the parser's own wall-clock bound. A case past it
// is too slow; one past three times it is killed and counted as a hang.
const PER_MESSAGE_MS = DEFAULT_LIMITS.timeoutMs;
const MB = 1024 * 1024;

const show = (c: CaseReport) => `${c.status} ${c.id} [${c.mutations.join('+')}] from ${c.seedName}: ${c.problem}`;

describe('fuzzing parse → isolate → detect → score', () => {
  it('every hostile shape of the catalogue, at full size, gives a valid result within the per-message bound', async () => {
    const r = await runFuzz({ kind: 'catalogue', seed: 'catalogue', cases: 0, sizes: 'full', shared: false, hangMs: 3 * PER_MESSAGE_MS, memEvery: 5 });
    console.log(summary(r, 'fuzz catalogue'));
    expect(r.failures.map(show)).toEqual([]);
    expect(r.cases.length).toBeGreaterThanOrEqual(20);
    expect(r.slowest[0].ms).toBeLessThan(PER_MESSAGE_MS);
    // A 10 MB line is in memory a few times over (bytes, decoded text, lines);
    // more than this means a copy per level or per line somewhere.
    expect(r.peakRss).toBeLessThan(1024 * MB);
  }, 240_000);

  it(`${CASES} random mutations of the fixtures never throw, always give a valid result, and stay fast and flat in memory`, async () => {
    const r = await runFuzz({ kind: 'random', seed: SEED, cases: CASES, sizes: 'ci', shared: true, hangMs: 3 * PER_MESSAGE_MS });
    console.log(summary(r, `fuzz ${SEED}`));
    expect(r.failures.map(show)).toEqual([]);
    expect(r.cases).toHaveLength(CASES);
    // Both outcomes are reached: mutations that keep a scorable reply, and ones that break it.
    expect(r.scored).toBeGreaterThan(CASES / 10);
    expect(r.unscorable).toBeGreaterThan(CASES / 10);
    expect(r.slowest[0].ms).toBeLessThan(PER_MESSAGE_MS);
    expect(r.peakRss).toBeLessThan(768 * MB);
    // After a full GC the heap stops growing: caches fill early (about 30 MB over
    // the first few hundred cases; 3000 cases level off near the same figure,
    // e.g. charset decoders loading their tables), a leak keeps growing. So the
    // second half of the run must stay nearly flat.
    const series = r.heapAfterGc.series;
    expect(series.length).toBeGreaterThan(6);
    expect(r.heapAfterGc.last - series[Math.floor(series.length / 2)]).toBeLessThan(16 * MB);
    expect(r.heapAfterGc.max - r.heapAfterGc.first).toBeLessThan(96 * MB);
  }, 240_000);
});
