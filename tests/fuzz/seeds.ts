import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The messages mutations start from: the project's own fixtures, and the shared
// corpus of real-world and malformed mail when it is there (it is not in a fresh
// clone; the fuzzer then runs on the fixtures alone).

const ROOT = new URL('../../', import.meta.url).pathname;
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
export const SHARED_CORPUS_DIR = process.env.FUZZ_CORPUS ?? join(ROOT, '../shared/corpus');

/** Seeds larger than this are skipped: mutations make inputs large on purpose. */
const MAX_SEED_BYTES = 2 * 1024 * 1024;

export interface SeedFile {
  name: string;
  bytes: Buffer;
}

function emlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.eml') && statSync(p).size <= MAX_SEED_BYTES) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Sorted, so that a seed number means the same file on every machine with the same folders. */
export function loadSeeds(opts: { shared?: boolean } = {}): SeedFile[] {
  const files = [...emlFiles(FIXTURES_DIR), ...(opts.shared === false ? [] : emlFiles(SHARED_CORPUS_DIR))];
  return files.map((p) => ({ name: relative(join(ROOT, '..'), p), bytes: readFileSync(p) }));
}
