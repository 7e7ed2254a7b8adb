import { fold } from './fold.js';
import { QUOTE_MARK, SEPARATOR_MARK } from './html-to-text.js';
import type { HeaderField, Patterns } from './language-patterns.js';

// Splits the lines of a reply into what the sender wrote and what they quoted.
// Three shapes of quoting, in every client language:
//  - an attribution line ("On … wrote:", "Il giorno … ha scritto:", "În … a scris:",
//    "Am … schrieb …:") followed by ">" lines: only the ">" block is quoted, text
//    after it is the sender's again (bottom-posting, inline answers);
//  - a header block (Outlook's From:/Sent:/To:/Subject: and translations,
//    "-----Original Message-----", forwarded-message markers, an HTML quote
//    container): everything from there to the end is quoted;
//  - bare ">" lines.

/** Header tests look at no more than this much of a line, so cost stays linear. */
const MAX_HEADER_LINE = 300;
const MAX_ATTRIBUTION = 400;
const FIELD_LABEL = /^[ \t]{0,8}[*_]{0,2}([^:*_]{1,24}?)[*_]{0,2} ?:/;
const GT_LINE = /^[ \t]{0,3}>/;
const GT_ONE = /^[ \t]{0,3}> ?/;
const SEPARATOR_LINE = /^[ \t]{0,8}(?:_{4,}|-{4,}|={4,}|\*{4,}|—{3,}|–{3,})[ \t]*$/;
const EDGE_DASHES = /^[-=_* ]{0,12}|[-=_* ]{0,12}$/g;
const EDGE_DASH_CHARS = '-=_* ';
// Gmail wraps a long address as "<x@y.com\n>:" or "<x@y.com\n> a scris:".
const GT_CONTINUATION = /^[ \t]{0,3}>[^>]{0,40}:[ \t]*$/;
const ISO_DATE_FIRST = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;
const ADDRESS_AT_END = /<[^<>\s@]{1,64}@[^<>\s@]{1,255}>$/;
const ADDRESS_BEFORE_COLON = /@[^\s@<>]{1,255}>? ?:$/;
const YEAR_OR_TIME = /\b(?:19|20)\d\d\b|\b\d{1,2}[:.h]\d\d\b/;

export interface QuoteSplit {
  own: string[];
  /** The quoted message the reply answers, markers and headers removed; null when none. */
  quoted: string[] | null;
}

const head = (line: string) => fold(line.length > MAX_HEADER_LINE ? line.slice(0, MAX_HEADER_LINE) : line);
const isBlank = (line: string) => line.trim() === '';
const isGt = (line: string) => GT_LINE.test(line);
const isSeparator = (line: string) => line.trim() === SEPARATOR_MARK || SEPARATOR_LINE.test(line);

/** The line without the dashes and spaces around it (EDGE_DASHES); most lines have none, and skip the regex. */
function stripEdgeDashes(line: string): string {
  if (line === '' || (!EDGE_DASH_CHARS.includes(line[0]) && !EDGE_DASH_CHARS.includes(line[line.length - 1]))) return line;
  return line.replace(EDGE_DASHES, '');
}

export function headerField(line: string, p: Patterns): HeaderField[] | null {
  const h = head(line);
  if (!h.includes(':')) return null; // most lines, and cheaper than the regex
  const m = FIELD_LABEL.exec(h);
  return m ? p.headerLabels.get(m[1].trim()) ?? null : null;
}

/**
 * An attribution line at `i`, possibly wrapped over up to three lines. Returns the
 * number of lines it spans and whether it carries hard evidence (an address, a
 * year or a time) that makes it safe to treat everything below as quoted.
 */
