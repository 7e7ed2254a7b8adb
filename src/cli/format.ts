import { basename } from 'node:path';
import type { Result } from '../result.js';

export type Format = 'jsonl' | 'json' | 'table';

/** Writes results as they come, in the chosen format. */
export interface Writer {
  write(r: Result): void;
  end(): void;
}

export function createWriter(format: Format, out: (s: string) => void): Writer {
  if (format === 'jsonl') {
    return { write: (r) => out(JSON.stringify(r) + '\n'), end: () => {} };
  }
  if (format === 'json') {
    let first = true;
    return {
      write: (r) => {
        out((first ? '[\n' : ',\n') + JSON.stringify(r, null, 2));
        first = false;
      },
      end: () => out(first ? '[]\n' : '\n]\n'),
    };
  }
  return createTableWriter(out);
}

const MARK: Record<string, string> = { pass: 'pass', fail: 'FAIL', na: '-' };

function createTableWriter(out: (s: string) => void): Writer {
  const rows: Result[] = [];
  return {
    write: (r) => rows.push(r),
    end: () => {
      const criteria = [...new Set(rows.flatMap((r) => Object.keys(r.criteria)))];
      const head = ['message', 'lang', 'score', ...criteria.map(short)];
      const body = rows.map((r) => [
        label(r.source),
        r.language ?? '',
        r.status === 'scored' ? (r.score === null ? 'n/a' : String(Math.round(r.score))) : 'unscorable',
        ...criteria.map((c) => (r.criteria[c] ? MARK[r.criteria[c].verdict] : '')),
      ]);
      const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
      const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd() + '\n';
      out(line(head));
      out(line(widths.map((w) => '-'.repeat(w))));
      for (const row of body) out(line(row));
      const scored = rows.filter((r) => r.status === 'scored' && r.score !== null);
      const mean = scored.length ? scored.reduce((s, r) => s + (r.score ?? 0), 0) / scored.length : null;
      out(
        `\n${rows.length} message(s), ${scored.length} scored` +
          (mean === null ? '' : `, mean score ${mean.toFixed(1)}`) +
          `, ${rows.filter((r) => r.status !== 'scored').length} unscorable\n`,
      );
      for (const r of rows.filter((x) => x.status !== 'scored')) out(`  ${label(r.source)}: ${r.reason}\n`);
    },
  };
}

function short(c: string): string {
  return c === 'satisfaction_check' ? 'satisfaction' : c;
}

function label(source: string): string {
  const name = basename(source);
  return name.length > 40 ? '…' + name.slice(-39) : name;
}
