import { Readable } from 'node:stream';
import { MailParser, type AddressObject, type AttachmentStream, type EmailAddress, type MessageText } from 'mailparser';
import { headerRecord } from './header-map.js';
import { assertNotTruncated, sniffMessage } from './sniff.js';
import { UnscorableError } from './unscorable-error.js';

export { UnscorableError };

export interface Party { email: string | null; name: string | null }

export interface ParsedMessage {
  /** With angle brackets as in the header, e.g. "<abc@x>". */
  messageId: string | null;
  /** The agent. */
  from: Party | null;
  /** The customer: the first To address. */
  to: Party | null;
  subject: string | null;
  /** ISO 8601. */
  date: string | null;
  /** Best text/plain and text/html bodies, decoded to Unicode. */
  text: string | null;
  html: string | null;
  contentLanguage: string | null;
  /** Lower-cased names → decoded values (a repeated field has one value per line). */
  headers: Record<string, string>;
  /** Metadata only: the content is read and discarded as it streams past. */
  attachments: { filename: string | null; contentType: string; size: number }[];
}

export interface ParseLimits {
  /** Larger inputs are refused before any parsing. */
  maxBytes?: number;
  /** Wall-clock bound on the MIME parse. */
  timeoutMs?: number;
  /** Longer bodies are cut: the reply sits at the top, the cut falls in old history. */
  maxTextChars?: number;
}

export const DEFAULT_LIMITS: Required<ParseLimits> = {
  maxBytes: 50 * 1024 * 1024,
  timeoutMs: 10_000,
  maxTextChars: 200_000,
};

/** HTML is wordier than the text it carries; it gets this many times the text bound. */
const HTML_CHARS_PER_TEXT_CHAR = 4;
const FEED_CHUNK_BYTES = 64 * 1024;
const MAX_ATTACHMENTS_LISTED = 200;

/**
 * Raw RFC 822 bytes → the parts of the message the scorer needs. Throws
 * UnscorableError (with a reason for people) for anything that is not a usable
 * email; never hangs longer than `timeoutMs`.
 */
export async function parseMessage(raw: Buffer, limits: ParseLimits = {}): Promise<ParsedMessage> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  if (raw.length === 0) throw new UnscorableError('empty input: the message has no bytes');
  if (raw.length > lim.maxBytes) {
    throw new UnscorableError(`message too large: ${raw.length} bytes, over the limit of ${lim.maxBytes}`);
  }
  const sniffed = sniffMessage(raw);
  assertNotTruncated(sniffed);

  const got = await runParser(sniffed.body, lim.timeoutMs);

  const text = clip(got.text, lim.maxTextChars);
  const html = clip(got.html, lim.maxTextChars * HTML_CHARS_PER_TEXT_CHAR);
  if (!hasVisibleText(text) && !hasVisibleText(html && stripTags(html))) {
    throw new UnscorableError(
      got.attachments.length > 0
        ? 'no reply text: the message has only attachments and no text or HTML body'
        : 'no reply text: the message body is empty',
    );
  }

  const h = got.headers;
  const messageId = typeof h.get('message-id') === 'string' ? (h.get('message-id') as string).trim() || null : null;
  const date = h.get('date');
  const subject = h.get('subject');
  return {
    messageId,
    from: firstParty(h.get('from')),
    to: firstParty(h.get('to')),
    subject: typeof subject === 'string' ? subject : null,
    // mailparser stands in the time of parsing for a Date it cannot read: that is not when the reply was sent.
    date: date instanceof Date && !Number.isNaN(date.getTime()) && readableDate(got.headerRecord['date']) ? date.toISOString() : null,
    text,
    html,
    contentLanguage: firstLanguageTag(got.headerRecord['content-language']),
    headers: got.headerRecord,
    attachments: got.attachments,
  };
}

interface Collected {
  headers: Map<string, unknown>;
  headerRecord: Record<string, string>;
  text: string | null;
  html: string | null;
  attachments: ParsedMessage['attachments'];
}

