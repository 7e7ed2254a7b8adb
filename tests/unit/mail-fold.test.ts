// fold() folds the non-ASCII characters one by one and lower-cases the rest
// of the line in one go (src/mail/fold.ts). That is only right while every
// folded character is '', ' ', or lower case without white space: this test
// holds it to the character-by-character definition for every code point, so
// an edit of foldChar or a new ICU cannot change isolation quietly.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/mail/fold.js';

const LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ı: 'i' };
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

function foldOne(ch: string): string {
  const f = ch
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łđøħı]/g, (c) => LETTERS[c] ?? c)
    .replace(/[æœ]/g, (c) => (c === 'æ' ? 'ae' : 'oe'))
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  return f !== '' && f.replace(SPACES, '') === '' ? ' ' : f;
}

/** The definition: each character other than printable ASCII folded on its own, runs of spaces made one, no space at the ends. */
function reference(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s) {
    // Printable ASCII is only lower-cased (a backtick stays a backtick).
    const code = ch.charCodeAt(0);
    const f = code > 0x20 && code < 0x7f ? ch.toLowerCase() : foldOne(ch);
    if (f === ' ') {
      space = out !== '';
      continue;
    }
    if (f === '') continue;
    if (space) {
      out += ' ';
      space = false;
    }
    out += f;
  }
  return out;
}

describe('fold', () => {
  it('folds every code point in context as folding it on its own does', () => {
    const bad: string[] = [];
    for (let c = 0; c <= 0x10ffff; c += c < 0x10000 ? 1 : 97) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      for (const s of [`Ab${ch}Cd`, ` ${ch}  x ${ch}`, `${ch}${ch}É`]) {
        if (fold(s) !== reference(s)) {
          bad.push(`U+${c.toString(16)} in ${JSON.stringify(s)}`);
          break;
        }
      }
      if (bad.length > 10) break;
    }
    expect(bad).toEqual([]);
  });

  it('folds whole lines of mixed scripts, accents and spaces as the definition does', () => {
    for (const s of ['  Bună ziua,  ȘTEFAN — «Mulțumim»  ', 'Grüße\u00a0aus\u2003Köln', 'Ærø Œuvre ß ŁÓDŹ', 'İstanbul ǅ ǈ ﬁ', 'tab\there', '\u200bzero\u00adwidth']) {
      expect(fold(s)).toBe(reference(s));
    }
  });
});