export function attributionAt(lines: string[], i: number, p: Patterns): { span: number; strong: boolean } | null {
  const first = head(lines[i]);
  if (first === '' || isGt(lines[i])) return null;
  const lead = p.quoteLead.test(stripEdgeDashes(first));
  if (!lead && !first.includes('@') && !YEAR_OR_TIME.test(first)) return null;
  let joined = '';
  for (let span = 1; span <= 3 && i + span - 1 < lines.length; span++) {
    const line = lines[i + span - 1];
    // A ">" line is the quote itself, unless it closes a wrapped address.
    const closesAddress = isGt(line) && GT_CONTINUATION.test(line) && joined.includes('<');
    if (span > 1 && (isBlank(line) || (isGt(line) && !closesAddress))) break;
    joined = span === 1 ? first : `${joined}${closesAddress ? '' : ' '}${head(line).trimStart()}`;
    if (joined.length > MAX_ATTRIBUTION) break;
    const core = stripEdgeDashes(joined);
    const colon = core.endsWith(':');
    const evidence = core.includes('@') || YEAR_OR_TIME.test(core);
    if (colon && p.quoteVerb.test(core) && /\d|@/.test(core)) return { span, strong: evidence };
    // "11:00 AM, November 17, 2021, "John" <john@acme.com>:" (no verb at all)
    if (colon && ADDRESS_BEFORE_COLON.test(core) && YEAR_OR_TIME.test(core)) return { span, strong: true };
    // Old Gmail: "2013/7/20 Sam Saffron <info@discourse.org>" (no verb, no colon)
    if (span === 1 && ISO_DATE_FIRST.test(core) && ADDRESS_AT_END.test(core)) return { span, strong: true };
    // "---- On Tue, 22 Dec 2015 14:17:36 Sam <x@y> wrote ----" (no colon)
    if (!colon && p.quoteVerbAtEnd.test(core) && (lead || core.includes('@')) && evidence) return { span, strong: true };
    if (colon) return null;
  }
  return null;
}

/**
 * An Outlook-style header block at `i`: consecutive "Label: value" lines naming the
 * sender and at least two more fields (one more after a separator line), in any
 * of the known languages. Returns its length in lines.
 */
export function headerBlockAt(lines: string[], i: number, p: Patterns, introduced: boolean): number {
  const seen = new Set<HeaderField>();
  let end = i;
  let stray = 0;
  for (let j = i; j < lines.length && j < i + 12; j++) {
    if (isBlank(lines[j])) break;
    const kinds = headerField(lines[j], p);
    if (kinds) {
      // An ambiguous label ("De" is From in Spanish and French) counts once, as its first unseen meaning.
      const k = kinds.find((x) => !seen.has(x));
      if (k) seen.add(k);
      end = j + 1;
    } else if (j === i || ++stray > 2) break; // a wrapped To: or Subject: value
  }
  if (seen.size === 1 && seen.has('from') && colons(lines[i]) >= 3 && flatHeaderFields(lines[i], p) >= 2) return 1;
  if (!seen.has('from')) return 0;
  return seen.size >= (introduced ? 2 : 3) ? end - i : 0;
}

function colons(line: string): number {
  let n = 0;
  for (let k = line.indexOf(':'); k >= 0 && n < 3; k = line.indexOf(':', k + 1)) n++;
  return n;
}

/**
 * The other fields named inside one "From:" line whose line breaks were lost
 * ("From: Sarah <s@x> Sent: Monday 09:14 To: support@x Subject: Lamp").
 */
function flatHeaderFields(line: string, p: Patterns): number {
  const h = head(line);
  const kinds = new Set<HeaderField>();
  for (const [label, fields] of p.headerLabels) {
    if (label.length < 2 || fields.includes('from')) continue;
    if (h.includes(` ${label}:`) || h.includes(` ${label} :`)) kinds.add(fields[0]);
  }
  return kinds.size;
}

