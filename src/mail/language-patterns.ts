import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fold, literalSource, phraseSource } from './fold.js';

// The words mail clients and people use around a reply, per language, live in
// ./patterns/<lang>.json; adding a language means adding a file. They are merged
// into one matcher, because an Italian agent's Outlook may well be in English.

const Phrases = z.array(z.string().min(1)).default([]);

export const LanguagePackSchema = z.object({
  language: z.string().regex(/^[a-z]{2}$/),
  /** What a client puts before a subject it answers ("Re", "AW", "R", "Răspuns"), without the colon. */
  replyPrefixes: Phrases,
  quoteHeader: z.object({ leads: Phrases, verbs: Phrases }),
  headerFields: z.object({ from: Phrases, sent: Phrases, to: Phrases, cc: Phrases, subject: Phrases }),
  originalMessage: Phrases,
  forwarded: Phrases,
  replyAbove: Phrases,
  mobileSignatures: Phrases,
  /** Device and app names that make a "Sent from …" line a signature; merged across packs. */
  mobileDevices: Phrases,
  signOffs: Phrases,
  /** Words after which a sign-off goes on with a place or team ("Herzliche Grüße aus Köln"). */
  signOffTails: Phrases,
  disclaimer: z.object({ markers: Phrases, confidential: Phrases, recipient: Phrases }),
  signatureTitles: Phrases,
  /** A line that says whom the signer signs for, at its start: "on behalf of", "în numele echipei", "im Auftrag". */
  signsFor: Phrases,
  /** How a help desk's footer under the agent's reply begins: a rating survey, "reply to this email to…". */
  helpdeskFooters: Phrases,
  /** The word between agent and company in a chat tool's header line: "Huw from Spore & Sprout", "Sophie de Taxi Toutou". */
  chatHeaderJoiners: Phrases,
});
export type LanguagePack = z.infer<typeof LanguagePackSchema>;

export type HeaderField = keyof LanguagePack['headerFields'];

export interface Patterns {
  languages: string[];
  /** One or more reply prefixes at the start of a subject ("Re: AW: "), with the colon. */
  replyPrefix: RegExp;
  /** A quote-header verb ("wrote", "ha scritto", "a scris"…) as a whole word. */
  quoteVerb: RegExp;
  /** The same verb ending the line ("---- On … wrote ----" without a colon). */
  quoteVerbAtEnd: RegExp;
  /** A quote-header lead ("On", "Il", "În", "Pe", "El", "Le", "Am", "Em"…) at the start. */
  quoteLead: RegExp;
  /** Header label (folded, without colon) → the field it names. */
  headerLabels: Map<string, HeaderField[]>;
  /** "-----Original Message-----" and its translations. */
  originalMessage: RegExp;
  /** "---------- Forwarded message ---------", "Begin forwarded message:"… */
  forwarded: RegExp;
  /**
   * What an originalMessage or forwarded line can begin with: a rule character
   * or the first letter of a forwarded phrase (":" for one that folds to nothing).
   * Most lines begin with none, and skip both tests.
   */
  markerStarts: Set<string>;
  // The phrase lists below are tested on folded lines, each as one regular
  // expression: a line is scanned once instead of once per phrase.
  /** A help-desk "reply above this line" marker anywhere in the line. */
  replyAbove: RegExp;
  /** The start of a "Sent from my …" line. */
  mobileSignature: RegExp;
  /** A device or app name anywhere in the line. */
  mobileDevice: RegExp;
  signOffs: Set<string>;
  signOffTails: Set<string>;
  /** Disclaimer vocabulary anywhere in a paragraph; `cue` is any of the three. */
  disclaimer: { marker: RegExp; confidential: RegExp; recipient: RegExp; cue: RegExp };
  /** A job title or department anywhere in the line. */
  signatureTitle: RegExp;
  /** Whom the signer signs for, at the start of the (folded) line ("on behalf of the team"). */
  signsFor: RegExp;
  /** The start of a help desk's footer line ("How would you rate the support you received?"). */
  helpdeskFooter: RegExp;
  /** A chat tool's header line naming the agent and the company ("Huw from Spore & Sprout"), on the line as written. */
  chatHeader: RegExp;
}

const PATTERN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'patterns');

