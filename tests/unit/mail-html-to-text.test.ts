// HTML bodies become text with the paragraphs and line breaks a reader sees,
// and with markers where a client's quote container or rule begins.
import { describe, expect, it } from 'vitest';
import { htmlToText, QUOTE_MARK, SEPARATOR_MARK } from '../../src/mail/html-to-text.js';

describe('HTML to text', () => {
  it('paragraphs are separated by a blank line and <br> breaks a line', () => {
    expect(htmlToText('<p>Hi Sarah,</p><p>Your lamp is on its way.<br>It arrives Thursday.</p>')).toBe('Hi Sarah,\n\nYour lamp is on its way.\nIt arrives Thursday.');
  });

  it('Gmail\'s <div><br></div> is a blank line', () => {
    expect(htmlToText('<div dir="ltr"><div>Hi Sarah,</div><div><br></div><div>Thanks!</div></div>')).toBe('Hi Sarah,\n\nThanks!');
  });

  it('Outlook\'s MsoNormal paragraphs are lines, and <p>&nbsp;</p> is a blank line', () => {
    const html = '<p class="MsoNormal">Hi Sarah,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Kind regards,<o:p></o:p></p><p class="MsoNormal">Megan<o:p></o:p></p>';
    expect(htmlToText(html)).toBe('Hi Sarah,\n\nKind regards,\nMegan');
  });

  it('entities are decoded and runs of spaces collapse', () => {
    expect(htmlToText('<p>Fish &amp; chips   cost &pound;5&nbsp;&ndash; &lt;cheap&gt;</p>')).toBe('Fish & chips cost £5 – <cheap>');
  });

  it('styles, scripts, the head and hidden preheaders are not text', () => {
    expect(htmlToText('<html><head><title>T</title><style>p{color:red}</style></head><body><div style="display:none">preview</div><script>x()</script><p>Hello</p></body></html>')).toBe('Hello');
  });

  it('a client quote container is marked where it starts', () => {
    const out = htmlToText('<p>Thanks</p><div class="gmail_quote"><div class="gmail_attr">On Mon, A wrote:</div><blockquote class="gmail_quote">Q</blockquote></div>');
    expect(out.split('\n').filter((l) => l !== '')).toEqual(['Thanks', QUOTE_MARK, 'On Mon, A wrote:', QUOTE_MARK, 'Q']);
  });

  it('rules are marked as separators', () => {
    expect(htmlToText('<p>Thanks</p><hr><p>From: A</p>').split('\n').filter((l) => l !== '')).toEqual(['Thanks', SEPARATOR_MARK, 'From: A']);
  });

  it('a plain <blockquote> is quoted with "> " like a text client would', () => {
    expect(htmlToText('<p>You asked:</p><blockquote>Can I return it?</blockquote><p>Yes.</p>')).toBe('You asked:\n\n> Can I return it?\n\nYes.');
  });

  it('<pre> keeps its line breaks', () => {
    expect(htmlToText('<pre>Order  LH-1\nTotal  £5</pre>')).toBe('Order  LH-1\nTotal  £5');
  });

  it('marker characters in the message itself cannot fake a quote', () => {
    expect(htmlToText(`<p>Hi${QUOTE_MARK}</p><p>${SEPARATOR_MARK}there</p>`)).toBe('Hi\n\nthere');
  });

  it('unclosed and stray tags do not lose text', () => {
    expect(htmlToText('<div><p>Hi Sarah,<p>Thanks</div></span>')).toBe('Hi Sarah,\n\nThanks');
  });
});
