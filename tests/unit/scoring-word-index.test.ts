// The matcher tries a pattern only where the text has a word the pattern can
// start with, and, when the pattern's second word is known, only where the
// next word fits it (src/scoring/pattern.ts, WordIndex). Both are shortcuts:
// these tests check they never lose a match, against trying every pattern at
// every word of real replies in every language, and on hand-made cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { compileRubric } from '../../src/scoring/compile.js';
import { Analysis } from '../../src/scoring/analysis.js';
import { compileList, foldWord, lowerSameLength, matchSignal, NO_CANDIDATES, WordIndex, wordsOf, type SignalRegex } from '../../src/scoring/pattern.js';

const replies: { lang: string; reply: string }[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/language/dev-replies.json'), 'utf8'),
);

/** Every indexed pattern at every word start, in pattern order: what the index must reproduce. */
function bruteForce(sig: SignalRegex, lower: string): [number, number][] {
  const out: [number, number][] = [];
  let after = 0;
  for (const pos of wordsOf(lower).starts) {
    if (pos < after) continue;
    for (const p of sig.patterns) {
      p.re.lastIndex = pos;
      const m = p.re.exec(lower);
      if (m && m[0].length) {
        out.push([pos, pos + m[0].length]);
        after = pos + m[0].length;
        break;
      }
    }
  }
  return out;
}

describe('the word index of a language pack', () => {
  const compiled = compileRubric(loadRubric());

  it('finds exactly the matches that trying every pattern at every word finds, in real replies of every language', () => {
    const missed: string[] = [];
    let checked = 0;
    for (const { lang, reply } of replies.filter((_, i) => i % 3 === 0)) {
      const pack = compiled.packs.get(lang)!;
      const lower = lowerSameLength(reply);
      const cands = pack.index.candidates(wordsOf(lower));
      for (const [name, sig] of pack.signals) {
        if (sig.scan || sig.anywhere) continue;
        const fast = matchSignal(sig, lower, cands.get(name) ?? NO_CANDIDATES);
        const slow = bruteForce(sig, lower);
        checked += slow.length;
        if (JSON.stringify(fast) !== JSON.stringify(slow)) missed.push(`${lang} ${name}: ${JSON.stringify(slow.map(([s, e]) => reply.slice(s, e)))}`);
      }
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('checks the second word only where the pattern fixes it', () => {
    const hits = (patterns: string[], text: string, macros = {}) =>
      matchSignal(compileList(patterns, macros)!, lowerSameLength(text)).map(([s, e]) => text.slice(s, e));
    // The second word after a first-word group, a macro, an optional word.
    expect(hits(['(i|we) (will|shall) call'], 'Then WE SHALL call you.')).toEqual(['WE SHALL call']);
    expect(hits(['{we} [really] care'], 'We really care. We care.', { we: ['we', 'our team'] })).toEqual(['We really care', 'We care']);
    // A second word that is a word beginning, an ending, a number.
    expect(hits(['refund process*', 'within {n} days', 'we *ato'], 'The refund processing, within 3 days, we inviato')).toEqual([
      'refund processing',
      'within 3 days',
      'we inviato',
    ]);
    // Accents, sharp s and Romanian comma/cedilla in the second word.
    expect(hits(['ne pare rău', 'große grüße', 'vă mulțumim'], 'Ne pare rau. Grosse Grüsse! Va multumim')).toEqual(['Ne pare rau', 'Grosse Grüsse', 'Va multumim']);
    // Glued words and gaps keep the plain first-word lookup.
    expect(hits(["i('ve| have) sent", 'sorry ~2 delay'], "I've sent it. Sorry for the delay")).toEqual(["I've sent", 'Sorry for the delay']);
    // A first word at the very end of the text cannot start a two-word pattern.
    expect(hits(['thank you'], 'Thank')).toEqual([]);
  });

  it("reads the customer's message with a smaller index and still finds every signal asked of it", () => {
    const pack = compiled.packs.get('en')!;
    const text = "Hi, I'm sorry to bother you but my order never arrived and I'm really upset. Can you help? We apologise for nothing.";
    const full = new Analysis(text, pack, { segmentFrame: false });
    const customer = new Analysis(text, pack, { segmentFrame: false, customer: true });
    for (const signal of pack.signals.keys()) expect([signal, customer.hits(signal)]).toEqual([signal, full.hits(signal)]);
    expect(customer.hits('customer_problem').length).toBeGreaterThan(0);
  });

  it('splits a text into the same words as the letters-and-digits regex, in any script', () => {
    const byRegex = (t: string) => {
      const starts: number[] = [];
      const folded: string[] = [];
      for (const m of t.matchAll(/[\p{L}\p{N}]+/gu)) {
        starts.push(m.index);
        folded.push(foldWord(m[0]));
      }
      return { starts, folded };
    };
    const samples = [
      ...replies.slice(0, 60).map((r) => lowerSameLength(r.reply)),
      'größe ǅemal ﬁle ½ ² ٣ 三 ß — 𝔘𝔫𝔦 emoji 😀 end',
      'ăâîșț ĂÂÎȘȚ ş ţ ı İ ﬀ ǈ',
      'e\u0301te\u0301 na\u0303o', // combining marks split words, as in the regex
      '\ud800 lone high, lone low \udc00!',
      '',
      '   ',
      '123 4,5 x1y2',
    ];
    // Every code unit of the scripts patterns name, and a sweep of the rest.
    let sweep = '';
    for (let c = 0x20; c < 0x3000; c += c < 0x600 ? 1 : 7) sweep += String.fromCharCode(c) + (c % 5 ? '' : ' ');
    samples.push(sweep, lowerSameLength(sweep));
    for (const t of samples) expect(wordsOf(t)).toEqual(byRegex(t));
  });

  it('keeps giving the same candidates after its memory of word pairs fills up and starts over', () => {
    const pack = compiled.packs.get('it')!;
    const fresh = () => new WordIndex(pack.signals);
    const texts = replies.filter((r) => r.lang === 'it').map((r) => lowerSameLength(r.reply));
    const expected = texts.map((t) => fresh().candidates(wordsOf(t)));
    const index = fresh();
    // Enough distinct word pairs (over 50,000) to fill the memory more than once.
    const noise = Array.from({ length: 120_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    texts.forEach((t, i) => {
      expect(index.candidates(wordsOf(t))).toEqual(expected[i]);
      index.candidates(wordsOf(noise.slice((i % 4) * 200_000, (i % 4) * 200_000 + 400_000)));
      expect(index.candidates(wordsOf(t))).toEqual(expected[i]);
    });
  });
});

describe('first-word sets are shared between patterns (memory)', () => {
  it('patterns that can start with the same words hold one set of them, and no pattern holds an empty set of its own', () => {
    const sig = compileList(['we will refund', 'we will replace', '(we|I) can help', 'sorry'])!;
    const byFirst = new Map(sig.patterns.map((p) => [[...p.firsts.exact].sort().join('|'), p.firsts.exact]));
    const we = sig.patterns.filter((p) => [...p.firsts.exact].join('|') === 'we');
    expect(we).toHaveLength(2);
    expect(we[0].firsts.exact).toBe(we[1].firsts.exact);
    expect(byFirst.size).toBe(3);
    const empties = new Set(sig.patterns.map((p) => p.firsts.prefixes));
    expect(empties.size).toBe(1);
    expect(() => [...empties][0].add('x')).toThrow(/shared/);
  });
});
