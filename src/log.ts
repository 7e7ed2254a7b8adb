import { pino, type Logger } from 'pino';

// Structured JSON logs on standard error (standard output belongs to the CLI's
// results). Log ids, counts and reasons: never message bodies, addresses or tokens.
export type { Logger };

export function createLogger(level: string, bindings: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { pid: process.pid, ...bindings }, redact: ['token', '*.token', 'authorization', '*.authorization'] }, pino.destination(2));
}
