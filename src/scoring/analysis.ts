import { CUSTOMER_SIGNALS, type CompiledPack } from './compile.js';
import { addressWords, lowerSameLength, matchSignal, NO_CANDIDATES, wordsOf, type AddressWord, type Candidates } from './pattern.js';
import { segment, type Clause, type Doc, type Sentence, type Span } from './segment.js';

export interface Hit extends Span {
  signal: string;
  sentence: number;
  clause: number;
}


/** Signals that name a time; a `time_exception` hit around one cancels it. */
const TIME_SIGNALS: ReadonlySet<string> = new Set(['deadline', 'time_frame', 'future_time', 'future', 'duration', 'vague_time']);

/**
 * One text (the reply, or the customer's message) read with one language
 * pack: its segments and, on demand, the hits of each signal. Signals are
 * matched once over the whole text with the pack's compiled regexes.
 */
export class Analysis {
  readonly doc: Doc;
  /** the text lower-cased at the same length: the patterns match this */
  private readonly lower: string;
  /** candidate words per signal, from the pack's word index */
  private readonly cands: Map<string, Candidates>;
  /** the signals the index covers (null: all) */
  private readonly covered: ReadonlySet<string> | null;
  private readonly cache = new Map<string, Hit[]>();
  /** the words of the pack's capitalised_address in the text */
  private readonly address: AddressWord[];
  /** when the reply was sent, if known */
  readonly sentAt: Date | null;

  constructor(
    readonly text: string,
    readonly pack: CompiledPack,
    opts: { segmentFrame?: boolean; customer?: boolean; sentAt?: string | null } = {},
  ) {
    const sent = opts.sentAt ? Date.parse(opts.sentAt) : NaN;
    this.sentAt = Number.isNaN(sent) ? null : new Date(sent);
    this.lower = pack.respell(lowerSameLength(text));
    this.address = addressWords(text, pack.capitalisedAddress.words);
    // The customer's message is read for a few signals only: index just those.
    this.covered = opts.customer ? new Set(CUSTOMER_SIGNALS) : null;
    this.cands = (opts.customer ? pack.customerIndex : pack.index).candidates(wordsOf(this.lower));
    const frame = opts.segmentFrame ?? true;
    // A greeting or closing starts the line and is most of it: "Kind regards,
    // Daniel" is a closing, "Thanks for flagging this." is a sentence.
    const lineStarts = (signal: string) => {
      const hits = frame ? this.raw(signal) : [];
      return (line: string, start: number) => {
        const h = hits.find((x) => x[0] >= start && x[0] <= start + 1);
        if (!h) return false;
        const rest = line.slice(h[1] - start).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
        return rest <= 3;
      };
    };
    this.doc = segment(text, {
      isGreeting: lineStarts('greeting'),
      isSignoff: lineStarts('signoff'),
      clauseBreaks: this.raw('clause_break').map((h) => h[0]),
      abbreviations: pack.abbreviations,
      tagQuestions: pack.tagQuestions,
      months: pack.months,
    });
  }

  /** All matches of a signal anywhere in the text, as [start, end). */
  private raw(signal: string): [number, number][] {
    const sig = this.pack.signals.get(signal);
    if (!sig) return [];
    // A signal the index leaves out is indexed on its own (slower, same matches).
    const hits = this.covered && !this.covered.has(signal) ? matchSignal(sig, this.lower) : matchSignal(sig, this.lower, this.cands.get(signal) ?? NO_CANDIDATES);
    return this.address.length && this.pack.capitalisedAddress.signals.has(signal) ? hits.filter((h) => !this.addressesOther(h)) : hits;
  }

