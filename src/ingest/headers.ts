// A cheap look at a message's header block, enough to name it (Message-ID), to
// refuse what is not an email, and to tell replies from auto-replies and bounces
// without parsing MIME. The full parse happens in the worker (src/mail/).

export class NotAnEmailError extends Error {}

export interface HeaderView {
  /** Lower-cased field name → unfolded values, in order. */
  fields: Map<string, string[]>;
  get(name: string): string | undefined;
  messageId: string | null;
  from: string | null;
  subject: string;
}

const MAX_HEADER_BYTES = 1024 * 1024;
const FIELD = /^([!-9;-~]+)[ \t]*:(.*)$/;
const MESSAGE_FIELDS = ['from', 'sender', 'to', 'subject', 'date', 'message-id'];

export function readHeaders(raw: Buffer): HeaderView {
  if (raw.length === 0) throw new NotAnEmailError('the body is empty');
  const end = headerEnd(raw);
  // 8-bit headers are UTF-8 (RFC 6532) or, from older clients, Latin-1.
  const utf8 = raw.subarray(0, end).toString('utf8');
  const block = utf8.includes('\uFFFD') ? raw.subarray(0, end).toString('latin1') : utf8;
  const lines = block.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  // An mbox "From " separator line is tolerated in front of the headers.
  if (lines[0]?.startsWith('From ')) lines.shift();
  if (!lines[0] || !FIELD.test(lines[0])) {
    throw new NotAnEmailError('the body does not start with a header block (lines like "From: …" followed by a blank line)');
  }
  const fields = new Map<string, string[]>();
  let current: { name: string; value: string } | null = null;
  const flush = () => {
    if (!current) return;
    const values = fields.get(current.name) ?? [];
    values.push(current.value.trim());
    fields.set(current.name, values);
  };
  for (const line of lines) {
    if (!line) continue;
    if ((line[0] === ' ' || line[0] === '\t') && current) {
      current.value += ' ' + line.trim();
      continue;
    }
    const m = FIELD.exec(line);
    if (!m) throw new NotAnEmailError(`the header block has a line that is not a header field: "${line.slice(0, 60)}"`);
    flush();
    current = { name: m[1].toLowerCase(), value: m[2] };
  }
  flush();
  if (!MESSAGE_FIELDS.some((f) => fields.has(f))) {
    throw new NotAnEmailError('the header block has none of From, To, Subject, Date or Message-ID');
  }
  const get = (name: string) => fields.get(name)?.[0];
  const mid = get('message-id');
  return {
    fields,
    get,
    messageId: mid ? (/<[^>]*>/.exec(mid)?.[0] ?? mid.split(/\s+/)[0]) || null : null,
    from: addressOf(get('from') ?? get('sender')),
    subject: decodeWords(get('subject') ?? ''),
  };
}

/** Offset of the blank line that ends the header block (or the whole buffer when there is no body). */
function headerEnd(raw: Buffer): number {
  const limit = Math.min(raw.length, MAX_HEADER_BYTES);
  for (let i = 0; i < limit; i++) {
    if (raw[i] !== 0x0a) continue;
    if (raw[i + 1] === 0x0a) return i;
    if (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a) return i;
  }
  if (raw.length > MAX_HEADER_BYTES) throw new NotAnEmailError('the header block is longer than 1 MB or has no blank line after it');
  return raw.length;
}

/** The bare, lower-cased address of an address header ("Name <a@b>" → "a@b"). */
export function addressOf(value: string | undefined): string | null {
  if (!value) return null;
  const angle = /<\s*([^<>\s]*@[^<>\s]*)\s*>/.exec(value);
  if (angle) return angle[1].toLowerCase();
  const bare = /[^\s<>",;:()]+@[^\s<>",;:()]+/.exec(value);
  return bare ? bare[0].toLowerCase() : value.trim() === '<>' ? '' : null;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/** RFC 2047 encoded words ("=?utf-8?Q?R=C3=A9ponse?=") → text; unknown charsets are left as they are. */
export function decodeWords(value: string): string {
  return value.replace(/(\?=)\s+(=\?)/g, '$1$2').replace(ENCODED_WORD, (word, charset: string, enc: string, text: string) => {
    try {
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            );
      return new TextDecoder(charset.replace(/\*.*$/, '')).decode(bytes);
    } catch {
      return word;
    }
  });
}
