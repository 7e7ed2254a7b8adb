// Just enough MIME to take a journal report apart: the header block, the
// Content-Type with its parameters, and the parts of one multipart body. The
// full parse of the original happens later, in the worker (src/mail/).

export interface Entity {
  /** Lower-cased field name → first value, unfolded. */
  headers: Map<string, string>;
  body: Buffer;
}

/** Splits bytes at the first blank line into header fields and body. */
export function readEntity(bytes: Buffer): Entity {
  let end = bytes.length;
  let bodyStart = bytes.length;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a) {
      [end, bodyStart] = [i, i + 2];
      break;
    }
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) {
      [end, bodyStart] = [i, i + 3];
      break;
    }
  }
  // A part may start with its blank line at once (no headers: text/plain by default).
  if (bytes[0] === 0x0a) [end, bodyStart] = [0, 1];
  else if (bytes[0] === 0x0d && bytes[1] === 0x0a) [end, bodyStart] = [0, 2];
  return { headers: readFields(bytes.subarray(0, end).toString('latin1')), body: bytes.subarray(bodyStart) };
}

function readFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let name = '';
  let value = '';
  const flush = () => {
    if (name && !fields.has(name)) fields.set(name, value.trim());
  };
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      value += ' ' + line.trim();
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    [name, value] = colon > 0 ? [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1)] : ['', ''];
  }
  flush();
  return fields;
}

export interface ContentType {
  /** "type/subtype", lower-cased; text/plain when absent (RFC 2045). */
  type: string;
  params: Record<string, string>;
}

export function contentType(value: string | undefined): ContentType {
  if (!value) return { type: 'text/plain', params: {} };
  const [type, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  // Parameters may hold ";" inside quotes: match them one by one instead of splitting.
  const re = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
  for (const m of (';' + rest.join(';')).matchAll(re)) params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
  return { type: type.trim().toLowerCase(), params };
}

/**
 * The parts of a multipart body, each as its bytes (headers and body), without
 * the line break that belongs to the next delimiter. The preamble and epilogue
 * are dropped; a body whose closing delimiter is missing keeps its last part.
 */
export function multipartParts(body: Buffer, boundary: string): Buffer[] {
  const delimiter = Buffer.from('--' + boundary, 'latin1');
  const starts: { at: number; lineEnd: number; close: boolean }[] = [];
  for (let i = body.indexOf(delimiter); i >= 0; i = body.indexOf(delimiter, i + 1)) {
    if (i > 0 && body[i - 1] !== 0x0a) continue; // only at the start of a line
    const after = i + delimiter.length;
    const close = body[after] === 0x2d && body[after + 1] === 0x2d;
    const nl = body.indexOf(0x0a, after);
    // "--boundary" followed by more than whitespace is another, longer boundary.
    const rest = body.subarray(after + (close ? 2 : 0), nl < 0 ? body.length : nl).toString('latin1');
    if (/\S/.test(rest)) continue;
    starts.push({ at: i, lineEnd: nl < 0 ? body.length : nl + 1, close });
    if (close) break;
  }
  const parts: Buffer[] = [];
  for (let k = 0; k < starts.length; k++) {
    if (starts[k].close) break;
    const from = starts[k].lineEnd;
    let to = k + 1 < starts.length ? starts[k + 1].at : body.length;
    if (k + 1 < starts.length) {
      if (body[to - 1] === 0x0a) to--;
      if (body[to - 1] === 0x0d) to--;
    }
    parts.push(body.subarray(from, Math.max(from, to)));
  }
  return parts;
}

/** A part's body decoded from its Content-Transfer-Encoding (7bit, 8bit and binary are as they are). */
export function decodeBody(entity: Entity): Buffer {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(entity.body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') {
    const text = entity.body.toString('latin1').replace(/=\r?\n/g, '');
    return Buffer.from(text.replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  }
  return entity.body;
}
