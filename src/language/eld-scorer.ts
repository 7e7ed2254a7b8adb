// Our own scorer for Nito-ELD's n-gram data (eld is Apache-2.0, see NOTICE).
//
// eld's detect() builds a string per word, an object keyed by n-gram, walks each
// n-gram's score object with for-in and wraps the result in closures, which makes
// it one of the costliest steps per message. This scorer gives exactly the same
// answers from the same data: the n-gram table is turned at load time into typed
// arrays (an open-addressing hash of packed n-gram keys, and packed (language,
// score) pairs per n-gram), and a detection works in preallocated buffers:
//
//   1. normalise (eld: first 1000 UTF-16 units; every run of characters outside
//      eld's letter class becomes one space, except that a run keeps its trailing
//      apostrophes ' ` ’; trim; lower-case),
//   2. encode to UTF-8 bytes word by word, each byte written as the character eld's
//      byte dictionary gives it (several bytes share a character, so n-grams are
//      compared on those characters, not on raw bytes), cut after ~350-380 bytes,
//   3. take each word's n-grams (4 bytes, stride 3, a space before the first and
//      after the last; the last one runs to the end of the word even past byte 70),
//      count the distinct ones and add each known one's scores once,
//   4. scale and rank as eld's LanguageResult does, including its isReliable()
//      rule (which compares the best score with the *language id* of the runner-up).
//
// Only the languages of the subset are scored. tests/unit/language-scorer.test.ts
// checks language, scores and reliability against eld itself.

/** eld's n-gram database as loaded by its loadData(): languages by id, n-gram -> {id: score}. */
export interface EldData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/** The parts of eld that define its behaviour, taken from the installed package. */
export interface EldInternals {
  /** eld's separator regex: a run of non-letters not ending in an apostrophe. */
  separators: RegExp;
  /** eld's byte -> character dictionary (256 one-character strings). */
  dictionary: readonly string[];
  /** Average score of a correct detection, per language (isReliable()). */
  avgScore: Readonly<Record<string, number>>;
}

const eldEntry = import.meta.resolve('eld');
const eldFile = async (name: string) => (await import(new URL(`../${name}`, eldEntry).href)) as Record<string, unknown>;

/** Loads the behaviour-defining tables from the installed eld (reached by file, as its exports do not list them). */
export async function loadEldInternals(): Promise<EldInternals> {
  const [regex, dict, avg] = await Promise.all([eldFile('regexPatterns.js'), eldFile('dictionary.js'), eldFile('avgScore.js')]);
  return {
    separators: regex.separators as RegExp,
    dictionary: dict.dictionary as string[],
    avgScore: avg.avgScore as Record<string, number>,
  };
}

/** eld's own result and detector, as far as this project uses them. */
export interface EldResult { language: string; getScores(): Record<string, number>; isReliable(): boolean }
export interface EldDetector { detect(text: string): EldResult; setLanguageSubset(langs: string[]): unknown }

/**
 * eld's own detector on `data` with the same language subset: the reference the
 * scorer is tested against. createEld/loadData is eld's loader hook, which its
 * package exports do not list, so it is reached by file next to the package entry.
 */
export async function eldDetectorFor(data: EldData, subset: readonly string[]): Promise<EldDetector> {
  const { createEld } = (await eldFile('languageDetector.js')) as {
    createEld(): { instance: EldDetector; loadData(data: EldData): string };
  };
  const { instance, loadData } = createEld();
  if (!loadData(data)) throw new Error('eld did not load the language data');
  instance.setLanguageSubset([...subset]);
  return instance;
}

// eld reads this many UTF-16 units of its input.
const INPUT_UNITS = 1000;
// eld stops at the first space once more than this many bytes are read...
const CUT_AT_SPACE = 350;
// ...and after any character once more than this many are.
const CUT_ANYWHERE = 380;
// Every normalised unit costs at least one byte, so the encoder never reads more
// than CUT_ANYWHERE + 1 units; normalising stops a little after that.
const NORMALISED_UNITS = 400;
// n-gram bytes a word contributes before its last n-gram (eld's 70-byte word cap).
const WORD_BYTES = 70;
// Packed keys hold up to 6 characters; longer n-grams (the last one of a word of
// more than 70 bytes) never match the data and are only counted.
const PACKED_CHARS = 6;
/** eld subtracts this from every stored score to shrink its files; it is added back per n-gram. */
const BASE_SCORE = 53;
/** LanguageResult's scale: a language's mean n-gram score s becomes s / (s + 25). */
const SCALE = 25;
const SPACE = 0x20;

