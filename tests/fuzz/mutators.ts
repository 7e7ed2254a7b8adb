import type { Rng } from './rng.js';
import {
  b64,
  boundariesOf,
  nested,
  removeHeader,
  setHeader,
  splitMessage,
  utf8,
  withTextBody,
} from './mime.js';
import { ATTRIBUTIONS, OUTLOOK_HEADER, REPLIES } from './texts.js';

// Mutations of a raw message (a latin1 string: one character per byte). Each
// takes its sizes from `ctx.sizes`, so the same mutation runs small in CI and at
// full size on demand.

export interface Sizes {
  /** One line without a newline. */
  longLine: number;
  /** One header field, folded. */
  headerBytes: number;
  /** Number of header fields. */
  headerCount: number;
  /** Levels of nested multipart. */
  nesting: number;
  /** Levels of ">" on one line. */
  quoteDepth: number;
  /** "On … wrote:" lines. */
  attributions: number;
  /** Levels of nested <blockquote>. */
  blockquotes: number;
  /** Bytes of one encoded word. */
  encodedWord: number;
  /** Sibling MIME parts. */
  parts: number;
}

export const FULL_SIZES: Sizes = {
  longLine: 10 * 1024 * 1024,
  headerBytes: 1024 * 1024,
  headerCount: 100_000,
  nesting: 200,
  quoteDepth: 10_000,
  attributions: 5000,
  blockquotes: 10_000,
  encodedWord: 1024 * 1024,
  parts: 5000,
};

export const CI_SIZES: Sizes = {
  longLine: 256 * 1024,
  headerBytes: 64 * 1024,
  headerCount: 2000,
  nesting: 200,
  quoteDepth: 2000,
  attributions: 300,
  blockquotes: 1000,
  encodedWord: 32 * 1024,
  parts: 300,
};

export interface Ctx {
  sizes: Sizes;
  /** Another seed message, for splicing. */
  other: () => string;
  /** When true, sizes are used as they are rather than drawn up to them. */
  exact?: boolean;
}

export type Mutator = (m: string, r: Rng, ctx: Ctx) => string;

const size = (r: Rng, ctx: Ctx, max: number) => (ctx.exact ? max : r.int(Math.max(1, Math.floor(max / 8)), max));
const reply = (r: Rng) => r.pick(REPLIES);
const attribution = (r: Rng) => r.pick(ATTRIBUTIONS);

function atRandom(m: string, r: Rng, insert: string, from = 0): string {
  const at = r.int(Math.min(from, m.length), m.length);
  return m.slice(0, at) + insert + m.slice(at);
}

/** Makes sure the message is multipart, so the boundary mutations have something to break. */
function multipart(m: string, r: Rng): string {
  return boundariesOf(m).length ? m : nested(withTextBody(m, reply(r)), r.int(1, 3));
}

const INVALID_UTF8 = ['\xff\xfe', '\xc3\x28', '\xed\xa0\x80', '\xc0\xaf', '\xf4\x90\x80\x80', '\x80', '\xe2\x82', '\xf0\x9f\x98'];
const CHARSETS = [
  'x-unknown-42', 'utf-7', 'utf-16', 'utf-16le', 'utf-32', 'iso-2022-jp', 'gb18030', 'shift_jis', 'koi8-r',
  'windows-1252', 'iso-8859-1', 'us-ascii', '', '"', 'utf-8"; charset="latin1', 'binary', 'utf8mb4', 'ibm037',
];
const ENCODINGS = ['base64', 'quoted-printable', 'x-uuencode', '7bit', '8bit', 'binary', 'x-gzip', 'BASE64 ', 'quoted-printable; x=1', ''];

