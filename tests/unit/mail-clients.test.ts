// Every client style in every language: the fixtures of tests/fixtures/mail/clients
// are replies as Gmail, Apple Mail, Thunderbird, Outlook (desktop, web, legacy
// "Original Message") and forwarders write them in en, it, ro, es, fr, de and pt,
// in the encodings and charsets those clients use. Each must come back as exactly
// the agent's text (greeting to first-name sign-off) and the customer's message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';
import { isolateReply } from '../../src/mail/isolate.js';
import { parseMessage } from '../../src/mail/parse.js';

const dir = join(import.meta.dirname, '../fixtures/mail/clients');
const expected: Record<string, { lang: string; text: string; quoted: string }> = JSON.parse(
  readFileSync(join(dir, 'expected.json'), 'utf8'),
);
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

const NAMES: Record<string, string> = { en: 'English', it: 'Italian', ro: 'Romanian', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese' };

describe('replies as each mail client writes them', () => {
  for (const [file, want] of Object.entries(expected)) {
    const style = file.replace(/^[a-z]{2}-/, '').replace(/\.eml$/, '');
    const quoteless = style === 'no-quote';
    it(`a ${style} reply in ${NAMES[want.lang]} keeps only the agent's text (${file})`, async () => {
      const msg = await parseMessage(readFileSync(join(dir, file)));
      const got = isolateReply(msg);
      expect(squash(got.text)).toBe(squash(want.text));
      if (quoteless) expect(got.quoted).toBeNull();
      else expect(squash(got.quoted)).toBe(squash(want.quoted));
      expect(detectLanguage(got.text, msg.contentLanguage)).toBe(want.lang);
    });
  }
});
