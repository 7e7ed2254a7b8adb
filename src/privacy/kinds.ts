import { z } from 'zod';

/** What redaction can mask; each kind can be switched on or off. */
export const RedactKindSchema = z.enum([
  'email',
  'phone',
  'card',
  'iban',
  'ro_cnp',
  'it_codice_fiscale',
  'es_dni_nie',
  'br_cpf',
]);
export type RedactKind = z.infer<typeof RedactKindSchema>;
export const ALL_REDACT_KINDS: readonly RedactKind[] = RedactKindSchema.options;

/**
 * A list of kinds as written in configuration: "all", "none", or names separated
 * by commas ("email,phone,iban"). For a setting such as QA_REDACT_KINDS.
 */
export const RedactKindListSchema = z
  .string()
  .trim()
  .transform((s) => (s === 'all' ? [...ALL_REDACT_KINDS] : s === 'none' || s === '' ? [] : s.split(/\s*,\s*/)))
  .pipe(z.array(RedactKindSchema));

/** A span of text that holds one identifier: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  kind: RedactKind;
}
