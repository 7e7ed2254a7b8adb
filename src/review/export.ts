import type { Writable } from 'node:stream';
import { agentsReport } from '../store/aggregates.js';
import { agentOf, type ResultStore } from '../store/results.js';
import { findResults, type Filters, type Found } from './candidates.js';
import { BOM, csvRow, type Cell } from './csv.js';
import type { ReviewStore } from './review-store.js';

// CSV exports for spreadsheets and BI tools, written row by row as the results
// are read (a page of 500 at a time), waiting whenever the client is slower.

async function write(out: Writable, text: string): Promise<boolean> {
  if (out.destroyed) return false;
  if (!out.write(text)) {
    // Until the client has read enough, or has gone; both listeners leave again either way.
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
  }
  return !out.destroyed;
}

const BATCH = 200;

/** One row per result (scored and unscorable), oldest first: the automatic verdicts, then the human ones. */
export async function writeResultsCsv(out: Writable, deps: { store: ResultStore; reviews: ReviewStore; criteria: readonly string[] }, f: Filters, opts: { bom: boolean }) {
  const { criteria } = deps;
  const header = ['id', 'receivedAt', 'sentAt', 'agent', 'agentName', 'team', 'language', 'status', 'score', ...criteria, 'reviews', 'humanScore', ...criteria.map((c) => `human_${c}`)];
  if (!(await write(out, (opts.bom ? BOM : '') + csvRow(header)))) return;
  let batch: Found[] = [];
  const flush = async () => {
    const reviews = await deps.reviews.many(batch.map((b) => b.result.id));
    let text = '';
    for (const { result: r, receivedAt } of batch) {
      const rs = reviews.get(r.id) ?? [];
      const summary = rs.length && r.status === 'scored' ? deps.reviews.summarize(r, rs) : null;
      const cells: Cell[] = [
        r.id,
        new Date(receivedAt).toISOString(),
        r.sentAt,
        agentOf(r),
        r.agent.name,
        r.agent.team ?? null,
        r.language,
        r.status,
        r.score,
        ...criteria.map((c) => r.criteria[c]?.verdict ?? null),
        rs.length,
        summary?.humanScore ?? null,
        ...criteria.map((c) => summary?.human[c] ?? null),
      ];
      text += csvRow(cells);
    }
    batch = [];
    return write(out, text);
  };
  for await (const found of findResults(deps.store, f, { order: 'asc', withUnscorable: !f.criterion })) {
    batch.push(found);
    if (batch.length >= BATCH && !(await flush())) return;
  }
  if (batch.length) await flush();
}

/** One row per agent: the figures of GET /v1/agents, a column per criterion and verdict. */
export async function writeAgentsCsv(out: Writable, deps: { store: ResultStore; criteria: readonly string[] }, f: Pick<Filters, 'from' | 'to' | 'agent' | 'team'>, opts: { bom: boolean }) {
  const report = await agentsReport(deps.store, { from: f.from, to: f.to });
  const agents = report.agents.filter((a) => (f.agent === undefined || a.agent === f.agent) && (f.team === undefined || a.team === f.team));
  const seen = new Set(agents.flatMap((a) => Object.keys(a.criteria)));
  const criteria = [...deps.criteria.filter((c) => seen.has(c)), ...[...seen].filter((c) => !deps.criteria.includes(c)).sort()];
  const header = ['agent', 'name', 'team', 'from', 'to', 'count', 'scored', 'unscorable', 'meanScore', 'reviewed', 'verdicts', ...criteria.flatMap((c) => [`${c}_pass`, `${c}_fail`, `${c}_na`, `${c}_passRate`, `${c}_reviewed`])];
  let text = (opts.bom ? BOM : '') + csvRow(header);
  for (const a of agents) {
    text += csvRow([
      a.agent,
      a.name,
      a.team,
      report.from,
      report.to,
      a.count,
      a.scored,
      a.unscorable,
      a.meanScore,
      a.reviewed,
      a.verdicts,
      ...criteria.flatMap((c) => {
        const x = a.criteria[c];
        return x ? [x.pass, x.fail, x.na, x.passRate, x.reviewed] : [null, null, null, null, null];
      }),
    ]);
    if (text.length > 64_000) {
      if (!(await write(out, text))) return;
      text = '';
    }
  }
  await write(out, text);
}
