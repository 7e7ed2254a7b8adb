// rubric-guide §4 fails "a promise on behalf of someone else's decision".
// Emphatic certainty about a dated step a third party takes on their own
// schedule is that promise: "He'll definitely have the new handle in by
// Wednesday, no question", "Gliela rifà sicuramente entro mercoledì, su questo
// non ho dubbi", "Er liefert … ganz sicher bis Mittwoch, da bin ich mir
// absolut sicher". The same certainty about the agent's own step is only
// emphasis. And "I'd like to know whether a Thursday return still gives you
// enough time" checks the solution (§5), in seven languages.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const CRACKED: Record<string, string> = {
  en: 'The handle of my new bat has cracked. Our final is on Saturday. Can it be fixed in time?',
  it: 'La maschera si è crepata sul naso. Mi serve per il 18. Potete ripararla?',
  ro: 'Ia e prea largă la umeri. Spectacolul e pe 18. O puteți ajusta?',
  es: 'La piñata llegó rota. El evento es el 18. ¿La pueden arreglar?',
  fr: 'La gravure de la bouteille a une faute. La fête est le 18. Pouvez-vous la refaire?',
  de: 'Von 30 Fotos habe ich acht bekommen. Das Album brauche ich am 18. Geht das noch?',
  pt: 'A fantasia veio com os paetês soltos. A apresentação é dia 18. Dá para arrumar?',
};

// [language, the third party's step assured, the check as a wish to know]
const CASES: [string, string, string][] = [
  ['en', "I've taken the bat across to Gary, who fits us in around his own orders. He'll definitely have the new handle in by Wednesday, no question, so it'll be back with you on Thursday.", "I'd like to know whether a Thursday return still gives you enough time."],
  ['it', 'Ho già portato la maschera al maestro Renzo, che si organizza i tempi da sé. Gliela rifà sicuramente entro mercoledì, su questo non ho dubbi, e giovedì gliela spediamo.', 'Vorrei sapere se con la consegna di venerdì le resta abbastanza margine.'],
  ['ro', 'Am dus-o deja la doamna Veta, care își hotărăște singură programul. O termină sigur până miercuri, vă garantez, iar joi v-o trimitem.', 'Aș vrea să știu dacă, cu ia primită vineri, vă rămâne destul timp.'],
  ['es', 'Ya se la llevé a don Chuy, que se organiza sus tiempos él solo. Seguro se la tiene lista el miércoles, de eso no tenga duda, y el jueves se la entregamos.', 'Quisiera saber si con la entrega del jueves le queda tiempo suficiente.'],
  ['fr', "J'ai déjà apporté une bouteille neuve à M. Perrin, qui fixe lui-même son planning. Il l'aura terminée mercredi sans faute, je n'ai aucun doute là-dessus, et nous vous l'expédions jeudi.", "J'aimerais savoir si une livraison vendredi vous laisse assez de marge."],
  ['de', 'Ich kann mir vorstellen, wie ärgerlich das ist. Ich habe die Rohdaten der Bordkamera bereits an Beat weitergeleitet, der seine Zeit selbst einteilt. Er liefert die restlichen Bilder ganz sicher bis Mittwoch, da bin ich mir absolut sicher, und wir senden Ihnen am Donnerstag den Link.', 'Ich würde gerne wissen, ob Ihnen die Fotos am Donnerstag noch genug Zeit lassen.'],
  ['pt', 'Já levei a fantasia pra Dona Cida, que faz o próprio horário. Com certeza ela termina até quarta, disso não tenho dúvida, e na quinta a gente te entrega.', 'Queria saber se, recebendo na quinta, ainda sobra tempo pra você provar.'],
];

describe("certainty about a third party's dated step", () => {
  it.each(CASES)('%s: fails commitments; the wish to know checks the solution', (lang, assured, check) => {
    const r = verdicts(lang, `${assured} ${check}`, CRACKED[lang]);
    expect([r.commitments, r.satisfaction_check]).toEqual(['fail', 'pass']);
  });
});

describe("the same certainty about the agent's own step is emphasis", () => {
  it.each([
    ['en', "I'll definitely have the new handle fitted by Wednesday, no question, and I'll post it to you on Thursday."],
    ['it', 'Gliela riparo io entro mercoledì, su questo non ho dubbi, e giovedì gliela spedisco.'],
    ['de', 'Ich tausche den Griff ganz sicher bis Mittwoch aus und schicke Ihnen den Schläger am Donnerstag.'],
  ])('%s', (lang, body) => {
    expect(verdicts(lang, body, CRACKED[lang]).commitments).toBe('pass');
  });

  it('"Quisiera saber si podría enviarme…" asks for details, and checks nothing', () => {
    const r = verdicts('es', 'Le he enviado hoy una piñata nueva. Quisiera saber si podría enviarme una foto de la caja.', CRACKED.es);
    expect(r.satisfaction_check).toBe('fail');
  });
});
