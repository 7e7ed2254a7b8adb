import { overlaps, type Analysis, type Hit } from '../analysis.js';
import { facts, waitsOnAnswer } from '../facts.js';
import type { Sentence } from '../segment.js';
import { POSTSCRIPT } from '../../mail/signature.js';
import { fail, na, pass, type Judge } from './types.js';

/**
 * Signals of a sentence that hands the matter on or puts the answer off. Not
 * `others_decision`: "I'm sure my manager will agree to keep your price"
 * presents the outcome as settled, so the customer has been given an answer
 * (an over-promise, which commitments fails) and is owed the check.
 */
const PENDING = ['holding', 'vague_promise'];
/** Signals that make a sentence something other than an answer. */
const NOT_ANSWER = ['info_request', 'awaits_customer', 'anything_else', 'satisfaction_check', 'follow_up_check'];
/** Signals of a sentence that is courtesy rather than content, unless it also acts. */
// "That doesn't sound right", "thanks for bringing this to our attention"
// (`problem_ack`) takes the trouble on board and answers nothing yet.
const SOCIAL = ['apology', 'empathy', 'restatement', 'sarcasm', 'social', 'hope', 'thanks_ack', 'offer', 'problem_ack'];
// (A refusal is read from facts.ts, where a hedge or a failed attempt is none.)
const ACTION = ['future', 'alternative'];
/** Signals of the agent's own act or step, offered in a question of choice. */
const REMEDY = ['first_person_action', 'present_act', 'future'];

