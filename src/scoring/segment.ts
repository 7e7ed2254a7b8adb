// The shape of a reply: greeting line, body, sign-off; the body's paragraphs,
// sentences and clauses, all as offsets into the original text.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  question: boolean;
  /** first clause index of this sentence in Doc.clauses */
  firstClause: number;
  lastClause: number;
}

export interface Clause extends Span {
  sentence: number;
  /** position in Doc.clauses */
  index: number;
}

export interface Doc {
  text: string;
  /** the agent's own words between greeting and sign-off */
  body: Span;
  greeting: Span | null;
  signoff: Span | null;
  sentences: Sentence[];
  clauses: Clause[];
  paragraphs: number;
}

export interface SegmentHooks {
  /** is this line a greeting (Hi, Dear, Buongiorno…)? `start` is its offset in the text */
  isGreeting(line: string, start: number): boolean;
  /** is this line a closing (Kind regards, Cordiali saluti…)? */
  isSignoff(line: string, start: number): boolean;
  /** offsets where a contrastive conjunction (but, ma, dar…) starts */
  clauseBreaks: number[];
  abbreviations: Set<string>;
  /** tag questions that ask on their own after a comma ("…, ok?"), lower-cased */
  tagQuestions?: ReadonlySet<string>;
  /** month names, lower-cased (a day written "9." before one is no sentence end) */
  months?: ReadonlySet<string>;
}

