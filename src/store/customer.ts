import { hashEmail } from '../privacy/redact.js';

// A customer is found by address without the address being a key: the
// customer index is named by the SHA-256 of the normalised address (trimmed,
// lower-cased), as `QA_REDACT_CUSTOMER_EMAIL=hash` stores it. Without a secret
// key, anyone who can read Redis and guesses an address can confirm it; they
// can read the results themselves too.

const HASHED = /^sha256:([0-9a-f]{32})$/;

/** The 32 hex digits that name an address's customer index (of an address, or of its hash as redaction stores it). */
export const customerHash = (address: string): string => HASHED.exec(address)?.[1] ?? hashEmail(address).slice('sha256:'.length);

/** Whether a stored `customer.email` (kept as is, or hashed without a key) is this address. */
export function isCustomer(stored: string | null | undefined, address: string): boolean {
  if (!stored) return false;
  const normal = address.trim().toLowerCase();
  return stored.trim().toLowerCase() === normal || stored === `sha256:${customerHash(normal)}`;
}
