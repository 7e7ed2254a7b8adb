import { fork } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SizeName } from './cases.js';
import type { ChildMessage, Plan } from './child.js';

// Runs fuzz cases in a child process and watches it: a case that does not finish
// within `hangMs` is a hang (the child is killed and a new one goes on from the
// next case), a child that dies mid-case is a crash of that case. Everything is
// reported, nothing stops the run.

export interface FuzzOptions {
  kind: 'random' | 'catalogue';
  seed: string;
  /** Random cases to run (ignored for the catalogue). */
  cases: number;
  /** First case, to rerun one case alone. */
  from?: number;
  sizes: SizeName;
  /** Also mutate the shared corpus when it is there. */
  shared: boolean;
  hangMs: number;
  memEvery?: number;
  onCase?: (c: CaseReport) => void;
}

export interface CaseReport {
  index: number;
  id: string;
  seedName: string;
  mutations: string[];
  bytes: number;
  ms: number;
  redactMs: number;
  status: 'scored' | 'unscorable' | 'crash' | 'invalid' | 'hang';
  reason?: string;
  problem?: string;
  rss: number;
}

export interface FuzzReport {
  seeds: number;
  cases: CaseReport[];
  failures: CaseReport[];
  scored: number;
  unscorable: number;
  slowest: CaseReport[];
  slowestRedaction: CaseReport | null;
  /** Largest resident set of the child, bytes. */
  peakRss: number;
  /** Heap in use after a full GC, at the start and at the end of the run, bytes. */
  heapAfterGc: { first: number; last: number; max: number; series: number[] };
  /** Unscorable reasons with the numbers taken out, and how often each came. */
  reasons: [string, number][];
  elapsedMs: number;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const t0 = performance.now();
  const cases: CaseReport[] = [];
  const heaps: number[] = [];
  let peakRss = 0;
  let seeds = 0;
  let next = opts.from ?? 0;
  let total = opts.kind === 'random' ? next + opts.cases : Infinity;

  while (next < total) {
    const plan: Plan = {
      kind: opts.kind, seed: opts.seed, sizes: opts.sizes, shared: opts.shared,
      from: next, to: opts.kind === 'random' ? total : Number.MAX_SAFE_INTEGER, memEvery: opts.memEvery ?? 25,
    };
    const outcome = await new Promise<{ resumeAt: number | null }>((resolve) => {
      const child = fork(CHILD, [], { cwd: ROOT, execArgv: ['--import', join(ROOT, 'bin/register.mjs'), '--expose-gc'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      let current: Omit<CaseReport, 'ms' | 'redactMs' | 'status' | 'rss'> | null = null;
      let started = 0;
      let timer: NodeJS.Timeout | undefined;
      let hung = false;
      let done = false;
      const record = (c: CaseReport) => {
        cases.push(c);
        peakRss = Math.max(peakRss, c.rss);
        opts.onCase?.(c);
      };
      child.on('message', (m: ChildMessage) => {
        if (m.type === 'ready') {
          seeds = m.seeds;
          if (opts.kind === 'catalogue') total = m.total;
        } else if (m.type === 'start') {
          current = m;
          started = performance.now();
          clearTimeout(timer);
          timer = setTimeout(() => {
            hung = true;
            child.kill('SIGKILL');
          }, opts.hangMs);
        } else if (m.type === 'case') {
          clearTimeout(timer);
          record({ ...current!, ms: m.ms, redactMs: m.redactMs, status: m.status, reason: m.reason, problem: m.problem, rss: m.rss });
          current = null;
        } else if (m.type === 'mem') {
          heaps.push(m.heapUsed);
          peakRss = Math.max(peakRss, m.rss);
        } else if (m.type === 'done') {
          peakRss = Math.max(peakRss, m.maxRss);
          done = true;
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (current) {
          const c = current as NonNullable<typeof current>;
          record({
            ...c, ms: performance.now() - started, redactMs: 0, rss: 0,
            status: hung ? 'hang' : 'crash',
            problem: hung ? `no result after ${opts.hangMs} ms; the process was killed` : `the process died (code ${code}, signal ${signal})\n${stderr}`,
          });
          resolve({ resumeAt: c.index + 1 });
        } else if (!done) {
          throw new Error(`fuzz child exited before finishing (code ${code}, signal ${signal}):\n${stderr}`);
        } else resolve({ resumeAt: null });
      });
      child.send(plan);
    });
    if (outcome.resumeAt === null) break;
    next = outcome.resumeAt;
  }

  const failures = cases.filter((c) => c.status === 'crash' || c.status === 'invalid' || c.status === 'hang');
  const reasons = new Map<string, number>();
  for (const c of cases) {
    if (c.status !== 'unscorable') continue;
    const key = (c.reason ?? '').replace(/\d+/g, 'N');
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  return {
    seeds,
    cases,
    failures,
    scored: cases.filter((c) => c.status === 'scored').length,
    unscorable: cases.filter((c) => c.status === 'unscorable').length,
    slowest: [...cases].sort((a, b) => b.ms - a.ms).slice(0, 5),
    slowestRedaction: [...cases].sort((a, b) => b.redactMs - a.redactMs)[0] ?? null,
    peakRss,
    heapAfterGc: { first: heaps[0] ?? 0, last: heaps.at(-1) ?? 0, max: Math.max(0, ...heaps), series: heaps },
    reasons: [...reasons].sort((a, b) => b[1] - a[1]),
    elapsedMs: performance.now() - t0,
  };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

/** The figures people read: one block of text. */
export function summary(r: FuzzReport, label: string): string {
  const lines = [
    `${label}: ${r.cases.length} cases from ${r.seeds} seed messages in ${(r.elapsedMs / 1000).toFixed(1)} s`,
    `  crashes ${r.failures.filter((c) => c.status === 'crash').length}, invalid results ${r.failures.filter((c) => c.status === 'invalid').length}, hangs ${r.failures.filter((c) => c.status === 'hang').length}`,
    `  scored ${r.scored}, unscorable ${r.unscorable}`,
    `  slowest case ${r.slowest[0] ? `${r.slowest[0].ms.toFixed(0)} ms (${r.slowest[0].id}: ${r.slowest[0].mutations.join('+')}, ${(r.slowest[0].bytes / 1e6).toFixed(2)} MB)` : '-'}`,
    `  slowest redaction ${r.slowestRedaction ? `${r.slowestRedaction.redactMs.toFixed(0)} ms (${r.slowestRedaction.id})` : '-'}`,
    `  peak RSS ${mb(r.peakRss)}; heap after GC ${mb(r.heapAfterGc.first)} at start, ${mb(r.heapAfterGc.last)} at end, ${mb(r.heapAfterGc.max)} at most`,
  ];
  const series = r.heapAfterGc.series;
  if (series.length > 4) {
    const step = Math.max(1, Math.floor(series.length / 12));
    lines.push(`  heap after GC along the run (MB): ${series.filter((_, i) => i % step === 0 || i === series.length - 1).map((h) => (h / 1024 / 1024).toFixed(0)).join(' ')}`);
  }
  for (const f of r.failures) lines.push(`  FAIL ${f.status} ${f.id} [${f.mutations.join('+')}] seed ${f.seedName}: ${f.problem}`);
  return lines.join('\n');
}
