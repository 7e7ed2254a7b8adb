// rubric-guide §4: "von Mai bis September haben wir freitags bis 22 Uhr
// offen" tells opening times (information about how things go), it
// promises nothing; a time the agent gives for their own act still does.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('times that promise nothing', () => {
  it('de: opening times with "haben … offen" promise nothing', () => {
    const v = verdicts('de', 'Ja, von Mai bis September haben wir freitags und samstags bis 22 Uhr offen. Ich habe dir den Sommerplan angehängt. Hilft dir das?', 'Habt ihr im Sommer abends offen?');
    expect(v.commitments).toBe('na');
  });

  it('de: "ich rufe dich bis 22 Uhr an" still promises, with its time', () => {
    expect(verdicts('de', 'Ich rufe dich heute bis 22 Uhr an.', 'Mein Kurs wurde abgesagt.').commitments).toBe('pass');
  });
});
