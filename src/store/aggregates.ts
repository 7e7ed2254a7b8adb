import type { Result } from '../result.js';
import { dayOf, type ResultStore } from './results.js';

// Per-agent figures over a period, summed from the per-day hashes that the save
// script keeps (a few HGETALLs, however many results the period holds).

const DAY_MS = 86_400_000;
export const MAX_DAYS = 400;

interface Tally {
  n: number;
  s: number;
  sum: number;
  u: number;
  criteria: Map<string, { pass: number; fail: number; na: number }>;
}

const emptyTally = (): Tally => ({ n: 0, s: 0, sum: 0, u: 0, criteria: new Map() });

function add(t: Tally, metric: string[], value: number) {
  const [m, criterion, verdict] = metric;
  if (m === 'c' && criterion && (verdict === 'pass' || verdict === 'fail' || verdict === 'na')) {
    const c = t.criteria.get(criterion) ?? { pass: 0, fail: 0, na: 0 };
    c[verdict] += value;
    t.criteria.set(criterion, c);
  } else if (m === 'n' || m === 's' || m === 'sum' || m === 'u') t[m] += value;
}

function summarize(t: Tally) {
  return {
    count: t.n,
    scored: t.s,
    unscorable: t.u,
    meanScore: t.s ? Math.round((t.sum / t.s) * 10) / 10 : null,
    criteria: Object.fromEntries(
      [...t.criteria].map(([name, c]) => [name, { ...c, passRate: c.pass + c.fail ? Math.round((c.pass / (c.pass + c.fail)) * 1000) / 1000 : null }]),
    ),
  };
}

export function daysBetween(from: number, to: number): string[] {
  const days: string[] = [];
  for (let t = Date.parse(dayOf(from)); t <= to && days.length < MAX_DAYS; t += DAY_MS) days.push(dayOf(t));
  return days;
}

async function readDays(store: ResultStore, days: string[]) {
  const pipeline = store.redis.pipeline();
  for (const d of days) pipeline.hgetall(store.keys.day(d));
  const replies = (await pipeline.exec()) ?? [];
  return replies.map(([err, value], i) => {
    if (err) throw err;
    return { day: days[i], fields: value as Record<string, string> };
  });
}

async function agentInfo(store: ResultStore, agents: string[]) {
  const values = agents.length ? await store.redis.hmget(store.keys.agents, ...agents) : [];
  return new Map(agents.map((a, i) => [a, values[i] ? (JSON.parse(values[i]!) as { name: string | null; team: string | null }) : null]));
}

/** Every agent with replies in [from, to] (whole UTC days). */
export async function agentsReport(store: ResultStore, period: { from: number; to: number }) {
  const days = daysBetween(period.from, period.to);
  const tallies = new Map<string, Tally>();
  for (const { fields } of await readDays(store, days)) {
    for (const [field, value] of Object.entries(fields)) {
      const [agent, ...metric] = field.split('\t');
      let t = tallies.get(agent);
      if (!t) tallies.set(agent, (t = emptyTally()));
      add(t, metric, Number(value));
    }
  }
  const info = await agentInfo(store, [...tallies.keys()]);
  const agents = [...tallies]
    .map(([agent, t]) => ({ agent, name: info.get(agent)?.name ?? null, team: info.get(agent)?.team ?? null, ...summarize(t) }))
    .sort((a, b) => b.count - a.count || a.agent.localeCompare(b.agent));
  return { from: days[0] ?? dayOf(period.from), to: days.at(-1) ?? dayOf(period.to), agents };
}

/** One agent: the same figures, a daily trend and the lowest-scoring recent replies; null when the agent has none. */
export async function agentReport(store: ResultStore, agent: string, period: { from: number; to: number }, opts: { lowest: number; base: string }) {
  const days = daysBetween(period.from, period.to);
  const total = emptyTally();
  const trend: { day: string; count: number; meanScore: number | null }[] = [];
  for (const { day, fields } of await readDays(store, days)) {
    const t = emptyTally();
    for (const [field, value] of Object.entries(fields)) {
      const tab = field.indexOf('\t');
      if (field.slice(0, tab) !== agent) continue;
      const metric = field.slice(tab + 1).split('\t');
      add(t, metric, Number(value));
      add(total, metric, Number(value));
    }
    trend.push({ day, count: t.n, meanScore: t.s ? Math.round((t.sum / t.s) * 10) / 10 : null });
  }
  if (!total.n) return null;
  const recent = await store.newest(store.keys.byAgent(agent), { max: period.to, min: period.from, offset: 0, count: 500 });
  const lowest = (await store.getMany(recent.map((e) => e.id)))
    .filter((r): r is Result & { score: number } => r.status === 'scored' && r.score !== null)
    .sort((a, b) => a.score - b.score)
    .slice(0, opts.lowest)
    .map((r) => ({ id: r.id, url: `${opts.base}/v1/results/${encodeURIComponent(r.id)}`, score: r.score, subject: r.subject, sentAt: r.sentAt }));
  const info = (await agentInfo(store, [agent])).get(agent);
  return {
    from: days[0],
    to: days.at(-1)!,
    agent,
    name: info?.name ?? null,
    team: info?.team ?? null,
    ...summarize(total),
    trend,
    lowest,
  };
}
