import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../src/config.js';
import { scoreMessage } from '../../src/pipeline.js';
import { connect } from '../../src/queue/redis.js';
import type { Result, Verdict } from '../../src/result.js';
import { loadRubric } from '../../src/rubrics/load.js';
import { createKeys } from '../../src/store/keys.js';
import { createResultStore, type ResultStore } from '../../src/store/results.js';
import { MACHINE_REDIS } from './redis.js';

// Results put straight into the store (as a worker would save them), for tests
// of the QA workflows: hand-made ones with exact scores and verdicts, or dev
// fixtures scored in-process by the real pipeline.

export const CRITERIA = ['apology', 'empathy', 'ownership', 'commitments', 'satisfaction_check'] as const;
export const DEV_DIR = new URL('../fixtures/dev/', import.meta.url).pathname;

export function openStore(config: Config): ResultStore {
  const redis = connect(config.redisUrl ?? MACHINE_REDIS, 'worker');
  return createResultStore(redis, createKeys(config.keyPrefix), config);
}

export interface Made {
  id: string;
  agent?: string;
  name?: string;
  team?: string | null;
  language?: string;
  score?: number | null;
  verdicts?: Partial<Record<(typeof CRITERIA)[number], Verdict>>;
  text?: string;
  quoted?: string | null;
  subject?: string;
  sentAt?: string;
}

/** A scored result; verdicts default to pass, the score to 80. */
export function makeResult(m: Made): Result {
  const text = m.text ?? `Hello, I have refunded your order ${m.id}. Does this work for you?`;
  return {
    id: m.id,
    messageId: `<${m.id}@test>`,
    source: m.id,
    status: 'scored',
    agent: { email: `${m.agent ?? 'ana'}@support.test`, name: m.name ?? m.agent ?? 'Ana', id: m.agent ?? 'ana', team: m.team === undefined ? 'Home' : m.team },
    customer: { email: 'customer@example.com', name: 'Customer' },
    subject: m.subject ?? `Re: order ${m.id}`,
    sentAt: m.sentAt ?? '2026-03-02T10:00:00.000Z',
    language: m.language ?? 'en',
    rubric: { id: 'support-reply', version: 'test' },
    score: m.score === undefined ? 80 : m.score,
    criteria: Object.fromEntries(
      CRITERIA.map((c) => {
        const verdict = m.verdicts?.[c] ?? 'pass';
        return [c, { verdict, score: verdict === 'pass' ? 1 : verdict === 'fail' ? 0 : null, evidence: [], feedback: `${c} ${verdict}` }];
      }),
    ),
    reply: { text, quoted: m.quoted === undefined ? 'My order arrived broken.' : m.quoted },
    scoredAt: '2026-03-02T10:00:05.000Z',
  };
}

/** Saves results as received at the given times (ms; default: one a minute before now). */
export async function seed(store: ResultStore, results: Result[], receivedAt?: (i: number) => number): Promise<void> {
  const now = Date.now();
  for (const [i, r] of results.entries()) await store.save(r, { receivedAt: receivedAt ? receivedAt(i) : now - (results.length - i) * 60_000, durationSeconds: 0.01 });
}

/** Dev fixtures scored by the real pipeline (agent ids from the fixtures' senders). */
export async function scoredFixtures(names: string[]): Promise<Result[]> {
  const rubric = loadRubric();
  return Promise.all(names.map((n) => scoreMessage(readFileSync(join(DEV_DIR, n)), { source: n, rubric })));
}
