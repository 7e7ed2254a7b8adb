// Byte-level helpers for building hostile messages. Messages are handled as
// latin1 strings: one character per byte, so any byte sequence survives.

export const toLatin1 = (b: Buffer) => b.toString('latin1');
export const toBytes = (s: string) => Buffer.from(s, 'latin1');
/** Unicode text → its UTF-8 bytes as a latin1 string. */
export const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export const eolOf = (m: string) => (m.includes('\r\n') ? '\r\n' : '\n');

export function splitMessage(m: string): { head: string; body: string; nl: string } {
  const nl = eolOf(m);
  const i = m.indexOf(nl + nl);
  if (i < 0) return { head: m, body: '', nl };
  return { head: m.slice(0, i), body: m.slice(i + 2 * nl.length), nl };
}

const fieldRe = (name: string) => new RegExp(`^${name}[ \\t]*:[^\\n]*(?:\\n[ \\t][^\\n]*)*\\n?`, 'gim');

export function getHeader(head: string, name: string): string | null {
  const m = fieldRe(name).exec(head + '\n');
  return m ? m[0].replace(/^[^:]*:/, '').replace(/\r?\n[ \t]+/g, ' ').trim() : null;
}

export function removeHeader(head: string, name: string): string {
  return (head + '\n').replace(fieldRe(name), '').replace(/\n$/, '');
}

export function setHeader(head: string, name: string, value: string, nl: string): string {
  return `${name}: ${value}${nl}${removeHeader(head, name).replace(/^(\r?\n)+/, '')}`;
}

export function boundariesOf(m: string): string[] {
  const out = new Set<string>();
  for (const x of m.matchAll(/boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi)) out.add(x[1] ?? x[2]);
  return [...out];
}

/** The message with its body replaced by a text part (UTF-8, 8bit). */
export function withTextBody(m: string, text: string, type = 'text/plain'): string {
  const { head, nl } = splitMessage(m);
  let h = removeHeader(head, 'content-transfer-encoding');
  h = setHeader(h, 'Content-Type', `${type}; charset=utf-8`, nl);
  h = setHeader(h, 'Content-Transfer-Encoding', '8bit', nl);
  return h + nl + nl + utf8(text).replace(/\r?\n/g, nl);
}

/** The message's own body moved into the innermost of `depth` nested multipart/mixed parts. */
export function nested(m: string, depth: number, close = true): string {
  const { head, body, nl } = splitMessage(m);
  const ct = getHeader(head, 'content-type') ?? 'text/plain; charset=utf-8';
  const cte = getHeader(head, 'content-transfer-encoding');
  const open: string[] = [];
  const shut: string[] = [];
  for (let d = 1; d <= depth; d++) {
    const b = `fz-${d}`;
    open.push(`Content-Type: multipart/mixed; boundary="${b}"${nl}${nl}--${b}${nl}`);
    shut.push(close ? `${nl}--${b}--${nl}` : nl);
  }
  const inner = `Content-Type: ${ct}${nl}${cte ? `Content-Transfer-Encoding: ${cte}${nl}` : ''}${nl}${body}`;
  let h = removeHeader(removeHeader(head, 'content-type'), 'content-transfer-encoding');
  if (!/^mime-version:/im.test(h)) h += `${nl}MIME-Version: 1.0`;
  return h + nl + open.join('') + inner + shut.reverse().join('');
}
