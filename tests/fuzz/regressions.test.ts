// Bugs the fuzzer found in the mail and scoring modules, one minimal input each,
// generated here, kept after the fix so the bug cannot come back.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';
import { htmlToText } from '../../src/mail/html-to-text.js';
import { scoreMessage } from '../../src/pipeline.js';
import { loadRubric } from '../../src/rubrics/load.js';

/** CPU ms of f: a busy machine slows wall time, not this. */
async function cpuMs(f: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

const reply = 'Hello Anna,\n\nI have sent the replacement today; it will reach you on Thursday.\n\nDoes that work for you?\n\nDaniel';

describe('a long run of spaces before a word (fuzz case night-1/767: line-long + nul-bytes)', () => {
  // /[ \t]+$/ tried every start in the run and walked to its end each time: 40,000
  // spaces took about 4 s, the 200,000 characters a body may keep about 40 s.
  // Fixed by trimming with a backwards scan (dee43a6).

  it('isolateReply trims line ends in linear time (src/mail/isolate.ts, tidy)', async () => {
    const text = `${reply}\n\n${' '.repeat(40_000)}x`;
    expect(await cpuMs(() => isolateReply({ text, html: null }))).toBeLessThan(500);
  });

  it('htmlToText trims line ends in linear time (src/mail/html-to-text.ts)', async () => {
    const html = `<p>${reply}</p><pre>${'\t'.repeat(40_000)}x</pre>`;
    expect(await cpuMs(() => htmlToText(html))).toBeLessThan(500);
  });

  it('a message whose body has 70,000 spaces before a word is scored in well under the per-message bound', async () => {
    const raw = Buffer.from(
      [
        'From: Daniel Hart <daniel.hart@lumorahome.co.uk>',
        'To: Sarah Mitchell <s.mitchell84@gmail.com>',
        'Subject: Re: Broken lamp',
        'Date: Mon, 4 Mar 2024 10:40:00 +0000',
        'Message-ID: <regression-spaces@lumorahome.co.uk>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        reply,
        '',
        `${' '.repeat(70_000)}\0`,
        '',
      ].join('\r\n'),
    );
    const rubric = loadRubric();
    let status = '';
    const ms = await cpuMs(async () => {
      status = (await scoreMessage(raw, { source: 'regression', rubric })).status;
    });
    expect(status).toBe('scored');
    expect(ms).toBeLessThan(2000);
  });
});
