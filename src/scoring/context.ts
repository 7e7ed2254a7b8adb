import { Analysis, type Hit } from './analysis.js';
import type { CompiledPack } from './compile.js';

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
  cues: Hit[];
}

// Quoted history can be long; the customer's point is in its first part.
const MAX_QUOTED = 4000;

/** Three or more words in capitals: shouting. */
const SHOUTING = /(?:\b\p{Lu}{2,}[\p{Lu}'’]*\b[\s,.!?]+){3,}/u;

export function readCustomer(quoted: string | null, pack: CompiledPack, reply: Analysis): CustomerContext {
  if (quoted === null || !quoted.trim()) {
    // No customer text: judge from the reply, which often names the trouble
    // ("sorry the lamp arrived broken", "I understand how worrying…").
    const problemCues = reply.hits('customer_problem').filter((h) => !reply.negated(h, 2));
    return {
      quoted: false,
      problem: problemCues.length > 0 || reply.has('admitted_failure'),
      emotion: reply.hits('customer_emotion').length > 0,
      praiseOnly: reply.has('thanks_ack') && !problemCues.length,
      courtesy: false,
      cues: problemCues,
    };
  }
  const text = quoted.length > MAX_QUOTED ? quoted.slice(0, MAX_QUOTED) : quoted;
  const a = new Analysis(text, pack, { segmentFrame: false });
  const problem = a.hits('customer_problem').filter((h) => !a.negated(h, 2));
  const emotion = a.hits('customer_emotion').filter((h) => !a.negated(h, 2));
  const courtesy = a.has('customer_courtesy');
  const shouting = SHOUTING.test(text);
  const praise = a.has('customer_praise');
  const request = /[?¿]/.test(text) || a.has('customer_request');
  // A customer who apologises for bothering us and mentions at most one
  // trouble word is asking, not complaining.
  const declined = reply.has('apology_declined');
  const hasProblem = problem.length > 0 && !(courtesy && (problem.length <= 1 || declined));
  return {
    quoted: true,
    problem: hasProblem,
    emotion: emotion.length > 0 || (shouting && hasProblem),
    praiseOnly: praise && !hasProblem && !request,
    courtesy,
    cues: [...problem, ...emotion],
  };
}
