// "While we look into this" describes work going on, in a subordinate clause:
// it is not a vague promise ("we'll look into it"), so it neither fails
// commitments nor makes it apply. "In the meantime" / "mientras tanto" is an
// alternative, and a real vague promise in the main clause still fails.
import { describe, expect, it } from 'vitest';
import { read, verdicts } from '../helpers/reply.js';

describe('work going on in a "while" clause is no promise', () => {
  it.each([
    ['en', 'Thank you for your patience while we look into this.'],
    ['en', "I've issued a refund of £20 today while we're looking into this."],
    ['en', "While we look into this, I've sent you a loan device by courier today."],
    ['fr', 'Merci de votre patience pendant que nous étudions votre dossier.'],
    ['it', 'Grazie per la pazienza mentre verifichiamo la sua pratica.'],
    ['es', 'Gracias por su paciencia mientras investigamos lo ocurrido.'],
    ['de', 'Vielen Dank für Ihre Geduld, während wir uns das ansehen.'],
    ['pt', 'Obrigado pela paciência enquanto verificamos a situação.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).promises.flatMap((p) => p.vague)).toEqual([]);
    expect(verdicts(lang, body).commitments).not.toBe('fail');
  });
});

describe('a vague promise in the main clause still fails', () => {
  it.each([
    ['en', "We'll look into this and get back to you."],
    ['en', "While you wait, we'll look into it."],
    ['es', 'Mientras tanto, le llamaremos para darle noticias.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).commitments).toBe('fail');
  });
});
