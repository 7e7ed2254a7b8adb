import { fold, withLineCache } from './fold.js';
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
  const own = stripSignature(withoutHelpdeskChrome(split.own, p), p, { name: msg.from?.name ?? null, email: msg.from?.email ?? null });
  const quoted = split.quoted ? tidy(split.quoted) : '';
  return { text: tidy(own), quoted: quoted === '' ? null : quoted };
}

/** Lines a help desk's footer may run to under its first line (survey options, "[#43570]"). */
const MAX_FOOTER_LINES = 8;
const MAX_FOOTER_WORDS = 8;
/** The survey's or footer's own line is short: "How would you rate the support you received?". */
const MAX_FOOTER_LINE_WORDS = 12;
const MAX_FOOTER_LINE_CHARS = 100;

/**
 * What a help desk or chat tool adds around the agent's text: a rating
 * survey or "reply to this email to…" footer under it ("How would you rate
 * the support you received?\nGood, I'm satisfied\nBad, I'm unsatisfied"), and
 * a header line naming the agent and the company above the greeting ("Huw
 * from Spore & Sprout"). Neither is the agent's writing.
 */
function withoutHelpdeskChrome(lines: string[], p: ReturnType<typeof patterns>): string[] {
  let out = lines;
  const first = out.findIndex((l) => l.trim() !== '');
  if (first < 0) return out;
  // The footer: a line that opens with the survey or the footer phrase, and
  // only short lines after it.
  // It sits in the last lines, so only they are looked at.
  for (let i = Math.max(first + 1, out.length - MAX_FOOTER_LINES - 12); i < out.length; i++) {
    const t = out[i].trim();
    if (t === '' || t.length > MAX_FOOTER_LINE_CHARS || t.split(/\s+/).length > MAX_FOOTER_LINE_WORDS || !p.helpdeskFooter.test(fold(t))) continue;
    const rest = out.slice(i + 1).filter((l) => l.trim() !== '');
    // Options and links, never sentences of the reply ("If it still pinches, I'll swap it.").
    const options = rest.every((l) => l.trim().split(/\s+/).length <= MAX_FOOTER_WORDS && !/[.?]$/.test(l.trim()));
    if (rest.length <= MAX_FOOTER_LINES && options) out = out.slice(0, i);
    break;
  }
  // The header: "X from Company" alone on the first line, then a greeting.
  const head = out[first].trim();
  const next = out.findIndex((l, i) => i > first && l.trim() !== '');
  if (next > 0 && head.split(/\s+/).length <= 9 && p.chatHeader.test(head) && /[,:!]\s*$/.test(out[next].trim())) out = out.slice(next);
  return out;
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