/** Does this sentence give an answer, a solution, a decision or a status? `holding`: the reply puts its answer off. */
function isAnswer(a: Analysis, s: Sentence, holding: boolean): boolean {
  if (s.question) return false;
  const has = (sig: string) => a.inSentence(sig, s.index).length > 0;
  if (has('info_request') || has('awaits_customer')) return false;
  if (waitsOnAnswer(a, s)) return false;
  // A no is a decision: an answer, whatever else the sentence says ("I can't
  // wait to…", a hedge or a failed attempt says no to nothing: facts.ts).
  if (facts(a).refusals.some((r) => r.hit.sentence === s.index)) return true;
  // Handing the matter on ("I've passed your request to billing", "ho
  // inoltrato…") or promising a later answer ("I'll get back to you by
  // Friday", "te respondo até quarta") gives none yet, however firm the date,
  // even beside "that is another department's job". Only a solution already
  // arranged ("a crew has been booked for tomorrow 8-10 am") is an answer.
  if (!has('arranged') && PENDING.some(has)) return false;
  // "I'll sort this out as soon as possible", "je vous l'envoie dès que
  // possible": the agent's own promise with no time yet puts the answer off
  // as well ("the service will be restored as soon as possible" is a status).
  const vagueOnly = facts(a).promises.some((p) => p.sentence === s.index && p.vague.length && !p.times.length);
  if (vagueOnly && !has('arranged') && facts(a).actions.some((h) => h.sentence === s.index)) return false;
  // "That is another office's job" sends the customer elsewhere: an answer.
  if (has('deflection')) return true;
  if (NOT_ANSWER.some(has)) return false;
  // "I've noted your feedback", "ho preso nota", "I've received the photos":
  // a pure acknowledgement answers nothing, nor does a failed attempt ("I
  // wasn't able to reach the courier yet"); another act beside it still does.
  const ack = [...a.inSentence('acknowledgement', s.index), ...a.inSentence('failed_attempt', s.index)];
  // In a reply that puts its answer off, a look taken ("I've looked at your
  // case", "ich habe mir Ihren Fall angeschaut") is a step toward the answer.
  // So is a step taken toward it ("I've opened a dispute with the courier",
  // "ho chiesto la prova di consegna": `pending_step`).
  const looks = holding ? [...a.inSentence('check_act', s.index), ...a.inSentence('pending_step', s.index)] : [];
  const looked = (h: Hit) => looks.some((c) => c.clause === h.clause && c.start >= h.start && a.wordsBetween(h.start, c.start) <= 8);
  // "I can check your number's route; could you send me its last digits?": an
  // offer that waits on the information asked for (rubric-guide §4, §5).
  const offers = asks(a) ? a.inSentence('can_offer', s.index) : [];
  // "DM us and we'll tell you the other ways to order": what we will do
  // after the customer's step is an offer too.
  const afterTheirs = a.inSentence('conditional_offer', s.index);
  const offered = (h: Hit) => offers.some((o) => overlaps(o, h)) || afterTheirs.some((o) => o.clause <= h.clause && o.start <= h.start);
  // Willingness to act ("I'd be happy to look into this", "so I can see what
  // happened") owns the case but gives no answer yet.
  const willing = a.inSentence('offer', s.index);
  const mine = facts(a).actions.filter((h) => h.sentence === s.index && !ack.some((x) => overlaps(x, h)) && !willing.some((x) => overlaps(x, h)));
  const acts = mine.some((h) => !looked(h) && !offered(h));
  // "I can't confirm the delivery date yet", "non posso dire con certezza
  // quando arriverà": the answer is not known yet (the future inside the
  // hedge promises nothing), unless the agent also acts in the sentence.
  if (has('hedge') && !acts) return false;
  // A future that only acknowledges ("le haré llegar sus palabras") is no
  // action either, nor one inside an offer ("I will be glad to assist you",
  // "I'll take care of it" while the reply asks for the details).
  // A future that a hope governs ("we hope you'll give us another chance")
  // is a wish, not an act.
  const hopes = a.inSentence('hope', s.index);
  const hoped = (h: Hit) => hopes.some((x) => x.clause === h.clause && x.end <= h.start && a.wordsBetween(x.end, h.start) <= 4);
  // Nor is a form the pack marks as no future ("dass Sie nervös werden": to become).
  const notFuture = a.inSentence('past_form', s.index);
  const acting = (sig: string) =>
    a
      .inSentence(sig, s.index)
      .some((h) => !ack.some((x) => overlaps(x, h)) && !willing.some((x) => overlaps(x, h)) && !offered(h) && !hoped(h) && !notFuture.some((x) => overlaps(x, h)));
  if (acts || ACTION.some(acting)) return true;
  // Only an acknowledgement, or only looks taken while the answer is put off.
  if (ack.length || mine.length) return false;
  // "Bummer." "Thanks - Kirsty" "Help has arrived!": too short to answer
  // anything. Links, tweet numbering ("1/3") and sign-off tags ("*Hillary",
  // "^JK") are not words of the answer.
  const words = proseWords(a.slice(s));
  if (words <= 3 || (words <= 6 && /!\s*$/.test(a.slice(s)))) return false;
  // In a reply that puts its answer off, a plain statement about ourselves
  // ("we are receiving many requests", "abbiamo ricevuto la sua email",
  // "derzeit erreichen uns viele Anfragen") tells how the request is being
  // handled: the status of a holding reply, not an answer to check.
  if (holding && has('first_person_plural')) return false;
  // "DM us and we'll tell you…": what we will do waits on the customer. ("Paid
  // plans start at $9 if you need more" informs: no future waits on it.)
  if (afterTheirs.length && a.inSentence('future', s.index).some(offered)) return false;
  return !SOCIAL.some(has);
}

