// rubric-guide §2: empathy acknowledges the customer's feeling or the impact
// on them. "Sie haben völlig recht, die Verkostung gehört dazu" agrees on a
// fact; "that's a real let-down" names what it felt like.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('agreeing on the facts is not empathy; naming the let-down is', () => {
  it('de: "Sie haben völlig recht" about what was included shows no feeling', () => {
    const v = verdicts('de', 'Es tut mir sehr leid. Sie haben völlig recht, die Verkostung gehört zur Führung dazu. Ich habe Ihnen zwei Gutscheine ausgestellt.', 'Die Bierprobe am Ende wurde einfach gestrichen, obwohl sie im Preis enthalten war. Enttäuschend.');
    expect(v.empathy).toBe('fail');
  });

  it('de: right to be annoyed still is', () => {
    const v = verdicts('de', 'Es tut mir sehr leid, Sie sind völlig zu Recht verärgert. Ich habe Ihnen zwei Gutscheine ausgestellt.', 'Die Bierprobe wurde einfach gestrichen. Enttäuschend.');
    expect(v.empathy).toBe('pass');
  });

  it.each([
    "I'm sorry the kit hasn't fruited - that's a real let-down, especially as your dad checks it every morning. I've posted a fresh block today.",
    "I'm sorry the kit hasn't fruited, what a disappointment. I've posted a fresh block today.",
    "I'm sorry the kit hasn't fruited; it's such a hassle to start again. I've posted a fresh block today.",
  ])('en: %s', (body) => {
    expect(verdicts('en', body, "The mushroom kit hasn't done anything after three weeks. I'm quite disappointed.").empathy).toBe('pass');
  });
});
