// Isolation on real mail from other projects' test suites (see
// tests/fixtures/mail/corpus/ATTRIBUTION.md) and on copies of our dev set.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';
import { isolateReply } from '../../src/mail/isolate.js';
import { parseMessage } from '../../src/mail/parse.js';

const fixtures = join(import.meta.dirname, '../fixtures/mail');
const corpus = join(fixtures, 'corpus');
const read = (...p: string[]) => readFileSync(join(...p), 'utf8');
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const plain = (text: string) => isolateReply({ text, html: null });

describe('talon: replies from a dozen real clients', () => {
  const files = readdirSync(join(corpus, 'talon')).filter((f) => f.endsWith('.eml'));
  it.each(files)('the reply in %s is just "Hello"', async (file) => {
    const msg = await parseMessage(readFileSync(join(corpus, 'talon', file)));
    const got = isolateReply(msg);
    expect(got.text).toBe('Hello');
    expect(got.quoted).not.toBeNull();
  });

  it('talon\'s own expected iPhone and Sparrow texts, minus the signatures it leaves in', () => {
    expect(plain(read(corpus, 'talon/iphone_reply_text')).text).toBe('Hello');
    expect(plain(read(corpus, 'talon/sparrow_reply_text')).text).toBe('Hello');
  });
});

describe('discourse: replies with quote headers in many languages', () => {
  const files = readdirSync(join(corpus, 'discourse/emails'));
  it.each(files)('%s trims to discourse\'s expected text', (file) => {
    const got = plain(read(corpus, 'discourse/emails', file));
    expect(squash(got.text)).toBe(squash(read(corpus, 'discourse/trimmed', file)));
  });
});

describe('crisp: quote headers of many clients and languages', () => {
  // Most crisp fixtures are a lorem-ipsum reply above a real client's quote header.
  const LOREM_END = 'Fusce sed odio id arcu varius aliquet nec nec nibh.';
  const lorem = readdirSync(join(corpus, 'crisp')).filter((f) => f.endsWith('.txt') && read(corpus, 'crisp', f).startsWith('Fusce bibendum'));

  it.each(lorem)('%s keeps the reply and drops the quote below it', (file) => {
    const got = plain(read(corpus, 'crisp', file)).text;
    expect(got.startsWith('Fusce bibendum')).toBe(true);
    expect(got.endsWith(LOREM_END)).toBe(true);
  });

  it.each([
    'email_tricky_1_on_false_positive.txt',
    'email_tricky_3_code_block.txt',
    'email_tricky_4_from_in_body.txt',
    'email_tricky_6_regards_in_sentence.txt',
    'email_tricky_8_sent_from_in_content.txt',
    'email_tricky_13_timestamp_variations.txt',
  ])('%s has no quote or signature and is kept whole', (file) => {
    const input = read(corpus, 'crisp', file);
    const got = plain(input);
    expect(squash(got.text)).toBe(squash(input));
    expect(got.quoted).toBeNull();
  });
});

describe('quotequail: HTML replies', () => {
  const cases: [string, string][] = [
    ['gmail_reply.html', 'foo\n\nbar'],
    ['apple_reply.html', 'Foo\n\nBar'],
    ['ios_mail_reply_unescaped_address.html', "Sounds good, I'll be there at 2."],
    ['yahoo_reply_unescaped_address.html', 'Thanks Jane, that looks great. One question on item 2 - can we ship it before Friday?\n\nDan'],
    ['thunderbird_forward.html', ''],
  ];
  it.each(cases)('%s isolates to the sender\'s text', (file, want) => {
    expect(isolateReply({ text: null, html: read(corpus, 'quotequail', file) }).text).toBe(want);
  });
});

describe('dev-set replies', () => {
  const dir = join(fixtures, 'dev');
  const expected: Record<string, { lang: string; reply: string; customer: string }> = JSON.parse(read(dir, 'expected.json'));
  it.each(Object.keys(expected))('%s comes back as the labelled reply, in its language', async (file) => {
    const want = expected[file];
    const msg = await parseMessage(readFileSync(join(dir, file)));
    const got = isolateReply(msg);
    expect(squash(got.text)).toBe(squash(want.reply));
    expect(got.text).not.toContain(squash(want.customer).slice(0, 30));
    if (got.quoted !== null) expect(squash(got.quoted)).toBe(squash(want.customer));
    expect(detectLanguage(got.text, msg.contentLanguage)).toBe(want.lang);
  });
});
