import { ResultSchema, type Result } from '../../src/result.js';
import { redactResult } from '../../src/privacy/redact.js';

/** What is wrong with a result, or null: the contract's promises, checked on every fuzz case. */
export function resultProblem(result: unknown): string | null {
  const parsed = ResultSchema.safeParse(result);
  if (!parsed.success) return `not a valid result: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  const r = parsed.data;
  if (r.status === 'scored' && r.score === null) return 'scored without a score';
  if (r.status === 'unscorable' && !r.reason?.trim()) return 'unscorable without a reason';
  const misaligned = evidenceProblem(r);
  if (misaligned) return misaligned;
  try {
    JSON.parse(JSON.stringify(r));
  } catch (err) {
    return `does not survive JSON: ${(err as Error).message}`;
  }
  return null;
}

export function evidenceProblem(r: Result): string | null {
  for (const [id, c] of Object.entries(r.criteria)) {
    for (const e of c.evidence) {
      if (e.end < e.start || e.end > r.reply.text.length) return `${id}: evidence offsets ${e.start}-${e.end} outside the reply (${r.reply.text.length})`;
      if (r.reply.text.slice(e.start, e.end) !== e.text) return `${id}: evidence text is not reply.text.slice(${e.start}, ${e.end})`;
    }
  }
  return null;
}

/** Redaction must keep a valid result, the reply's length and every evidence offset. */
export function redactionProblem(result: Result): string | null {
  const red = redactResult(result);
  if (!ResultSchema.safeParse(red).success) return 'redacted result is not a valid result';
  if (red.reply.text.length !== result.reply.text.length) return 'redaction changed the reply length';
  const e = evidenceProblem(red);
  return e ? `after redaction: ${e}` : null;
}
