// Every regex the project runs on untrusted text (rubric phrase patterns, mail
// isolation patterns, redaction patterns), timed on inputs built to make a
// backtracking engine slow: long runs of one character, near-matches repeated,
// 100k spaces, alternating patterns. A regex with nested unbounded quantifiers
// takes seconds on these; a linear one takes about a millisecond.
import { afterAll, describe, expect, it } from 'vitest';
import { compileRubric } from '../../src/scoring/compile.js';
import { loadRubric } from '../../src/rubrics/load.js';
import { patterns } from '../../src/mail/language-patterns.js';
import { isolateReply } from '../../src/mail/isolate.js';
import { detectLanguage } from '../../src/language/detect.js';
import { scoreReply } from '../../src/scoring/score.js';
import { IDENTIFIER_PATTERNS } from '../../src/privacy/find-identifiers.js';
import { PHONE_PATTERNS } from '../../src/privacy/find-phone.js';
import { redactText } from '../../src/privacy/redact.js';

const KB100 = 100 * 1024;
// A linear scan of 100 KB takes 1–50 ms (the largest phrase alternations up to a
// few hundred on a busy two-core machine); a quadratic one needs some 10^10 steps,
// which is seconds. Over the bound, the growth with input size decides (below);
// linear scans over it are listed at the end of the run, not failed.
const LIMIT_MS = 50;

const fill = (unit: string, n = KB100) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Inputs that are slow for badly written regexes, whatever the regex. */
const GENERIC: Record<string, string> = {
  'one letter': fill('a'),
  'one accented letter': fill('è'),
  '100k spaces': fill(' '),
  'newlines': fill('\n'),
  'no-break spaces': fill('\u00a0'),
  'digits': fill('1'),
  'letter, space': fill('a '),
  'word, newline': fill('sorry\n'),
  'dots': fill('.'),
  '">" runs': fill('>'),
  '"> " runs': fill('> '),
  'dashes': fill('-'),
  'apostrophes': fill("'"),
  'punctuation': fill('.,;:!?()'),
  'digit groups': fill('1 1.1-1/'),
  'at and dots': fill('a@a.'),
  'plus and brackets': fill('+(1) '),
  // The shape a static checker (recheck) proposed against number patterns.
  'decimal numbers run together': fill('0.00'),
  'numbers with commas and tabs': fill('0,00\t'),
};

/**
 * CPU time of `f` in ms. Not wall time: on a busy machine a long run is
 * preempted many times and a short one not at all, which would bend the ratio
 * that superLinear() reads.
 */
function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** Scans all of `text` as the code does (global regexes to the end), best of three, in ms of CPU. */
function scanMs(re: RegExp, text: string): number {
  // V8 interprets a regex on its first run and compiles it on the next: time the
  // compiled one, which is what runs on every message after the first.
  for (let i = 0; i < 2; i++) {
    re.lastIndex = 0;
    re.test('warm up');
  }
  let best = Infinity;
  // One round settles a fast or a clearly slow regex; near the bound, best of
  // three sees through a pause of the machine.
  for (let round = 0; round === 0 || (round < 3 && best >= LIMIT_MS && best < 5 * LIMIT_MS); round++) {
    const ms = cpuMs(() => {
      if (re.global) {
        re.lastIndex = 0;
        let guard = 0;
        for (let m = re.exec(text); m && guard < 1e6; m = re.exec(text), guard++) if (m[0] === '') re.lastIndex++;
      } else re.test(text);
    });
    best = Math.min(best, ms);
  }
  return best;
}

/**
 * Is `f(input)` super-linear? Over the bound, the time on a quarter of the input
 * decides: linear work takes about a quarter of the time there, quadratic work a
 * sixteenth. So a busy machine does not fail the test; a backtracking regex does.
 */
function superLinear(ms: number, limit: number, quarterMs: () => number, what: string): string | null {
  if (ms < limit) return null;
  const quarter = quarterMs();
  const ratio = ms / Math.max(quarter, 0.5);
  const figures = `${ms.toFixed(0)} ms (a quarter of the input: ${quarter.toFixed(0)} ms)`;
  if (ms >= 40 * limit || ratio >= 8) return figures;
  // Linear but over the target: worth knowing, not a failure.
  heavy.push(`${what}: ${figures}`);
  return null;
}

