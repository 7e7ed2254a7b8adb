// rubric-guide §4 in two grammars the packs missed:
// - Romanian promises in the present with a day or an hour, in everyday verbs
//   ("vă refac pantalonii … joi la 17:00"), and what our courier does for the
//   customer at a time ("îl predă la notariat până la ora 16:00") or what the
//   customer will have ready ("îi aveți gata luni");
// - a German no in the passive at the end of a subordinate clause ("dass
//   abgelaufene Gutscheine nicht verlängert werden können").
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('Romanian present-tense promises with a time', () => {
  it.each([
    ['Vă refac pantalonii joi, 26 noiembrie, până la ora 17:00, fără niciun cost.'],
    ['Curierul nostru pleacă acum cu plicul și îl predă la notariat până la ora 16:00.'],
    ['Am găsit aceeași stofă, iar pantalonii îi aveți gata luni, 30 noiembrie, după ora 12:00.'],
  ])('%s', (body) => {
    expect(verdicts('ro', body, 'Pe pantaloni e o pată arsă de la fier.').commitments).toBe('pass');
  });

  it('the same verb with only "as fast as I can" is a vague promise', () => {
    expect(verdicts('ro', 'Vă refac pantalonii cât de repede pot.', 'Pe pantaloni e o pată arsă de la fier.').commitments).toBe('fail');
  });
});

describe('a German passive no at the end of the clause', () => {
  it('is a refusal, failed without an alternative', () => {
    const v = verdicts('de', 'Wir bedauern, Ihnen mitteilen zu müssen, dass abgelaufene Gutscheine gemäß unseren Bedingungen nicht verlängert werden können.', 'Mein Gutschein ist abgelaufen. Ich erwarte, dass er verlängert wird.');
    expect(v.commitments).toBe('fail');
  });
  it('passes with an alternative beside it', () => {
    const v = verdicts('de', 'Abgelaufene Gutscheine können nicht verlängert werden. Ich schicke Ihnen aber heute einen neuen Gutschein über 20 %, gültig bis Ende März.', 'Mein Gutschein ist abgelaufen. Ich erwarte, dass er verlängert wird.');
    expect(v.commitments).toBe('pass');
  });
});

describe('a present-tense visit whose day follows an aside', () => {
  it.each([
    ['ro', 'Tratamentul are garanție, așa că revin eu, gratuit, marți, 24 noiembrie, între 9 și 11.', 'Gândacii au apărut din nou.'],
    ['fr', 'Je passe, sans frais, jeudi 26 novembre à 9 h.', 'Les cafards sont revenus.'],
    ['es', 'Vuelvo yo, sin coste, el martes 24 a las 9.', 'Las cucarachas han vuelto.'],
    ['it', 'Ripasso io, gratis, martedì 24 alle 9.', 'Gli scarafaggi sono tornati.'],
  ])('%s: %s is a dated promise', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).commitments).toBe('pass');
  });
});
