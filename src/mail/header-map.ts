import libmime from 'libmime';

// The raw header lines as a plain record (lower-cased name → decoded value), so that
// classifiers downstream (auto-replies, bounces, journal reports) see what the sender
// wrote: `Return-Path: <>` stays `<>`, `Content-Type` keeps its parameters.

const MAX_FIELDS = 300;
const MAX_VALUE_CHARS = 16 * 1024;

export function headerRecord(lines: readonly { key: string; line: string }[]): Record<string, string> {
  // Built in place rather than through a Map and Object.fromEntries: the same own,
  // enumerable properties in the same order, without the Map and entry arrays.
  const out: Record<string, string> = {};
  let count = 0;
  for (const { key, line } of lines) {
    if (count >= MAX_FIELDS) break;
    const name = needsLowerCase(key) ? key.toLowerCase() : key;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    let unfolded = line.slice(colon + 1, colon + 1 + MAX_VALUE_CHARS);
    if (unfolded.includes('\n')) unfolded = unfolded.replace(/\r?\n[ \t]*/g, ' ');
    const value = decodeWords(unfolded.trim());
    // A repeated field (Received, …) keeps every value, one per line, in order.
    if (Object.hasOwn(out, name)) out[name] = `${out[name]}\n${value}`;
    // An assignment would set the prototype instead: define it, as fromEntries does.
    else if (name === '__proto__') Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
    else out[name] = value;
    count++;
  }
  return out;
}

/**
 * libmime.decodeWords, then line breaks to spaces. Most values hold no encoded word
 * ("=?"), nor the NUL of libmime's joining marker: they come back unchanged, so
 * they skip the five regular-expression passes.
 */
function decodeWords(s: string): string {
  if (s.includes('=?') || s.includes('\0')) return libmime.decodeWords(s).replace(/[\r\n]+/g, ' ');
  // Unfolded already: no LF is left, a lone CR may be.
  return s.includes('\r') ? s.replace(/[\r\n]+/g, ' ') : s;
}

/**
 * Whether toLowerCase would change `key` (mailsplit hands names over lower-cased
 * already): only A-Z and characters from U+00C0 on have lower-case forms.
 */
function needsLowerCase(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0xc0) return true;
  }
  return false;
}
