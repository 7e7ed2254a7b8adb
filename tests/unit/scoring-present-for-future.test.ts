// A present tense with a future meaning and a deadline ("Vă răspund până joi",
// "Le rispondo entro giovedì", "Ich melde mich bis Donnerstag", "Le respondo
// antes del jueves", "Respondo-lhe até quinta") is a concrete promise the agent
// owns: ownership passes, commitments passes. It promises an answer later, so
// the reply gives none yet to check satisfaction with.
import { describe, expect, it } from 'vitest';
import { read, verdicts } from '../helpers/reply.js';

describe('"I answer you by Thursday" is an owned, concrete promise of a later answer', () => {
  it.each([
    ['ro', 'Vă răspund până joi.'],
    ['ro', 'Revin cu un răspuns până vineri la ora 12.'],
    ['it', 'Le rispondo entro giovedì.'],
    ['de', 'Ich melde mich bis Donnerstag.'],
    ['es', 'Le respondo antes del jueves.'],
    ['es', 'Le contesto mañana antes de las 12.'],
    ['pt', 'Respondo-lhe até quinta.'],
    ['fr', "Je vous réponds d'ici jeudi."],
  ])('%s: %s', (lang, body) => {
    const f = read(lang, body);
    expect(f.actions.length).toBeGreaterThan(0);
    expect(f.promises.some((p) => p.times.length > 0)).toBe(true);
    expect(verdicts(lang, body)).toMatchObject({ ownership: 'pass', commitments: 'pass', satisfaction_check: 'na' });
  });
});
