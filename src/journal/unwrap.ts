import { NotAnEmailError } from '../ingest/headers.js';
import { contentType, decodeBody, multipartParts, readEntity, type Entity } from './mime.js';

// Exchange and Microsoft 365 envelope journaling send a report per message (and
// often one per journal mailbox or recipient): a multipart/mixed message from the
// journaling agent, marked X-MS-Journal-Report, with a text/plain envelope part
// (Sender:, Subject:, Message-Id:, Recipient: lines) and the original message
// attached as message/rfc822. The original is what gets scored, and since it
// keeps its own Message-ID, every report of it is one and the same message to
// ingest's dedup.

const JOURNAL_FIELD = /(?:^|\n)x-ms-journal-report[ \t]*:/i;
/** A report of a report (journaling of the journal mailbox) is unwrapped too, within reason. */
const MAX_DEPTH = 3;
const MAX_HEADER_BYTES = 1024 * 1024;

/** The original message of a journal report; any other message unchanged (the same Buffer). */
export function unwrapJournal(raw: Buffer): Buffer {
  let message = raw;
  for (let depth = 0; depth < MAX_DEPTH && isJournalReport(message); depth++) message = originalOf(readEntity(message));
  return message;
}

/** Whether the message's own header block (not a quoted or attached one) carries X-MS-Journal-Report. */
export function isJournalReport(raw: Buffer): boolean {
  const head = raw.subarray(0, Math.min(raw.length, MAX_HEADER_BYTES));
  const lf = head.indexOf('\n\n');
  const crlf = head.indexOf('\r\n\r\n');
  const end = Math.min(lf < 0 ? head.length : lf, crlf < 0 ? head.length : crlf);
  return JOURNAL_FIELD.test(head.subarray(0, end).toString('latin1'));
}

function originalOf(report: Entity): Buffer {
  const found = findAttached(report, 0);
  if (!found) throw new NotAnEmailError('a journal report (X-MS-Journal-Report) without the original message attached as message/rfc822');
  return found;
}

/** The first message/rfc822 part, looking into nested multiparts a little way. */
function findAttached(entity: Entity, depth: number): Buffer | null {
  const ct = contentType(entity.headers.get('content-type'));
  if (!ct.type.startsWith('multipart/') || !ct.params.boundary || depth > 2) return null;
  for (const bytes of multipartParts(entity.body, ct.params.boundary)) {
    const part = readEntity(bytes);
    const type = contentType(part.headers.get('content-type')).type;
    if (type === 'message/rfc822') return decodeBody(part);
    const nested = findAttached(part, depth + 1);
    if (nested) return nested;
  }
  return null;
}
