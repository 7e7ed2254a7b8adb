import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_PATTERNS, PREFILTERED, matchEmails, prefiltered } from '../../src/privacy/find-identifiers.js';
import { PHONE_PREFILTERED } from '../../src/privacy/find-phone.js';

// The identifier finders try their Unicode regexes only where a cheap prefilter
// says a match can start. That must never change what they find: compared here
// with a plain scan of the whole text, on real mail and on generated text dense
// in the characters the regexes care about.

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return emlFiles(path);
    return name.endsWith('.eml') ? [path] : [];
  });
}

function fullScan(text: string, re: RegExp): { index: number; text: string }[] {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => ({ index: m.index, text: m[0] }));
}

/** Deterministic text made of digits, separators, ASCII and accented letters, astral letters, "@", "+", "(". */
function generated(seed: number, length: number): string {
  const alphabet = [
    ...'0123456789  .-/()+@\u00a0\naXzLéș𝐀日_%',
    ...['IT', 'RO', '.com', '0040', '123.456.789-09', '12345678Z', '4111 1111 1111 1111', '1800101221144', 'RSSMRA85T10A562S', '1234567890123', 'mario.r'],
  ];
  let s = seed;
  let out = '';
  while (out.length < length) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    out += alphabet[s % alphabet.length];
  }
  return out;
}

const PAIRS = [...PREFILTERED, PHONE_PREFILTERED];
const realTexts = emlFiles(FIXTURES).flatMap((f) => {
  const raw = readFileSync(f);
  return [raw.toString('utf8'), raw.toString('latin1')];
});
const generatedTexts = Array.from({ length: 400 }, (_, i) => generated(i + 1, 50 + (i % 7) * 120));

describe('prefiltered identifier scans', () => {
  it('run on a real set of mail', () => {
    expect(realTexts.length).toBeGreaterThan(500);
  });

  for (const [name, pre, re] of PAIRS) {
    it(`find the same ${name} matches as a scan of the whole text, in real mail`, () => {
      for (const text of realTexts) expect(prefiltered(text, pre, re)).toEqual(fullScan(text, re));
    });
    it(`find the same ${name} matches as a scan of the whole text, in generated text`, () => {
      let found = 0;
      for (const text of generatedTexts) {
        const expected = fullScan(text, re);
        found += expected.length;
        expect(prefiltered(text, pre, re)).toEqual(expected);
      }
      expect(found).toBeGreaterThan(0); // the generated text does hold matches of this kind
    });
  }

  it('find the same e-mail addresses from each "@" as a scan of the whole text', () => {
    let found = 0;
    for (const text of [...realTexts, ...generatedTexts, 'a@b.co x@@y.org é@ex.it 𝐀x@ex.ro ' + 'l'.repeat(70) + '@long.example.com']) {
      const expected = fullScan(text, IDENTIFIER_PATTERNS.EMAIL);
      found += expected.length;
      expect(matchEmails(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(100);
  });
});
