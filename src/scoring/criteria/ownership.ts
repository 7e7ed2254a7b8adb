import { facts } from '../facts.js';
import { fail, pass, type Judge } from './types.js';

/**
 * rubric-guide §3. Always applies. Passes on an action the agent owns in the
 * first person singular; fails on "we"/passive only, and on deflection even
 * beside an "I" action.
 */
export const judgeOwnership: Judge = ({ reply }) => {
  const f = facts(reply);
  const deflection = reply.hits('deflection').filter((h) => !reply.negated(h, 2));
  if (deflection.length) return fail('fail.deflection', deflection);
  if (f.actions.length) return pass(f.actions);
  return fail(f.pluralOnly.length ? 'fail.we_only' : 'fail.missing', f.pluralOnly.slice(0, 3));
};
