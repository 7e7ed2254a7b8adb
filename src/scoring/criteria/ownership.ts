import type { Hit } from '../analysis.js';
import { facts } from '../facts.js';
import { fail, pass, type Judge } from './types.js';

/**
 * rubric-guide §3. Always applies. Passes on an action the agent owns in the
 * first person singular; fails on "we"/passive only, and on deflection or an
 * excuse (a busy shop, too few staff) even beside an "I" action.
 */
export const judgeOwnership: Judge = ({ reply }) => {
  const f = facts(reply);
  // "I'm sorry the shop was so crowded", "îmi cer scuze pentru greșeala
  // curierului nostru": what an apology or empathy in the same clause is
  // about is owned as the customer's trouble, not a reason the agent gives.
  // ("Lamentamos informarle de que… según las condiciones": a softener owns nothing.)
  const owning = [...f.apologies.filter((x) => x.kind === 'genuine').map((x) => x.hit), ...reply.hits('empathy')];
  const regretted = (h: Hit) => owning.some((x) => x.clause === h.clause && x.end <= h.start);
  const deflection = reply.hits('deflection').filter((h) => !reply.negated(h, 2) && !regretted(h));
  if (deflection.length) return fail('fail.deflection', deflection);
  const excuses = reply.hits('excuse').filter((h) => !reply.negated(h, 2) && !regretted(h));
  if (excuses.length) return fail('fail.excuse', excuses);
  // "Come previsto dal regolamento", "according to our policy": a rule held up
  // instead of an answer is hiding behind policy, as a deflection is.
  const shields = reply.hits('policy_shield').filter((h) => !reply.negated(h, 2) && !regretted(h));
  if (shields.length) return fail('fail.deflection', shields);
  if (f.actions.length) return pass(f.actions);
  return fail(f.pluralOnly.length ? 'fail.we_only' : 'fail.missing', f.pluralOnly.slice(0, 3));
};
