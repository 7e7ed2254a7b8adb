import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Real .eml fixtures (copies from the labelled dev set) and variations of them.

export const EML_DIR = new URL('../fixtures/eml/', import.meta.url).pathname;

export function loadFixtures(): { name: string; raw: Buffer }[] {
  return readdirSync(EML_DIR)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((name) => ({ name, raw: readFileSync(join(EML_DIR, name)) }));
}

export const fixture = (name: string) => readFileSync(join(EML_DIR, name));

/** The message with its Message-ID replaced (or, with null, removed). */
export function withMessageId(raw: Buffer, messageId: string | null): Buffer {
  const text = raw.toString('latin1');
  const replaced = text.replace(/^Message-ID:[^\r\n]*(\r?\n)/im, messageId === null ? '' : `Message-ID: ${messageId}$1`);
  return Buffer.from(replaced, 'latin1');
}

/** The message with extra header lines put in front of its headers. */
export function withHeaders(raw: Buffer, ...lines: string[]): Buffer {
  return Buffer.concat([Buffer.from(lines.map((l) => l + '\r\n').join(''), 'latin1'), raw]);
}

/** The message with one header's value replaced (written as UTF-8). */
export function replaceHeader(raw: Buffer, name: string, value: string): Buffer {
  const re = new RegExp(`^${name}:[^\\r\\n]*(\\r?\\n)`, 'im');
  const bytes = Buffer.from(value, 'utf8').toString('latin1');
  return Buffer.from(raw.toString('latin1').replace(re, (_, eol: string) => `${name}: ${bytes}${eol}`), 'latin1');
}

/** `n` distinct messages: the fixtures in turn, each with a unique Message-ID. */
export function variants(n: number, tag = 'v'): Buffer[] {
  const base = loadFixtures();
  return Array.from({ length: n }, (_, i) => withMessageId(base[i % base.length].raw, `<${tag}.${i}.${process.pid}@variant.test>`));
}