/** Words of a sentence, leaving out links, "1/3" numbering, sign-off tags and emoticons. */
function proseWords(text: string): number {
  const prose = text.replace(/https?:\/\/\S+|www\.\S+|\b\d+\/\d+\b|[*^~][\p{L}]+|[:;=]-?[()DPp]/gu, ' ');
  let n = 0;
  for (const w of prose.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

/** Does the reply ask the customer for information, or wait on it ("si vous m'envoyez…")? */
function asks(a: Analysis): boolean {
  return a.has('info_request') || a.has('conditional_offer');
}

/** Does the reply hand the matter on or put its answer off somewhere? */
function putsOff(a: Analysis): boolean {
  const has = (sig: string, i: number) => a.inSentence(sig, i).length > 0;
  return a.doc.sentences.some((s) => !s.question && !has('arranged', s.index) && PENDING.some((sig) => has(sig, s.index)));
}

/**
 * The closing question(s): questions in the last paragraph or among the last
 * two sentences that ask the customer about the outcome: not "anything
 * else?", not a request for details, not a restatement check.
 */
function closingChecks(a: Analysis, answers: Sentence[] = []): Hit[] {
  const { main, postscript } = closing(a);
  // A P.S. under the sign-off closes the reply as well: a question there is
  // read as a closing of its own ("P.S. Does the new shade match the set?").
  return [...closingQuestions(a, main, answers), ...closingQuestions(a, postscript, answers)];
}

function closingQuestions(a: Analysis, ss: Sentence[], answers: Sentence[]): Hit[] {
  if (!ss.length) return [];
  const lastPara = ss[ss.length - 1].paragraph;
  const answered = new Set(answers.map((s) => s.index));
  // A question that closes a paragraph of its own answer ("I'll deliver the
  // first slabs on Monday at 7:30. Does that give you time?") checks that
  // answer, though the reply goes on to another point.
  const closesAnswer = (s: Sentence, i: number) =>
    (ss[i + 1] === undefined || ss[i + 1].paragraph !== s.paragraph) && ss.slice(0, i).some((p) => p.paragraph === s.paragraph && answered.has(p.index));
  // "Would you rather I refund the difference or send you a tray next
  // time?": a choice between the agent's own remedies asks which one suits,
  // wherever it stands in the reply.
  const offersRemedies = (s: Sentence) =>
    a.inSentence('disjunction', s.index).length > 0 && REMEDY.some((sig) => a.inSentence(sig, s.index).length > 0);
  const out: Hit[] = [];
  ss.forEach((s, i) => {
    if (!s.question || (s.paragraph !== lastPara && i < ss.length - 2 && !closesAnswer(s, i) && !offersRemedies(s))) return;
    if (ss.length > 1 && i === 0) return;
    const inS = (sig: string) => a.inSentence(sig, s.index);
    // "Would you like me to send it?" offers; "Would you prefer I post the
    // gloves, or keep them at the shop?" asks which of two solutions suits.
    const choice = inS('disjunction').length > 0;
    if (inS('info_request').length || inS('restatement').length || (inS('offer_question').length && !choice)) return;
    // "How far away is the nearest store?", "Did you open a claim?" ask for
    // information or diagnose; they do not check the solution.
    const opens = (sig: string) =>
      inS(sig).some((h) => {
        const clause = a.clauseAt(h.start);
        return a.wordsBetween(clause ? clause.start : s.start, h.start) <= 1;
      });
    if (opens('question_word') || (opens('diagnostic_question') && !choice)) return;
    const ae = inS('anything_else')[0];
    // "Is there anything else…?" on its own is not a check; "Does that put your
    // mind at rest, or is there anything…?" is: the check is its own clause.
    if (ae && (ae.clause === s.firstClause || a.wordsBetween(s.start, ae.start) < 3)) return;
    out.push({ start: s.start, end: ae ? ae.start : s.end, signal: 'closing_question', sentence: s.index, clause: s.firstClause });
  });
  return out.map((h) => ({ ...h, end: trimEnd(a.text, h.start, h.end) }));
}

/**
 * The sentences the closing is read from: all of them, or those before a
 * sign-off line that a P.S. follows ("Le sembra ragionevole? / Cordiali
 * saluti, Giulio / P.S. Mi scusi…"): the check stays the closing question,
 * and the P.S. is read as a closing of its own.
 */
function closing(a: Analysis): { main: Sentence[]; postscript: Sentence[] } {
  const ss = a.doc.sentences;
  for (let i = 1; i < ss.length - 1; i++) {
    const s = ss[i];
    if (!POSTSCRIPT.test(a.slice(ss[i + 1]))) continue;
    const opens = a.inSentence('signoff', s.index).some((h) => a.wordsBetween(s.start, h.start) === 0 && a.wordsBetween(h.end, s.end) <= 3);
    if (opens) return { main: ss.slice(0, i), postscript: ss.slice(i + 1) };
  }
  return { main: ss, postscript: [] };
}

/**
 * "Let me know if the stain came out", "Cuando lo pruebes, ¿me dices si ha
 * arrancado?", "Können Sie mir Bescheid geben, ob der Riss so bleibt?": a
 * request to be told whether the outcome came about checks it, whatever the
 * outcome's words; not one about what the customer needs ("let me know if you
 * need anything", which is "anything else?").
 */
function outcomeRequests(a: Analysis, answers: Sentence[]): Hit[] {
  const exceptions = a.hits('outcome_request_exception');
  return a.hits('outcome_request').filter(
    (h) =>
      // It follows the answer it checks: "mi dici se è un'allergia solo al
      // contatto?" before the answer asks for what the answer needs.
      answers.some((s) => s.index < h.sentence) &&
      !a.negated(h, 2) &&
      !exceptions.some((x) => x.sentence === h.sentence && x.start >= h.start && x.start <= h.end + 2) &&
      !a.inSentence('anything_else', h.sentence).length &&
      !a.inSentence('offer_question', h.sentence).length &&
      // "Could you send me a close-up, and let me know whether anything has
      // been put on it?" asks for details ("Pouvez-vous me dire si…" is the
      // request itself).
      !a.inSentence('info_request', h.sentence).some((x) => !overlaps(x, h)),
  );
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;]/.test(text[e - 1])) e--;
  return e;
}

