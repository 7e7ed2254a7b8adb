import { contentType, decodeBody, multipartParts, readEntity } from '../journal/mime.js';

// Form posts (multipart/form-data or application/x-www-form-urlencoded) read
// into fields of raw bytes. The raw message in a provider's field must come
// out byte for byte: general form parsers decode text fields into strings with
// a charset they do not report, so this one keeps bytes. The body it works on
// is already bounded by the route's size limit.

export type Form = Map<string, Buffer>;

export class BadFormError extends Error {}

export function readForm(body: Buffer, contentTypeHeader: string | undefined): Form {
  const ct = contentType(contentTypeHeader);
  if (ct.type === 'multipart/form-data') {
    if (!ct.params.boundary) throw new BadFormError('multipart/form-data without a boundary');
    return readMultipart(body, ct.params.boundary);
  }
  if (ct.type === 'application/x-www-form-urlencoded') return readUrlencoded(body);
  throw new BadFormError(`expected a form post (multipart/form-data or application/x-www-form-urlencoded), got ${ct.type}`);
}

function readMultipart(body: Buffer, boundary: string): Form {
  const form: Form = new Map();
  for (const bytes of multipartParts(body, boundary)) {
    const part = readEntity(bytes);
    const name = contentType(part.headers.get('content-disposition')).params.name;
    // The first value of a repeated field counts, as for the providers' own examples.
    if (name !== undefined && !form.has(name)) form.set(name, decodeBody(part));
  }
  return form;
}

function readUrlencoded(body: Buffer): Form {
  const form: Form = new Map();
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf(0x26 /* & */, start);
    if (end < 0) end = body.length;
    const pair = body.subarray(start, end);
    const eq = pair.indexOf(0x3d /* = */);
    const name = percentDecode(eq < 0 ? pair : pair.subarray(0, eq)).toString('utf8');
    if (name && !form.has(name)) form.set(name, percentDecode(eq < 0 ? Buffer.alloc(0) : pair.subarray(eq + 1)));
    start = end + 1;
  }
  return form;
}

const hex = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);

/** "%0D%0A+x" → bytes CR LF space x; a stray "%" stays as it is. */
function percentDecode(s: Buffer): Buffer {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === 0x2b /* + */) out[n++] = 0x20;
    else if (c === 0x25 /* % */ && i + 2 < s.length && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out[n++] = hex(s[i + 1]) * 16 + hex(s[i + 2]);
      i += 2;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}
