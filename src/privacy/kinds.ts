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
 * by commas, spaces or semicolons ("email,phone,iban"), like the project's other
 * list settings; also the same list already split. For QA_REDACT_KINDS.
 */
export const RedactKindListSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (typeof v === 'string' ? v.split(/[\s,;]+/) : v).map((s) => s.trim().toLowerCase()).filter(Boolean))
  .transform((names) => (names.length === 1 && names[0] === 'all' ? [...ALL_REDACT_KINDS] : names.length === 1 && names[0] === 'none' ? [] : names))
  .pipe(z.array(RedactKindSchema));

/** A span of text that holds one identifier: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  kind: RedactKind;
}