const heavy: string[] = [];
afterAll(() => {
  if (heavy.length) console.info(`linear but over the ${LIMIT_MS} ms target per 100 KB (200 KB for functions):\n  ${heavy.join('\n  ')}`);
});

function slowOnes(res: Record<string, RegExp>, inputs: Record<string, string>): string[] {
  const slow: string[] = [];
  for (const [name, re] of Object.entries(res)) {
    for (const [label, text] of Object.entries(inputs)) {
      const bad = superLinear(scanMs(re, text), LIMIT_MS, () => scanMs(re, text.slice(0, text.length / 4)), `${name} on ${label}`);
      if (bad) slow.push(`${name} on ${label}: ${bad}`);
    }
  }
  return slow;
}

/** Words written in a pack's patterns, without the pattern syntax. */
function literalWords(patternSources: string[]): string[] {
  const words = new Set<string>();
  for (const p of patternSources) for (const w of p.replace(/[()[\]|*?^~{}\d]/g, ' ').split(/\s+/)) if (w.length > 1) words.add(w);
  return [...words];
}

/** Near-matches of a pack's own phrases: every phrase without its last word, phrases with huge gaps, words with long tails. */
function nearMatches(patternSources: string[]): Record<string, string> {
  const prefixes = patternSources
    .map((p) => p.replace(/[()[\]|*?^~{}]/g, ' ').trim().split(/\s+/))
    .filter((ws) => ws.length > 1)
    .map((ws) => ws.slice(0, -1).join(' '));
  const words = literalWords(patternSources);
  return {
    'phrases cut before their last word': fill(prefixes.join(' ') + ' '),
    'phrase words separated by long gaps': fill(words.map((w) => `${w} ${'x'.repeat(40)} `).join('')),
    'phrase words with long letter tails': fill(words.map((w) => w + 'z'.repeat(60) + ' ').join('')),
    'phrase words glued by spaces runs': fill(words.map((w) => w + ' '.repeat(50)).join('')),
  };
}

/** The RegExps a compiled signal holds: the value itself, or each RegExp field of it. */
function regexesIn(compiled: unknown): [string, RegExp][] {
  if (compiled instanceof RegExp) return [['', compiled]];
  return Object.entries(compiled as object).filter((e): e is [string, RegExp] => e[1] instanceof RegExp).map(([k, re]) => [`.${k}`, re]);
}

const rubric = loadRubric();

describe('the timing itself', () => {
  it('flags a regex with nested quantifiers (exponential: a second on 25 letters)', () => {
    expect(slowOnes({ nested: /(?:a+)+b/ }, { 'a few letters': 'a'.repeat(25) })).toHaveLength(1);
  });
});

describe('rubric phrase patterns run in linear time on hostile text', () => {
  const compiled = compileRubric(rubric);
  for (const [lang, pack] of compiled.packs) {
    it(`${lang}: every signal scans 100 KB of hostile text in under ${LIMIT_MS} ms`, () => {
      const sources = Object.values(rubric.packs[lang].signals).flat();
      // Phrase patterns are large alternations; the inputs that stress them are
      // their own words, so the generic set is cut to the shapes that differ.
      const pick = ['one letter', '100k spaces', 'letter, space', 'digit groups', 'decimal numbers run together'];
      const inputs = { ...Object.fromEntries(pick.map((k) => [k, GENERIC[k]])), ...nearMatches(sources) };
      // The scorer matches lower-cased text.
      const lower = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.toLowerCase()]));
      const signals: Record<string, RegExp> = {};
      for (const [id, compiled] of pack.signals) for (const [part, re] of regexesIn(compiled)) signals[`${lang}.${id}${part}`] = re;
      expect(Object.keys(signals).length).toBeGreaterThan(pack.signals.size - 1);
      expect(slowOnes(signals, lower)).toEqual([]);
    });
  }
});