// Unit kinds (unitKinds()): anything else is 0.
const LETTER = 1;
const APOSTROPHE = 2;
const LOWER_UNKNOWN = 0;
/** The character's lower case is not one context-free UTF-16 unit (İ, Σ): take the slow path. */
const LOWER_SPECIAL = 0xffff;

const SEPARATORS_TAIL = String.raw`]+(?<![\x27\x60\u2019])`;

/** Per BMP unit: eld's letter class (from its separator regex), or one of eld's apostrophes. */
function unitKinds(separators: RegExp): Uint8Array {
  const src = separators.source;
  if (!src.startsWith('[^') || !src.endsWith(SEPARATORS_TAIL) || separators.flags !== 'gu') {
    throw new Error(`eld's separator pattern is not the one this scorer was written for: /${src.slice(0, 40)}.../${separators.flags}`);
  }
  const body = src.slice(2, src.length - SEPARATORS_TAIL.length);
  const kinds = new Uint8Array(0x10000);
  let i = 0;
  while (i < body.length) {
    const from = body.charCodeAt(i);
    let to = from;
    // The class holds letters only (as characters, not escapes), so a '-' is always a range.
    if (body.charCodeAt(i + 1) === 0x2d) {
      to = body.charCodeAt(i + 2);
      i += 3;
    } else {
      i += 1;
    }
    if (from === 0x5c || to === 0x5c || !(from <= to)) throw new Error(`unexpected item in eld's letter class near ${i}`);
    kinds.fill(LETTER, from, to + 1);
  }
  for (const apostrophe of [0x27, 0x60, 0x2019]) {
    if (kinds[apostrophe] === LETTER) throw new Error('an apostrophe is in eld\'s letter class');
    kinds[apostrophe] = APOSTROPHE;
  }
  return kinds;
}

/** Packs up to 6 characters (codes < 256) into two int32s; the length goes in too. */
function packLo(c0: number, c1: number, c2: number, c3: number): number {
  return c0 | (c1 << 8) | (c2 << 16) | (c3 << 24);
}
function packHi(c4: number, c5: number, length: number): number {
  return c4 | (c5 << 8) | (length << 16);
}
function hash(lo: number, hi: number): number {
  let h = Math.imul(lo ^ (lo >>> 15), 0x2c1b3c6d) ^ Math.imul(hi, 0x9e3779b1);
  h ^= h >>> 13;
  h = Math.imul(h, 0x297a2d39);
  return h ^ (h >>> 16);
}

export class EldScorer {
  /** Codes of the scored languages, in eld id order (ties go to the lower id, as in eld). */
  readonly languages: readonly string[];
  private readonly ids: Int32Array;
  private readonly avg: Float64Array;
  private readonly kinds: Uint8Array;
  private readonly lower = new Uint16Array(0x10000);
  private readonly byteChar = new Uint8Array(256);
  private readonly separators: RegExp;

  // The n-gram table: open addressing on packed keys, 4 ints per slot (one cache
  // line or less): key lo, key hi (never 0: it holds the length), and the n-gram's
  // pairs pairLang/pairScore[from .. to). Scores include BASE_SCORE.
  private readonly mask: number;
  private readonly table: Int32Array;
  private readonly pairLang: Uint8Array;
  private readonly pairScore: Uint16Array;

  // Work buffers, reused by every call.
  private readonly input = new Uint16Array(INPUT_UNITS);
  private readonly units = new Uint16Array(INPUT_UNITS + 1);
  private readonly bytes = new Uint8Array(CUT_ANYWHERE + 8);
  private readonly wordStart = new Int32Array(CUT_ANYWHERE + 8);
  private readonly wordEnd = new Int32Array(CUT_ANYWHERE + 8);
  // Distinct n-grams of one call: a small hash set invalidated by bumping the stamp.
  private readonly seenLo = new Int32Array(1024);
  private readonly seenHi = new Int32Array(1024);
  private readonly seenStamp = new Int32Array(1024);
  private stamp = 0;
  private readonly longStart = new Int32Array(8);
  private readonly longEnd = new Int32Array(8);

  // The last detection.
  private readonly raw: Int32Array;
  private ngramCount = 0;
  private bestIndex = -1;

