import { fail, na, pass, type Judge } from './types.js';

/** A custom criterion from the rubric file: applies / pass / fail by signal ids. */
export const judgeBySignals: Judge = ({ reply, customer, criterion }) => {
  const rule = criterion.rule ?? { applies: 'always' as const, pass: [], fail: [] };
  const hits = (ids: string[]) => ids.flatMap((id) => reply.hits(id)).filter((h) => !reply.negated(h, 3));
  const applies =
    rule.applies === 'always' ||
    (rule.applies === 'problem' && customer.problem) ||
    (rule.applies === 'emotion' && customer.emotion) ||
    (rule.applies === 'problem_or_emotion' && (customer.problem || customer.emotion)) ||
    (Array.isArray(rule.applies) && hits(rule.applies).length > 0);
  if (!applies) return na();
  const bad = hits(rule.fail);
  if (bad.length) return fail('fail', bad);
  const good = hits(rule.pass);
  return good.length ? pass(good) : fail('fail.missing');
};
