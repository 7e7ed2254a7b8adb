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

describe('a Brazilian proclitic promise and a stacked "never again"', () => {
  it('"Te aviso assim que eles me derem um retorno" is my own promise with no time: commitments fail', () => {
    const r = verdicts('pt', 'Conferi seu pedido hoje de manhã. Também liguei para a transportadora. Te aviso assim que eles me derem um retorno.', 'Os chinelos deviam ter chegado no dia 12 e até agora nada.');
    expect(r.commitments).toBe('fail');
  });

  it('"you won\'t ever be sent the wrong bottle by us again, not by anyone, not ever" is an absolute guarantee', () => {
    const r = verdicts('en', "Sorry about the mix-up. I've sent you two bottles this morning, and they'll be with you by Thursday. I've moved the sauces apart, so you won't ever be sent the wrong bottle by us again, not by anyone, not ever.", 'You sent me the wrong sauce.');
    expect(r.commitments).toBe('fail');
  });
});
