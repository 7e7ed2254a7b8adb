// rubric-guide §4: a "no" to what the customer asks is a refusal; with an
// alternative it passes, without one it fails. Forms of the no that support
// accounts use ("we no longer offer…", "there's nothing more we can do", "…
// but can't pay for the class"), and an alternative given before the no in
// the same sentence or as a place to go instead.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const ASK = 'Can you cover the class I missed because of your outage?';

describe('a no without an alternative fails', () => {
  it.each([
    "We do apologise for this, but unfortunately there's nothing more we can do.",
    'We no longer offer personal unsecured loans.',
    'We have checked your account and can\'t pay for the class, unfortunately.',
  ])('%s', (body) => {
    expect(verdicts('en', body, ASK).commitments).toBe('fail');
  });
});

describe('the same no with an alternative passes', () => {
  it.each([
    'We no longer offer personal unsecured loans. Please visit our website for all of the products we offer.',
    "We'll be glad to credit you for the days without service, but can't pay for the class, unfortunately.",
  ])('%s', (body) => {
    expect(verdicts('en', body, ASK).commitments).toBe('pass');
  });
});

describe('a no to a plain request with the alternative beside it', () => {
  it("\"I'm afraid I don't work Saturdays, but I can come on Friday at 5.30pm\" passes, and no apology is owed", () => {
    const r = verdicts('en', "A standard tuning is £95. I'm afraid I don't work Saturdays, but I can come on Friday 27 November at 5.30pm.", 'What would it cost to tune my piano, and could you come on a Saturday?');
    expect([r.commitments, r.apology]).toEqual(['pass', 'na']);
  });
});

describe('a plural "we do not" to a refund is a no', () => {
  it('pt: "não realizamos reembolso de sessões concluídas"', () => {
    expect(verdicts('pt', 'Verifiquei a sua reserva. Conforme nossa política, não realizamos reembolso de sessões concluídas.', 'Quero o reembolso da sessão.').commitments).toBe('fail');
  });
});

describe('"unable to" is a no when we are the ones unable', () => {
  it('en: "we are unable to refund" and "this item is unable to be returned" refuse', () => {
    expect(verdicts('en', 'We are unable to refund the delivery charge.', 'Please refund the delivery charge.').commitments).toBe('fail');
    expect(verdicts('en', 'Sale items are unable to be returned.', 'Can I return the sale jacket?').commitments).toBe('fail');
  });

  it("en: the customer's or a thing's \"unable to\" refuses nothing", () => {
    const v = verdicts('en', "We apologize that you're unable to find it. It's still showing as an active item, so keep checking the shop page.", 'I cannot find the set anywhere on your site.');
    expect([v.apology, v.commitments]).toEqual(['pass', 'na']);
    expect(verdicts('en', 'Ideas usually get closed because they are unable to get enough votes.', 'Why was my idea closed?').commitments).toBe('na');
  });
});

describe('a no that sends the customer elsewhere comes with an alternative', () => {
  it.each([
    ["I am unable to change your account via Twitter. For real time support, phone or chat use this link: https://example.com/help", 'Please change my plan.'],
    ["We're sorry we can't help, but their telephone number is 0344 493 0787 option 1. They're open 07:30-20:00.", 'Can you fix my energy bill?'],
  ])('en: %s', (body, customer) => {
    expect(verdicts('en', body, customer).commitments).toBe('pass');
  });

  it('en: "sorry we can\'t help" only softens the no (apology fail)', () => {
    expect(verdicts('en', "We're sorry we can't help, but their telephone number is 0344 493 0787.", 'My energy bill is wrong again!').apology).toBe('fail');
  });

  it('en: "I\'ve had a look into it" is a look taken, not a vague promise to look', () => {
    expect(verdicts('en', "I've had a look into it: the Zones 1-4 ticket doesn't exist, the Zones 1-6 one is the right ticket for you.", 'Which ticket do I need?').commitments).toBe('na');
  });
});
