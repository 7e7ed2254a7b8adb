// The phrase-pattern syntax of language packs.
import { describe, expect, it } from 'vitest';
import { compileList, lowerSameLength, matchSignal } from '../../src/scoring/pattern.js';

const find = (patterns: string[], text: string, macros = {}) =>
  matchSignal(compileList(patterns, macros)!, lowerSameLength(text)).map(([s, e]) => text.slice(s, e));

describe('pattern syntax', () => {
  it('matches words in order with any whitespace, case-insensitively, whole words only', () => {
    expect(find(['kind regards'], 'Kind\n  Regards, and unkind regards')).toEqual(['Kind\n  Regards']);
    expect(find(['sorry'], 'sorrynot sorry')).toEqual(['sorry']);
  });

  it('lets an accented letter in a pattern match its plain letter, not the other way round', () => {
    expect(find(['îmi pare rău'], 'Imi pare rau. Îmi pare rău.')).toEqual(['Imi pare rau', 'Îmi pare rău']);
    expect(find(['si'], 'Sí, si')).toEqual(['si']);
  });

  it('treats Romanian comma and cedilla letters as one letter', () => {
    expect(find(['mulțumesc'], 'Mulţumesc! multumesc')).toEqual(['Mulţumesc', 'multumesc']);
  });

  it('keeps accents strict with =', () => {
    expect(find(['=??*erò'], 'verificherò il ricovero')).toEqual(['verificherò']);
  });

  it('supports alternatives, optional items, wildcards, gaps and macros', () => {
    expect(find(["(I'm|I am) [so|very] sorry"], "I am so sorry. I'm sorry.")).toEqual(['I am so sorry', "I'm sorry"]);
    expect(find(['apologi*'], 'apologise apologize apology')).toEqual(['apologise', 'apologize']);
    expect(find(['sorry ~2 delay'], 'sorry for the delay')).toEqual(['sorry for the delay']);
    expect(find(['by {day}'], 'by Friday', { day: ['friday'] })).toEqual(['by Friday']);
    expect(find(['(very )?sorry'], 'very sorry')).toEqual(['very sorry']);
  });

  it('reads an item made only of optional groups as optional: absent, it takes no second space', () => {
    expect(find(['(let|tell) me [know][,] ~6 (if|whether)'], 'Tell me whether it works. Let me know, if not.')).toEqual(['Tell me whether', 'Let me know, if']);
    expect(find(['(let|tell) me [know][,] ~6 (if|whether)'], 'tell me  whether')).toEqual(['tell me  whether']);
  });

  it('matches curly and straight apostrophes alike', () => {
    expect(find(["I'll"], 'I’ll do it, I\'ll')).toEqual(['I’ll', "I'll"]);
  });

  it('reports a broken pattern', () => {
    expect(() => compileList(['(sorry|apologies'])).toThrow(/missing "\)"/);
    expect(() => compileList(['{nope}'])).toThrow(/unknown macro/);
  });
});

describe('pattern safety on hostile text', () => {
  it('stays fast on long runs that could make a regex backtrack', () => {
    const sig = compileList(['sorry ~8 delay', '??*erò', '{w} {w} {w} end', '(a|a a) (b|a b)*'])!;
    const hostile = ['a'.repeat(50_000), 'sorry '.repeat(10_000), 'à'.repeat(20_000), ('word '.repeat(5000) + '\n').repeat(4)];
    const t0 = performance.now();
    for (const h of hostile) matchSignal(sig, lowerSameLength(h));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('keeps offsets when lower-casing changes the length of a character', () => {
    const text = 'İstanbul sorry';
    const [[s, e]] = matchSignal(compileList(['sorry'])!, lowerSameLength(text));
    expect(text.slice(s, e)).toBe('sorry');
  });
});

describe('letters of every script', () => {
  const hits = (patterns: string[], text: string) =>
    matchSignal(compileList(patterns)!, lowerSameLength(text)).map(([s, e]) => text.slice(s, e));

  it('matches Greek and Cyrillic phrases, with wildcards, as whole words', () => {
    expect(hits(['извин*', 'мы вернём'], 'Приносим извинения, мы вернём деньги')).toEqual(['извинения', 'мы вернём']);
    expect(hits(['συγγνώμη'], 'Ζητούμε συγγνώμη.')).toEqual(['συγγνώμη']);
  });

  it('counts letters and digits of other scripts as word characters, so a pattern never matches inside such a word', () => {
    expect(hits(['sorry', 'ok'], 'sorry日本 okمرحبا ok٣ sorry')).toEqual(['sorry']);
    expect(hits(['order *'], 'order 注文番号 order 𝐀𝐁')).toEqual(['order 注文番号', 'order 𝐀𝐁']);
  });

  it('keeps offsets: the matched form of a text has the length of the text', () => {
    const text = 'İstanbul 𝐀 مرحبا ٣ 😀 — ok';
    expect(lowerSameLength(text)).toHaveLength(text.length);
  });

  it('refuses a pattern that names a letter of another script, with the reason', () => {
    expect(() => compileList(['ありがとう'])).toThrow(/Latin, Greek and Cyrillic/);
  });
});

describe('emoji patterns', () => {
  const sig = compileList(['(👎|😡|🤬)', 'not (happy|ok)'])!;
  const hits = (text: string) => matchSignal(sig, lowerSameLength(text)).map(([s, e]) => text.slice(s, e));

  it('are found in a text that has emoji, beside the word patterns, in text order', () => {
    expect(hits('Still waiting 😡 and not happy 👎')).toEqual(['😡', 'not happy', '👎']);
  });

  it('find nothing in a text without emoji, and the word patterns still match', () => {
    expect(hits('Still waiting and not happy ☹')).toEqual(['not happy']);
  });

  it('keep their word boundary: an emoji right after a letter starts no match', () => {
    expect(hits('ok😡 but 😡!')).toEqual(['😡']);
  });
});

describe('word boundaries', () => {
  it('end a word at Latin-1 punctuation and marks, not at letters of the Latin, Greek and Cyrillic blocks', () => {
    expect(find(['sorry'], '«sorry» °sorry· sorry×2')).toEqual(['sorry', 'sorry', 'sorry']);
    expect(find(['sorry'], 'sorryé sorryж sorryß sorry²')).toEqual([]);
    expect(find(['apologi*'], 'apologi2 apologißen')).toEqual(['apologißen']);
  });
});