describe('mail isolation patterns run in linear time on hostile lines', () => {
  it(`quote headers, "Original Message" and forwarded markers scan 100 KB in under ${LIMIT_MS} ms`, () => {
    const p = patterns();
    const res = Object.fromEntries(Object.entries(p).filter(([, v]) => v instanceof RegExp)) as Record<string, RegExp>;
    expect(Object.keys(res).length).toBeGreaterThanOrEqual(4);
    const inputs = {
      ...GENERIC,
      'repeated "On … wrote" without a colon': fill('On Mon, 4 Mar 2024 wrote '),
      'repeated dashes around words': fill('----- Original Message ----- '),
      'forwarded marker runs': fill('---------- Forwarded message '),
    };
    expect(slowOnes(res, inputs)).toEqual([]);
  });
});

describe('redaction patterns run in linear time on hostile text', () => {
  it(`e-mail, phone, card, IBAN and ID patterns scan 100 KB in under ${LIMIT_MS} ms`, () => {
    const inputs = {
      ...GENERIC,
      'e-mail local parts without @': fill('mario.rossi+x'),
      'labels without a top-level domain': fill('a@' + 'b'.repeat(61) + '.'),
      'phone groups that never end': fill('+39 02 2417 9020 '),
      'card-like digit runs': fill('4111 1111 1111 111 '),
      'IBAN-like starts': fill('IT60 X054 '),
      'codice fiscale almost': fill('RSSMRA85T10A562'),
      'DNI almost': fill('12345678 '),
    };
    expect(slowOnes({ ...IDENTIFIER_PATTERNS, ...PHONE_PATTERNS }, inputs)).toEqual([]);
  });
});

describe('the public functions that run the regexes stay fast on 200 KB of hostile text', () => {
  const KB200 = 200 * 1024;
  const reply = 'Buongiorno Anna,\n\nmi dispiace per il disagio: le ho già spedito un nuovo pacco, arriverà giovedì.\n\nVa bene per Lei?\n\nGiulia\n\n';
  const hostile: Record<string, string> = {
    'one letter': fill('a', KB200),
    '200k spaces': fill(' ', KB200),
    '"> " runs': fill('> ', KB200),
    'quote lines of ">" ten thousand deep': fill('>'.repeat(10_000) + ' citato\n', KB200),
    'attribution lines': fill('Il giorno lun 4 mar 2024 alle ore 10:15 Anna <anna@example.com> ha scritto:\n', KB200),
    'header-like lines': fill('From: a\nSent: b\nTo: c\nSubject: d\n', KB200),
    'sign-off lines': fill('Cordiali saluti,\nGiulia\n', KB200),
    'apologies without end': fill('mi dispiace mi dispiace per ', KB200),
    'words and long gaps': fill('sorry ' + 'x'.repeat(40) + ' ', KB200),
    'digit groups': fill('02 2417 ', KB200),
  };
  // Linear work on 200 KB takes well under a second even on a busy machine;
  // anything quadratic takes tens of seconds, so a generous bound cannot mislead.
  const LIMIT = 1000;
  const time = (f: () => unknown) => {
    let best = Infinity;
    for (let i = 0; i < 2 && best >= LIMIT; i++) best = Math.min(best, cpuMs(f));
    return best;
  };
  const calls = (body: string) => {
    const text = reply + body;
    const html = `<p>${reply}</p>${'<blockquote>'.repeat(1000)}${body.slice(0, body.length / 2)}`;
    return {
      isolateText: () => isolateReply({ text, html: null }),
      isolateHtml: () => isolateReply({ text: null, html }),
      detectLanguage: () => detectLanguage(text),
      scoreReply: () => scoreReply({ text, quoted: body, language: 'it', subject: body.slice(0, 1000) }, rubric),
      redactText: () => redactText(text),
    };
  };

  for (const [label, body] of Object.entries(hostile)) {
    it(`${label}: isolation, language detection, scoring and redaction each grow linearly (under ${LIMIT} ms, or in step with the input)`, () => {
      const quarter = calls(body.slice(0, KB200 / 4));
      const slow = Object.entries(calls(body)).flatMap(([f, call]) => {
        const bad = superLinear(time(call), LIMIT, () => time(quarter[f as keyof typeof quarter]), `${f} on ${label}`);
        return bad ? [`${f}: ${bad}`] : [];
      });
      expect(slow).toEqual([]);
    });
  }
});
