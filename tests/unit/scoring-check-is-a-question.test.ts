// rubric-guide §5: "Does this work for you?" asks; "Mike is the builder we
// work with" states. A check that opens with the verb ("does", "is", "would")
// is a question only where the verb starts its clause.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const customer = 'Your lorry knocked our gatepost over this morning.';

describe('an inverted check starts its clause', () => {
  it.each([
    'I have booked our builder to rebuild the gatepost on Thursday at 9am. Does Thursday work for you?',
    'I have booked our builder to rebuild the gatepost on Thursday at 9am. So, does that suit you?',
    'I have booked our builder to rebuild the gatepost on Thursday at 9am. Would Thursday be convenient for you?',
  ])('asks: %s', (body) => {
    expect(verdicts('en', body, customer).satisfaction_check).toBe('pass');
  });

  it.each([
    'I have booked our builder to rebuild the gatepost on Thursday at 9am. Mike is the builder we work with, and he will bring the bricks.',
    'I have booked our builder to rebuild the gatepost on Thursday at 9am. Thursday is the day that works for the crew.',
    'I have booked our builder to rebuild the gatepost on Thursday at 9am. A lime mortar is the one that will help it last.',
  ])('states: %s', (body) => {
    expect(verdicts('en', body, customer).satisfaction_check).toBe('fail');
  });
});
