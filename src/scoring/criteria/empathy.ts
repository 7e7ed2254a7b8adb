import { overlaps } from '../analysis.js';
import { blames, facts } from '../facts.js';
import { fail, na, pass, type Judge } from './types.js';

/**
 * rubric-guide §2. Applies when the customer reports a problem or shows a
 * negative emotion; passes when the reply acknowledges the feeling or impact
 * (or restates the situation from the customer's side) and nothing in it
 * dismisses or blames the customer.
 */
export const judgeEmpathy: Judge = ({ reply, customer }) => {
  // Sympathy for the customer's own misfortune ("I'm so sorry to hear about
  // your dad") acknowledges what they are going through.
  // It counts as an apology too where one applies (dev-en-040: "I'm so sorry
  // about the accident" passes both).
  // A customer who only thanks us ("the driver carried it up four floors,
  // with my leg in a cast: brilliant!") is owed no empathy: "get well soon"
  // in the answer is kind, and does not make it apply.
  // ("Siento mucho lo de tu madre" still shows it: a sorry about the misfortune.)
  const sorry = facts(reply).apologies.map((x) => x.hit);
  const sympathy = [...reply.hits('sympathy'), ...reply.hits('sympathy_injury')].filter(
    (h) => !reply.negated(h, 2) && (!customer.praiseOnly || sorry.some((s) => overlaps(s, h))),
  );
  const shownAny = [...reply.hits('empathy').filter((h) => !reply.negated(h, 3)), ...sympathy];
  // An empathy phrase in the reply answers a feeling the customer showed,
  // even when their message does not name it in words we know.
  // So does a "sorry" about the customer's trouble (any kind, even a
  // non-apology): it shows the customer came with a problem. "Sorry for the
  // late reply" alone is about us, not them.
  // So is "mi scusi se le rispondo solo oggi" (apology_conditional_own).
  const late = new Set([...reply.hits('admitted_failure'), ...reply.hits('apology_conditional_own')].map((h) => h.sentence));
  const troubleApology = facts(reply).apologies.some((x) => !late.has(x.hit.sentence) && x.kind !== 'courtesy');
  // "I understand how stressful it can be to choose a first instrument": a
  // feeling of anyone in the customer's place, said in general. To a customer
  // whose message we have and who only asked, it answers no feeling they
  // showed, so it does not make the criterion apply (rubric-guide §2).
  const generic = (h: { start: number; sentence: number }) =>
    reply.inSentence('empathy_generic', h.sentence).some((g) => g.start >= h.start && reply.wordsBetween(h.start, g.start) <= 16);
  const answers = customer.quoted ? shownAny.filter((h) => !generic(h)) : shownAny;
  if (!customer.problem && !customer.emotion && !answers.length && !reply.has('restatement') && !troubleApology) return na();
  const dismissive = [...reply.hits('dismissive'), ...blames(reply), ...reply.hits('sarcasm')].filter((h) => !reply.negated(h, 2));
  if (dismissive.length) return fail('fail.dismissive', dismissive.sort((a, b) => a.start - b.start));
  const shown = shownAny;
  // "So the line was fine until two weeks ago and now drops every evening?"
  // A question that opens with "so"/"quindi"/"deci" restates the customer's side.
  const restated = [
    ...reply.hits('restatement'),
    ...reply.hits('restatement_lead').filter((h) => {
      const s = reply.doc.sentences[h.sentence];
      // ("So could you send me the order number?" asks for details: no restatement.)
      return s.question && reply.wordsBetween(s.start, h.start) <= 1 && reply.wordsBetween(s.start, s.end) >= 8 && !reply.inSentence('info_request', h.sentence).length;
    }),
  ];
  if (shown.length || restated.length) return pass([...shown, ...restated].sort((a, b) => a.start - b.start));
  const apologies = facts(reply).apologies.filter((x) => x.kind === 'genuine').map((x) => x.hit);
  return fail(apologies.length ? 'fail.apology_only' : 'fail.missing');
};
