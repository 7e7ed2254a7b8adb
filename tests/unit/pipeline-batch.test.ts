// `scoreMessages` (what `email-qa score` uses for folders and mboxes) parses a
// batch first and scores it after: each message must still come out exactly as
// `scoreMessage` scores it alone, in the order given, bad mail included.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreMessage, scoreMessages, type BatchItem } from '../../src/pipeline.js';
import { loadRubric } from '../../src/rubrics/load.js';

const dir = new URL('../fixtures/dev/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().slice(0, 40);
const rubric = loadRubric();
const fixed = () => new Date('2026-11-24T12:00:00Z');

describe('scoring a batch of messages', () => {
  it('gives each message the result it gets alone, in input order, with bad mail answered in place', async () => {
    const raws = files.map((f) => readFileSync(new URL(f, dir)));
    // Bad input in the middle of the batch: empty bytes and a non-email.
    raws.splice(7, 0, Buffer.alloc(0));
    raws.splice(20, 0, Buffer.from('\x00\x01 not an email at all \xff'));
    const items: BatchItem[] = raws.map((raw, i) => ({ raw, opts: { source: `m${i}`, rubric, now: fixed } }));

    const batch = await scoreMessages(items);
    const alone = [];
    for (const it of items) alone.push(await scoreMessage(it.raw, it.opts));

    expect(batch.map((r) => r.source)).toEqual(items.map((it) => it.opts.source));
    expect(batch).toEqual(alone);
    expect(batch[7].status).toBe('unscorable');
    expect(batch[20].status).toBe('unscorable');
    expect(batch.filter((r) => r.status === 'scored')).toHaveLength(files.length);
  });

  it('answers an empty batch with no results', async () => {
    expect(await scoreMessages([])).toEqual([]);
  });
});
