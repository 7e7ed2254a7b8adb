import { createHash } from 'node:crypto';

/**
 * Stable id of a message: from its Message-ID when it has one, else from its
 * bytes. Kept apart from the pipeline so the API can name messages without
 * loading the scorer (and its language data) at all.
 */
export function messageKey(raw: Buffer, messageId: string | null): string {
  const h = createHash('sha256');
  if (messageId) h.update('mid:' + messageId.trim().replace(/^<|>$/g, '').toLowerCase());
  else h.update(raw);
  return h.digest('hex').slice(0, 24);
}