  constructor(data: EldData, subset: readonly string[], eld: EldInternals) {
    this.kinds = unitKinds(eld.separators);
    this.separators = eld.separators;
    if (eld.dictionary.length !== 256) throw new Error('eld byte dictionary is not 256 entries');
    for (let b = 0; b < 256; b++) {
      const c = b < 0x80 ? b : eld.dictionary[b].charCodeAt(0);
      if (eld.dictionary[b].length !== 1 || c > 0xff) throw new Error(`eld byte dictionary entry ${b} is not one Latin-1 character`);
      this.byteChar[b] = c;
    }

    // eld's setLanguageSubset: the requested codes it knows, by id; none known means no subset.
    const idOf = new Map<string, number>();
    for (const [id, code] of Object.entries(data.languages)) if (!idOf.has(code)) idOf.set(code, Number(id));
    let ids = [...new Set(subset.filter((c) => idOf.has(c)).map((c) => idOf.get(c)!))];
    if (ids.length === 0) ids = Object.keys(data.languages).map(Number);
    ids.sort((a, b) => a - b);
    if (ids.length > 255) throw new Error('too many languages');
    this.ids = Int32Array.from(ids);
    this.languages = ids.map((id) => data.languages[id]);
    this.avg = Float64Array.from(this.languages, (code) => eld.avgScore[code] ?? NaN);
    this.raw = new Int32Array(ids.length);
    // eld language id -> index among the scored languages, -1 for a known language left out, -2 for an unknown id.
    const maxId = Math.max(...Object.keys(data.languages).map(Number));
    const indexOfId = new Int16Array(maxId + 1).fill(-2);
    for (const id of Object.keys(data.languages)) indexOfId[Number(id)] = -1;
    ids.forEach((id, i) => (indexOfId[id] = i));

    const grams = Object.keys(data.ngrams);
    const langs: number[] = [];
    const scores: number[] = [];
    let size = 1;
    while (size < grams.length * 2) size <<= 1;
    this.mask = size - 1;
    const table = new Int32Array(size * 4);
    const c = new Int32Array(PACKED_CHARS);
    for (let r = 0; r < grams.length; r++) {
      const gram = grams[r];
      if (gram.length > PACKED_CHARS || gram.length < 1) throw new Error(`n-gram of unexpected length ${gram.length}`);
      c.fill(0);
      for (let k = 0; k < gram.length; k++) {
        c[k] = gram.charCodeAt(k);
        if (c[k] > 0xff) throw new Error('n-gram character outside eld\'s byte dictionary');
      }
      const lo = packLo(c[0], c[1], c[2], c[3]);
      const hi = packHi(c[4], c[5], gram.length);
      let slot = hash(lo, hi) & this.mask;
      while (table[slot * 4 + 1] !== 0) slot = (slot + 1) & this.mask;
      table[slot * 4] = lo;
      table[slot * 4 + 1] = hi;
      table[slot * 4 + 2] = langs.length;
      const gramScores = data.ngrams[gram];
      // Integer keys come in ascending id order, as eld adds them (the sums are of
      // integers, so the order could not change them anyway).
      for (const id in gramScores) {
        const index = indexOfId[Number(id)];
        if (index === undefined || index === -2) throw new Error(`n-gram score for unknown language id ${id}`);
        const score = gramScores[id];
        if (!Number.isInteger(score) || score + BASE_SCORE < 0 || score + BASE_SCORE > 0xffff) throw new Error(`n-gram score ${score} is not a small integer`);
        if (index < 0) continue;
        langs.push(index);
        scores.push(score + BASE_SCORE);
      }
      table[slot * 4 + 3] = langs.length;
    }
    this.table = table;
    this.pairLang = Uint8Array.from(langs);
    this.pairScore = Uint16Array.from(scores);
  }

  /** Scores `text` as eld's detect(text) would; returns the language code, or '' for none. */
  detect(text: string): string {
    const n = Math.min(text.length, INPUT_UNITS);
    const input = this.input;
    for (let i = 0; i < n; i++) input[i] = text.charCodeAt(i);
    return this.detectUnits(input, n);
  }

  /**
   * As detect(), on the first `length` units of `input` (only the first 1000 are
   * read); lets a caller hand over a text it assembled without making a string.
   */
  detectUnits(input: Uint16Array, length: number): string {
    let count = this.normalise(input, Math.min(length, INPUT_UNITS));
    if (count < 0) count = this.normaliseSlowly(input, Math.min(length, INPUT_UNITS));
    const words = this.encode(count);
    this.score(words);
    return this.bestIndex < 0 ? '' : this.languages[this.bestIndex];
  }

