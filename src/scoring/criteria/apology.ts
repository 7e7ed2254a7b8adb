import { overlaps } from '../analysis.js';
import { facts } from '../facts.js';
import { fail, na, pass, type Judge } from './types.js';

/**
 * rubric-guide §1. Applies when the customer reports trouble or the reply
 * admits a failure of its own; passes on one or two genuine apologies.
 */
export const judgeApology: Judge = ({ reply, customer }) => {
  const f = facts(reply);
  const genuine = f.apologies.filter((x) => x.kind === 'genuine');
  const admitted = reply.hits('admitted_failure').filter((h) => !reply.negated(h, 2));
  // "No need to apologise" answers the customer's own apology: nothing went wrong.
  const declined = reply.hits('apology_declined');
  const declinedOnly = declined.length > 0 && !genuine.length && !admitted.length && !customer.problem;
  // Any "sorry" (even a softener or a non-apology, but not one for asking or
  // for the bother) or an "unfortunately" that reports what happened means
  // something went wrong for the customer: the criterion applies.
  // "Unfortunately that is not possible" only says no to a plain question.
  const refusing = new Set(reply.hits('refusal').map((h) => h.sentence));
  const badNews = reply.hits('bad_news').filter((h) => !reply.negated(h, 2) && !refusing.has(h.sentence));
  // "Don't be hard on yourself, it happens to anyone", "non si preoccupi,
  // capita a tutti": the reply tells the customer the slip was their own, and
  // common. With no apology and no failure of ours, there is nothing to
  // apologise for.
  const ownSlip = !genuine.length && !admitted.length && reply.hits('slip_reassured').some((h) => !reply.negated(h, 2));
  // "Nu considerăm că este cazul să ne cerem scuze", "an apology is not
  // warranted": refusing to apologise answers a demand for one (rubric-guide
  // §1 fails it), whatever the customer's words.
  const refusedOne = [...reply.hits('apology_refused'), ...reply.hits('apology_withheld')].filter((h) => !reply.negated(h, 2));
  // "I'm so sorry to hear about your husband", "toutes mes condoléances":
  // sympathy for a misfortune of the customer's own apologises for nothing of
  // ours, so it does not make the criterion apply where the customer names no
  // trouble with us; beside one it still counts as the apology ("I'm so sorry
  // about the accident", and nobody called back). A sorry about an injury is
  // sympathy only where the injury is the customer's trouble: "mi spiace per
  // la spalla" to a customer hurt by the bow we sold applies.
  const sympathy = [
    ...(customer.misfortuneOnly || !customer.quoted || !customer.problem ? reply.hits('sympathy') : []),
    ...(customer.misfortuneOnly ? reply.hits('sympathy_injury') : []),
  ];
  const apologised = f.apologies.some((x) => x.kind !== 'courtesy' && !sympathy.some((s) => overlaps(s, x.hit)));
  const troubled = customer.problem && !customer.misfortuneOnly && !customer.ownFault;
  const applies =
    refusedOne.length > 0 ||
    !declinedOnly && !ownSlip && (troubled || admitted.length > 0 || apologised || badNews.length > 0);
  if (!applies) return na(declinedOnly ? 'na.declined' : ownSlip ? 'na.own_slip' : 'na');

  // Every "sorry" counts towards the three, whatever its kind, and so does one
  // that closes the reply ("Sorry again,\nClaire").
  const closing = f.apologies.length ? reply.inSignoff('apology') : [];
  const counted = [...f.apologies.map((x) => x.hit), ...closing];
  if (counted.length >= 3) return fail('fail.repeated', counted);
  if (genuine.length) return pass(genuine.map((x) => x.hit));

  const first = (kind: string) => f.apologies.find((x) => x.kind === kind);
  const undercut = first('undercut');
  if (undercut) return fail('fail.undercut', [undercut.hit, ...(undercut.by ? [undercut.by] : [])]);
  const sarcastic = first('sarcastic');
  if (sarcastic) return fail('fail.sarcastic', [sarcastic.hit, ...(sarcastic.by ? [sarcastic.by] : [])]);
  // "Sorry to bother you, could you send…" to a customer in trouble is no apology for it either.
  const softener = first('softener') ?? first('courtesy');
  if (softener) return fail('fail.softener', [softener.hit]);
  const non = first('conditional') ?? first('feeling');
  if (non) return fail('fail.conditional', [non.hit]);
  if (refusedOne.length) return fail('fail.refused', refusedOne);
  return fail('fail.missing', admitted);
};
