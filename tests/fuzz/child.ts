// The process that runs fuzz cases, one at a time, through the whole scoring
// path; its parent (harness.ts) kills it if a case hangs. Started by fork() with
// bin/register.mjs, talks over IPC.
import { scoreMessage } from '../../src/pipeline.js';
import { loadRubric } from '../../src/rubrics/load.js';
import { catalogue, randomCase, SIZES, type FuzzCase, type SizeName } from './cases.js';
import { redactionProblem, resultProblem } from './check.js';
import { loadSeeds } from './seeds.js';

export interface Plan {
  kind: 'random' | 'catalogue';
  seed: string;
  sizes: SizeName;
  shared: boolean;
  from: number;
  to: number;
  /** Run the garbage collector and report the heap every this many cases. */
  memEvery: number;
}

export type ChildMessage =
  | { type: 'ready'; seeds: number; total: number }
  | { type: 'start'; index: number; id: string; seedName: string; mutations: string[]; bytes: number }
  | {
      type: 'case';
      index: number;
      ms: number;
      redactMs: number;
      status: 'scored' | 'unscorable' | 'crash' | 'invalid';
      reason?: string;
      problem?: string;
      rss: number;
    }
  | { type: 'mem'; index: number; heapUsed: number; rss: number }
  | { type: 'done'; maxRss: number };

const send = (m: ChildMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));
const gc = (globalThis as { gc?: () => void }).gc;

async function run(plan: Plan): Promise<void> {
  const seeds = loadSeeds({ shared: plan.shared });
  const rubric = loadRubric();
  const list = plan.kind === 'catalogue' ? catalogue(seeds) : null;
  const total = list ? list.length : plan.to;
  // V8 compiles each language pack's large regexes on their first runs (about a
  // second a pack): warm up on the labelled fixtures so the times are the messages'.
  for (const s of seeds.filter((f) => /\/fixtures\/dev\/dev-[a-z]{2}-00[1-3]\.eml$/.test(f.name))) {
    await scoreMessage(s.bytes, { source: 'warm-up', rubric });
  }
  await send({ type: 'ready', seeds: seeds.length, total });
  const memory = async (index: number) => {
    gc?.();
    const m = process.memoryUsage();
    await send({ type: 'mem', index, heapUsed: m.heapUsed, rss: m.rss });
  };
  await memory(plan.from - 1);
  for (let i = plan.from; i < Math.min(plan.to, total); i++) {
    let c: FuzzCase | null = list ? list[i] : randomCase(seeds, plan.seed, i, SIZES[plan.sizes]);
    await send({ type: 'start', index: i, id: c.id, seedName: c.seedName, mutations: c.mutations, bytes: c.bytes.length });
    const t = performance.now();
    let out: Extract<ChildMessage, { type: 'case' }>;
    try {
      const result = await scoreMessage(c.bytes, { source: `fuzz:${c.id}`, rubric });
      const ms = performance.now() - t;
      const problem = resultProblem(result);
      const t2 = performance.now();
      const redacted = problem ? null : redactionProblem(result);
      const redactMs = performance.now() - t2;
      out = {
        type: 'case', index: i, ms, redactMs,
        status: problem || redacted ? 'invalid' : result.status,
        reason: result.reason, problem: problem ?? redacted ?? undefined, rss: 0,
      };
    } catch (err) {
      const e = err as Error;
      out = { type: 'case', index: i, ms: performance.now() - t, redactMs: 0, status: 'crash', problem: `${e?.name}: ${e?.message}\n${e?.stack?.split('\n').slice(1, 6).join('\n')}`, rss: 0 };
    }
    c = null;
    out.rss = process.memoryUsage().rss;
    await send(out);
    if ((i + 1) % plan.memEvery === 0) await memory(i);
  }
  await memory(Math.min(plan.to, total) - 1);
  await send({ type: 'done', maxRss: process.resourceUsage().maxRSS * 1024 });
}

process.once('message', (plan: Plan) => {
  run(plan).then(
    () => process.disconnect(),
    (err) => {
      console.error(err);
      process.exit(3);
    },
  );
});
