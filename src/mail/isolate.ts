import { withLineCache } from './fold.js';
import { htmlToText, QUOTE_MARK, SEPARATOR_MARK } from './html-to-text.js';
import { patterns } from './language-patterns.js';
import type { ParsedMessage } from './parse.js';
import { helpdeskThread, splitQuotes } from './quote-split.js';
import { stripSignature } from './signature.js';
import { trimLineEnd } from './trim.js';

export interface IsolatedReply {
  /** What the agent wrote in this message: greeting, body, sign-off and first name. */
  text: string;
  /** The customer message the reply quotes, without ">" markers and headers; null when none. */
  quoted: string | null;
}

/** A text/plain part this much shorter than the HTML's text is a placeholder ("view in HTML"). */
const PLACEHOLDER_RATIO = 0.25;
const PLACEHOLDER_MAX_CHARS = 200;

/**
 * The agent's own new text of a reply, without quoted history, signature or
 * disclaimer, and the quoted customer text as context. `from` (when the caller
 * has it) helps recognise the signature by the sender's full name.
 */
export function isolateReply(msg: Pick<ParsedMessage, 'text' | 'html'> & Partial<Pick<ParsedMessage, 'from'>>): IsolatedReply {
  return withLineCache(() => isolate(msg));
}

function isolate(msg: Pick<ParsedMessage, 'text' | 'html'> & Partial<Pick<ParsedMessage, 'from'>>): IsolatedReply {
  const p = patterns();
  const lines = normalise(bodyText(msg)).split('\n');
  const split = helpdeskThread(lines, p) ?? splitQuotes(lines, p);
  const own = stripSignature(split.own, p, { name: msg.from?.name ?? null, email: msg.from?.email ?? null });
  const quoted = split.quoted ? tidy(split.quoted) : '';
  return { text: tidy(own), quoted: quoted === '' ? null : quoted };
}

function bodyText(msg: Pick<ParsedMessage, 'text' | 'html'>): string {
  const text = (msg.text ?? '').replace(/[\uE000\uE001]/g, '');
  if (!msg.html) return text;
  if (text.trim() !== '' && text.length > PLACEHOLDER_MAX_CHARS) return text;
  const fromHtml = htmlToText(msg.html);
  if (text.trim() === '') return fromHtml;
  return visible(text) < PLACEHOLDER_RATIO * visible(fromHtml) ? fromHtml : text;
}

/** The length of the text without marks and white space. */
function visible(s: string): number {
  return s.replace(/[\uE000\uE001\s]/g, '').length;
}

function normalise(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .replace(/[\u200b\u200e\u200f\ufeff]/g, '');
}

function tidy(lines: string[]): string {
  return lines
    .filter((l) => l.trim() !== QUOTE_MARK && l.trim() !== SEPARATOR_MARK)
    .map(trimLineEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
