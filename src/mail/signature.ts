import { fold, foldJoined } from './fold.js';
import type { Patterns } from './language-patterns.js';

// Cuts the signature block and legal disclaimer off the end of the sender's own
// text, keeping the sign-off with the first name ("Warm regards,\nDaniel") that
// belongs to the reply. A signature is recognised by its shape, not its words: a
// run of short lines at the end holding a phone number, a web or mail address,
// "Title | Company", the sender's full name, a job title or a "Sent from my …"
// line; a disclaimer by its vocabulary (confidential + addressee/error).

export interface Sender { name: string | null; email: string | null }

type Kind = 'blank' | 'strong' | 'namey' | 'other';

const MAX_SIG_LINE = 100;
/** A person's name under a sign-off has up to four words; a team's ("Departamento de Atención al Socio") up to this. */
const MAX_TEAM_WORDS = 7;
/** A line of a signature block may be longer than a name: "Lumora S.p.A. - Numero verde 155, gratuito da tutte le reti". */
const MAX_BLOCK_LINE = 80;
/** The same inside a block that opens by repeating the signer's name. */
const MAX_ROOMY_BLOCK_LINE = 110;
const URL = /(?:\bhttps?:\/\/|\bwww\.)\S|^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}(?:\/\S{0,200})?$/i;
const EMAIL = /[^\s@<>()]{1,64}@[^\s@<>()]{1,255}\.[a-z]{2,}/i;
const SEPARATORS = /\s[|•·]\s|\s\|$|^\|/;
// A name, a company or a title: "Daniel Hart", "Bramble & Co.", "Lumora Home (UK) Ltd",
// "Travessias do Sado – Apoio ao Cliente".
const NAMEY = /^[-–—~^*]{0,2}\s?[\p{L}][\p{L}\p{M}\p{N}'’.&,()/+ –—-]{0,48}$/u;
/** A firm and its town, the town with a district number: "Buchbinderei Wallner, Wien 7", "Trains Miniatures Daumesnil, Paris 12e". */
const FIRM_AND_TOWN = /^\p{Lu}[\p{L}\p{M}'’.& -]{1,40}, \p{Lu}[\p{L}\p{M}'’. -]{1,25} \d{1,2}(?:e|er|\.)?$/u;
/** A postscript's opening: "P.S.", "PS:", "P.-S." (French), "P.D." (Spanish), "N.B.". */
export const POSTSCRIPT = /^\s*(?:p\.?\s?-?s|p\.?\s?d|n\.?\s?b)\.?(?:\s|:|$)/i;
const PS = POSTSCRIPT;
const DELIMITER = /^(?:--|-- |—)\s*$/;
// A rule of dashes and the like, or the lone "ᐧ" that mail trackers append.
const RULE = /^[ \t]*(?:[-_=*—–~+#]{3,}|ᐧ)[ \t]*$/;

/** The number of words: runs of characters that /\s/ does not match. */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether /\s/ matches the UTF-16 code unit `c`: ASCII and Unicode spaces, line ends, BOM. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isBlank = (line: string) => line.trim() === '';

/** The number of words that hold a letter: "0113 496 0261" is none. */
function letterWords(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (/\p{L}/u.test(w)) n++;
  return n;
}

/** The number of words that start with a lower-case letter. */
function lowerCaseWords(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (/^\p{Ll}/u.test(w)) n++;
  return n;
}

function digits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * "Please tell us more here: https://…", "That's concerning. Details: www.…":
 * a sentence that leads to a link or address is the reply's own text (often
 * its only line), not a signature's "www.lumora.co.uk" or "Web: https://…".
 */
function lastNonBlank(lines: string[], before: number): number {
  for (let k = before - 1; k >= 0; k--) if (lines[k].trim() !== '') return k;
  return -1;
}

/** "Unit 4, Alder Court, Leeds LS11 5QT", "C/ Alcalá 221, 28028 Madrid": a postal address line. */
const ADDRESS = /^(?=[^\n]*\d)(?=[^\n]*(?:,|\s[-–]\s))[^\n]{6,80}$/;

function sentenceBeforeLink(t: string): boolean {
  const link = t.search(/\bhttps?:\/\/|\bwww\.|[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i);
  if (link <= 0) return false;
  const before = t.slice(0, link);
  return words(before) >= 4 && /[.!?:;](?:\s|$)/.test(before);
}

export function normaliseSenderName(name: string | null): string | null {
  if (!name) return null;
  let n = name.replace(/\([^()]{0,80}\)|\[[^[\]]{0,80}\]|"|'/g, ' ').replace(/\s+/g, ' ').trim();
  const comma = /^([^,]{1,40}),\s*([^,]{1,40})$/.exec(n); // "Hart, Daniel"
  if (comma) n = `${comma[2]} ${comma[1]}`;
  return n.length >= 3 && n.includes(' ') ? fold(n) : null;
}

type SignOff = 'alone' | 'with-name' | null;

/**
 * The lines of a reply, each classified when first asked for and remembered:
 * the cut looks only at the last few lines of most replies.
 */
class Classifier {
  private readonly sender: string | null;
  private readonly senderEmail: string | null;
  private readonly kinds: (Kind | undefined)[];
  private readonly signOffs: (SignOff | undefined)[];
  private readonly disclaimer: (boolean | undefined)[];

  constructor(private readonly p: Patterns, sender: Sender, private readonly lines: string[]) {
    this.sender = normaliseSenderName(sender.name);
    this.senderEmail = sender.email ? sender.email.toLowerCase() : null;
    this.kinds = new Array(lines.length);
    this.signOffs = new Array(lines.length);
    this.disclaimer = new Array(lines.length);
  }

  /** The kind of line i; undefined outside the lines. */
  kind(i: number): Kind | undefined {
    if (i < 0 || i >= this.lines.length) return undefined;
    return (this.kinds[i] ??= this.lineKind(this.lines[i], this.inDisclaimer(i)));
  }

  /** Whether line i is a sign-off, alone or with a name; undefined outside the lines. */
  signOff(i: number): SignOff | undefined {
    if (i < 0 || i >= this.lines.length) return undefined;
    let s = this.signOffs[i];
    if (s === undefined) this.signOffs[i] = s = this.lineSignOff(this.lines[i]) ?? (this.unlistedClosing(i) ? 'alone' : null);
    return s;
  }

  /**
   * A closing no list names, known by its place: a short line of its own that
   * ends with a comma, after a blank line, right above the sender's name
   * ("Buen Camino,\nRosa Vilariño", "Avec nos excuses,\nRaphaël Crettex",
   * "Happy baking,\nTom Reyes"). The name under it signs the reply and stays.
   */
  private unlistedClosing(i: number): boolean {
    const t = this.lines[i].trim();
    if (!t.endsWith(',') || t.length > 40 || words(t) > 4 || !/^\p{Lu}/u.test(t) || /\d/.test(t) || URL.test(t)) return false;
    if (i === 0 || !isBlank(this.lines[i - 1]) || i + 1 >= this.lines.length || this.sender === null) return false;
    const name = fold(this.lines[i + 1].trim());
    return name === this.sender || (words(name) <= 3 && name.split(' ')[0] === this.sender.split(' ')[0] && this.shortName(i + 1));
  }

  /**
   * Whether line i names a team or department that signs the reply on its own:
   * "Departamento de Atención al Socio", "Le Service Relation Client de Maisons Lumière". A
   * title word, capitalised, no digits, commas or links, and not the sender's
   * name with a title after it ("Daniel Hart Customer Service Manager").
   */
  teamName(i: number, senderToo = false): boolean {
    const k = this.kind(i);
    if (k !== 'strong' && k !== 'namey') return false;
    const t = this.lines[i].trim();
    if (words(t) > MAX_TEAM_WORDS || !/^['’]?\p{Lu}/u.test(t) || !NAMEY.test(t) || /[\d,]|[.!?]$/.test(t) || URL.test(t)) return false;
    const f = fold(t);
    return this.p.signatureTitle.test(f) && (senderToo || !(this.sender && f.startsWith(`${this.sender} `)));
  }

  /** Whether line i is short and reads as a name: capitalised, no digits, at most a team name's words. */
  shortName(i: number): boolean {
    const t = this.lines[i]?.trim() ?? '';
    return words(t) <= MAX_TEAM_WORDS && /^['’]?\p{Lu}/u.test(t) && NAMEY.test(t) && !/\d/.test(t);
  }

  /**
   * Whether line i names the sender's organisation, with the town or what it
   * does after it: "Refugio Tuca Blanca - Benasque", "Abrigo de Montanha da
   * Mourela, Montalegre" from "Refugio Tuca Blanca" and "Abrigo de Montanha
   * da Mourela". It opens with the first three words of the sender's name.
   */
  sendersOrg(i: number): boolean {
    if (this.sender === null) return false;
    const t = this.lines[i]?.trim() ?? '';
    if (words(t) > MAX_TEAM_WORDS + 5 || !/^['’]?\p{Lu}[\p{L}\p{M}'’.&,()/+ –—-]{0,80}$/u.test(t) || URL.test(t)) return false;
    const head = this.sender.split(' ').slice(0, 3).join(' ');
    const f = fold(t);
    return head.split(' ').length >= 2 && (f === head || f.startsWith(`${head} `) || f.startsWith(`${head},`));
  }

  /** Whether line i is the sender's display name and nothing else, as a company signs ("Aluga Algarve – Rent a Car"). */
  isSender(i: number): boolean {
    return this.sender !== null && this.shortName(i) && fold(this.lines[i].trim()) === this.sender;
  }

  /**
   * Whether the lines from i on start a signature block by repeating the name
   * just above: "Beste Grüße\nLukas Berger\nLukas Berger\nLizenzvertrieb –
   * Softwarehaus Kessler GmbH". Every line of it signature-like or a block line.
   */
  repeatsName(nameLine: number, from: number, to: number): boolean {
    let k = from;
    while (k < to && isBlank(this.lines[k])) k++;
    if (k >= to || fold(this.lines[k].trim()) !== fold(this.lines[nameLine].trim())) return false;
    // Opened by the name it repeats, a block may carry a longer line of what
    // the firm does ("Funilaria Martins - lanternas, regadores e candeeiros em
    // folha-de-flandres e latão").
    for (; k < to; k++) {
      if (this.kind(k) === 'other' && !this.blockLine(k, true)) return false;
      if (PS.test(this.lines[k].trim())) return false;
    }
    return true;
  }

  /**
   * Whether line i can stand in a signature block though it does not mark one
   * by itself: short, starting with a capital or a number, with no sentence
   * punctuation. "Chargée de clientèle Maisons Lumière", "3210 (appel gratuit)",
   * "Oficina de Relaciones Internacionales de la Facultad", "Lumora S.p.A. - Numero verde 155".
   */
  blockLine(i: number, roomy = false): boolean {
    const t = this.lines[i].trim();
    // Words with a letter: the dash of "Pimentón La Dehesilla - pimentón de la Vera…" is none.
    if (t.length > (roomy ? MAX_ROOMY_BLOCK_LINE : MAX_BLOCK_LINE) || letterWords(t) > (roomy ? 16 : 12) || !/^['’]?[\p{Lu}\d+(]/u.test(t)) return false;
    // A full stop only as part of a company form: "S.r.l.", "S.p.A.", "Ltd.", "Lda.".
    if (/[,:;]$/.test(t) || (t.endsWith('.') && !/(?:\b\p{L}{1,3}\.){2,}$|\b\p{Lu}\p{Ll}{1,2}\.$/u.test(t))) return false;
    return !/[!?]|\p{Ll}{4}[.;]\s/u.test(t); // "jud. Tulcea", "Str. Mare": an abbreviation is no sentence end
  }

  /**
   * Whether lines [from, to) are a signature block set off by a blank line
   * under the sign-off's name: each line signature-like or a block line, no
   * P.S., and some line from `from` on (cut or not) marking a signature.
   */
  blockBelowName(from: number, to: number): boolean {
    if (from >= to || !isBlank(this.lines[from])) return false;
    for (let k = from; k < to; k++) {
      const kind = this.kind(k);
      if (kind === 'blank') continue;
      if ((kind === 'other' && !this.blockLine(k)) || PS.test(this.lines[k].trim())) return false;
    }
    for (let k = from; k < this.lines.length; k++) {
      const kind = this.kind(k);
      if (kind === 'strong' || kind === 'namey') return true;
    }
    return false;
  }

  /** Whether lines [from, to) are all signature-like. */
  allSigLike(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!sigLike(this.kind(k))) return false;
    return true;
  }

  /** Whether a line (folded) is a closing like "Kind regards," or "Cu stimă," alone or with a name. */
  private lineSignOff(line: string): SignOff {
    if (line.length > 200 || line.trim() === '') return null;
    const f = fold(line);
    if (f.length > 60) return null;
    const bare = f.replace(/[\s,.!…:;–—-]+$/, '');
    if (this.p.signOffs.has(bare) || this.withPlace(bare)) return 'alone';
    const m = /^([^,–—-]{2,40}?)\s*(?:,|\s[-–—])\s*(.{1,40})$/.exec(line.trim());
    if (m && this.p.signOffs.has(fold(m[1])) && NAMEY.test(m[2].trim()) && words(m[2]) <= 3 && /^\p{Lu}/u.test(m[2].trim())) {
      return 'with-name';
    }
    return null;
  }

  /** "Herzliche Grüße aus der Buchhandlung", "Saluti da Milano", "Greetings from the support team". */
  private withPlace(bare: string): boolean {
    const w = bare.split(' ');
    for (let k = 1; k < w.length - 1 && k <= 6; k++) {
      if (!this.p.signOffs.has(w.slice(0, k).join(' '))) continue;
      for (const tailLength of [1, 2]) {
        const rest = w.length - k - tailLength;
        if (this.p.signOffTails.has(w.slice(k, k + tailLength).join(' ')) && rest >= 1 && rest <= 4) return true;
      }
    }
    return false;
  }

  private lineKind(line: string, disclaimer: boolean): Kind {
    const t = line.trim();
    if (t === '') return 'blank';
    if (disclaimer || RULE.test(t)) return 'strong';
    const f = fold(t);
    if (f.length <= 80 && this.p.mobileSignature.test(f)) return 'strong';
    const n = words(t);
    // Groups of digits are no words here: "Tél. 04 78 55 01 62 - Port. 06 55 31 27 48" is one phone
    // line. A sentence that gives a number ("You'd need to contact our team on 0344 556 5650 from
    // 8am") has more words in lower case than a label or an address has.
    if (t.length <= MAX_SIG_LINE && (n <= 12 || (letterWords(t) <= 12 && lowerCaseWords(t) <= 4))) {
      const endsLikeProse = /[.!?]$/.test(t) && !URL.test(t);
      if (!endsLikeProse) {
        if (digits(t) >= 7) return 'strong'; // phone, fax
        if ((URL.test(t) || EMAIL.test(t) || SEPARATORS.test(t)) && !sentenceBeforeLink(t)) return 'strong';
        if (this.sender && (f === this.sender || f.startsWith(`${this.sender},`) || f.startsWith(`${this.sender} `))) return 'strong';
        if (this.senderEmail && t.toLowerCase().includes(this.senderEmail)) return 'strong';
        // ("support@…" names a title too, but not in "Please write to us here: support@…")
        if (t.length <= 60 && this.p.signatureTitle.test(f) && !/[,:;]$/.test(t) && !sentenceBeforeLink(t)) return 'strong';
      }
    }
    if (t.length <= 50 && n <= 5 && NAMEY.test(t) && !/[,:;!?]$/.test(t) && (!t.endsWith('.') || /\b\p{L}{1,4}\.$/u.test(t))) {
      return 'namey';
    }
    // An address under a signature goes with it, but does not start one.
    if (n <= 10 && ADDRESS.test(t) && !/[.!?:;]$/.test(t) && !/\p{L}{4}[.!?]\s/u.test(t)) return 'namey';
    return 'other';
  }

  /** Whether line i belongs to a legal disclaimer. */
  inDisclaimer(i: number): boolean {
    const lines = this.lines;
    if (isBlank(lines[i])) return false;
    if (this.disclaimer[i] === undefined) {
      // A paragraph (lines between blank lines) is a disclaimer or not as a whole.
      let start = i;
      let end = i + 1;
      while (start > 0 && !isBlank(lines[start - 1])) start--;
      while (end < lines.length && !isBlank(lines[end])) end++;
      const from = this.disclaimerStart(start, end);
      for (let k = start; k < end; k++) this.disclaimer[k] = from >= 0 && k >= from;
    }
    return this.disclaimer[i]!;
  }

  /**
   * Whether the paragraph lines[start, end) closes the message under a signed
   * reply, a sign-off and a line at least above it: there a company's footer
   * that calls the mail confidential is its legal footer, addressee named or
   * not ("… NIF 516 330 218 · Instalador certificado DGEG. Confidencial.").
   */
  private closingFooter(start: number, end: number): boolean {
    for (let k = end; k < this.lines.length; k++) if (!isBlank(this.lines[k])) return false;
    if (PS.test(this.lines[start].trim())) return false;
    for (let k = start - 2; k >= 0; k--) if (this.signOff(k)) return true;
    return false;
  }

  /**
   * Where the legal disclaimer in the paragraph lines[start, end) begins, or -1
   * when the paragraph does not read as one.
   */
  private disclaimerStart(start: number, end: number): number {
    const lines = this.lines;
    const d = this.p.disclaimer;
    const para = foldJoined(lines.slice(start, end));
    const isDisclaimer =
      d.marker.test(para) ||
      (words(para) >= 8 && d.confidential.test(para) && (d.recipient.test(para) || this.closingFooter(start, end)));
    if (!isDisclaimer) return -1;
    // Without blank lines around it the "paragraph" may hold the sign-off too:
    // the disclaimer starts at its first line that uses the vocabulary.
    let from = start;
    while (from < end - 1 && !d.cue.test(fold(lines[from]))) from++;
    return from;
  }
}

// Helpers are module functions, not closures made inside stripSignature at each call.
const sigLike = (k: Kind | undefined) => k !== 'other';

/** Whether lines [from, to] hold a postal address, a phone number, a link or an e-mail address. */
function hasContact(lines: string[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = lines[k].trim();
    if (ADDRESS.test(t) || digits(t) >= 7 || URL.test(t) || EMAIL.test(t)) return true;
  }
  return false;
}

/** Whether a sign-off stands between the first line and line `to`: the reply was signed already. */
function signedAbove(c: Classifier, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (c.signOff(k)) return true;
  return false;
}

/**
 * The last line with text before `limit`, passing over a closing paragraph of
 * signature lines only ("Obter o Outlook para Android", a phone and a link)
 * that starts after line `after`.
 */
function lastBeforeStrongBlock(c: Classifier, lines: string[], limit: number, after: number): number {
  const last = lastNonBlank(lines, limit);
  let para = last;
  while (para > 0 && !isBlank(lines[para - 1])) para--;
  if (para <= after) return last;
  for (let k = para; k <= last; k++) if (c.kind(k) !== 'strong') return last;
  return lastNonBlank(lines, para);
}

/** A link or number right under "Track it here:" is the reply's, not a signature's. */
function introduced(lines: string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isBlank(lines[k])) k--;
  return k >= 0 && /:\s*$/.test(lines[k]);
}

export function stripSignature(input: string[], p: Patterns, sender: Sender = { name: null, email: null }): string[] {
  let lines = input;

  // "-- " is the standard signature delimiter; everything below it is signature.
  const firstText = lines.findIndex((l) => l.trim() !== '');
  const delimiter = lines.findIndex((l, i) => i > firstText && DELIMITER.test(l));
  if (delimiter > 0) lines = lines.slice(0, delimiter);

  const c = new Classifier(p, sender, lines);

  // 1. The trailing run of signature-like lines, cut at its first strong line and
  //    the name lines glued to it, but never at the name under a sign-off.
  let end = lines.length;
  let start = end;
  while (start > 0 && sigLike(c.kind(start - 1)) && !c.signOff(start - 1)) start--;
  let cutAt = end;
  let firstStrong = start;
  while (firstStrong < lines.length && !(c.kind(firstStrong) === 'strong' && !introduced(lines, firstStrong))) firstStrong++;
  if (firstStrong < lines.length) {
    cutAt = firstStrong;
    while (cutAt - 1 > firstText && cutAt - 1 >= start && c.kind(cutAt - 1) === 'namey' && !c.signOff(cutAt - 1) && !c.signOff(cutAt - 2)) cutAt--;
  }

  // The reply's last lines come before a legal disclaimer that closes the
  // message ("Rui Penedo\nBarcaças do Sado\n\nBarcaças do Sado, Lda. - NIPC…
  // Esta mensagem e os seus anexos são confidenciais…"): the rules below that
  // look at "the last line" look at the last one before it, and keep the
  // disclaimer cut.
  let limit = lines.length;
  for (let k = lines.length; k > firstText + 1 && (isBlank(lines[k - 1]) || c.inDisclaimer(k - 1)); k--) if (!isBlank(lines[k - 1])) limit = k - 1;

  // 2. A sign-off with its name, followed only by signature-like lines, or by a
  //    signature block after a blank line ("Bien cordialement,\nÉmilie Faure\n\n
  //    Émilie Faure\nChargée de clientèle Maisons Lumière\n3210 (…)"): cut after the name.
  for (let v = Math.min(cutAt, lines.length) - 1; v > firstText; v--) {
    if (c.kind(v) === 'other' && !c.signOff(v) && !c.blockLine(v, true)) break;
    if (!c.signOff(v)) continue;
    let nameEnd = v + 1;
    if (c.signOff(v) === 'alone') {
      let n = v + 1;
      if (n < lines.length && c.kind(n) === 'blank') n++;
      // The signer's line stays, even the sender's own "Travessias do Sado – Apoio ao Cliente" when nothing follows it
      // but what is cut anyway after a blank line ("Obter o Outlook para Android").
      const lastText = lastBeforeStrongBlock(c, lines, limit, n + 1);
      const last = lastText === n;
      if (n < lines.length && (c.kind(n) === 'namey' || (c.kind(n) === 'strong' && words(lines[n]) <= 4 && NAMEY.test(lines[n].trim())) || c.teamName(n, last) || (last && (c.isSender(n) || c.sendersOrg(n))))) nameEnd = n + 1;
      // A department signing with its organisation under it, and nothing else:
      // "Atención al Cliente\nSol Rent a Car"; so does a person with their
      // shop or firm ("Sylvie Favre\nLibrairie du Rhône, Genève"). A
      // department under a person's name is their title block and goes.
      const org = lines[nameEnd]?.trim() ?? '';
      const signsWithOrg = c.teamName(n, true) || (n < lines.length && words(lines[n]) <= 4 && !c.teamName(nameEnd, true) && !URL.test(org) && !EMAIL.test(org));
      if (nameEnd === n + 1 && lastText === nameEnd && signsWithOrg && (c.shortName(nameEnd) || FIRM_AND_TOWN.test(org))) nameEnd++;
    }
    // The name under a sign-off stays, even when it is the sender's full name.
    if (cutAt > v && cutAt < nameEnd) cutAt = nameEnd;
    if (c.allSigLike(nameEnd, cutAt) && !lines.slice(nameEnd, cutAt).some((l) => PS.test(l.trim()))) cutAt = Math.min(cutAt, nameEnd);
    else if ((nameEnd > v + 1 || c.signOff(v) === 'with-name') && (c.blockBelowName(nameEnd, cutAt) || c.repeatsName(nameEnd - 1, nameEnd, cutAt))) cutAt = nameEnd;
    break;
  }

  // 2b. A first name alone under the body, then a signature block that opens
  //     with the full name ("Giulia\n\nGiulia Vellani\nTostatura Vellani -
  //     caffè tostato a Parma"): the first name signs, the block goes.
  // A last paragraph cut as a whole already ("Prima di stampare, pensa
  // all'ambiente.") is not the block: the one above it is.
  let blockEnd = lastNonBlank(lines, lines.length);
  let blockStart = blockEnd;
  for (;;) {
    while (blockStart > 0 && !isBlank(lines[blockStart - 1])) blockStart--;
    let cut = blockStart > firstText + 1 && cutAt <= blockStart;
    for (let k = blockStart; cut && k <= blockEnd; k++) cut = c.kind(k) === 'strong';
    if (!cut) break;
    blockEnd = lastNonBlank(lines, blockStart);
    blockStart = blockEnd;
  }
  let firstName = lastNonBlank(lines, blockStart);
  // The signer may add whom they sign for on a line of its own ("Maria Oprea\n
  // în numele echipei Cojoace Săliște\n\nMaria Oprea\nCojoace Săliște -
  // cojoace…"): the name above that line signs, and the line stays with it.
  let onBehalf = 0;
  if (firstName > firstText + 1 && p.signsFor.test(fold(lines[firstName].trim())) && !isBlank(lines[firstName - 1])) {
    firstName--;
    onBehalf = 1;
  }
  // So does a team ("L'équipe des Lavandes de Valensole\n\nMathieu Garcin\n
  // Les Lavandes de Valensole - distillerie\nValensole (04)") above a block
  // that opens with the sender's name.
  const teamSigns = firstName > firstText && c.teamName(firstName, true) && c.isSender(blockStart);
  if (firstName > firstText && (cutAt > firstName + 1 + onBehalf || (cutAt === firstName && c.isSender(firstName))) && ((words(lines[firstName]) <= 2 && c.shortName(firstName)) || teamSigns) && isBlank(lines[firstName + 1 + onBehalf])) {
    const name = fold(lines[firstName].trim());
    const first = fold(lines[blockStart].trim());
    const opens = first === name || first.startsWith(`${name} `) || teamSigns;
    let blockOnly = opens;
    for (let k = blockStart; blockOnly && k <= blockEnd; k++) blockOnly = (c.kind(k) !== 'other' || c.blockLine(k)) && !PS.test(lines[k].trim());
    // Or a company block with an address, phone or link under the first name:
    // "Nicola\n\nTelefix Murat - riparazioni smartphone\nVia Sparano 88, Bari".
    if (blockOnly || (blockEnd - blockStart <= 3 && c.blockBelowName(firstName + 1, blockEnd + 1) && hasContact(lines, blockStart, blockEnd))) cutAt = firstName + 1 + onBehalf;
  }

  // 2c. The full name that signs, then a block that opens with the same name
  //     ("Espero que entienda.\nJuan Camilo Restrepo\n\nJuan Camilo Restrepo\n
  //     Chivas Rumberas Medellín - recorridos…"), a P.S. between them or not:
  //     the name signs and stays, the block goes.
  if (cutAt > blockStart && blockStart > firstText + 1) {
    let nameLine = lastNonBlank(lines, blockStart);
    let keepTo = nameLine;
    let para = nameLine;
    while (para > 0 && !isBlank(lines[para - 1])) para--;
    let ps = para;
    while (ps <= keepTo && !PS.test(lines[ps].trim())) ps++;
    if (ps <= keepTo) nameLine = ps > para ? ps - 1 : lastNonBlank(lines, para);
    const name = fold(lines[nameLine]?.trim() ?? '');
    let blockOnly = nameLine > firstText && name !== '' && words(lines[nameLine]) <= 4 && NAMEY.test(lines[nameLine].trim()) && fold(lines[blockStart].trim()) === name;
    for (let k = blockStart + 1; blockOnly && k <= blockEnd; k++) blockOnly = (c.kind(k) !== 'other' || c.blockLine(k)) && !PS.test(lines[k].trim());
    if (blockOnly && blockEnd > blockStart) cutAt = keepTo + 1;
  }

  // 3. A lone name line right under the body, with nothing else below, is how
  //    the reply is signed ("Altceva?\n\nEchipa Pixel Forja"), even when it is
  //    the sender's display name: no sign-off or first name above it to sign instead.
  //    A team's name may be longer ("Oficina de Atención al Socio Club Marina").
  const lastText = lastNonBlank(lines, limit);
  if (cutAt === lastText && lastText > firstText && (words(lines[lastText]) <= 4 || c.teamName(lastText, true) || c.isSender(lastText) || c.sendersOrg(lastText)) && /^\p{Lu}\p{L}/u.test(lines[lastText].trim()) && NAMEY.test(lines[lastText].trim())) {
    const above = lastNonBlank(lines, lastText);
    if (above >= 0 && (c.kind(above) === 'other' || /[.!?]$/.test(lines[above].trim())) && !c.signOff(above)) cutAt = limit;
  }

  // 3b. So is a name with one line of its company or role under it, glued to
  //     it and under the body ("Laura Pîrvu\nRecepție Kinetic Med"): the
  //     agent signs with where they work, and nothing else follows.
  if (lastText > firstText + 1 && (cutAt === lastText - 1 || cutAt === lastText) && !isBlank(lines[lastText - 1])) {
    const nameLine = lastText - 1;
    const above = lastNonBlank(lines, nameLine);
    const company = lines[lastText].trim();
    if (
      above >= 0 && above < nameLine - 1 && !signedAbove(c, firstText + 1, above) && words(lines[nameLine]) <= 4 && c.shortName(nameLine) &&
      (c.shortName(lastText) || c.teamName(lastText, true)) && !URL.test(company) && !EMAIL.test(company) &&
      (c.kind(above) === 'other' || /[.!?]$/.test(lines[above].trim())) && !c.signOff(above)
    ) cutAt = limit;
  }

  end = cutAt;
  while (end > 0 && isBlank(lines[end - 1])) end--;
  return lines.slice(0, end);
}
