import libmime from 'libmime';

// The raw header lines as a plain record (lower-cased name → decoded value), so that
// classifiers downstream (auto-replies, bounces, journal reports) see what the sender
// wrote: `Return-Path: <>` stays `<>`, `Content-Type` keeps its parameters.

const MAX_FIELDS = 300;
const MAX_VALUE_CHARS = 16 * 1024;

export function headerRecord(lines: readonly { key: string; line: string }[]): Record<string, string> {
  const out = new Map<string, string>();
  let count = 0;
  for (const { key, line } of lines) {
    if (count >= MAX_FIELDS) break;
    const name = key.toLowerCase();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const unfolded = line.slice(colon + 1, colon + 1 + MAX_VALUE_CHARS).replace(/\r?\n[ \t]*/g, ' ').trim();
    const value = libmime.decodeWords(unfolded).replace(/[\r\n]+/g, ' ');
    // A repeated field (Received, …) keeps every value, one per line, in order.
    const seen = out.get(name);
    out.set(name, seen === undefined ? value : `${seen}\n${value}`);
    count++;
  }
  return Object.fromEntries(out);
}
