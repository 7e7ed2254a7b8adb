import { createHash, createHmac } from 'node:crypto';
import { z } from 'zod';
import type { Result } from '../result.js';
import { findPhones } from './find-phone.js';
import {
  findCards,
  findCnps,
  findCodiciFiscali,
  findCpfs,
  findDniNies,
  findEmails,
  findIbans,
} from './find-identifiers.js';
import { ALL_REDACT_KINDS, RedactKindSchema, type RedactKind, type Span } from './kinds.js';

export { ALL_REDACT_KINDS, RedactKindListSchema, RedactKindSchema, type RedactKind } from './kinds.js';

/** The character that replaces each masked character. One UTF-16 unit, like every character it replaces. */
export const MASK = '•';

/**
 * Text beyond this many characters is not scanned but masked whole (fails
 * closed): no reply is this long, and it bounds the work per field.
 */
export const MAX_SCANNED_CHARS = 1_000_000;

// Finders in order of precedence: where two kinds claim overlapping text, the
// earlier one masks it (a Luhn-valid card is not also counted as a phone).
const FINDERS: readonly [RedactKind, (text: string) => Span[]][] = [
  ['email', findEmails],
  ['iban', findIbans],
  ['ro_cnp', findCnps],
  ['br_cpf', findCpfs],
  ['es_dni_nie', findDniNies],
  ['it_codice_fiscale', findCodiciFiscali],
  ['card', findCards],
  ['phone', findPhones],
];

// Characters kept inside a masked span so the text still reads as "a phone
// number was here" (+•• •• •••• ••••) without giving away any of its value.
const KEEP: Record<RedactKind, RegExp> = {
  email: /[@]/,
  phone: /[\s+().\-/]/,
  card: /[\s-]/,
  iban: /\s/,
  ro_cnp: /\s/,
  it_codice_fiscale: /\s/,
  es_dni_nie: /[\s-]/,
  br_cpf: /[.-]/,
};

export const RedactOptionsSchema = z.object({
  /** Kinds to mask; every kind when absent. */
  kinds: z.array(RedactKindSchema).optional(),
  /** What to do with `customer.email` (metadata, not text): keep it, replace it by a hash, or drop it. */
  customerEmail: z.enum(['keep', 'hash', 'drop']).default('keep'),
  /** Secret for `customerEmail: "hash"`: an HMAC, so the hash cannot be reversed by guessing addresses. */
  hashKey: z.string().min(1).optional(),
  /** Drop `customer.name` too. */
  dropCustomerName: z.boolean().default(false),
});
export type RedactOptions = z.input<typeof RedactOptionsSchema>;

/** How many identifiers of each kind were masked: counts only, never the values. */
export type RedactCounts = Partial<Record<RedactKind, number>>;

export interface RedactedText {
  text: string;
  counts: RedactCounts;
  /** Characters past MAX_SCANNED_CHARS that were masked without being scanned. */
  unscanned: number;
}

/**
 * Masks personal identifiers in a text, character for character, so every offset
 * into the text still points at the same place.
 */
export function redactText(text: string, opts: { kinds?: readonly RedactKind[] } = {}): RedactedText {
  const kinds = new Set(opts.kinds ?? ALL_REDACT_KINDS);
  let limit = text.length;
  if (limit > MAX_SCANNED_CHARS) {
    // Cut at a space so no identifier is half scanned and half left in clear.
    const space = text.lastIndexOf(' ', MAX_SCANNED_CHARS);
    limit = space > MAX_SCANNED_CHARS - 200 ? space : MAX_SCANNED_CHARS;
  }
  const scanned = limit < text.length ? text.slice(0, limit) : text;

  const taken = new Uint8Array(scanned.length);
  const accepted: Span[] = [];
  const counts: RedactCounts = {};
  for (const [kind, find] of FINDERS) {
    if (!kinds.has(kind)) continue;
    for (const span of find(scanned)) {
      let free = true;
      for (let i = span.start; i < span.end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, span.start, span.end);
      accepted.push(span);
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
  }

  let out = '';
  if (accepted.length) {
    accepted.sort((a, b) => a.start - b.start);
    let at = 0;
    for (const s of accepted) {
      out += scanned.slice(at, s.start);
      const keep = KEEP[s.kind];
      for (let i = s.start; i < s.end; i++) out += keep.test(scanned[i]) ? scanned[i] : MASK;
      at = s.end;
    }
    out += scanned.slice(at);
  } else out = scanned;

  const rest = text.length - limit;
  if (rest > 0) out += text.slice(limit).replace(/\S/g, MASK);
  return { text: out, counts, unscanned: rest };
}

function addCounts(into: RedactCounts, from: RedactCounts): void {
  for (const [k, n] of Object.entries(from) as [RedactKind, number][]) into[k] = (into[k] ?? 0) + n;
}

export function hashEmail(email: string, key?: string): string {
  const normal = email.trim().toLowerCase();
  return key
    ? 'hmac-sha256:' + createHmac('sha256', key).update(normal).digest('hex').slice(0, 32)
    : 'sha256:' + createHash('sha256').update(normal).digest('hex').slice(0, 32);
}

/**
 * A copy of a result with personal identifiers masked in the texts it carries:
 * the reply, the quoted customer text, the subject, and every evidence quote and
 * feedback sentence. Evidence stays aligned: `reply.text.slice(start, end)` is
 * still `evidence.text`. `agent` is left as it is; `customer` as the options say.
 * The counts cover the reply, the quoted text and the subject (evidence quotes
 * are part of the reply and are not counted twice).
 */
export function redactResultWithCounts(result: Result, options: RedactOptions = {}): { result: Result; counts: RedactCounts } {
  const opts = RedactOptionsSchema.parse(options);
  const kinds = { kinds: opts.kinds };
  const counts: RedactCounts = {};
  const counted = (text: string) => {
    const r = redactText(text, kinds);
    addCounts(counts, r.counts);
    return r.text;
  };

  const original = result.reply.text;
  const text = counted(original);
  const quoted = result.reply.quoted === null ? null : counted(result.reply.quoted);
  const subject = result.subject === null ? null : counted(result.subject);

  const criteria: Result['criteria'] = {};
  for (const [id, c] of Object.entries(result.criteria)) {
    criteria[id] = {
      ...c,
      feedback: redactText(c.feedback, kinds).text,
      evidence: c.evidence.map((e) => ({
        ...e,
        // Aligned evidence takes its mask from the reply, so a number that the
        // quote cuts in half is masked exactly as in the reply.
        text: original.slice(e.start, e.end) === e.text ? text.slice(e.start, e.end) : redactText(e.text, kinds).text,
      })),
    };
  }

  const customer = { ...result.customer };
  if (customer.email !== null && opts.customerEmail === 'hash') customer.email = hashEmail(customer.email, opts.hashKey);
  if (opts.customerEmail === 'drop') customer.email = null;
  if (opts.dropCustomerName) customer.name = null;

  return {
    result: {
      ...result,
      ...(result.reason === undefined ? {} : { reason: redactText(result.reason, kinds).text }),
      subject,
      customer,
      criteria,
      reply: { text, quoted },
    },
    counts,
  };
}

export function redactResult(result: Result, options: RedactOptions = {}): Result {
  return redactResultWithCounts(result, options).result;
}