  /**
   * Step 1 into `units`, without building a string. Returns the unit count, or -1
   * if a letter's lower case needs context or more than one unit.
   */
  private normalise(input: Uint16Array, length: number): number {
    const kinds = this.kinds;
    const lower = this.lower;
    const units = this.units;
    let n = 0;
    let i = 0;
    while (i < length && n < NORMALISED_UNITS) {
      const c = input[i];
      if (kinds[c] === LETTER) {
        let l = lower[c];
        if (l === LOWER_UNKNOWN) l = this.learnLower(c);
        if (l === LOWER_SPECIAL) return -1;
        units[n++] = l;
        i++;
        continue;
      }
      // A run of non-letters: up to its last non-apostrophe it becomes one space
      // (none at the very start: trim), its trailing apostrophes stay.
      let end = i;
      let keepFrom = i;
      while (end < length && kinds[input[end]] !== LETTER) {
        if (kinds[input[end]] !== APOSTROPHE) keepFrom = end + 1;
        end++;
      }
      if (keepFrom > i && n > 0) units[n++] = SPACE;
      for (let k = keepFrom; k < end; k++) units[n++] = input[k];
      i = end;
    }
    return n;
  }

  private learnLower(c: number): number {
    const s = String.fromCharCode(c).toLowerCase();
    // Σ lower-cases to σ or final ς depending on what follows.
    const l = s.length !== 1 || c === 0x3a3 || s.charCodeAt(0) === LOWER_SPECIAL ? LOWER_SPECIAL : s.charCodeAt(0);
    this.lower[c] = l;
    return l;
  }

  /** Step 1 with eld's own string operations, for texts with İ or Σ. */
  private normaliseSlowly(input: Uint16Array, length: number): number {
    let text = String.fromCharCode(...input.subarray(0, length)); // length <= 1000
    text = text.replace(this.separators, ' ').trim().toLowerCase();
    const n = Math.min(text.length, NORMALISED_UNITS);
    for (let i = 0; i < n; i++) this.units[i] = text.charCodeAt(i);
    return n;
  }

  /** Step 2: UTF-8 bytes (as dictionary characters) of each word into `bytes`; returns the word count. */
  private encode(count: number): number {
    const units = this.units;
    const bytes = this.bytes;
    const byteChar = this.byteChar;
    let read = 0;
    let b = 0;
    let words = 0;
    let start = 0;
    for (let i = 0; i < count; i++) {
      let c = units[i];
      if (c < 0x80) {
        if (c === SPACE) {
          if (b > start) {
            this.wordStart[words] = start;
            this.wordEnd[words++] = b;
          }
          start = b;
          if (read > CUT_AT_SPACE) break;
        } else {
          bytes[b++] = c;
        }
        read++;
      } else if (c < 0x800) {
        bytes[b++] = byteChar[0xc0 | (c >> 6)];
        bytes[b++] = byteChar[0x80 | (c & 0x3f)];
        read += 2;
      } else if (c < 0xd800 || c >= 0xe000) {
        bytes[b++] = byteChar[0xe0 | (c >> 12)];
        bytes[b++] = byteChar[0x80 | ((c >> 6) & 0x3f)];
        bytes[b++] = byteChar[0x80 | (c & 0x3f)];
        read += 3;
      } else {
        // Unreachable after normalising (surrogates are not letters), kept for
        // fidelity: eld pairs any surrogate with the next unit (0 past the end).
        i++;
        c = 0x10000 + (((c & 0x3ff) << 10) | ((i < count ? units[i] : 0) & 0x3ff));
        bytes[b++] = byteChar[0xf0 | (c >> 18)];
        bytes[b++] = byteChar[0x80 | ((c >> 12) & 0x3f)];
        bytes[b++] = byteChar[0x80 | ((c >> 6) & 0x3f)];
        bytes[b++] = byteChar[0x80 | (c & 0x3f)];
        read += 4;
      }
      if (read > CUT_ANYWHERE) break;
    }
    if (b > start) {
      this.wordStart[words] = start;
      this.wordEnd[words++] = b;
    }
    return words;
  }

