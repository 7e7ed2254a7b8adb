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

const NO_LIMITS: ParseLimits = Object.freeze({});

/** HTML is wordier than the text it carries; it gets this many times the text bound. */
const HTML_CHARS_PER_TEXT_CHAR = 4;
const FEED_CHUNK_BYTES = 64 * 1024;
const MAX_ATTACHMENTS_LISTED = 200;

/**
 * Raw RFC 822 bytes → the parts of the message the scorer needs. Throws
 * UnscorableError (with a reason for people) for anything that is not a usable
 * email; never hangs longer than `timeoutMs`.
 */
export async function parseMessage(raw: Buffer, limits: ParseLimits = NO_LIMITS): Promise<ParsedMessage> {
  const lim = limits === NO_LIMITS ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, ...limits };
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
  const id = h.get('message-id');
  const messageId = typeof id === 'string' ? id.trim() || null : null;
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

const NO_HEADERS: Map<string, unknown> = new Map();

const PARSER_OPTIONS = {
  skipHtmlToText: true, // isolation converts HTML itself, keeping the quote structure
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  checksumAlgo: false,
  maxHeadSize: 512 * 1024,
  maxChildNodes: 500,
} as const;

function runParser(body: Buffer, timeoutMs: number): Promise<Collected> {
  return new Promise<Collected>((resolve, reject) => new ParserRun(body, timeoutMs, resolve, reject));
}

/**
 * One MailParser run. A class rather than closures made per message (written
 * when tsx ran the sources and named every closure at each call; a closure
 * per message is still an allocation per message).
 */
class ParserRun {
  private readonly parser = new MailParser({ ...PARSER_OPTIONS });
  private readonly out: Collected = { headers: NO_HEADERS, headerRecord: {}, text: null, html: null, attachments: [] };
  private settled = false;
  // A large body is fed in chunks, so that the timeout can cut a parse that
  // would otherwise run through 30 MB in one synchronous go.
  private source: Readable | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    body: Buffer,
    timeoutMs: number,
    private readonly resolve: (c: Collected) => void,
    private readonly reject: (err: Error) => void,
  ) {
    const { parser, out } = this;
    this.timer = setTimeout(
      () => this.finish(new UnscorableError(`parsing took longer than ${timeoutMs} ms; the MIME structure is too complex`)),
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
        part.content.on('error', (err: Error) => this.finish(new UnscorableError(`broken MIME: ${err.message}`)));
      } else {
        // An absent part comes back as '' or false; both mean "none".
        out.text = typeof part.text === 'string' && part.text !== '' ? part.text : null;
        out.html = typeof part.html === 'string' && part.html !== '' ? part.html : null;
      }
    });
    parser.on('error', (err: Error) => this.finish(new UnscorableError(`broken MIME: ${err.message}`)));
    parser.on('end', () => this.finish(null));
    if (body.length <= FEED_CHUNK_BYTES) {
      parser.end(body);
    } else {
      const source = (this.source = Readable.from(chunks(body, FEED_CHUNK_BYTES), { objectMode: false }));
      source.on('error', (err: Error) => this.finish(err));
      source.pipe(parser);
    }
  }

  private finish(err: Error | null): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    if (err) {
      this.source?.destroy();
      this.parser.destroy();
      this.reject(err);
    } else this.resolve(this.out);
  }
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

/** Whether `s` has a character other than white space (\s) and the zero-width ones (U+200B–U+200D, U+FEFF). */
function hasVisibleText(s: string | null | false): boolean {
  if (!s) return false;
  // A loop rather than /[^\s\u200b\u200c\u200d\ufeff]/: the first character usually answers.
  for (let i = 0; i < s.length; i++) if (!isBlank(s.charCodeAt(i))) return true;
  return false;
}

/** \s of JavaScript regular expressions, plus U+200B–U+200D and U+FEFF. */
function isBlank(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAddressObject(v: unknown): v is AddressObject {
  return typeof v === 'object' && v !== null && Array.isArray((v as AddressObject).value);
}

/** The first address, in header order and groups opened, with an email or a name. */
function firstParty(v: unknown): Party | null {
  if (!Array.isArray(v)) return partyIn(v);
  for (const o of v) {
    const p = partyIn(o);
    if (p) return p;
  }
  return null;
}

function partyIn(o: unknown): Party | null {
  if (!isAddressObject(o)) return null;
  const list: EmailAddress[] = o.value;
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) continue;
    const a = list[i];
    if (!a.group) {
      const p = party(a);
      if (p) return p;
    } else if (Array.isArray(a.group)) {
      for (let j = 0; j < a.group.length; j++) {
        const p = j in a.group ? party(a.group[j]) : null;
        if (p) return p;
      }
    } else {
      const p = party(a.group);
      if (p) return p;
    }
  }
  return null;
}

function party(a: EmailAddress): Party | null {
  const email = a.address?.trim() || null;
  const name = a.name?.trim() || null;
  return email || name ? { email, name } : null;
}

function readableDate(v: string | undefined): boolean {
  if (!v) return false;
  const nl = v.indexOf('\n');
  return !Number.isNaN(new Date((nl < 0 ? v : v.slice(0, nl)).trim()).getTime());
}

function firstLanguageTag(v: string | undefined): string | null {
  if (!v) return null;
  const tag = v.split(/[,;\s]/).find((t) => t.trim())?.trim();
  return tag && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
}
