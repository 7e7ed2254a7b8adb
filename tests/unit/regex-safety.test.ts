// Every regex the project runs on untrusted text (rubric phrase patterns through
// the scorer's matcher, mail isolation patterns, redaction patterns), timed on inputs built to make a
// backtracking engine slow: long runs of one character, near-matches repeated,
// 100k spaces, alternating patterns. A regex with nested unbounded quantifiers
// takes seconds on these; a linear one takes about a millisecond.
import { afterAll, describe, expect, it } from 'vitest';
import { compileRubric } from '../../src/scoring/compile.js';
import { lowerSameLength, matchSignal } from '../../src/scoring/pattern.js';
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

/** CPU ms of `f`: one run settles a fast or a clearly slow call; over the bound, best of two sees through a GC pause. */
function bestMs(f: () => void): number {
  let best = cpuMs(f);
  if (best >= LIMIT_MS && best < 40 * LIMIT_MS) best = Math.min(best, cpuMs(f));
  return best;
}

/** Scans all of `text` as the code does (global regexes to the end), in ms of CPU. */
function scanMs(re: RegExp, text: string): number {
  // V8 interprets a regex on its first run and compiles it on the next: time the
  // compiled one, which is what runs on every message after the first.
  for (let i = 0; i < 2; i++) {
    re.lastIndex = 0;
    re.test('warm up');
  }
  return bestMs(() => {
    if (re.global) {
      re.lastIndex = 0;
      let guard = 0;
      for (let m = re.exec(text); m && guard < 1e6; m = re.exec(text), guard++) if (m[0] === '') re.lastIndex++;
    } else re.test(text);
  });
}

/**
 * Is `f(input)` super-linear? Over the bound, the time on four times the input
 * decides: linear work takes about four times as long there, quadratic work
 * sixteen. So a busy machine does not fail the test; a backtracking regex does.
 * (Not a quarter of the input: below about 100 KB the matcher's allocations fit
 * in V8's young generation and small inputs look cheaper than linear.)
 */
function superLinear(ms: number, limit: number, fourTimesMs: () => number, what: string): string | null {
  if (ms < limit) return null;
  if (ms >= 40 * limit) return `${ms.toFixed(0)} ms`;
  // The largest phrase alternations cost up to a few times the target, linearly;
  // only a scan well over it is worth the run on four times the input.
  const grown = ms >= 4 * limit ? fourTimesMs() : 0;
  const figures = `${ms.toFixed(0)} ms${grown ? ` (four times the input: ${grown.toFixed(0)} ms)` : ''}`;
  if (grown / ms >= 8) return figures;
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
      const bad = superLinear(scanMs(re, text), LIMIT_MS, () => scanMs(re, text.repeat(4)), `${name} on ${label}`);
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

const rubric = loadRubric();

describe('the timing itself', () => {
  // What the growth check reads: a backtracking (quadratic) scan takes about
  // sixteen times as long on four times the input, a linear one about four.
  // (Not an exponential regex: on four times the input it would never end.)
  it('sees a regex that backtracks quadratically grow by 8 or more on four times the input', () => {
    const quadratic = /a*b/g;
    // The fastest of five runs of each, taken in turn after two runs of each
    // to warm up: a scan slowed by a busy machine made the ratio read under 8
    // twice (three runs of one size, then three of the other).
    const short = 'a'.repeat(5_000);
    const long = 'a'.repeat(20_000);
    for (let i = 0; i < 2; i++) {
      scanMs(quadratic, short);
      scanMs(quadratic, long);
    }
    let fastShort = Infinity;
    let fastLong = Infinity;
    for (let i = 0; i < 5; i++) {
      fastShort = Math.min(fastShort, scanMs(quadratic, short));
      fastLong = Math.min(fastLong, scanMs(quadratic, long));
    }
    const ratio = fastLong / Math.max(fastShort, 0.5);
    expect(ratio).toBeGreaterThanOrEqual(8);
  });
});

describe('rubric phrase patterns run in linear time on hostile text', () => {
  // matchSignal runs every regex of a signal as the scorer does (sticky patterns
  // at candidate words, scans across the text), on lower-cased text.
  const compiled = compileRubric(rubric);
  for (const [lang, pack] of compiled.packs) {
    it(`${lang}: every signal matches 50 KB of hostile text in under ${LIMIT_MS / 2} ms, or grows linearly`, () => {
      const sources = Object.values(rubric.packs[lang].signals).flat();
      // Phrase patterns are large alternations; the inputs that stress them are
      // their own words, so the generic set is cut to the shapes that differ.
      // 50 KB and half the target (the same rate): about 380 signals are checked.
      const half = (t: string) => t.slice(0, KB100 / 2);
      const near = nearMatches(sources);
      const inputs = {
        'one letter': half(GENERIC['one letter']),
        'letter, space': half(GENERIC['letter, space']),
        'digit groups': half(GENERIC['digit groups']),
        'phrases cut before their last word': half(near['phrases cut before their last word']),
        'phrase words separated by long gaps': half(near['phrase words separated by long gaps']),
        'phrase words glued by spaces runs': half(near['phrase words glued by spaces runs']),
      };
      expect(pack.signals.size).toBeGreaterThan(5);
      const slow: string[] = [];
      for (const [id, sig] of pack.signals) {
        for (const [label, raw] of Object.entries(inputs)) {
          const text = lowerSameLength(raw);
          // Warm the matcher's own code (word index, candidate loop) on a real
          // size first, or the first large call pays for V8's compilation.
          matchSignal(sig, text.slice(0, text.length / 4));
          const bad = superLinear(bestMs(() => matchSignal(sig, text)), LIMIT_MS / 2, () => cpuMs(() => matchSignal(sig, text.repeat(4))), `${lang}.${id} on ${label}`);
          if (bad) slow.push(`${lang}.${id} on ${label}: ${bad}`);
        }
      }
      expect(slow).toEqual([]);
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
  // Linear work on 200 KB takes well under a second of CPU; anything quadratic
  // takes tens of seconds, so a generous bound cannot mislead.
  const LIMIT = 2500;
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
    it(`${label}: isolation, language detection, scoring and redaction each take under ${LIMIT} ms of CPU`, () => {
      const slow = Object.entries(calls(body)).flatMap(([f, call]) => {
        const ms = time(call);
        return ms >= LIMIT ? [`${f}: ${ms.toFixed(0)} ms`] : [];
      });
      expect(slow).toEqual([]);
    });
  }
});
