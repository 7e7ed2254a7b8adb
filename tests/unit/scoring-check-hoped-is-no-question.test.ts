// rubric-guide §5: the check asks. "J'espère que cela vous convient", "I hope
// this works for you" state a hope about the solution and ask nothing, so the
// check fails; the same words as a question still check.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const CUSTOMER: Record<string, string> = {
  fr: 'La ceinture que vous avez brodée a un fil tiré.',
  en: 'The belt you embroidered has a pulled thread.',
};
const FIX: Record<string, string> = {
  fr: "Je vous envoie aujourd'hui une étiquette de retour et je vous la retourne réparée en cinq jours ouvrables.",
  en: "I'm sending you a returns label today and I'll have it back to you repaired within five working days.",
};

describe('a check stated as a hope', () => {
  it.each([
    ['fr', "J'espère que cela vous convient."],
    ['en', 'I hope this works for you.'],
  ])('%s: "%s" is no check', (lang, close) => {
    expect(verdicts(lang, `${FIX[lang]}\n\n${close}`, CUSTOMER[lang]).satisfaction_check).toBe('fail');
  });

  it.each([
    ['fr', 'Cela vous convient-il ?'],
    ['en', 'Does this work for you?'],
  ])('%s: "%s" asks, and checks', (lang, close) => {
    expect(verdicts(lang, `${FIX[lang]}\n\n${close}`, CUSTOMER[lang]).satisfaction_check).toBe('pass');
  });
});
