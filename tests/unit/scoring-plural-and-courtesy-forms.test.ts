// Forms read from holdout15 (slots 3 and 7): Brazilian "a gente" speaks in the
// first person plural, so "a gente … entende muito bem o desespero"
// acknowledges the feeling (ownership still wants an "eu"); "el traje" is a
// dress, not "I brought"; and "entschuldigen Sie, dass ich schon wieder
// störe" is a courtesy, not a trouble (rubric-guide §1-3).
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('plural replies and courtesies', () => {
  it('"a gente entende muito bem o desespero" is empathy', () => {
    const r = verdicts('pt', 'A gente pede mil desculpas pelo erro no nome, e entende muito bem o desespero, com a festa tão perto. Vamos refazer a estampa e vamos despachar tudo até terça-feira, dia 11.', 'Os chinelos vieram com o nome escrito errado. A festa é dia 22 e eu estou desesperada.');
    expect([r.empathy, r.ownership]).toEqual(['pass', 'fail']);
  });

  it('"el traje" is a noun: a reply of plural verbs owns nothing in the first person singular', () => {
    const r = verdicts('es', 'Sentimos muchísimo el fallo, y entendemos de sobra el agobio con la romería tan cerca. Vamos a descoser el cuerpo y el traje va a estar listo el martes 11 por la tarde.', 'La cremallera del traje de flamenca no cierra y la romería es el 22. Estoy agobiadísima.');
    expect([r.empathy, r.ownership]).toEqual(['pass', 'fail']);
  });

  it('"entschuldigen Sie, dass ich schon wieder störe" reports no trouble', () => {
    const r = verdicts('de', 'Sie müssen sich überhaupt nicht entschuldigen. Ich schicke Ihnen die Farbmuster morgen früh mit der Post. Ist das so recht für Sie?', 'Entschuldigen Sie, dass ich schon wieder störe. Könnten Sie mir vor der Bestellung ein Farbmuster schicken?');
    expect([r.apology, r.empathy]).toEqual(['na', 'na']);
  });
});
