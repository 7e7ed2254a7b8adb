import type { Result } from '../result.js';
import { dayOf, type ResultStore } from './results.js';

// Per-agent figures over a period, summed from the per-day hashes that the save
// script keeps (a few HGETALLs, however many results the period holds).

const DAY_MS = 86_400_000;
export const MAX_DAYS = 400;

type Counts = { pass: number; fail: number; na: number };
type ByCriterion = Map<string, Counts>;

// Reviewed results also carry (src/review/human.ts) r: reviewed, h/m: the human
// and machine verdict of each reviewed criterion, hs/hn and ms/mn: human and
// machine score sums and counts. Preferring human verdicts counts c − m + h.
interface Tally {
  n: number;
  s: number;
  sum: number;
  u: number;
  r: number;
  hs: number;
  hn: number;
  ms: number;
  mn: number;
  criteria: ByCriterion;
  human: ByCriterion;
  machine: ByCriterion;
}

const emptyTally = (): Tally => ({ n: 0, s: 0, sum: 0, u: 0, r: 0, hs: 0, hn: 0, ms: 0, mn: 0, criteria: new Map(), human: new Map(), machine: new Map() });

const MAPS = { c: 'criteria', h: 'human', m: 'machine' } as const;

function add(t: Tally, metric: string[], value: number) {
  const [m, criterion, verdict] = metric;
  if ((m === 'c' || m === 'h' || m === 'm') && criterion && (verdict === 'pass' || verdict === 'fail' || verdict === 'na')) {
    const map = t[MAPS[m]];
    const c = map.get(criterion) ?? { pass: 0, fail: 0, na: 0 };
    c[verdict] += value;
    map.set(criterion, c);
  } else if (m === 'n' || m === 's' || m === 'sum' || m === 'u' || m === 'r' || m === 'hs' || m === 'hn' || m === 'ms' || m === 'mn') t[m] += value;
}

/** Score count and sum, with human-reviewed scores in place of the machine's when preferred. */
const scores = (t: Tally, preferHuman: boolean) => (preferHuman ? { s: t.s - t.mn + t.hn, sum: t.sum - t.ms + t.hs } : { s: t.s, sum: t.sum });
const mean = ({ s, sum }: { s: number; sum: number }) => (s > 0.5 ? Math.round((sum / s) * 10) / 10 : null);
// Sums of floats drift by a hair; counts are whole.
const whole = (x: number) => Math.round(x);

function summarize(t: Tally, preferHuman: boolean) {
  const effective = (name: string, c: Counts): Counts => {
    if (!preferHuman) return c;
    const h = t.human.get(name) ?? { pass: 0, fail: 0, na: 0 };
    const m = t.machine.get(name) ?? { pass: 0, fail: 0, na: 0 };
    return { pass: whole(c.pass - m.pass + h.pass), fail: whole(c.fail - m.fail + h.fail), na: whole(c.na - m.na + h.na) };
  };
  return {
    count: t.n,
    scored: t.s,
    unscorable: t.u,
    meanScore: mean(scores(t, preferHuman)),
    /** Results with at least one human review; their verdicts count instead of the machine's when `verdicts` is "human". */
    reviewed: whole(t.r),
    verdicts: preferHuman ? ('human' as const) : ('machine' as const),
    criteria: Object.fromEntries(
      [...t.criteria].map(([name, raw]) => {
        const c = effective(name, raw);
        const h = t.human.get(name);
        return [name, { ...c, passRate: c.pass + c.fail ? Math.round((c.pass / (c.pass + c.fail)) * 1000) / 1000 : null, reviewed: h ? whole(h.pass + h.fail + h.na) : 0 }];
      }),
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
    .map(([agent, t]) => ({ agent, name: info.get(agent)?.name ?? null, team: info.get(agent)?.team ?? null, ...summarize(t, store.preferHuman) }))
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
    trend.push({ day, count: t.n, meanScore: mean(scores(t, store.preferHuman)) });
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
    ...summarize(total, store.preferHuman),
    trend,
    lowest,
  };
}
