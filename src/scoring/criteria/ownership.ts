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
  const deflection = reply.hits('deflection').filter((h) => !reply.negated(h, 2));
  if (deflection.length) return fail('fail.deflection', deflection);
  // "I'm sorry the shop was so crowded": what an apology or empathy in the same
  // clause is about is the customer's experience, not a reason the agent gives.
  const regretted = (h: Hit) => ['apology', 'empathy'].some((sig) => reply.inClause(sig, h.clause).some((x) => x.end <= h.start));
  const excuses = reply.hits('excuse').filter((h) => !reply.negated(h, 2) && !regretted(h));
  if (excuses.length) return fail('fail.excuse', excuses);
  if (f.actions.length) return pass(f.actions);
  return fail(f.pluralOnly.length ? 'fail.we_only' : 'fail.missing', f.pluralOnly.slice(0, 3));
};
