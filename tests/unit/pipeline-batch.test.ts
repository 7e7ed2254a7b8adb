// `scoreMessages` (what `email-qa score` uses for folders and mboxes) parses a
// batch first and scores it after: each message must still come out exactly as
// `scoreMessage` scores it alone, in the order given, bad mail included.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBatchScorer, scoreMessage, scoreMessages, type BatchItem } from '../../src/pipeline.js';
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

describe('the batching scorer a worker uses', () => {
  it('scores calls made together in batches, each with the result scoreMessage gives it alone', async () => {
    const score = createBatchScorer({ messages: 4, bytes: 1024 * 1024 });
    const raws = files.slice(0, 10).map((f) => readFileSync(new URL(f, dir)));
    raws.splice(3, 0, Buffer.from('not an email'));
    const opts = raws.map((_, i) => ({ source: `job-${i}`, rubric, now: fixed }));
    // All calls start in one turn, as a worker's jobs in hand do.
    const got = await Promise.all(raws.map((raw, i) => score(raw, opts[i])));
    const alone = [];
    for (let i = 0; i < raws.length; i++) alone.push(await scoreMessage(raws[i], opts[i]));
    expect(got).toEqual(alone);
    expect(got[3].status).toBe('unscorable');
  });

  it('answers a call made alone, and calls made in later turns', async () => {
    const score = createBatchScorer();
    const raw = readFileSync(new URL(files[0], dir));
    const first = await score(raw, { source: 'a', rubric, now: fixed });
    const second = await score(raw, { source: 'b', rubric, now: fixed });
    expect([first.status, second.status, second.source]).toEqual(['scored', 'scored', 'b']);
  });
});

describe('a fault of ours on one message in a batch', () => {
  it('fails that call only; the others in its batch are still scored', async () => {
    const score = createBatchScorer();
    const good = readFileSync(new URL(files[0], dir));
    // Not a Buffer at all: parsing it throws a TypeError, not an UnscorableError.
    const broken = null as unknown as Buffer;
    const calls = [score(good, { source: 'ok-1', rubric }), score(broken, { source: 'bad', rubric }), score(good, { source: 'ok-2', rubric })];
    const settled = await Promise.allSettled(calls);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[2] as PromiseFulfilledResult<{ status: string }>).value.status).toBe('scored');
  });
});
