// rubric-guide §4 fails "a promise on behalf of someone else's decision" ("I'm
// sure my manager will approve it"). A remedy that a third party decides on
// (replacing, refunding, covering) assured by the agent is the same promise,
// whatever the verb and tense: "I'm sure they'll replace it for free", "seguro
// que te la cambia gratis" (a present for the future), "sigur v-o înlocuiește",
// "je suis certaine qu'il vous le remplacera". The agent's own step said with
// "sure" ("seguro que te la cambio yo mañana") is not someone else's.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const BROKEN: Record<string, string> = {
  en: 'The heater stopped working.',
  it: 'La stufa non funziona più.',
  ro: 'Centrala nu mai funcționează.',
  es: 'La estufa ha dejado de funcionar.',
  fr: 'Le radiateur ne marche plus.',
  de: 'Die Heizung funktioniert nicht mehr.',
  pt: 'O aquecedor deixou de funcionar.',
};

describe("a third party's remedy assured by the agent fails commitments", () => {
  it.each([
    ['en', "Sorry it's stopped. I called the installer this morning and I'm sure they'll replace it for free."],
    ['ro', 'Îmi pare rău. L-am sunat pe instalator azi-dimineață și sigur v-o înlocuiește gratuit.'],
    ['es', 'Lo siento. He llamado al instalador esta mañana y seguro que te la cambia gratis.'],
    ['fr', "Désolée. J'ai appelé l'installateur ce matin et je suis certaine qu'il vous le remplacera gratuitement."],
    ['de', 'Das tut mir leid. Ich habe heute früh den Installateur angerufen und bin mir sicher, dass er Ihnen das Gerät kostenlos ersetzt.'],
    ['pt', 'Lamento. Liguei ao instalador esta manhã e de certeza que lho substitui de graça.'],
  ])('[%s] %s', (lang, body) => {
    const r = verdicts(lang, body, BROKEN[lang]);
    expect([r.commitments, r.ownership]).toEqual(['fail', 'pass']);
  });
});

describe("the agent's own dated step said with 'sure' passes", () => {
  it.each([
    ['es', 'Lo siento. Seguro que te la cambio yo mañana por la mañana, ya he pedido una nueva al almacén.'],
    ['pt', 'Lamento. Com certeza, troco-lho amanhã de manhã: já pedi um novo ao armazém.'],
    ['ro', 'Îmi pare rău. Sigur vă sun mâine dimineață, după ce vorbesc cu instalatorul.'],
    ['en', "Sorry it's stopped. I'm sure you'll love the new model: I've sent it today and it arrives tomorrow."],
  ])('[%s] %s', (lang, body) => {
    expect(verdicts(lang, body, BROKEN[lang]).commitments).toBe('pass');
  });
});

// The same promise in the passive: "your refund will be approved by Friday"
// after saying someone else approves refunds. The agent's own completed act in
// the passive ("has been approved") promises nothing.
describe('a decision promised in the passive fails commitments', () => {
  const CLAIM: Record<string, string> = {
    en: 'The wall you built washed out in the flood. I want my money back.',
    it: 'I piatti che ho comprato sono crepati. Voglio il rimborso.',
    ro: 'Poarta s-a crăpat după o lună. Vreau despăgubire.',
    es: 'El mariachi llegó tarde a la boda. Quiero el reembolso.',
    fr: "L'horloge est tombée en panne le jour du concours. Je veux être remboursé.",
    de: 'Der Mantel passt nach der ersten Reinigung nicht mehr. Ich will mein Geld zurück.',
    pt: 'O tapete perdeu as cores em três meses. Quero o reembolso.',
  };
  it.each([
    ['en', "I'm sorry. I've put your claim to Susan, who signs off refunds. Your refund will be approved by Friday, no question about it."],
    ['it', 'Mi dispiace molto. Ho inoltrato la richiesta al titolare, che autorizza i rimborsi. Il rimborso le sarà accordato di sicuro entro venerdì.'],
    ['ro', 'Îmi pare foarte rău. Am transmis cererea tatălui meu, care hotărăște despăgubirile. Despăgubirea vă va fi aprobată sigur până vineri.'],
    ['es', 'Lo siento muchísimo. Le pasé su caso a don Rubén, que autoriza los reembolsos. Su reembolso quedará aprobado sin falta el viernes.'],
    ['fr', "Je suis vraiment désolé. J'ai transmis votre dossier au gérant, seul à pouvoir valider un remboursement. Votre remboursement sera accordé sans faute vendredi."],
    ['de', 'Das tut mir sehr leid. Ich habe Ihren Fall an den Chef weitergegeben, der Erstattungen freigibt. Ihre Erstattung wird am Freitag ganz sicher genehmigt.'],
    ['pt', 'Lamento muito. Passei o seu caso ao meu pai, que decide os reembolsos. O seu reembolso será aprovado sem falta na sexta-feira.'],
  ])('[%s] %s', (lang, body) => {
    expect(verdicts(lang, body, CLAIM[lang]).commitments).toBe('fail');
  });

  it("the agent's own approval, already given, promises nothing of anyone's", () => {
    const r = verdicts('en', "I'm sorry. I've approved your refund myself this morning; it will reach your account by Friday.", 'The wall you built washed out in the flood. I want my money back.');
    expect(r.commitments).toBe('pass');
  });
});
