import { Parser } from 'htmlparser2';
import { trimLineEnd } from './trim.js';

// HTML body → plain text with paragraphs and line breaks, keeping what the HTML
// says about quoting that plain text cannot: a line holding only QUOTE_MARK is
// where a client's own quote container begins (Gmail's div.gmail_quote, Apple
// and Thunderbird's blockquote type=cite, Outlook's #divRplyFwdMsg…), a line
// holding only SEPARATOR_MARK is a rule (<hr>, Outlook's border-top header box)
// that may introduce a quoted header block. Plain <blockquote> content is
// prefixed with "> " like a text client would.

export const QUOTE_MARK = '\uE000';
export const SEPARATOR_MARK = '\uE001';
const MARKS = /[\uE000\uE001]/g;

const SKIP = new Set(['head', 'style', 'script', 'title', 'template', 'noscript', 'xml', 'svg', 'object', 'iframe']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'dl', 'figure']);
const LINE = new Set([
  'div', 'li', 'tr', 'dt', 'dd', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'address',
  'center', 'fieldset', 'form', 'figcaption', 'tbody', 'thead', 'tfoot', 'caption',
]);
const CELL = new Set(['td', 'th']);

const QUOTE_CLASSES = [
  'gmail_quote', 'gmail_quote_container', 'gmail_extra', 'yahoo_quoted', 'moz-cite-prefix', 'protonmail_quote',
  'zmail_extra', 'outlookmessageheader', 'ms-outlook-mobile-reference-message', 'reply_quote', 'quoted-text',
];
const QUOTE_IDS = new Set([
  'divrplyfwdmsg', 'x_divrplyfwdmsg', 'appendonsend', 'x_appendonsend', 'olk_src_body_section',
  'mail-editor-reference-message-container', 'isforwardcontent', 'isreplycontent', 'origbody', 'reply-intro',
]);

type Attribs = Record<string, string>;

function isQuoteContainer(name: string, a: Attribs): boolean {
  const cls = (a.class ?? '').toLowerCase();
  // Yahoo prefixes its class names per message: "ydp9b1f0a55yahoo_quoted".
  if (cls && cls.split(/\s+/).some((c) => QUOTE_CLASSES.includes(c) || c.endsWith('yahoo_quoted'))) return true;
  if (a.id && QUOTE_IDS.has(a.id.toLowerCase())) return true;
  if (name === 'blockquote' && ((a.type ?? '').toLowerCase() === 'cite' || /\bquote\b/.test(cls))) return true;
  return false;
}

function isSeparator(name: string, a: Attribs): boolean {
  if (name === 'hr') return true;
  if (name !== 'div' && name !== 'p' && name !== 'td') return false;
  // Outlook's box around the quoted header: "border:none;border-top:solid #E1E1E1 1.0pt";
  // a help desk's rule between the comments of a thread: <td style="border-top:1px dotted #c5c5c5">.
  const style = (a.style ?? '').toLowerCase().replace(/\s+/g, '');
  return /border-top:(?:[^;]{0,40})?(?:solid|dotted|dashed)/.test(style) && !/border-top:none/.test(style);
}

function isHidden(a: Attribs): boolean {
  const style = (a.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('mso-hide:all') || 'hidden' in a;
}

interface Open { name: string; skip: boolean; cite: boolean; pre: boolean; serial: number; nbsp: number; block: 0 | 1 | 2 }

export function htmlToText(html: string): string {
  const lines: { t: string; d: number }[] = [];
  let cur = '';
  let curDepth = 0;
  let pending: 0 | 1 | 2 = 0;
  let serial = 0; // counts visible text, to spot blocks that held only &nbsp;
  let nbsp = 0; // counts &nbsp;-only text
  let skip = 0;
  let pre = 0;
  let cite = 0;
  const stack: Open[] = [];

  const pushLine = (t: string, d: number) => lines.push({ t, d });
  const endLine = () => {
    if (cur.trim() !== '') pushLine(cur, curDepth);
    cur = '';
    curDepth = cite;
  };
  const flushPending = () => {
    if (pending === 0) return;
    const p = pending;
    pending = 0;
    endLine();
    if (p === 2 && lines.length > 0 && lines[lines.length - 1].t.trim() !== '') pushLine('', cite);
  };
  const mark = (m: string) => {
    pending = 0;
    endLine();
    pushLine(m, 0);
  };
  const append = (s: string) => {
    flushPending();
    if (cur === '') curDepth = cite;
    cur += s;
    serial++;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const entry: Open = { name, skip: false, cite: false, pre: false, serial, nbsp, block: 0 };
        stack.push(entry);
        if (skip > 0 || SKIP.has(name) || isHidden(attribs)) {
          entry.skip = true;
          skip++;
          return;
        }
        if (isQuoteContainer(name, attribs)) mark(QUOTE_MARK);
        else if (isSeparator(name, attribs)) mark(SEPARATOR_MARK);
        if (name === 'br') {
          // A <br> right after a block boundary is a blank line of its own (Gmail's <div><br></div>).
          if (pending !== 0 || cur.trim() === '') {
            flushPending();
            pushLine('', cite);
          } else endLine();
          return;
        }
        if (name === 'blockquote' && !isQuoteContainer(name, attribs)) {
          entry.cite = true;
          pending = 2;
          cite++;
        }
        if (name === 'pre') {
          entry.pre = true;
          pre++;
        }
        const cls = (attribs.class ?? '').toLowerCase();
        entry.block = PARAGRAPH.has(name) ? (cls.includes('msonormal') ? 1 : 2) : LINE.has(name) ? 1 : 0;
        if (entry.block) pending = Math.max(pending, entry.block) as 1 | 2;
        if (CELL.has(name) && cur !== '') cur += ' ';
      },
      ontext(raw) {
        if (skip > 0) return;
        const text = raw.replace(MARKS, '');
        if (pre > 0) {
          const parts = text.replace(/\r\n?/g, '\n').split('\n');
          parts.forEach((part, i) => {
            if (i > 0) {
              if (cur !== '') endLine();
              else pushLine('', cite);
            }
            if (part !== '') append(part.replace(/\u00a0/g, ' '));
          });
          return;
        }
        const collapsed = text.replace(/[\s\u00a0\u202f]+/g, ' ');
        if (collapsed.trim() === '') {
          if (/\u00a0/.test(text)) nbsp++;
          if (cur !== '' && !cur.endsWith(' ') && pending === 0) cur += ' ';
          return;
        }
        append(cur === '' || pending !== 0 ? collapsed.trimStart() : collapsed);
      },
      onclosetag(name) {
        // htmlparser2 closes implied and void elements itself, so the stack stays balanced.
        let entry: Open | undefined;
        while ((entry = stack.pop()) !== undefined) {
          if (entry.skip) skip--;
          if (entry.cite) cite--;
          if (entry.pre) pre--;
          if (!entry.skip && entry.block) {
            if (entry.serial === serial && entry.nbsp !== nbsp) {
              // Outlook writes its blank lines as <p>&nbsp;</p>.
              pending = 0;
              endLine();
              pushLine('', cite);
            } else pending = Math.max(pending, entry.block) as 1 | 2;
          }
          if (entry.name === name) break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endLine();

  const out: string[] = [];
  for (const { t, d } of lines) {
    const line = trimLineEnd(t).replace(/^ +/, '');
    // Blank lines stay blank even inside a quote: a "> " block may hold them.
    out.push(d > 0 && line !== '' ? `${'> '.repeat(d)}${line}` : line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
