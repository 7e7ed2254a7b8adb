// Redaction on the real thing: every labelled dev-set message through the whole
// path, then redacted as the service stores it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreMessage } from '../../src/pipeline.js';
import { loadRubric } from '../../src/rubrics/load.js';
import { ResultSchema, type Result } from '../../src/result.js';
import { MASK, redactResult } from '../../src/privacy/redact.js';

const dev = new URL('../fixtures/dev/', import.meta.url).pathname;
const files = readdirSync(dev).filter((f) => f.endsWith('.eml')).sort();
const pairs: { file: string; before: Result; after: Result }[] = [];

beforeAll(async () => {
  const rubric = loadRubric();
  for (const file of files) {
    const before = await scoreMessage(readFileSync(join(dev, file)), { source: file, rubric });
    pairs.push({ file, before, after: redactResult(before) });
  }
}, 120_000);

describe('redacting every dev-set result', () => {
  it('keeps reply.text.slice(start, end) === evidence.text for every evidence quote', () => {
    let quotes = 0;
    const broken: string[] = [];
    for (const { file, before, after } of pairs) {
      expect(ResultSchema.safeParse(after).success).toBe(true);
      expect(after.reply.text).toHaveLength(before.reply.text.length);
      for (const [id, c] of Object.entries(after.criteria)) {
        for (const e of c.evidence) {
          quotes++;
          if (after.reply.text.slice(e.start, e.end) !== e.text) broken.push(`${file} ${id} ${e.start}-${e.end}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(quotes).toBeGreaterThan(files.length);
  });

  it('masks every e-mail address in the reply and the quoted customer text', () => {
    const left: string[] = [];
    for (const { file, after } of pairs) {
      for (const t of [after.reply.text, after.reply.quoted ?? '']) for (const m of t.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []) left.push(`${file}: ${m}`);
    }
    expect(left).toEqual([]);
    expect(pairs.some((p) => p.before.reply.quoted?.includes('@') && p.after.reply.quoted?.includes(MASK))).toBe(true);
  });

  it('leaves order numbers, dates, times and amounts of the replies as they were', () => {
    const KEEP = /(?:#|\b[A-Z]{2,4}-)\d{3,}(?:-\d+)?|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\b|(?:[€$£]\s?)\d[\d.,]*|\d[\d.,]*\s?(?:€|EUR|lei|RON)/g;
    let seen = 0;
    const lost: string[] = [];
    for (const { file, before, after } of pairs) {
      for (const m of before.reply.text.matchAll(KEEP)) {
        seen++;
        if (after.reply.text.slice(m.index, m.index + m[0].length) !== m[0]) lost.push(`${file}: ${m[0]}`);
      }
    }
    expect(lost).toEqual([]);
    expect(seen).toBeGreaterThan(50);
  });

  it('leaves the agent as it is', () => {
    for (const { before, after } of pairs) expect(after.agent).toEqual(before.agent);
  });
});