interface Line extends Span {
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
// A signature line: a first name, a team name ("Miguel – Cowork Alfama"), a
// firm with its town ("Fensterbau Reuter, Bremen"), or a tag such as "^HSB" or "-JB".
const NAME_LINE = /^\s*(?:[\^~*\-–—]\s*[\p{L}]{1,12}|[\p{Lu}][\p{L}\p{M}.'’\-–— &,]{0,40}(?<!,))\s*$/u;

/** The first line of a signature block: a name, a team or an organisation, quotes allowed. */
const SIGNATURE_NAME = /^\s*[\p{Lu}][\p{L}\p{M}.'’\-–— &,„“”"«»()]{0,60}\s*$/u;

const TRAILING_TAGS = /(?:\s+(?:\^\s?\p{L}{1,15}|[-–—]\s?\p{Lu}\p{L}{0,14}|https?:\/\/\S+|\(\d\/\d\)|[=:;]-?[)D(P]|\p{Extended_Pictographic}))+\s*$/u;

function findGreeting(lines: Line[], hooks: SegmentHooks): Line | null {
  const first = lines.find((l) => l.text.trim());
  if (!first) return null;
  const t = first.text.trim();
  if (t.length > 80 || !hooks.isGreeting(t, first.start + first.text.indexOf(t))) return null;
  // "Hi Sarah," on its own line, or a short salutation line.
  if (/[,:!]$/.test(t) || words(t) <= 5) return first;
  return null;
}

function findSignoff(lines: Line[], hooks: SegmentHooks, bodyStart: number): Line | null {
  const idx: number[] = [];
  for (let i = lines.length - 1; i >= 0 && idx.length < 6; i--) if (lines[i].text.trim()) idx.push(i);
  if (!idx.length) return null;
  const short = (l: Line, max = 60) => l.text.trim().length <= max;
  // Up to two trailing name lines ("Daniel", "Lumora Home support").
  let k = 0;
  const signoffAt = (l: Line) => hooks.isSignoff(l.text.trim(), l.start + l.text.indexOf(l.text.trim()));
  // A team signing under the closing may be longer ("Le Service Clients Eaux du Val").
  const nameAt = (i: number) => {
    const line = lines[idx[i]];
    if (!NAME_LINE.test(line.text) || signoffAt(line)) return false;
    const n = words(line.text);
    return n <= 4 || (n <= 7 && idx[i + 1] !== undefined && short(lines[idx[i + 1]]) && signoffAt(lines[idx[i + 1]]));
  };
  while (k < idx.length && k < 2 && nameAt(k)) k++;
  // The closing line itself: "Kind regards," "Cordiali saluti" "Thanks,".
  for (let j = k; j < Math.min(idx.length, k + 2); j++) {
    const line = lines[idx[j]];
    if (line.start < bodyStart) break;
    const t = line.text.trim();
    if (short(line) && signoffAt(line)) return line;
    if (j === k && k > 0 && short(line, 40) && /,$/.test(t)) return line;
    if (!/[,]$/.test(t)) break;
  }
  // A closing over a signature block of up to three lines, right under it:
  // the sender's or organisation's name, then its address or phone
  // ("Cu respect,\nClubul de Şah „Nebunul Alb"\nChişinău, str. Alexei Mateevici 60").
  for (let n = 1; n <= 3 && n < idx.length; n++) {
    const top = lines[idx[n - 1]];
    const block = idx.slice(0, n).map((i) => lines[i]);
    if (!block.every((l) => short(l) && words(l.text) <= 8 && !/[.!?:;]\s*$/.test(l.text.trim()) && !signoffAt(l))) break;
    if (!SIGNATURE_NAME.test(top.text)) continue;
    const closing = lines[idx[n]];
    if (idx[n - 1] === idx[n] + 1 && closing.start >= bodyStart && short(closing) && signoffAt(closing)) return closing;
  }
  if (k > 0) {
    const name = lines[idx[k - 1]];
    const prev = idx[k] !== undefined ? lines[idx[k]] : null;
    // A bare tag or name after a finished sentence ("…get back to you.\n^HSB"),
    // or a team's name in a paragraph of its own ("…pentru o nouă programare.\n\nAtelierul de Mobilă Restaurată").
    const ownParagraph = idx[k - 1] - idx[k] > 1;
    if (name.start >= bodyStart && prev && /[.!?)]\s*$/.test(prev.text) && (words(name.text) <= 2 || ownParagraph)) return name;
  }
  return null;
}

function isLower(c: string | undefined): boolean {
  return !!c && c !== c.toUpperCase() && c === c.toLowerCase();
}

const NO_MONTHS: ReadonlySet<string> = new Set();

/** Sentence end offsets within [start, end). */
function sentenceBreaks(text: string, start: number, end: number, abbreviations: Set<string>, months: ReadonlySet<string>): number[] {
  const out: number[] = [];
  // An emoji before the next word ends a sentence as a full stop does, in
  // replies written like chat messages ("super annoying 😩 tbh you…").
  // A stop typed without the space after it ("Sorry for the delay.I have
  // refunded…") still ends a sentence before a capitalised word that is not
  // part of an address ("john.Smith@…") or a name with a dot in it.
  const re = /[.!?…]+["'”’»)\]]*(?=\s|$)|(?<=\p{Ll}{2})[.!?…]+(?=\p{Lu}\p{Ll}*(?:[\s,;:!?]|$))|\n(?=[ \t]*(?:[-•*–]\s|\d{1,2}[.)]\s))|(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}[\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\p{Extended_Pictographic}]*(?=[ \t]+\p{L})/gu;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith('\n')) {
      out.push(m.index);
      continue;
    }
    let j = stop;
    while (j < end && /\s/.test(text[j])) j++;
    const next = text[j];
    // "Example.Com": a domain, not a stop typed without its space.
    if (j === stop && TLD.test(text.slice(j, j + 8))) continue;
    if (m[0][0] === '.' && m[0].length === 1) {
      const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? '';
      const word = before.toLowerCase();
      if (abbreviations.has(word)) continue;
      // A lower-case word after the stop continues the sentence ("approx.
      // two", "e.g. the"), unless the word before is a whole word: people who
      // write without capitals start sentences in lower case ("I'll post
      // them tomorrow. that ok?", "chego aí até as 19h. fechou?").
      if (isLower(next) && (word.includes('.') || !/^(?:\p{L}{3,}|\d+\p{L}{0,2})$/u.test(word))) continue;
      // "J. Martin": an initial; "à 10 h. Cette date…": a unit after a number ends the sentence.
      if (/^\p{L}$/u.test(before) && !/\d\s$/.test(text.slice(Math.max(start, m.index - 3), m.index - 1))) continue;
      // "no. 5", "art. 12", "1.120": a number follows
      if (/\d/.test(next ?? '')) continue;
      // "am 9. Jänner", "bis zum 1. Dezember": a day written as an ordinal, before a month of the pack.
      if (/(?:^|\s)\d{1,2}$/.test(before) && months.has(/^\p{L}+/u.exec(text.slice(j, j + 20))?.[0].toLowerCase() ?? '')) continue;
    }
    out.push(stop);
  }
  return out;
}

const TLD = /^(?:com|net|org|info|io|co|uk|eu|de|it|ro|es|fr|pt|at|ch|be)\b/i;

const NO_TAGS: ReadonlySet<string> = new Set();

/** Is this tail ("ok?", "¿vale?", "blz?!") one of the pack's tag questions? */
function isTagQuestion(tail: string, tags: ReadonlySet<string>): boolean {
  if (!tags.size) return false;
  const words = tail.replace(/^[¿\s]+|[?!.\s"'”’»)\]]+$/gu, '').toLowerCase().replace(/’/g, "'");
  return tags.has(words.replace(/\s+/g, ' '));
}

/**
 * "Ich habe Ihre Klasse umgebucht; geht das für Sie in Ordnung?": a
 * statement and a question joined by a semicolon are two sentences, so the
 * question mark does not turn the statement into a question.
 */
function splitAskingTails(text: string, start: number, ends: number[], tags: ReadonlySet<string>): number[] {
  const out: number[] = [];
  let s = start;
  for (const e of ends) {
    const t = text.slice(s, e);
    const semi = t.lastIndexOf('; ');
    const asks = /\?["'”’»)\]\s]*$/u.test(t);
    if (semi > 0 && asks && /[\p{L}]/u.test(t.slice(0, semi))) out.push(s + semi + 1);
    else if (asks) {
      // "te chamo até às 15h, blz?", "I'll post it today, ok?": a tag
      // question after a comma asks on its own; the statement stays one.
      const comma = t.lastIndexOf(', ');
      if (comma > 0 && isTagQuestion(t.slice(comma + 2), tags) && /[\p{L}]/u.test(t.slice(0, comma))) out.push(s + comma + 1);
    }
    out.push(e);
    s = e;
  }
  return out;
}

export function segment(text: string, hooks: SegmentHooks): Doc {
  const lines = linesOf(text);
  const greeting = findGreeting(lines, hooks);
  const bodyStart = greeting ? greeting.end : 0;
  const signoff = findSignoff(lines, hooks, bodyStart);
  let bodyEnd = signoff ? signoff.start : text.length;
  // A tag or link after the last sentence on the same line ("…phone #? -JB",
  // "…help ^HSB", "(2/2)", a URL): not part of what the agent says.
  const tail = TRAILING_TAGS.exec(text.slice(0, bodyEnd));
  if (tail && tail.index > bodyStart) bodyEnd = tail.index;
  const body = { start: bodyStart, end: Math.max(bodyStart, bodyEnd) };

  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  let paragraph = 0;
  const paraRe = /\n[ \t]*\n+/g;
  const paras: Span[] = [];
  let p = body.start;
  paraRe.lastIndex = body.start;
  let pm: RegExpExecArray | null;
  const bodyText = text.slice(0, body.end);
  while ((pm = paraRe.exec(bodyText))) {
    paras.push({ start: p, end: pm.index });
    p = pm.index + pm[0].length;
  }
  paras.push({ start: p, end: body.end });

  const breaks = [...hooks.clauseBreaks].sort((a, b) => a - b);
  for (const para of paras) {
    if (!text.slice(para.start, para.end).trim()) continue;
    let s = para.start;
    const ends = splitAskingTails(text, para.start, [...sentenceBreaks(text, para.start, para.end, hooks.abbreviations, hooks.months ?? NO_MONTHS), para.end], hooks.tagQuestions ?? NO_TAGS);
    for (const e of ends) {
      let a = s;
      let b = e;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      s = e;
      if (a >= b || !/[\p{L}\p{N}]/u.test(text.slice(a, b))) continue;
      const t = text.slice(a, b);
      const sentence: Sentence = {
        start: a,
        end: b,
        index: sentences.length,
        paragraph,
        question: /\?["'”’»)\]\s\p{Extended_Pictographic}]*$/u.test(t) || t.startsWith('¿'),
        firstClause: clauses.length,
        lastClause: clauses.length,
      };
      // Clauses: punctuation inside the sentence and contrastive conjunctions.
      // (Cuts in an array, sorted once: most sentences have none or a few.)
      const cuts: number[] = [];
      const punct = /[,;:()\u2013\u2014]|\s-\s/g;
      let cm: RegExpExecArray | null;
      while ((cm = punct.exec(t))) {
        // not inside numbers (1,5 / 9:47)
        if (/\d/.test(t[cm.index - 1] ?? '') && /\d/.test(t[cm.index + 1] ?? '')) continue;
        cuts.push(a + cm.index);
      }
      const punctCuts = cuts.length;
      for (const br of breaks) if (br > a && br < b) cuts.push(br);
      if (cuts.length > punctCuts) cuts.sort((x, y) => x - y);
      cuts.push(b);
      let c0 = a;
      for (const cut of cuts) {
        if (cut > c0) clauses.push({ start: c0, end: cut, sentence: sentence.index, index: clauses.length });
        c0 = cut;
      }
      sentence.lastClause = clauses.length - 1;
      if (sentence.lastClause < sentence.firstClause) {
        clauses.push({ start: a, end: b, sentence: sentence.index, index: clauses.length });
        sentence.lastClause = clauses.length - 1;
      }
      sentences.push(sentence);
    }
    paragraph++;
  }
  return { text, body, greeting, signoff, sentences, clauses, paragraphs: paragraph };
}