/**
 * rubric-guide §5. Applies when the reply gives an answer, solution or
 * decision; passes when it asks whether the outcome works for the customer
 * (or promises a follow-up to check). "Anything else?" alone fails; with a
 * real check it passes with a lower score.
 */
export const judgeSatisfaction: Judge = ({ reply, customer, criterion }) => {
  // "…to arrange a pickup time that suits you", "la ora care vă convine":
  // choosing a time together, not asking whether the answer works ("Does
  // that time work for you?" still asks).
  const notChecks = reply.hits('satisfaction_check_exception').filter((x) => !reply.doc.sentences[x.sentence].question);
  // "J'espère que cela vous convient.", "I hope this works for you.": a hope
  // stated, not a question asked. A question is still one ("I hope that
  // suits, or would another day be better?"), and so is a hope the sentence
  // goes on to ask about ("Spero che la soluzione ti soddisfi, fammi sapere").
  const hopes = reply.hits('hope');
  const hoped = (h: Hit) => {
    const s = reply.doc.sentences[h.sentence];
    const askedAfter = reply.wordsBetween(h.end, s.end) > 0 || /[,;:]/.test(reply.text.slice(h.start, h.end));
    return !s.question && !askedAfter && hopes.some((x) => x.sentence === h.sentence && x.end <= h.start && reply.wordsBetween(x.end, h.start) <= 3);
  };
  const explicit = [...reply.hits('satisfaction_check'), ...reply.hits('follow_up_check')].filter(
    (h) => !reply.negated(h, 2) && !notChecks.some((x) => overlaps(x, h)) && !hoped(h),
  );
  const holding = putsOff(reply);
  const answers = reply.doc.sentences.filter((s) => isAnswer(reply, s, holding));
  const applies = explicit.length > 0 || (answers.length > 0 && !customer.praiseOnly);
  if (!applies) return na(customer.praiseOnly ? 'na.thanks' : 'na');
  // A request to hear how it went checks an answer; it does not make one.
  const outcome = answers.length ? outcomeRequests(reply, answers) : [];
  const checks = [...explicit, ...closingChecks(reply, answers), ...outcome].sort((a, b) => a.start - b.start);
  const anythingElse = reply.hits('anything_else');
  if (checks.length && anythingElse.length) return pass([...checks, ...anythingElse], 'pass.anything_else', criterion.partialScore);
  if (checks.length) return pass(checks);
  return fail(anythingElse.length ? 'fail.anything_else' : 'fail.missing', anythingElse);
};
