// rubric-guide §5: asking which of the agent's own remedies suits the customer
// checks the solution, wherever the question stands ("Would skewers suit
// your vegetarians, or would you prefer a roast? Whichever you choose, …",
// "Ați prefera să vă returnez diferența sau să vă trimit…?" in the first
// paragraph). An offer alone ("Would you like me to send it?") and a question
// that only diagnoses stay no check.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a choice between the agent\'s remedies is a check', () => {
  it('en: "…, or would you prefer …?" mid-paragraph, with more text after it', () => {
    const body = "I'm sorry, that's my slip. I've added vegetable skewers for 15 at no extra cost. Would skewers suit your vegetarians, or would you prefer a mushroom roast? Whichever you choose, I'll send the corrected menu by 6 pm tomorrow.";
    expect(verdicts('en', body, 'The menu you sent has nothing for our vegetarians.').satisfaction_check).toBe('pass');
  });

  it('ro: the choice in the first paragraph, "anything else?" at the close', () => {
    const body = 'Îmi pare rău pentru încurcătură: am verificat bonul și v-am dat din greșeală tava mică. Ați prefera să vă returnez diferența de 30 de lei sau să vă trimit data viitoare o tavă din partea casei?\n\nOricare ați alege, notez totul chiar azi în fișa dumneavoastră.\n\nMai pot să vă ajut cu ceva?';
    expect(verdicts('ro', body, 'Am primit altă tavă decât cea comandată.').satisfaction_check).toBe('pass');
  });

  it('en: a plain offer early in the reply is still no check', () => {
    const body = "I'm sorry about the mix-up. Would you like me to send the menu again?\n\nThe kitchen has the corrected list now.\n\nI'll send the final menu by 6 pm tomorrow.";
    expect(verdicts('en', body, 'The menu you sent has nothing for our vegetarians.').satisfaction_check).toBe('fail');
  });
});
