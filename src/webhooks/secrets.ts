import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

// Comparisons of secrets in constant time: both sides are hashed first, so the
// time taken says nothing about the length or the prefix of a guess.

const digest = (s: string | Buffer) => createHash('sha256').update(s).digest();

export function sameSecret(given: string | undefined, expected: string): boolean {
  return timingSafeEqual(digest(given ?? ''), digest(expected));
}

/** The password of an `Authorization: Basic` header (credentials in the webhook URL arrive this way). */
export function basicPassword(header: string | undefined): string | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

/** Mailgun: signature = hex HMAC-SHA256 of timestamp + token under the webhook signing key. */
export function mailgunSignatureOk(signingKey: string, timestamp: string, token: string, signature: string): boolean {
  const expected = createHmac('sha256', signingKey).update(timestamp + token).digest('hex');
  return sameSecret(signature.toLowerCase(), expected);
}
