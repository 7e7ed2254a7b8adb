/**
 * Thrown for mail that cannot be scored: not an email, truncated, too large, no text.
 * The message is a clear reason for a person; it never quotes the message body.
 */
export class UnscorableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnscorableError';
  }
}
