import type { Rubric } from '../rubrics/schema.js';
import { agentsReport } from '../store/aggregates.js';
import { agentOf, type ResultStore } from '../store/results.js';
import { findResults, type Filters } from './candidates.js';
import { createRng, draw } from './prng.js';
import type { SpotlightReason, Strategy } from './schemas.js';
import { criticalCriteria, spotlightReasons } from './spotlight.js';

// Audit samples. Reproducible: the candidates are put in a fixed order (by id,
// not by arrival) and drawn with a PRNG seeded from the seed, so the same seed
// and filters over the same results give the same sample, on any machine.

/** A sample looks at the newest this many matching replies of the period at most. */
export const MAX_CANDIDATES = 20_000;

export interface Candidate {
  id: string;
  agent: string;
  team: string | null;
  language: string | null;
  sentAt: string | null;
  receivedAt: number;
  subject: string | null;
  score: number | null;
  reasons?: SpotlightReason[];
}

export interface SampleOptions {
  strategy: Strategy;
  n: number;
  seed: string;
}

/** Picks the sample from candidates already in a fixed order. Pure. */
export function pick(candidates: readonly Candidate[], o: SampleOptions): Candidate[] {
  const rng = createRng(o.seed);
  switch (o.strategy) {
    case 'random':
      return draw(candidates, o.n, rng);
    case 'stratified': {
      const byAgent = new Map<string, Candidate[]>();
      for (const c of candidates) {
        const list = byAgent.get(c.agent);
        if (list) list.push(c);
        else byAgent.set(c.agent, [c]);
      }
      // One generator per agent: an agent who joins the period leaves the others' draws as they were.
      return [...byAgent.keys()].sort().flatMap((agent) => draw(byAgent.get(agent)!, o.n, createRng(`${o.seed}\u0000${agent}`)));
    }
    case 'lowest': {
      // Ties in score are broken by the seeded order.
      const order = new Map(draw(candidates, candidates.length, rng).map((c, i) => [c.id, i]));
      return candidates
        .filter((c) => c.score !== null)
        .sort((a, b) => a.score! - b.score! || order.get(a.id)! - order.get(b.id)!)
        .slice(0, o.n);
    }
    case 'spotlight': {
      const flagged = candidates.filter((c) => c.reasons?.length);
      // Seeded order first, then the replies with the most reasons (a stable sort keeps the draw among equals).
      return draw(flagged, flagged.length, rng)
        .sort((a, b) => b.reasons!.length - a.reasons!.length)
        .slice(0, o.n);
    }
  }
}

export interface SampleDeps {
  store: ResultStore;
  rubric: Rubric;
  criticalCriteria: readonly string[];
}

/** Loads the candidates that match the filters (light records, sorted by id) and picks the sample. */
export async function takeSample(deps: SampleDeps, f: Filters, o: SampleOptions & { critical?: string[] }) {
  let ctx: Parameters<typeof spotlightReasons>[2] | null = null;
  if (o.strategy === 'spotlight') {
    const report = await agentsReport(deps.store, { from: f.from, to: f.to });
    ctx = {
      critical: criticalCriteria(deps.rubric, deps.criticalCriteria, o.critical),
      agentMeans: new Map(report.agents.map((a) => [a.agent, { mean: a.meanScore, scored: a.scored }])),
      rubric: deps.rubric,
    };
  }
  const candidates: Candidate[] = [];
  for await (const { result: r, receivedAt } of findResults(deps.store, f, { order: 'desc', limit: MAX_CANDIDATES + 1 })) {
    const agent = agentOf(r);
    candidates.push({
      id: r.id,
      agent,
      team: r.agent.team ?? null,
      language: r.language,
      sentAt: r.sentAt,
      receivedAt,
      subject: r.subject,
      score: r.score,
      ...(ctx ? { reasons: spotlightReasons(r, agent, ctx) } : {}),
    });
  }
  const truncated = candidates.length > MAX_CANDIDATES;
  if (truncated) candidates.pop();
  candidates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { candidates: candidates.length, truncated, items: pick(candidates, o) };
}
