// Short real-world replies (tweet-sized, tags and links after the text),
// written like the public support corpus: the same rules must hold.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const judge = (text: string, quoted: string) => scoreReply({ text, quoted, language: 'en' }, rubric).criteria;

describe('short support replies', () => {
  it('"DM us your account" only asks for details: satisfaction check not applicable', () => {
    const c = judge('We hate to hear that! Please DM us your account number and zip code so we can take a look. ^TK', 'My internet has been down all day!!');
    expect(c.satisfaction_check.verdict).toBe('na');
  });

  it('"We are sorry to see…" is an apology', () => {
    expect(judge("We're sorry to see you're having trouble with your order. How can we help? ^AB", 'Still no sign of my order, 2 weeks now').apology.verdict).toBe('pass');
  });

  it('a diagnostic question at the end is not a satisfaction check', () => {
    const c = judge('Sorry to hear the parcel has not arrived. The tracking shows it at your local depot. Did you get a card through the door? -Sam', 'Parcel never arrived');
    expect(c.satisfaction_check.verdict).toBe('fail');
  });

  it('a question that asks for information is not a check', () => {
    expect(judge('Thanks for waiting. Your plan includes 10GB. Which phone are you using? ^JO', 'How much data do I get?').satisfaction_check.verdict).toBe('fail');
  });

  it('"let us know if that helps" is a check', () => {
    expect(judge('Try restarting the router from the app, then let us know if that helps. ^CL', 'wifi keeps dropping').satisfaction_check.verdict).toBe('pass');
  });

  it('a trailing tag or link does not hide the closing question mark', () => {
    const c = judge('Can you show us what is on the screen when it fails? ^RM https://t.co/abc', 'the app crashes on start, error 200');
    expect(c.satisfaction_check.verdict).toBe('na');
  });

  it('"I can\'t wait" refuses nothing', () => {
    expect(judge("Ha, I can't wait to try it myself! - Chloe", 'The new pastry at your Leeds shop is amazing').commitments.verdict).toBe('na');
  });

  it('"sorry, but we could not…" only softens a refusal', () => {
    expect(judge('We are terribly sorry but we could not offer any options as all flights are running normally.', 'My flight was cancelled?? I need options!').apology.verdict).toBe('fail');
  });

  it('a one-line reply starting with "Thanks for…" is a sentence, not a sign-off', () => {
    const c = judge("Thanks for flagging this, I've passed it to the web team. ^DB", 'Your checkout page is broken');
    expect(c.ownership.verdict).toBe('pass');
  });
});