/** "Sent from my iPhone", "Inviato da iPhone", "Trimis de pe iPhone-ul meu"… */
export function isMobileSignature(line: string, p: Patterns): boolean {
  const h = head(line);
  if (h.length > 80) return false;
  const stripped = h.replace(/^[(<\s]+/, '');
  return p.mobileSignature.test(stripped) && p.mobileDevice.test(h);
}

function isMarker(line: string, p: Patterns): boolean {
  const h = head(line);
  if (h === '') return false;
  if (p.markerStarts.has(h[0]) && (p.originalMessage.test(h) || p.forwarded.test(h))) return true;
  return p.replyAbove.test(h);
}

/** A line that introduces a quote without date or address ("Sarah wrote:"). */
function isLooseAttribution(line: string, p: Patterns): boolean {
  const h = head(line);
  return h.endsWith(':') && h.length <= MAX_ATTRIBUTION && p.quoteVerb.test(h);
}

function popTrailing(own: string[], p: Patterns): void {
  for (;;) {
    while (own.length > 0 && isBlank(own[own.length - 1])) own.pop();
    if (own.length === 0) return;
    if (isSeparator(own[own.length - 1]) || isLooseAttribution(own[own.length - 1], p)) {
      own.pop();
      continue;
    }
    // An attribution (possibly wrapped) that ends right where the quote begins.
    let start = -1;
    for (let k = 1; k <= 3 && own.length - k >= 0; k++) {
      const a = attributionAt(own, own.length - k, p);
      if (a && a.span === k) { start = own.length - k; break; }
    }
    if (start < 0) return;
    own.length = start;
  }
}

function endOfGtBlock(lines: string[], from: number): number {
  let last = from;
  for (let k = from; k < lines.length; k++) {
    if (isGt(lines[k])) last = k;
    else if (!isBlank(lines[k])) break;
  }
  return last + 1;
}

/** The quoted lines without their header lines, one level of ">" and older history. */
function quotedMessage(lines: string[], p: Patterns): string[] {
  const body = lines.map((l) => l.replace(GT_ONE, ''));
  let i = 0;
  for (;;) {
    while (i < body.length && (isBlank(body[i]) || isSeparator(body[i]) || body[i].trim() === QUOTE_MARK)) i++;
    if (i >= body.length) return [];
    if (isMarker(body[i], p)) { i++; continue; }
    if (headerField(body[i], p)) {
      // The header block, with wrapped address lists, up to the message itself.
      i++;
      while (i < body.length && (headerField(body[i], p) || isWrappedHeaderValue(body[i]))) i++;
      continue;
    }
    const a = attributionAt(body, i, p);
    if (a) { i += a.span; continue; }
    break;
  }
  // Older history inside the quote is not what the reply answers.
  return splitQuotes(body.slice(i), p, true).own;
}

function isWrappedHeaderValue(line: string): boolean {
  if (isBlank(line)) return false;
  return /^[ \t]/.test(line) || (line.includes('@') && !/[.!?]$/.test(line.trim()));
}

/** A help desk's reply delimiter as its own line: "##- Please type your reply above this line -##". */
const DELIMITER_LINE = /^[ \t]*##-.{4,120}-##[ \t]*$/;
/** The rule between the comments of a help-desk thread. */
const COMMENT_RULE = /^[ \t]*-{10,}[ \t]*$/;
const MAX_AUTHOR_LINE = 100;
const MAX_DATE_LINE = 60;

/**
 * A help desk's notification mail (Zendesk and its imitators): the reply
 * delimiter on top, a "your request (N) has been updated" line, then the
 * thread newest first, each comment under a rule as its author's name, its
 * date and its text, and a footer under the last rule. The newest comment is
 * the reply; the one before it is the message it answers. Null when the lines
 * are not such a thread (a delimiter further down, under text of the sender's
 * own, is a quote marker as in any reply).
 */
export function helpdeskThread(lines: string[], p: Patterns): QuoteSplit | null {
  let i = 0;
  while (i < lines.length && isBlank(lines[i])) i++;
  if (i >= lines.length || !(DELIMITER_LINE.test(lines[i]) || p.replyAbove.test(head(lines[i])))) return null;
  const rules: number[] = [];
  for (let k = i + 1; k < lines.length; k++) if (COMMENT_RULE.test(lines[k]) || lines[k].trim() === SEPARATOR_MARK) rules.push(k);
  // The first rule closes the notice; it comes within a few lines of the delimiter.
  if (!rules.length || rules[0] > i + 8) return null;
  const comments: string[][] = [];
  for (let r = 0; r < rules.length; r++) {
    const body = commentBody(lines, rules[r] + 1, r + 1 < rules.length ? rules[r + 1] : lines.length);
    if (!body) break; // the footer ("This email is a service from…") has no author and date
    comments.push(body);
  }
  if (!comments.length) return null;
  const own = splitQuotes(comments[0], p);
  const answered = comments[1] ?? null;
  const quoted = own.quoted ?? (answered && answered.some((l) => !isBlank(l)) ? answered : null);
  return { own: own.own, quoted };
}

/** The text of one comment in lines [from, to): under its author's line and its date line; null when it has neither. */
function commentBody(lines: string[], from: number, to: number): string[] | null {
  let k = from;
  while (k < to && isBlank(lines[k])) k++;
  const author = lines[k]?.trim() ?? '';
  if (k >= to || author.length > MAX_AUTHOR_LINE || /[.!?:;]$/.test(author)) return null;
  k++;
  while (k < to && isBlank(lines[k])) k++;
  const date = lines[k]?.trim() ?? '';
  if (k >= to || date.length > MAX_DATE_LINE || !YEAR_OR_TIME.test(date)) return null;
  return lines.slice(k + 1, to);
}

/**
 * `nested`: the lines are a quoted message, split only to drop the older history
 * it quotes in turn; that history is not what the reply answers, so its quoted
 * parts are not collected (`quoted` is null).
 */
export function splitQuotes(lines: string[], p: Patterns, nested = false): QuoteSplit {
  const own: string[] = [];
  // Null when nested: `quotedParts?.push(quotedMessage(…))` then skips building the part.
  const quotedParts: string[][] | null = nested ? null : [];
  // Everything from this line on is quoted (-1: no such line). (A variable, not a
  // closure made per call.)
  let cut = -1;

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) { own.push(line); i++; continue; }
    if (line.trim() === QUOTE_MARK) { cut = i + 1; break; }
    if (isMarker(line, p)) { cut = i; break; }
    // Mobile clients put their "Sent from my iPhone" right above the quoted message.
    if (isMobileSignature(line, p) && lines.slice(i + 1, i + 40).some((l) => !isBlank(l))) { cut = i + 1; break; }
    if (headerField(line, p) && headerBlockAt(lines, i, p, isSeparator(lastNonBlank(own))) > 0) {
      cut = i;
      break;
    }

    const a = attributionAt(lines, i, p);
    if (a) {
      let j = i + a.span;
      while (j < lines.length && isBlank(lines[j])) j++;
      if (j < lines.length && isGt(lines[j])) {
        const end = endOfGtBlock(lines, j);
        popTrailing(own, p);
        quotedParts?.push(quotedMessage(lines.slice(j, end), p));
        i = end;
        continue;
      }
      if (a.strong) { cut = i; break; }
    }
    if (isGt(line)) {
      const end = endOfGtBlock(lines, i);
      if (own.length > 0 && isLooseAttribution(lastNonBlank(own), p)) popTrailing(own, p);
      quotedParts?.push(quotedMessage(lines.slice(i, end), p));
      i = end;
      continue;
    }
    own.push(line);
    i++;
  }
  if (cut >= 0) {
    popTrailing(own, p);
    quotedParts?.push(quotedMessage(lines.slice(cut), p));
  }

  const quoted = (quotedParts ?? []).filter((q) => q.some((l) => !isBlank(l)));
  return { own, quoted: quoted.length > 0 ? quoted.flatMap((q, k) => (k > 0 ? ['', ...q] : q)) : null };
}

function lastNonBlank(lines: string[]): string {
  for (let k = lines.length - 1; k >= 0; k--) if (!isBlank(lines[k])) return lines[k];
  return '';
}