  /** Steps 3 and the raw per-language sums. */
  private score(words: number): void {
    const raw = this.raw;
    raw.fill(0);
    this.ngramCount = 0;
    this.bestIndex = -1;
    if (++this.stamp === 0x7fffffff) {
      this.seenStamp.fill(0);
      this.stamp = 1;
    }
    let longs = 0;
    const bytes = this.bytes;
    for (let w = 0; w < words; w++) {
      const s = this.wordStart[w];
      const e = this.wordEnd[w];
      const len = Math.min(e - s, WORD_BYTES);
      let j = 0;
      for (; j + 4 < len; j += 3) {
        const p = s + j;
        if (j === 0) this.add(packLo(SPACE, bytes[p], bytes[p + 1], bytes[p + 2]), packHi(bytes[p + 3], 0, 5));
        else this.add(packLo(bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]), packHi(0, 0, 4));
      }
      // The last n-gram: the word's last 4 bytes (of its first 70), to the word's real end.
      const p = s + Math.max(0, len - 4);
      if (j === 0) {
        // A word of at most 4 bytes, spaces on both sides.
        const m = e - p;
        this.add(packLo(SPACE, this.shortAt(p, m, 0), this.shortAt(p, m, 1), this.shortAt(p, m, 2)), packHi(this.shortAt(p, m, 3), this.shortAt(p, m, 4), m + 2));
      } else if (e - p === 4) {
        this.add(packLo(bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]), packHi(SPACE, 0, 5));
      } else {
        // Longer than any n-gram in the data: only counted, once per distinct tail.
        let seen = false;
        for (let k = 0; k < longs && !seen; k++) seen = this.sameBytes(this.longStart[k], this.longEnd[k], p, e);
        if (!seen) {
          this.longStart[longs] = p;
          this.longEnd[longs++] = e;
          this.ngramCount++;
        }
      }
    }
    // eld's getMaxLang: the first (lowest id) strictly highest positive sum.
    let best = -1;
    let max = 0;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] > 0 && raw[i] > max) {
        max = raw[i];
        best = i;
      }
    }
    this.bestIndex = best;
  }

  /** Character k (after the leading space) of the n-gram of an m-byte word at p: its bytes, then a space. */
  private shortAt(p: number, m: number, k: number): number {
    return k < m ? this.bytes[p + k] : k === m ? SPACE : 0;
  }

  private sameBytes(s1: number, e1: number, s2: number, e2: number): boolean {
    if (e1 - s1 !== e2 - s2) return false;
    for (let k = 0; k < e1 - s1; k++) if (this.bytes[s1 + k] !== this.bytes[s2 + k]) return false;
    return true;
  }

  /** Counts an n-gram once per call and adds its scores the first time. */
  private add(lo: number, hi: number): void {
    const h = hash(lo, hi);
    let slot = h & 1023;
    while (this.seenStamp[slot] === this.stamp) {
      if (this.seenLo[slot] === lo && this.seenHi[slot] === hi) return;
      slot = (slot + 1) & 1023;
    }
    this.seenStamp[slot] = this.stamp;
    this.seenLo[slot] = lo;
    this.seenHi[slot] = hi;
    this.ngramCount++;
    const table = this.table;
    slot = h & this.mask;
    let at: number;
    let key: number;
    while ((key = table[(at = slot * 4) + 1]) !== 0) {
      if (key === hi && table[at] === lo) {
        const end = table[at + 3];
        for (let k = table[at + 2]; k < end; k++) this.raw[this.pairLang[k]] += this.pairScore[k];
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The last detection's scaled score for a language index (LanguageResult.getScores() value). */
  private scaled(i: number): number {
    const s = this.raw[i] / this.ngramCount;
    return s / (s + SCALE);
  }

  /** The last detection's score for `code` as getScores()[code], or 0 where getScores() has none. */
  scoreOf(code: string): number {
    const i = this.languages.indexOf(code);
    return i >= 0 && this.raw[i] > 0 ? this.scaled(i) : 0;
  }

  /** The last detection's getScores(): scored languages, best first (ties: lower id first). */
  getScores(): Record<string, number> {
    const scores: Record<string, number> = {};
    if (this.bestIndex < 0) return scores;
    const order: number[] = [];
    for (let i = 0; i < this.raw.length; i++) if (this.raw[i] > 0) order.push(i);
    const values = order.map((i) => this.scaled(i));
    const ranked = order.map((_, k) => k).sort((a, b) => values[b] - values[a]);
    for (const k of ranked) scores[this.languages[order[k]]] = values[k];
    return scores;
  }

  /** The last detection's isReliable(thresholdRatio), eld's rule to the letter. */
  isReliable(thresholdRatio = 0.75): boolean {
    if (this.bestIndex < 0 || this.ngramCount < 3) return false;
    // The first and second entries of the ranking getScores() shows.
    let first = -1;
    let second = -1;
    let firstValue = -Infinity;
    let secondValue = -Infinity;
    for (let i = 0; i < this.raw.length; i++) {
      if (this.raw[i] <= 0) continue;
      const v = this.scaled(i);
      if (v > firstValue) {
        second = first;
        secondValue = firstValue;
        first = i;
        firstValue = v;
      } else if (v > secondValue) {
        second = i;
        secondValue = v;
      }
    }
    // eld takes the runner-up's language *id* here, not its score; kept as is.
    const next = second >= 0 ? this.ids[second] : 0;
    return !(this.avg[this.bestIndex] * thresholdRatio > firstValue || 0.01 > Math.abs(firstValue - next));
  }
}