  /**
   * Whether a match opens with an address word written in lower case where a
   * capital would mark the reader, as its first or second word ("sobald sie
   * da sind", "haben sie …"): the match speaks of someone else, not of the
   * customer. Further in, the word is an object ("sobald ich sie erhalte").
   */
  private addressesOther([start, end]: [number, number]): boolean {
    const w = this.address.find((a) => a.start >= start && a.end <= end);
    if (!w?.other) return false;
    return (this.text.slice(start, w.start).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 1;
  }

  /** Matches of a signal inside the body (not in greeting or sign-off), with their sentence and clause. */
  hits(signal: string): Hit[] {
    const cached = this.cache.get(signal);
    if (cached) return cached;
    const { body } = this.doc;
    const out: Hit[] = [];
    // A time word inside a phrase that names no time to come ("esta mañana",
    // "heute Morgen": this morning, mostly when something was done, and not
    // tomorrow) is no time, as "this morning" is none in English.
    const exceptions = TIME_SIGNALS.has(signal) ? this.raw('time_exception') : [];
    for (const [start, end] of this.raw(signal)) {
      if (start < body.start || end > body.end) continue;
      if (exceptions.some(([s, e]) => s <= start && end <= e)) continue;
      const sentence = this.sentenceAt(start);
      if (!sentence) continue;
      out.push({ start, end, signal, sentence: sentence.index, clause: this.clauseAt(start)?.index ?? sentence.firstClause });
    }
    this.cache.set(signal, out);
    return out;
  }

  /**
   * Matches of a signal inside the sign-off ("Sorry again,\nClaire"), which
   * `hits` leaves out. The sign-off is no sentence of the body: their sentence
   * and clause are -1.
   */
  inSignoff(signal: string): Hit[] {
    const so = this.doc.signoff;
    if (!so) return [];
    return this.raw(signal)
      .filter(([start, end]) => start >= so.start && end <= so.end)
      .map(([start, end]) => ({ start, end, signal, sentence: -1, clause: -1 }));
  }

  has(signal: string): boolean {
    return this.hits(signal).length > 0;
  }

  sentenceAt(pos: number): Sentence | undefined {
    const ss = this.doc.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < ss[mid].start) hi = mid - 1;
      else if (pos >= ss[mid].end) lo = mid + 1;
      else return ss[mid];
    }
    return undefined;
  }

  clauseAt(pos: number): Clause | undefined {
    const cs = this.doc.clauses;
    let lo = 0;
    let hi = cs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < cs[mid].start) hi = mid - 1;
      else if (pos >= cs[mid].end) lo = mid + 1;
      else return cs[mid];
    }
    return undefined;
  }

  private readonly bySentence = new Map<string, Map<number, Hit[]>>();
  private readonly byClause = new Map<string, Map<number, Hit[]>>();

  private grouped(cache: Map<string, Map<number, Hit[]>>, signal: string, key: (h: Hit) => number): ReadonlyMap<number, Hit[]> {
    let m = cache.get(signal);
    if (!m) {
      const hits = this.hits(signal);
      // Most signals have no hit in a reply: one shared empty map answers them all.
      if (!hits.length) return NO_GROUPS;
      m = new Map();
      for (const h of hits) {
        const k = key(h);
        const list = m.get(k);
        if (list) list.push(h);
        else m.set(k, [h]);
      }
      cache.set(signal, m);
    }
    return m;
  }

  /** Hits of a signal in one sentence. */
  inSentence(signal: string, sentence: number): Hit[] {
    return this.grouped(this.bySentence, signal, bySentenceKey).get(sentence) ?? NO_HITS;
  }

  inClause(signal: string, clause: number): Hit[] {
    return this.grouped(this.byClause, signal, byClauseKey).get(clause) ?? NO_HITS;
  }

  /** Number of words between two offsets. */
  wordsBetween(a: number, b: number): number {
    if (b <= a) return 0;
    return (this.text.slice(a, b).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
  }

  /**
   * The negation cues of a sentence that negate something: a cue inside a
   * `negation_exception` ("nicht nur", "kein Problem", "pas de souci", "nicht
   * mehr als") negates nothing around it.
   */
  private cues(signal: 'negation' | 'negation_after', sentence: number): Hit[] {
    const exceptions = this.inSentence('negation_exception', sentence);
    const hs = this.inSentence(signal, sentence);
    return exceptions.length ? hs.filter((h) => !exceptions.some((x) => overlaps(x, h))) : hs;
  }

  /**
   * A frame opener ("ne", "n'") is a negation only with its closer ("pas",
   * "plus", "jamais", "rien", "aucun") later in the same clause: "nous ne
   * pouvons que vous rembourser" (only) negates nothing.
   */
  private openerWithoutCloser(neg: Hit, clauseEnd: number): boolean {
    const frame = this.inSentence('negation_frame', neg.sentence);
    if (!frame.some((f) => overlaps(f, neg))) return false;
    return !this.cues('negation_after', neg.sentence).some((c) => c.start >= neg.end && c.end <= clauseEnd && this.wordsBetween(neg.end, c.start) <= 6);
  }

  /**
   * A frame opener whose closer is in the hit is the hit's own negation, not
   * one of it: French "je n'ai pas reçu" reports a parcel not received, and
   * "pas reçu" is the trouble, not its denial.
   */
  private closedInside(neg: Hit, hit: Span): boolean {
    if (!this.inSentence('negation_frame', neg.sentence).some((f) => overlaps(f, neg))) return false;
    const closer = this.cues('negation_after', neg.sentence).find((c) => c.start >= neg.end);
    return closer !== undefined && closer.start >= hit.start && closer.start < hit.end;
  }

  /**
   * Is a hit negated: a negation cue ("not", "non", "nu", "no need to") earlier
   * in the same clause, at most `window` words before it, with no "and"/"but"
   * between them.
   */
  negated(hit: Span, window = 5): boolean {
    const clause = this.clauseAt(hit.start);
    const sentence = this.sentenceAt(hit.start);
    if (!sentence) return false;
    const from = clause ? clause.start : sentence.start;
    const to = clause ? clause.end : sentence.end;
    const negs = this.cues('negation', sentence.index).filter(
      (n) => n.start >= from && n.end <= hit.start && !this.openerWithoutCloser(n, to) && !this.closedInside(n, hit),
    );
    if (!negs.length) return false;
    const neg = negs[negs.length - 1];
    if (this.wordsBetween(neg.end, hit.start) > window) return false;
    return !this.inSentence('scope_break', sentence.index).some((b) => b.start >= neg.end && b.end <= hit.start);
  }

  /**
   * Is a first-person act, promise or apology negated by a cue that follows
   * it: German verb-second/verb-final "ich erstatte Ihnen das nicht", "wir
   * werden das Paket nicht mehr zustellen", "ich entschuldige mich nicht";
   * French "je ne vous rembourserai pas". The pack lists these post-verbal
   * cues (`negation_after`). The cue must come within `window` words, in the
   * same clause, before any comma, "and"/"that" (`scope_break`) or question
   * mark, so "Ich prüfe, warum das Paket nicht ankam" stays an act. Where the
   * pack frames negation (`negation_frame`: French "ne … pas"), a frame opener
   * between the hit and the cue belongs to another verb ("je vérifie pourquoi
   * le colis n'est pas arrivé").
   */
  negatedAfter(hit: Span, window = 6): boolean {
    const sentence = this.sentenceAt(hit.start);
    if (!sentence || sentence.question) return false;
    const clause = this.clauseAt(hit.start);
    const to = clause ? clause.end : sentence.end;
    const cue = this.cues('negation_after', sentence.index).find((c) => c.start >= hit.end && c.end <= to);
    if (!cue || this.wordsBetween(hit.end, cue.start) > window) return false;
    const gap = this.text.slice(hit.end, cue.start);
    if (/[,;:?!()–—]/.test(gap)) return false;
    if (this.inSentence('scope_break', sentence.index).some((b) => b.start >= hit.end && b.end <= cue.start)) return false;
    const frame = this.inSentence('negation_frame', sentence.index);
    if (frame.some((f) => f.start >= hit.end && f.end <= cue.start)) return false;
    return true;
  }

  /** Negated by a cue before it (`negated`) or after it (`negatedAfter`). */
  negatedAround(hit: Span, window = 5): boolean {
    return this.negated(hit, window) || this.negatedAfter(hit);
  }

  /** A signal hit starting within `maxWords` words after `pos` (same sentence). */
  followedBy(signal: string, pos: number, maxWords: number): Hit | undefined {
    const s = this.sentenceAt(pos);
    if (!s) return undefined;
    return this.inSentence(signal, s.index).find((h) => h.start >= pos && this.wordsBetween(pos, h.start) <= maxWords);
  }

  /** A signal hit ending within `maxWords` words before `pos` (same sentence). */
  precededBy(signal: string, pos: number, maxWords: number): Hit | undefined {
    const s = this.sentenceAt(pos);
    if (!s) return undefined;
    const hs = this.inSentence(signal, s.index).filter((h) => h.end <= pos && this.wordsBetween(h.end, pos) <= maxWords);
    return hs[hs.length - 1];
  }

  /**
   * Whether a time hit names a calendar day before the day the reply was sent
   * ("am 5. Juni", "el 6 de junio", "on 3 February 2021" in a mail of 9
   * June): when something happened, not when it will. Needs the send date
   * and a day with a month name of the pack; anything else is not past.
   */
  pastDate(hit: Span): boolean {
    if (!this.sentAt) return false;
    // The year may follow the matched words: "del 3 de febrero de 2021".
    const year = /^[\s,]*(?:\p{L}{1,3}\s+)?((?:19|20)\d\d)(?!\d)/u.exec(this.text.slice(hit.end, hit.end + 12))?.[1] ?? '';
    const named = calendarDay(`${this.text.slice(hit.start, hit.end)} ${year}`, this.pack.monthNumbers, this.sentAt);
    if (!named) return false;
    const sent = Date.UTC(this.sentAt.getUTCFullYear(), this.sentAt.getUTCMonth(), this.sentAt.getUTCDate());
    // Without its year, recent days only: a day months back ("on 1 March" in
    // June) is as likely next year's, and a mail's date may be wrong.
    return named.day < sent && (named.withYear || sent - named.day <= PAST_WINDOW_DAYS * DAY_MS);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  get sentences(): Sentence[] {
    return this.doc.sentences;
  }
}

const NO_GROUPS: ReadonlyMap<number, Hit[]> = new Map();
/**
 * What inSentence and inClause answer where a signal has no hit: most of the
 * queries a reply's judging makes. One frozen array rather than a new one each
 * time (callers read it; a push would throw).
 */
const NO_HITS = Object.freeze([]) as unknown as Hit[];
const bySentenceKey = (h: Hit) => h.sentence;
const byClauseKey = (h: Hit) => h.clause;

/** Remove hits that overlap an earlier kept hit (keep the first, longest at a start). */
export function dedupe(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const DAY_MS = 86_400_000;
/** How far back a day may lie and still be read as past ("am 5. Juni" in a mail of 9 June). */
const PAST_WINDOW_DAYS = 45;

/**
 * The calendar day (UTC ms) a time phrase names with a day number and a month
 * name ("5. Juni", "el 6 de junio", "March 3rd", "3 February 2021"), or null.
 * Without a year it is the one nearest the send date, so "28 December" in a
 * mail of 2 January is last year's.
 */
export function calendarDay(phrase: string, months: ReadonlyMap<string, number>, sentAt: Date): { day: number; withYear: boolean } | null {
  if (!months.size) return null;
  const lower = phrase.toLowerCase();
  let month = -1;
  for (const w of lower.match(/\p{L}+/gu) ?? []) {
    const m = months.get(w);
    if (m !== undefined) {
      month = m;
      break;
    }
  }
  if (month < 0) return null;
  const dayMatch = /(?<![\d.,:])(\d{1,2})(?![\d,:]|\.\d)/.exec(lower);
  if (!dayMatch) return null;
  const day = Number(dayMatch[1]);
  if (day < 1 || day > 31) return null;
  const year = /(?<!\d)(19|20)\d\d(?!\d)/.exec(lower);
  if (year) return { day: Date.UTC(Number(year[0]), month, day), withYear: true };
  const y = sentAt.getUTCFullYear();
  const sent = Date.UTC(y, sentAt.getUTCMonth(), sentAt.getUTCDate());
  let best = Date.UTC(y, month, day);
  for (const cand of [Date.UTC(y - 1, month, day), Date.UTC(y + 1, month, day)]) if (Math.abs(cand - sent) < Math.abs(best - sent)) best = cand;
  return Math.abs(best - sent) > 200 * DAY_MS ? null : { day: best, withYear: false };
}
