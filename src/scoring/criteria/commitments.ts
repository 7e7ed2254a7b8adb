import type { Hit } from '../analysis.js';
import { facts } from '../facts.js';
import { fail, na, pass, type Judge } from './types.js';

/**
 * rubric-guide §4. Applies when the reply promises something or refuses
 * something. Passes when every promise is the agent's own and concrete (what
 * and when) and every refusal comes with an alternative.
 */
export const judgeCommitments: Judge = ({ reply }) => {
  const f = facts(reply);
  const others = reply.hits('others_decision');
  // "Non succederà mai più" carries its own negation; only an honest "I can't
  // guarantee…" in the same clause takes a guarantee back.
  const honest = reply.hits('no_guarantee');
  const guarantee = reply.hits('absolute_guarantee').filter((h) => !honest.some((x) => x.clause === h.clause && x.start <= h.end));
  if (!f.promises.length && !f.refusals.length && !others.length && !guarantee.length) return na();
  if (others.length) return fail('fail.others_decision', others);
  if (guarantee.length) return fail('fail.guarantee', guarantee);
  const flat = f.refusals.filter((r) => !r.alternative);
  if (flat.length) return fail('fail.flat_refusal', flat.map((r) => r.hit));
  const vague = f.promises.flatMap((p) => p.vague);
  if (vague.length) return fail('fail.vague', vague);
  // One dated step, promised or offered for the customer to pick, gives the reply its time frame.
  if (f.promises.length && ![...f.promises, ...f.offers].some((p) => p.times.length)) {
    return fail('fail.no_time', f.promises.map((p) => p.markers[0]));
  }
  const evidence: Hit[] = [...f.refusals.map((r) => r.alternative!).filter(Boolean), ...f.promises.flatMap((p) => p.times)];
  return pass(evidence.sort((a, b) => a.start - b.start));
};
