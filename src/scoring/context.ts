import { Analysis, overlaps, type Hit } from './analysis.js';
import type { CompiledPack } from './compile.js';
import { fold } from '../mail/fold.js';
import { patterns } from '../mail/language-patterns.js';
import { facts } from './facts.js';

/** What the customer's message tells about applicability. */
export interface CustomerContext {
  /** a customer message was available */
  quoted: boolean;
  /** a problem, error, delay, damage, disputed charge, complaint */
  problem: boolean;
  /** a negative emotion: worry, anger, frustration, urgency */
  emotion: boolean;
  /** only thanks or praise: nothing asked, nothing wrong */
  praiseOnly: boolean;
  /** the customer apologised for bothering ("sorry to bother you") */
  courtesy: boolean;
  /**
   * The only trouble is a misfortune of the customer's own: an illness, an
   * injury, a death in the family ("my father was taken into hospital, I
   * need to cancel"). It calls for empathy, not for an apology: nothing went
   * wrong on our side.
   */
  misfortuneOnly: boolean;
  /**
   * The customer says the trouble is of their own making ("I'm afraid I
   * broke it", "temo di aver sbagliato qualcosa"): empathy applies, but
   * nothing of ours calls for an apology.
   */
  ownFault: boolean;
  cues: Hit[];
}

// Quoted history can be long; the customer's point is in its first part.
const MAX_QUOTED = 4000;