function runParser(body: Buffer, timeoutMs: number): Promise<Collected> {
  return new Promise<Collected>((resolve, reject) => {
    const parser = new MailParser({
      skipHtmlToText: true, // isolation converts HTML itself, keeping the quote structure
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      checksumAlgo: false,
      maxHeadSize: 512 * 1024,
      maxChildNodes: 500,
    });
    const out: Collected = { headers: new Map(), headerRecord: {}, text: null, html: null, attachments: [] };
    let settled = false;
    // A large body is fed in chunks, so that the timeout can cut a parse that
    // would otherwise run through 30 MB in one synchronous go.
    let source: Readable | null = null;

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        source?.destroy();
        parser.destroy();
        reject(err);
      } else resolve(out);
    };
    const timer = setTimeout(
      () => finish(new UnscorableError(`parsing took longer than ${timeoutMs} ms; the MIME structure is too complex`)),
      timeoutMs,
    );

    parser.on('headers', (headers: Map<string, unknown>) => { out.headers = headers; });
    parser.on('headerLines', (lines: { key: string; line: string }[]) => { out.headerRecord = headerRecord(lines); });
    parser.on('data', (part: AttachmentStream | MessageText) => {
      if (part.type === 'attachment') {
        // Read the content only to count it, so memory stays flat whatever its size.
        let size = 0;
        part.content.on('data', (chunk: Buffer) => { size += chunk.length; });
        part.content.on('end', () => {
          if (out.attachments.length < MAX_ATTACHMENTS_LISTED) {
            out.attachments.push({ filename: part.filename ?? null, contentType: part.contentType, size });
          }
          part.release?.();
        });
        part.content.on('error', (err: Error) => finish(new UnscorableError(`broken MIME: ${err.message}`)));
      } else {
        // An absent part comes back as '' or false; both mean "none".
        out.text = typeof part.text === 'string' && part.text !== '' ? part.text : null;
        out.html = typeof part.html === 'string' && part.html !== '' ? part.html : null;
      }
    });
    parser.on('error', (err: Error) => finish(new UnscorableError(`broken MIME: ${err.message}`)));
    parser.on('end', () => finish(null));
    if (body.length <= FEED_CHUNK_BYTES) {
      parser.end(body);
    } else {
      source = Readable.from(chunks(body, FEED_CHUNK_BYTES), { objectMode: false });
      source.on('error', (err: Error) => finish(err));
      source.pipe(parser);
    }
  });
}

function* chunks(buf: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

function clip(s: string | null, max: number): string | null {
  if (s === null) return null;
  return s.length > max ? s.slice(0, max) : s;
}

function stripTags(html: string): string {
  // [^<>] rather than [^>]: a run of '<' without '>' must not make this quadratic.
  return html
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ');
}

function hasVisibleText(s: string | null | false): boolean {
  return !!s && /[^\s\u200b\u200c\u200d\ufeff]/.test(s);
}

function isAddressObject(v: unknown): v is AddressObject {
  return typeof v === 'object' && v !== null && Array.isArray((v as AddressObject).value);
}

function firstParty(v: unknown): Party | null {
  const objects = Array.isArray(v) ? v : [v];
  for (const o of objects) {
    if (!isAddressObject(o)) continue;
    const flat: EmailAddress[] = o.value.flatMap((a) => (a.group ? a.group : [a]));
    for (const a of flat) {
      const email = a.address?.trim() || null;
      const name = a.name?.trim() || null;
      if (email || name) return { email, name };
    }
  }
  return null;
}

function readableDate(v: string | undefined): boolean {
  return !!v && !Number.isNaN(new Date(v.split('\n')[0].trim()).getTime());
}

function firstLanguageTag(v: string | undefined): string | null {
  if (!v) return null;
  const tag = v.split(/[,;\s]/).find((t) => t.trim())?.trim();
  return tag && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
}
