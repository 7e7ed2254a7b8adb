import { UnscorableError } from './unscorable-error.js';

// Decides whether a byte string is an RFC 822 message at all, before a MIME parser
// (which accepts anything) is let loose on it, and spots the common ways a message
// arrives cut short.

/** Header fields that real messages carry; at least one must be present. */
const KNOWN_FIELDS = new Set([
  'from', 'to', 'cc', 'subject', 'date', 'message-id', 'content-type', 'mime-version',
  'received', 'return-path', 'reply-to', 'in-reply-to', 'references', 'sender', 'delivered-to',
  'content-transfer-encoding', 'x-mailer', 'user-agent', 'dkim-signature', 'authentication-results',
]);

// Field names are printable ASCII without the colon (RFC 5322 §2.2); the bound keeps
// the test linear on a hostile first line. Sticky, and tried where a line starts in
// the header text, so that no line is copied out to be tested: neither class takes
// CR or LF, so a match never runs past the end of its line.
const FIELD_AT = /([\x21-\x39\x3b-\x7e]{1,100})[ \t]*:/y;
const MBOX_FROM_LINE = /^From [^\r\n]{0,500}$/;
const CONTROL_BYTE = /[\x00-\x08\x0e-\x1f]/;

/** How much of the head to examine: enough for any real header block's first lines. */
const SNIFF_BYTES = 256 * 1024;
const SNIFF_LINES = 4000;

/** Lengths of the names above: a field name of any other length is not one of them. */
const KNOWN_LENGTHS = new Set([...KNOWN_FIELDS].map((name) => name.length));
const CONTENT_TYPE = 'content-type';
const TRANSFER_ENCODING = 'content-transfer-encoding';

export interface Sniffed {
  /** The message without a leading BOM, blank lines or mbox "From " line. */
  body: Buffer;
  /** The top-level Content-Type, unfolded, as written (first occurrence); null when absent. */
  contentType: string | null;
  /** The top-level Content-Transfer-Encoding, likewise. */
  transferEncoding: string | null;
}

/** Throws UnscorableError unless `raw` starts with a recognisable header block. */
export function sniffMessage(raw: Buffer): Sniffed {
  let start = 0;
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) start = 3;
  while (start < raw.length && (raw[start] === 0x0d || raw[start] === 0x0a || raw[start] === 0x20 || raw[start] === 0x09)) start++;
  if (start >= raw.length) throw new UnscorableError('not an email: the input is empty or only whitespace');

  // Only the lines up to the first empty line are looked at, so only those are
  // decoded: the body (most of the bytes) is neither copied into a string nor split.
  const window = raw.subarray(start, Math.min(raw.length, start + SNIFF_BYTES));
  const head = window.toString('latin1', 0, headBlockEnd(window));
  const lines = new LineReader(head, SNIFF_LINES);

  lines.next(); // there is a first line: the text starts with a byte that is not white space
  if (MBOX_FROM_LINE.test(head.slice(lines.start, lines.end)) && !fieldAt(head, lines.start)) {
    start += lines.end - lines.start + (head.charAt(lines.end) === '\r' ? 2 : 1);
    if (!lines.next()) throw notHeaders();
  }
  if (!fieldAt(head, lines.start)) throw notHeaders();

  // Only the two fields the truncation checks read keep their values; of the other
  // names only whether one is known matters, so a name is lower-cased only when its
  // length is that of a known (or kept) one.
  let contentType: string | null = null;
  let transferEncoding: string | null = null;
  let current: typeof CONTENT_TYPE | typeof TRANSFER_ENCODING | null = null; // the field continuation lines extend
  let known = false;
  let ended = false;
  // The lines examined run from `from` to `to`; the bytes between them are line breaks.
  const from = lines.start;
  let to = from;
  do {
    const { start: s, end: e } = lines;
    if (s === e) { ended = true; break; }
    to = e;
    if (fieldAt(head, s)) {
      const valueStart = FIELD_AT.lastIndex;
      let nameEnd = valueStart - 1; // the colon; the name ends before any blanks in front of it
      while (head.charCodeAt(nameEnd - 1) === 0x20 || head.charCodeAt(nameEnd - 1) === 0x09) nameEnd--;
      const length = nameEnd - s;
      const name = (known ? length === CONTENT_TYPE.length || length === TRANSFER_ENCODING.length : KNOWN_LENGTHS.has(length))
        ? head.slice(s, nameEnd).toLowerCase()
        : null;
      if (!known && name !== null && KNOWN_FIELDS.has(name)) known = true;
      current = null;
      if (name === CONTENT_TYPE && contentType === null) {
        contentType = head.slice(valueStart, e).trim();
        current = CONTENT_TYPE;
      } else if (name === TRANSFER_ENCODING && transferEncoding === null) {
        transferEncoding = head.slice(valueStart, e).trim();
        current = TRANSFER_ENCODING;
      }
    } else if (head.charCodeAt(s) === 0x20 || head.charCodeAt(s) === 0x09) {
      if (current === CONTENT_TYPE) contentType = `${contentType} ${head.slice(s, e).trim()}`;
      else if (current === TRANSFER_ENCODING) transferEncoding = `${transferEncoding} ${head.slice(s, e).trim()}`;
    } else {
      // A line that is neither a field nor a continuation ends what a parser can
      // use as headers; whatever came before must already look like mail.
      break;
    }
  } while (lines.next());

  if (!known) {
    throw new UnscorableError('not an email: no recognisable header (From, Date, Subject, Message-ID, Content-Type…) in the header block');
  }
  if (CONTROL_BYTE.test(head.slice(from, to))) {
    throw new UnscorableError('not an email: the header block contains binary bytes');
  }
  const body = raw.subarray(start);
  if (!ended && !hasHeaderBodySeparator(body)) {
    throw new UnscorableError('truncated message: it ends inside its header block and has no body');
  }
  return { body, contentType, transferEncoding };
}