export const MUTATORS: Record<string, Mutator> = {
  // ---- MIME structure
  'boundary-drop-close': (m, r) => {
    m = multipart(m, r);
    return m.replace(/^--([^\r\n]{1,200})--[ \t]*$/gm, '');
  },
  'boundary-drop-all': (m, r) => {
    m = multipart(m, r);
    const bs = boundariesOf(m);
    return m.replace(/^--[^\r\n]{1,202}$/gm, (line) => (bs.some((b) => line.startsWith('--' + b)) ? '' : line));
  },
  'boundary-duplicate': (m, r) => {
    m = multipart(m, r);
    return m.replace(/^--[^\r\n]{1,202}$/gm, (line) => (r.chance(0.5) ? `${line}\n${line}\n${line}` : line));
  },
  'boundary-rename-in-header': (m, r) => {
    m = multipart(m, r);
    return m.replace(/boundary\s*=\s*"?([^"\r\n;]{1,200})"?/i, `boundary="${r.pick(['', 'x', '--', 'not-in-body', '"'])}"`);
  },
  'boundary-huge': (m, r, ctx) => {
    m = multipart(m, r);
    const [b] = boundariesOf(m);
    const huge = 'B'.repeat(size(r, ctx, 70_000));
    return m.split(b).join(huge);
  },
  'multipart-deep': (m, r, ctx) => nested(m, ctx.exact ? ctx.sizes.nesting : r.pick([10, 50, ctx.sizes.nesting, ctx.sizes.nesting * 5]), r.chance(0.7)),
  'multipart-wide': (m, r, ctx) => {
    const { head, nl } = splitMessage(m);
    const n = size(r, ctx, ctx.sizes.parts);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`--w${nl}Content-Type: text/plain${nl}${nl}${i % 7 === 0 ? reply(r) : ''}${nl}`);
    return setHeader(removeHeader(head, 'content-transfer-encoding'), 'Content-Type', 'multipart/alternative; boundary="w"', nl) + nl + nl + parts.join('') + `--w--${nl}`;
  },
  'content-type-garbage': (m, r) => {
    const { head, body, nl } = splitMessage(m);
    const v = r.pick(['multipart/mixed', 'multipart/', 'text/', '/', 'message/rfc822', 'multipart/related; boundary=', 'text/html; charset', 'application/octet-stream', 'text/plain; format=flowed; delsp=yes', 'multipart/signed; protocol="x"; boundary="s"']);
    return setHeader(head, 'Content-Type', v, nl) + nl + nl + body;
  },
  'message-rfc822-loop': (m, r, ctx) => {
    // A message that encloses itself as message/rfc822, many times over.
    let inner = m;
    const { nl } = splitMessage(m);
    const depth = ctx.exact ? 50 : r.int(2, 50);
    for (let i = 0; i < depth; i++) {
      inner = `From: loop${i}@example.com${nl}Subject: Fwd: loop ${i}${nl}Content-Type: multipart/mixed; boundary="r${i}"${nl}${nl}--r${i}${nl}Content-Type: message/rfc822${nl}${nl}${inner}${nl}--r${i}--${nl}`;
    }
    return inner;
  },

  // ---- transfer encodings
  'cte-wrong': (m, r) => {
    const v = r.pick(ENCODINGS);
    if (/content-transfer-encoding/i.test(m)) return m.replace(/(content-transfer-encoding[ \t]*:)[^\r\n]*/gi, `$1 ${v}`);
    const { head, body, nl } = splitMessage(m);
    return setHeader(head, 'Content-Transfer-Encoding', v, nl) + nl + nl + body;
  },
  'base64-truncated': (m, r) => {
    const { head, nl } = splitMessage(m);
    const data = b64(reply(r).repeat(r.int(1, 20))).replace(/.{76}/g, `$&${nl}`);
    const cut = data.slice(0, r.int(1, data.length - 1)) + r.pick(['', '=', '==', '!!!', '\x00', '=A', 'QQ']);
    let h = setHeader(head, 'Content-Type', 'text/plain; charset=utf-8', nl);
    h = setHeader(h, 'Content-Transfer-Encoding', 'base64', nl);
    return h + nl + nl + cut;
  },
  'qp-broken': (m, r) => {
    const { head, nl } = splitMessage(m);
    let t = utf8(reply(r));
    for (let i = r.int(1, 30); i > 0; i--) t = atRandom(t, r, r.pick(['=', '=ZZ', '=\n', '=\r\n', '=0', '=C3', '=C3=28', '= \n', '=3D=3D=3D', '=\t']));
    let h = setHeader(head, 'Content-Type', 'text/plain; charset=utf-8', nl);
    h = setHeader(h, 'Content-Transfer-Encoding', 'quoted-printable', nl);
    return h + nl + nl + t + r.pick(['', '=', '=\n=']);
  },

  // ---- charsets
  'charset-swap': (m, r) => {
    const cs = r.pick(CHARSETS);
    if (/charset\s*=/i.test(m)) return m.replace(/charset\s*=\s*"?[^";\r\n]*"?/gi, `charset="${cs}"`);
    const { head, body, nl } = splitMessage(m);
    return setHeader(head, 'Content-Type', `text/plain; charset="${cs}"`, nl) + nl + nl + body;
  },
  'charset-invalid-bytes': (m, r) => {
    const { head, body, nl } = splitMessage(m);
    let b = body;
    for (let i = r.int(1, 50); i > 0; i--) b = atRandom(b, r, r.pick(INVALID_UTF8));
    return head + nl + nl + b;
  },
  'charset-utf16-mislabelled': (m, r) => {
    // UTF-16 bytes under a UTF-8 label, and the other way round.
    const text = reply(r);
    const asUtf16 = Buffer.from(text, 'utf16le').toString('latin1');
    return r.chance(0.5) ? withTextBody(m, '').replace(/$/, asUtf16) : withTextBody(m, text).replace(/charset=utf-8/, 'charset=utf-16');
  },

  // ---- headers and encoded words
  'encoded-word-malformed': (m, r) => {
    const { head, body, nl } = splitMessage(m);
    const bad = r.pick([
      '=?utf-8?B?!!!!?=', '=?utf-8?Q?=ZZ=?=', '=?x-unknown?B?SGVsbG8=?=', '=?utf-8?X?abc?=', '=?utf-8??abc?=',
      '=??B?abc?=', '=?utf-8?B?SGVsbG8', '=?utf-8*en?Q?Hi?=', '=?utf-8?B?' + '='.repeat(1000) + '?=',
      '=?utf-8?Q?' + '=C3'.repeat(1000) + '?=', Array.from({ length: 5000 }, () => '=?utf-8?B?w6k=?=').join(' '),
      '=?utf-8?q?=3D=3Futf-8=3FB=3FPT91dGYtOD9CP3c2az0_=3F=3D?=',
    ]);
    const field = r.pick(['Subject', 'From', 'To', 'Content-Type']);
    const value = field === 'From' || field === 'To' ? `${bad} <x@example.com>` : field === 'Content-Type' ? `text/plain; name="${bad}"` : bad;
    return setHeader(head, field, value, nl) + nl + nl + body;
  },
  'encoded-word-huge': (m, r, ctx) => {
    const { head, body, nl } = splitMessage(m);
    const n = size(r, ctx, ctx.sizes.encodedWord);
    const word = `=?utf-8?B?${Buffer.alloc(Math.floor((n * 3) / 4), 'é').toString('base64')}?=`;
    return setHeader(head, r.pick(['Subject', 'From']), r.chance(0.5) ? word : `${word} <huge@example.com>`, nl) + nl + nl + body;
  },
  'encoded-word-spoof': (m, r) => {
    const { head, body, nl } = splitMessage(m);
    const from = r.pick([
      '=?utf-8?Q?support=40bank=2Ecom?= <evil@attacker.test>',
      '"support@bank.com" <evil@attacker.test>',
      `=?utf-8?B?${b64('Bank Support <support@bank.com>')}?= <evil@attacker.test>`,
      '=?utf-8?Q?a=0D=0ABcc:=20victim@example.com?= <x@example.com>',
      `=?utf-8?B?${b64('evil@attacker.test')}?=`,
      `<${'=?utf-8?Q?a?='}@example.com>`,
      'support@bank.com <evil@attacker.test>, <second@example.com>',
      '=?utf-8?Q?=E2=80=AEmoc.knab@troppus?= <evil@attacker.test>',
      'undisclosed-recipients:;',
      '<>',
    ]);
    let h = setHeader(head, 'From', from, nl);
    if (r.chance(0.5)) h = setHeader(h, 'To', from, nl);
    return h + nl + nl + body;
  },
  'header-huge-field': (m, r, ctx) => {
    const { head, body, nl } = splitMessage(m);
    const n = size(r, ctx, ctx.sizes.headerBytes);
    const folded = r.chance(0.5);
    const unit = folded ? `${'x'.repeat(70)}${nl} ` : 'x'.repeat(72);
    const value = unit.repeat(Math.ceil(n / unit.length));
    return setHeader(head, r.pick(['X-Huge', 'Subject', 'References', 'Received', 'To']), value, nl) + nl + nl + body;
  },
  'header-many': (m, r, ctx) => {
    const { head, body, nl } = splitMessage(m);
    const n = size(r, ctx, ctx.sizes.headerCount);
    const name = r.pick(['X-Spam', 'Received', 'To', 'Subject', 'Content-Type']);
    const lines = Array.from({ length: n }, (_, i) => `${name}: v${i}`).join(nl);
    return r.chance(0.5) ? lines + nl + head + nl + nl + body : head + nl + lines + nl + nl + body;
  },
  'header-duplicate-conflict': (m, r) => {
    const { head, body, nl } = splitMessage(m);
    const extra = r.pick([
      'Content-Type: text/html; charset=iso-8859-1',
      'Content-Type: multipart/mixed; boundary="other"',
      'From: Other Person <other@example.com>',
      'Date: Thu, 31 Feb 2024 25:61:61 +9999',
      'Date: not a date at all',
      'Content-Transfer-Encoding: base64',
      'Subject: second subject',
      'Message-ID: <' + 'a'.repeat(5000) + '@x>',
    ]);
    return head + nl + extra + nl + nl + body;
  },
  'header-no-blank-line': (m) => {
    const { head, body, nl } = splitMessage(m);
    return head + nl + body;
  },

  // ---- long lines and pathological quoting
  'line-long': (m, r, ctx) => {
    const n = size(r, ctx, ctx.sizes.longLine);
    const unit = r.pick(['a', ' ', '>', '> ', '=3D', '<', '1 ', '+39 02 ', 'é', 'x@y.', 'On wrote: ', '\t', '-', 'ab ', 'IT60 ']);
    const line = utf8(unit).repeat(Math.ceil(n / unit.length));
    if (r.chance(0.5)) return withTextBody(m, '').concat(utf8(reply(r) + '\n\n'), line);
    const { head, body, nl } = splitMessage(m);
    return head + nl + nl + body + line;
  },
  'quote-deep': (m, r, ctx) => {
    const depth = size(r, ctx, ctx.sizes.quoteDepth);
    const prefix = r.chance(0.5) ? '>'.repeat(depth) : '> '.repeat(depth);
    const lines = Array.from({ length: r.int(1, 40) }, (_, i) => `${prefix}${i % 3 ? reply(r).split('\n')[0] : ''}`);
    return withTextBody(m, `${reply(r)}\n\n${attribution(r)}\n${lines.join('\n')}`);
  },
  'quote-attribution-flood': (m, r, ctx) => {
    const n = size(r, ctx, ctx.sizes.attributions);
    const parts: string[] = [reply(r), ''];
    for (let i = 0; i < n; i++) {
      const a = attribution(r);
      parts.push(r.chance(0.2) ? a.replace(/, /, ',\n') : a);
      if (r.chance(0.5)) parts.push('> ' + reply(r).split('\n')[2]);
      if (r.chance(0.1)) parts.push(OUTLOOK_HEADER);
    }
    return withTextBody(m, parts.join('\n'));
  },
  'html-nested-blockquotes': (m, r, ctx) => {
    const n = size(r, ctx, ctx.sizes.blockquotes);
    const open = r.pick(['<blockquote type="cite">', '<div class="gmail_quote">', '<div>', '<table><tr><td>', '<blockquote>', '<span>', '<a href="x">']);
    const close = open.startsWith('<table') ? '</td></tr></table>' : `</${open.slice(1, open.search(/[ >]/))}>`;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
    const shape = r.int(0, 3);
    const html =
      shape === 0 ? `<html><body><p>${esc(reply(r))}</p>${open.repeat(n)}${esc(attribution(r))}<br>quoted${close.repeat(n)}</body></html>`
      : shape === 1 ? `<html><body><p>${esc(reply(r))}</p>${open.repeat(n)}never closed`
      : shape === 2 ? `<p>${esc(reply(r))}</p>${'<'.repeat(n * 10)}`
      : `<p>${esc(reply(r))}</p>${'<!--'.repeat(n)}${'<br>'.repeat(n)}`;
    return withTextBody(m, html, 'text/html');
  },

  // ---- raw bytes
  'nul-bytes': (m, r) => {
    for (let i = r.int(1, 40); i > 0; i--) m = atRandom(m, r, r.chance(0.2) ? '\x00'.repeat(r.int(1, 5000)) : '\x00');
    return m;
  },
  'byte-flip': (m, r) => {
    if (!m.length) return m;
    const bytes = Buffer.from(m, 'latin1');
    for (let i = r.int(1, 64); i > 0; i--) bytes[r.int(0, bytes.length - 1)] ^= 1 << r.int(0, 7);
    return bytes.toString('latin1');
  },
  'byte-random-run': (m, r) => {
    const run = Buffer.alloc(r.int(1, 4096));
    for (let i = 0; i < run.length; i++) run[i] = r.int(0, 255);
    return atRandom(m, r, run.toString('latin1'));
  },
  splice: (m, r, ctx) => {
    const o = ctx.other();
    const a = r.int(0, o.length);
    const chunk = o.slice(a, a + r.int(1, 8192));
    const at = r.int(0, m.length);
    return r.chance(0.5) ? m.slice(0, at) + chunk + m.slice(at) : m.slice(0, at) + chunk + m.slice(Math.min(m.length, at + chunk.length));
  },
  'chunk-delete': (m, r) => {
    const a = r.int(0, m.length);
    return m.slice(0, a) + m.slice(Math.min(m.length, a + r.int(1, 2048)));
  },
  'chunk-duplicate': (m, r) => {
    const a = r.int(0, m.length);
    const chunk = m.slice(a, a + r.int(1, 2048));
    return m.slice(0, a) + chunk.repeat(r.int(2, 50)) + m.slice(a);
  },
  truncate: (m, r) => m.slice(0, r.int(0, m.length)),
  'line-endings': (m, r) => {
    const to = r.pick(['\r', '\n', '\r\n', '\n\r', '\r\r\n']);
    return m.replace(/\r?\n/g, () => (r.chance(0.8) ? to : '\n'));
  },
  'body-blank': (m, r) => {
    const { head, nl } = splitMessage(m);
    return head + nl + nl + r.pick(['', ' ', '\n\n\n', '\u00a0', utf8('\u200b\u200b'), '<html><body></body></html>', '-- \nSignature only']);
  },
  'reply-only-quoted': (m, r) =>
    withTextBody(m, `${attribution(r)}\n${reply(r).split('\n').map((l) => '> ' + l).join('\n')}`),
  'headers-stripped': (m, r) => {
    const { head, body, nl } = splitMessage(m);
    const keep = r.pick(['from', 'content-type', 'subject', 'date']);
    return head.split(/\r?\n(?![ \t])/).filter((l) => l.toLowerCase().startsWith(keep)).join(nl) + nl + nl + body;
  },
  'from-missing': (m) => {
    const { head, body, nl } = splitMessage(m);
    return removeHeader(removeHeader(head, 'from'), 'to') + nl + nl + body;
  },
  'date-extreme': (m, r) => {
    const { head, body, nl } = splitMessage(m);
    const d = r.pick(['Sat, 1 Jan 0000 00:00:00 +0000', 'Fri, 31 Dec 275760 23:59:59 +0000', '9999999999999', 'Mon, 32 Foo 2024', '', '-1', 'Thu, 01 Jan 1970 00:00:00 -2400']);
    return setHeader(head, 'Date', d, nl) + nl + nl + body;
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);
