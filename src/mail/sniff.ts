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
// the test linear on a hostile first line.
const FIELD_LINE = /^([\x21-\x39\x3b-\x7e]{1,100})[ \t]*:/;
const CONTINUATION_LINE = /^[ \t]/;
const MBOX_FROM_LINE = /^From [^\r\n]{0,500}$/;

/** How much of the head to examine: enough for any real header block's first lines. */
const SNIFF_BYTES = 256 * 1024;
const SNIFF_LINES = 4000;

export interface Sniffed {
  /** The message without a leading BOM, blank lines or mbox "From " line. */
  body: Buffer;
  /** Unfolded top-level header fields seen (lower-case name → raw value), first occurrence. */
  fields: Map<string, string>;
}

/** Throws UnscorableError unless `raw` starts with a recognisable header block. */
export function sniffMessage(raw: Buffer): Sniffed {
  let start = 0;
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) start = 3;
  while (start < raw.length && (raw[start] === 0x0d || raw[start] === 0x0a || raw[start] === 0x20 || raw[start] === 0x09)) start++;
  if (start >= raw.length) throw new UnscorableError('not an email: the input is empty or only whitespace');

  const head = raw.subarray(start, Math.min(raw.length, start + SNIFF_BYTES)).toString('latin1');
  const lines = head.split(/\r?\n/, SNIFF_LINES);

  let first = 0;
  if (MBOX_FROM_LINE.test(lines[0]) && !FIELD_LINE.test(lines[0])) {
    first = 1;
    start += Buffer.byteLength(lines[0], 'latin1') + (head.charAt(lines[0].length) === '\r' ? 2 : 1);
  }
  if (lines.length <= first || !FIELD_LINE.test(lines[first])) {
    throw new UnscorableError('not an email: the input does not start with a header block (expected lines such as "From:", "Subject:", "Date:")');
  }

  const fields = new Map<string, string>();
  let current: string | null = null;
  let ended = false;
  let controlBytes = 0;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') { ended = true; break; }
    if (/[\x00-\x08\x0e-\x1f]/.test(line)) controlBytes++;
    const m = FIELD_LINE.exec(line);
    if (m) {
      current = m[1].toLowerCase();
      if (!fields.has(current)) fields.set(current, line.slice(m[0].length).trim());
      else current = null;
    } else if (CONTINUATION_LINE.test(line)) {
      if (current) fields.set(current, `${fields.get(current)} ${line.trim()}`);
    } else {
      // A line that is neither a field nor a continuation ends what a parser can
      // use as headers; whatever came before must already look like mail.
      break;
    }
  }

  const known = [...fields.keys()].filter((k) => KNOWN_FIELDS.has(k));
  if (known.length === 0) {
    throw new UnscorableError('not an email: no recognisable header (From, Date, Subject, Message-ID, Content-Type…) in the header block');
  }
  if (controlBytes > 0) {
    throw new UnscorableError('not an email: the header block contains binary bytes');
  }
  const body = raw.subarray(start);
  if (!ended && !hasHeaderBodySeparator(body)) {
    throw new UnscorableError('truncated message: it ends inside its header block and has no body');
  }
  return { body, fields };
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
  const contentType = sniffed.fields.get('content-type') ?? '';
  if (!/^\s*multipart\//i.test(contentType)) {
    if (/^\s*base64\s*$/i.test(sniffed.fields.get('content-transfer-encoding') ?? '') && !completeBase64(sniffed.body)) {
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
  if (sniffed.body.indexOf(`--${boundary}--`) < 0) {
    throw new UnscorableError('truncated message: the multipart body ends before its closing boundary');
  }
}

/** Base64 comes in groups of four characters; a body cut in transit usually breaks the last one. */
function completeBase64(message: Buffer): boolean {
  const lf = message.indexOf('\n\n');
  const crlf = message.indexOf('\r\n\r\n');
  const start = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf + 2;
  let count = 0;
  for (let i = start; i < message.length; i++) {
    const c = message[i];
    // A-Z a-z 0-9 + / =
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61) count++;
  }
  return count % 4 === 0;
}
