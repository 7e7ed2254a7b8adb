import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitMbox } from '../../src/cli/inputs.js';

async function split(text: string, chunk = 7): Promise<string[]> {
  const buf = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk));
  const out: string[] = [];
  for await (const m of splitMbox(Readable.from(parts))) out.push(m.toString());
  return out;
}

const MBOX = [
  'From agent@example.com Mon Nov 23 10:00:00 2026',
  'From: Agent <agent@example.com>',
  'Subject: one',
  '',
  'First body.',
  '>From the archive, quoted.',
  '',
  'From agent@example.com Mon Nov 23 11:00:00 2026',
  'From: Agent <agent@example.com>',
  'Subject: two',
  '',
  '>From here: escaped because it follows a blank line.',
  'Second body.',
  'From inside a paragraph is not a separator.',
  '',
].join('\n');

describe('mbox splitting', () => {
  it('splits on "From " lines after a blank line, whatever the chunk boundaries', async () => {
    for (const chunk of [1, 7, 64, 4096]) {
      const msgs = await split(MBOX, chunk);
      expect(msgs).toHaveLength(2);
      expect(msgs[0]).toContain('Subject: one');
      expect(msgs[1]).toContain('Subject: two');
    }
  });

  it('unescapes mboxrd ">From " lines and keeps "From " inside a paragraph', async () => {
    const [first, second] = await split(MBOX);
    expect(first).toContain('\nFrom the archive, quoted.');
    expect(first.endsWith('quoted.\n')).toBe(true);
    expect(second).toContain('\n\nFrom here: escaped because it follows a blank line.');
    expect(second).toContain('\nFrom inside a paragraph is not a separator.');
  });

  it('ignores text before the first separator and yields nothing for an empty file', async () => {
    expect(await split('')).toEqual([]);
    expect(await split('junk line\n\nFrom a@b Mon\nSubject: x\n\nbody\n')).toEqual(['Subject: x\n\nbody\n']);
  });
});
