import type { Counts } from './checkpoint.js';

// Progress on standard error: a bar redrawn in place on a terminal, a plain
// line every few seconds otherwise (logs, CI). Measured in bytes of input, the
// one total known before an mbox has been read to its end.

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR = 24;

export function createProgress(out: ProgressStream, opts: { totalBytes: number; quiet: boolean; everyMs?: number }) {
  const started = Date.now();
  let last = 0;
  let shown = false;
  const everyMs = opts.everyMs ?? (out.isTTY ? 100 : 5_000);

  const line = (bytes: number, sent: number, counts: Counts) => {
    const fraction = opts.totalBytes ? Math.min(1, bytes / opts.totalBytes) : 1;
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(sent / secs) : 0;
    const tail = `${sent} sent, ${rate}/s · queued ${counts.queued} · duplicate ${counts.duplicate} · skipped ${counts.skipped} · failed ${counts.failed}`;
    if (!out.isTTY) return `email-qa import: ${Math.floor(fraction * 100)}% · ${tail}`;
    const filled = Math.round(fraction * BAR);
    return `[${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${tail}`;
  };

  return {
    update(bytes: number, sent: number, counts: Counts, force = false) {
      if (opts.quiet) return;
      const now = Date.now();
      if (!force && now - last < everyMs) return;
      last = now;
      if (out.isTTY) {
        const text = line(bytes, sent, counts);
        out.write(`\r${text.slice(0, (out.columns ?? 120) - 1)}\x1b[K`);
        shown = true;
      } else out.write(line(bytes, sent, counts) + '\n');
    },
    /** Clears the bar, so that the next line starts clean. */
    clear() {
      if (shown) out.write('\r\x1b[K');
      shown = false;
    },
  };
}