/** Three or more words in capitals: shouting. */
const SHOUTING = /(?:\b\p{Lu}{2,}[\p{Lu}'’]*\b[\s,.!?]+){3,}/u;

/** "Sorry to bother you" apologises; "probably a silly question" hedges. */
function isApology(a: Analysis, c: Hit): boolean {
  return a.inSentence('apology', c.sentence).some((x) => overlaps(x, c));
}

function refusedIn(reply: Analysis, sentence: number): boolean {
  return facts(reply).refusals.some((r) => r.hit.sentence === sentence);
}

/**
 * With no customer text, trouble words in the reply tell what happened only
 * where the reply speaks of the customer's situation. The agent's own no
 * ("No le puedo reembolsar", "je ne peux pas rembourser"), its reasons ("han
 * pasado más de 30 días", in the refusing sentence or the next), a hedge or a
 * failed attempt of the agent ("I couldn't reach the courier") are the
 * agent's wording, not the customer's problem; beside an apology or an
 * acknowledgement of feeling they still count.
 */
function agentsOwnWording(reply: Analysis, h: Hit): boolean {
  if (['refusal', 'hedge', 'failed_attempt'].some((sig) => reply.inSentence(sig, h.sentence).some((x) => overlaps(x, h)))) return true;
  if (!refusedIn(reply, h.sentence) && !refusedIn(reply, h.sentence - 1)) return false;
  return !['apology', 'empathy', 'restatement'].some((sig) => reply.inSentence(sig, h.sentence).length > 0);
}

export function readCustomer(quoted: string | null, pack: CompiledPack, reply: Analysis): CustomerContext {
  if (quoted === null || !quoted.trim()) {
    // No customer text: judge from the reply, which often shows what happened.
    // It names the trouble ("sorry the lamp arrived broken"), thanks the
    // customer for reporting it, answers a feeling ("I understand your
    // worry"), brushes it off ("as I already explained") or says no behind a
    // rule ("il contratto non prevede interventi…": a demand refused by policy)
    // — each means the customer came with a problem. "No need to apologise" means they did not.
    const live = (sig: string, window = 2) => reply.hits(sig).filter((h) => !reply.negated(h, window));
    const cues = [...live('customer_problem').filter((h) => !agentsOwnWording(reply, h)), ...live('problem_ack'), ...live('trouble_named').filter((h) => !agentsOwnWording(reply, h)), ...live('dismissive'), ...live('blame'), ...live('deflection').filter((h) => refusedIn(reply, h.sentence))];
    const feelings = [...live('empathy', 3), ...live('customer_emotion'), ...live('restatement')];
    const declined = reply.has('apology_declined') && !reply.has('admitted_failure');
    // An answered feeling makes empathy apply, not an apology: a worried
    // customer with a question needs no apology.
    const problem = !declined && cues.length > 0;
    return {
      quoted: false,
      problem,
      emotion: !declined && feelings.length > 0,
      praiseOnly: reply.has('thanks_ack') && !problem,
      courtesy: declined,
      misfortuneOnly: false,
      ownFault: false,
      cues: [...cues, ...feelings],
    };
  }
  const text = quoted.length > MAX_QUOTED ? quoted.slice(0, MAX_QUOTED) : quoted;
  const a = new Analysis(text, pack, { segmentFrame: false, customer: true });
  const courtesies = a.hits('customer_courtesy');
  const courtesy = courtesies.length > 0;
  // A courtesy is no problem report: its own words ("scusate il disturbo",
  // "entschuldigen Sie die Störung") are not a trouble, and neither is the
  // trouble a self-deprecating hedge takes on the customer ("it's surely on
  // the website but I can't find it"). A trouble stated after "sorry to bother
  // you" is still a trouble ("sorry to bother you, my card was charged twice").
  const hedged = (h: Hit) =>
    courtesies.some(
      (c) => overlaps(c, h) || (c.sentence === h.sentence && c.end <= h.start && !isApology(a, c) && a.wordsBetween(c.end, h.start) <= 1),
    );
  // A word that is praise as often as it is sarcasm ("Complimenti!") reports
  // a trouble only beside another trouble ("Complimenti, il pacco è arrivato rotto").
  const praised = a.hits('customer_praise').filter((h) => !a.negated(h, 2));
  // An illness, an injury, a death in the family: a trouble for the
  // customer (empathy applies), though not one with us.
  const misfortunes = a.hits('customer_misfortune').filter((h) => !a.negated(h, 2));
  // "I can't make Saturday's class", "no puedo ir al curso": a plan of the
  // customer's that they cannot keep is no trouble with us, though "can't"
  // and "no puedo" usually report one (the pack lists these exceptions).
  const exceptions = a.hits('customer_problem_exception');
  const excepted = (h: Hit) => exceptions.some((e) => e.start <= h.start && h.end <= e.end);
  const cues = [...a.hits('customer_problem').filter((h) => !a.negated(h, 2) && !hedged(h) && !excepted(h)), ...misfortunes];
  const plain = cues.filter((h) => !praised.some((p) => overlaps(p, h)));
  const problem = plain.length ? cues : [];
  const misfortuneOnly = problem.length > 0 && problem.every((h) => misfortunes.some((m) => overlaps(m, h)));
  const emotion = a.hits('customer_emotion').filter((h) => !a.negated(h, 2));
  const shouting = SHOUTING.test(text);
  // A request to pass praise on ("please thank whoever did the wheatsheaf",
  // "Grüßen Sie bitte den Räuchermeister") or to say only thanks ("Vreau doar
  // să vă mulțumesc") is praise, and asks for no answer.
  const relays = a.hits('customer_praise_relay').filter((h) => !a.negated(h, 2));
  const praise = a.has('customer_praise') || relays.length > 0;
  const request =
    /[?¿]/.test(text) || a.hits('customer_request').some((h) => !relays.some((r) => overlaps(r, h) || r.sentence === h.sentence));
  // A customer who apologises for bothering us and asks what to do, when the
  // reply says there is nothing to apologise for, is asking, not complaining
  // (the trouble is their own: a bill paid late). "No need to apologise" alone
  // does not undo a real problem ("sorry to bother you again, my card still
  // does not work").
  const declined = reply.has('apology_declined');
  // The reply may say what the quote leaves implicit: it treats the
  // customer's words as a trouble ("that doesn't sound right", "thanks for
  // bringing this to our attention", "so we can investigate this"). Naming
  // "the issue" is not enough here: with the quote at hand, "if the issue
  // returns" or "glad that resolved the issue" may be about a trouble over.
  const acknowledged = problem.length ? [] : reply.hits('problem_ack').filter((h) => !reply.negated(h, 2));
  problem.push(...acknowledged);
  // A reply that also lifts a fault the customer feared was theirs treats the
  // trouble as real ("No need to apologise, and it certainly isn't your fault").
  const hasProblem = problem.length > 0 && !(courtesy && declined && request && !reply.has('fault_lifted'));
  return {
    quoted: true,
    problem: hasProblem,
    emotion: emotion.length > 0 || (shouting && hasProblem),
    praiseOnly: praise && !hasProblem && !request,
    courtesy,
    misfortuneOnly: misfortuneOnly && !acknowledged.length,
    // "It certainly isn't your fault": the reply lifts the fault the customer
    // feared was theirs, and the trouble is one to apologise for.
    ownFault: hasProblem && !acknowledged.length && a.hits('customer_own_fault').some((h) => !a.negated(h, 2)) && !reply.has('fault_lifted'),
    cues: [...problem, ...emotion],
  };
}

// A reply's subject, once its "Re:" is taken off, is the customer's own subject
// line: "Re: Caldaia guasta", "AW: Doppelte Abbuchung", "RES: Cobrança
// duplicada". Only reply prefixes count (the mail language packs list them):
// an agent's new subject ("Your refund") or a forward's says nothing of what
// the customer wrote.
// A ticket reference in brackets or after '#' ("[#48213]", "(Case 00123)",
// "#LH-48213") names no trouble, in any language.
const TICKET_REF = /[[(][^\][()]{0,40}\d[^\][()]{0,40}[\])]|#\s*\d[\w-]*/gu;
const MAX_SUBJECT = 300;

/** Trouble or feeling named in the customer's subject line, when the reply's subject is theirs. */
function readSubject(subject: string | null | undefined, pack: CompiledPack): { problem: boolean; emotion: boolean } {
  const none = { problem: false, emotion: false };
  if (!subject) return none;
  const prefix = patterns().replyPrefix.exec(fold(subject));
  if (!prefix) return none;
  // The prefix was found in the folded subject; it ends at the same colon in the subject itself.
  let cut = 0;
  for (let colons = prefix[0].split(':').length - 1; colons > 0; colons--) cut = subject.indexOf(':', cut) + 1;
  const text = subject.slice(cut, cut + MAX_SUBJECT).replace(TICKET_REF, ' ').trim();
  if (!text) return none;
  const a = new Analysis(text, pack, { segmentFrame: false, customer: true });
  return {
    problem: a.hits('customer_problem').some((h) => !a.negated(h, 2)),
    emotion: a.hits('customer_emotion').some((h) => !a.negated(h, 2)),
  };
}

/**
 * Without the customer's message, their subject line stands in for it: a
 * trouble it names is a trouble reported. With the message, the message
 * decides (it says whose the trouble is: "Re: Bill paid late" may be the
 * customer's own delay, and their text says so), and the subject is not read.
 */
export function withSubject(c: CustomerContext, subject: string | null | undefined, pack: CompiledPack): CustomerContext {
  // "No need to apologise" in a reply without a quote means the customer only apologised.
  if (c.quoted || c.courtesy) return c;
  const s = readSubject(subject, pack);
  if (!s.problem && !s.emotion) return c;
  const problem = c.problem || s.problem;
  return { ...c, problem, emotion: c.emotion || s.emotion, praiseOnly: c.praiseOnly && !problem };
}