/**
 * Where the first empty line of `buf` ends ("\n\n" or "\n\r\n"), or the length of
 * `buf` when it has none: the lines after it are never looked at.
 */
function headBlockEnd(buf: Buffer): number {
  // Line feed to line feed (a one-byte search is the fast one): the header block is
  // short, and this never scans on past it as a search for each pattern would.
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) {
    if (buf[i + 1] === 0x0a) return i + 2;
    if (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a) return i + 3;
  }
  return buf.length;
}

function notHeaders(): UnscorableError {
  return new UnscorableError('not an email: the input does not start with a header block (expected lines such as "From:", "Subject:", "Date:")');
}

function fieldAt(text: string, lineStart: number): boolean {
  FIELD_AT.lastIndex = lineStart;
  return FIELD_AT.test(text);
}

/**
 * The lines of `text` one at a time, as `text.split(/\r?\n/, limit)` would give
 * them, as offsets (`start` to `end`, without the line break) rather than copies.
 */
class LineReader {
  start = 0;
  end = 0;
  private following = 0;
  private count = 0;
  constructor(private readonly text: string, private readonly limit: number) {}

  next(): boolean {
    if (this.following < 0 || this.count >= this.limit) return false;
    this.count++;
    const start = this.following;
    const nl = this.text.indexOf('\n', start);
    this.start = start;
    if (nl < 0) {
      this.end = this.text.length;
      this.following = -1;
    } else {
      this.end = nl > start && this.text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
      this.following = nl + 1;
    }
    return true;
  }
}

function hasHeaderBodySeparator(buf: Buffer): boolean {
  return buf.indexOf('\n\n') >= 0 || buf.indexOf('\r\n\r\n') >= 0;
}

const BOUNDARY_PARAM = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i;

/**
 * A multipart message whose closing boundary never comes was cut in transit (or
 * written by a broken client); its parts cannot be trusted to be complete.
 */
export function assertNotTruncated(sniffed: Sniffed): void {
  const contentType = sniffed.contentType ?? '';
  if (!/^\s*multipart\//i.test(contentType)) {
    if (/^\s*base64\s*$/i.test(sniffed.transferEncoding ?? '') && !completeBase64(sniffed.body)) {
      throw new UnscorableError('truncated message: its base64 body stops in the middle of a group of characters');
    }
    return;
  }
  const m = BOUNDARY_PARAM.exec(contentType);
  if (!m) throw new UnscorableError('broken MIME: a multipart message without a boundary parameter');
  const boundary = m[1] ?? m[2];
  if (sniffed.body.indexOf(`--${boundary}`) < 0) {
    throw new UnscorableError('truncated message: the multipart body has none of its declared parts');
  }
  // The closing delimiter sits at the end: looking for it from there finds it at once.
  if (sniffed.body.lastIndexOf(`--${boundary}--`) < 0) {
    throw new UnscorableError('truncated message: the multipart body ends before its closing boundary');
  }
}

/** Base64 comes in groups of four characters; a body cut in transit usually breaks the last one. */
function completeBase64(message: Buffer): boolean {
  let count = 0;
  for (let i = bodyStart(message); i < message.length; i++) count += BASE64_CHAR[message[i]];
  return count % 4 === 0;
}

/** A-Z a-z 0-9 + / = */
const BASE64_CHAR = new Uint8Array(256).map((_, c) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61 ? 1 : 0,
);

/**
 * Where the body starts: after the first "\n\n" or "\r\n\r\n", whichever comes
 * first; 1 when there is neither.
 */
function bodyStart(message: Buffer): number {
  // Line feed to line feed through the header block, which is where the break is …
  let i = message.indexOf(0x0a);
  for (let n = 0; i >= 0 && n < BODY_START_LINES; n++, i = message.indexOf(0x0a, i + 1)) {
    if (message[i + 1] === 0x0a) return i + 2;
    if (message[i - 1] === 0x0d && message[i + 1] === 0x0d && message[i + 2] === 0x0a) return i + 3;
  }
  if (i < 0) return 1;
  // … and past that many lines, a search for each pattern from where that stopped.
  const lf = message.indexOf('\n\n', i);
  const crlf = message.indexOf('\r\n\r\n', i - 1);
  return crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf + 2;
}

const BODY_START_LINES = 1000;