export function loadLanguagePacks(dir = PATTERN_DIR): LanguagePack[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => LanguagePackSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

const alternation = (phrases: Iterable<string>): string =>
  [...new Set([...phrases].map(fold))]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');

/** Matches a (folded) text that contains any of the folded phrases; none: matches nothing. */
function containsAny(phrases: string[], anchor = ''): RegExp {
  const source = [...new Set(phrases)].map(literalSource).join('|');
  return new RegExp(phrases.length === 0 ? '(?!)' : `${anchor}(?:${source})`);
}

export function compilePatterns(packs: LanguagePack[]): Patterns {
  const all = <T>(pick: (p: LanguagePack) => T[]): T[] => packs.flatMap(pick);
  const headerLabels = new Map<string, HeaderField[]>();
  for (const p of packs) {
    for (const [field, labels] of Object.entries(p.headerFields) as [HeaderField, string[]][]) {
      for (const label of labels) {
        const key = fold(label);
        const kinds = headerLabels.get(key) ?? [];
        if (!kinds.includes(field)) kinds.push(field);
        headerLabels.set(key, kinds);
      }
    }
  }
  const verbs = alternation(all((p) => p.quoteHeader.verbs));
  const orig = alternation(all((p) => p.originalMessage));
  const fwd = alternation(all((p) => p.forwarded));
  const markerStarts = new Set([...'-=_*> ', ...all((p) => p.forwarded).map((f) => fold(f).charAt(0) || ':')]);
  const markers = all((p) => p.disclaimer.markers).map(fold);
  const confidential = all((p) => p.disclaimer.confidential).map(fold);
  const recipient = all((p) => p.disclaimer.recipient).map(fold);
  return {
    languages: packs.map((p) => p.language),
    // "Re:", "RE[2]:", "AW: Re:", "Rép. :" (fold makes the French no-break space plain).
    replyPrefix: new RegExp(`^\\s*(?:(?:${alternation(all((p) => p.replyPrefixes))})\\.?\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*)+`),
    quoteVerb: new RegExp(`(?:^|[\\s,;>)\\]"'])(?:${verbs})(?=[\\s:,;]|$)`),
    quoteVerbAtEnd: new RegExp(`(?:^|[\\s,;>)\\]"'])(?:${verbs})$`),
    quoteLead: new RegExp(`^(?:${alternation(all((p) => p.quoteHeader.leads))})(?=[\\s,])`),
    headerLabels,
    // Each side is a bounded run of one character class around a literal, so a
    // hostile line cannot make these backtrack.
    originalMessage: new RegExp(`^[-=_*> ]{0,40}[-=_*]{2}[ ]?(?:${orig})[ ]?[-=_*]{2}[-=_* ]{0,40}$`),
    forwarded: new RegExp(`^(?:[-=_*> ]{0,40}[-=_*]{2}[ ]?(?:${fwd})[ ]?[-=_*]{2}[-=_* ]{0,40}|(?:${fwd})[ ]?:?)$`),
    markerStarts,
    replyAbove: containsAny(all((p) => p.replyAbove).map(fold)),
    mobileSignature: containsAny(all((p) => p.mobileSignatures).map(fold), '^'),
    mobileDevice: containsAny(all((p) => p.mobileDevices).map(fold)),
    signOffs: new Set(all((p) => p.signOffs).map(fold)),
    signOffTails: new Set(all((p) => p.signOffTails).map(fold)),
    disclaimer: {
      marker: containsAny(markers),
      confidential: containsAny(confidential),
      recipient: containsAny(recipient),
      cue: containsAny([...markers, ...confidential, ...recipient]),
    },
    signatureTitle: containsAny(all((p) => p.signatureTitles).map(fold)),
    signsFor: containsAny(all((p) => p.signsFor).map(fold), '^'),
    helpdeskFooter: containsAny(all((p) => p.helpdeskFooters).map(fold), '^'),
    chatHeader: new RegExp(`^\\p{Lu}[\\p{L}\\p{M}'’-]{1,20} (?:${alternation(all((p) => p.chatHeaderJoiners))}) \\p{Lu}[^.!?:;,]{1,60}$`, 'u'),
  };
}

let cached: Patterns | null = null;

/** The merged patterns of every language pack, compiled once. */
export function patterns(): Patterns {
  cached ??= compilePatterns(loadLanguagePacks());
  return cached;
}
