import type { Analysis, Hit } from '../analysis.js';
import { facts } from '../facts.js';
import { fail, na, pass, type Judge } from './types.js';

/**
 * rubric-guide §4. Applies when the reply promises something or refuses
 * something. Passes when every promise is the agent's own and concrete (what
 * and when) and every refusal comes with an alternative.
 */
export const judgeCommitments: Judge = ({ reply }) => {
  const f = facts(reply);
  const others = [...reply.hits('others_decision'), ...assuredForOthers(reply)];
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

/**
 * "He'll definitely have the new handle in by Wednesday, no question", "Gliela
 * rifà sicuramente entro mercoledì, su questo non ho dubbi": emphatic
 * certainty about a dated step that is not ours (no act of the agent's, "I"
 * or "we", in the assured clause or the one before it) promises on someone
 * else's behalf (rubric-guide §4). Said of our own step ("I'll definitely have
 * it with you by Friday") it is only emphasis.
 */
function assuredForOthers(a: Analysis): Hit[] {
  const out: Hit[] = [];
  const ours = [...a.hits('first_person_action'), ...a.hits('first_person_ambiguous'), ...a.hits('first_person_plural'), ...a.hits('present_act')];
  const times = [...a.hits('deadline'), ...a.hits('time_frame')];
  for (const h of a.hits('assurance')) {
    if (a.negated(h, 2)) continue;
    const near = (x: Hit) => x.sentence === h.sentence && (x.clause === h.clause || x.clause === h.clause - 1);
    if (!times.some(near)) continue;
    if (ours.some((x) => near(x) && !(x.start >= h.start && x.end <= h.end))) continue;
    out.push(h);
  }
  return out;
}
