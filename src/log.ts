import { pino, type DestinationStream, type Logger } from 'pino';

// Structured JSON logs on standard error (standard output belongs to the CLI's
// results). Log ids, counts and reasons: never message bodies, addresses or tokens.
export type { Logger };

/** `destination`: standard error unless given (tests read what would be logged). */
export function createLogger(level: string, bindings: Record<string, unknown> = {}, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: { pid: process.pid, ...bindings }, redact: ['token', '*.token', 'authorization', '*.authorization'] }, destination);
}
