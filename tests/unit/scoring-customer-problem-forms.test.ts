// The customer's trouble in the forms people write it: German adjectives
// inflect ("mit zwei zerbrochenen Flaschen"), a fault shows as a code or as
// cold water ("still E3 and the water is stone cold"), a hole in a sleeve.
// Each makes the apology apply; "freezing" that only describes a thing ("the
// freezing spray") reports nothing.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a trouble in everyday forms makes the apology apply', () => {
  it.each([
    ['de', 'Das Bierpaket ist mit zwei zerbrochenen Flaschen angekommen, alles klebt.', 'Ich schicke Ihnen zwei Ersatzflaschen.'],
    ['de', 'Die Lampe kam mit einem verbogenen Fuß und einer zerkratzten Oberfläche an.', 'Ich schicke Ihnen morgen eine neue Lampe.'],
    ['de', 'Beim Streichelgehege hat eine Ziege die Jacke meines Sohnes angeknabbert, jetzt ist ein Loch im Ärmel.', 'Ich leite Ihre Mail an unseren Kollegen weiter.'],
    ['en', 'Tried cleaning the filter like you said, still E3 and the water is stone cold. Please help!', "I'll come and swap the heater unit myself tomorrow before 12."],
    ['en', 'The jacket came back from your cleaners with a hole in the sleeve.', "I'll arrange a repair this week."],
  ])('%s: %s', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });

  it('"freezing" describing a thing is no trouble', () => {
    const customer = "Could I book my son in on Saturday morning? Fair warning, he's terrified of the freezing spray after a bad go at the GP's.";
    const body = "I completely understand. I've booked Alfie in with me at 10:15 on Saturday, and I'll only use a numbing gel.";
    expect(verdicts('en', body, customer).apology).toBe('na');
  });

  it('a phone or an app that keeps freezing still is one', () => {
    for (const customer of ['My phone keeps freezing since the update.', 'The app is freezing every time I open it.']) {
      expect(verdicts('en', "I've reset your account; please restart the app.", customer).apology).toBe('fail');
    }
  });
});
