// rubric-guide §1: apology applies to trouble on the company's side. When the
// reply kindly tells the customer the slip was their own and common ("don't
// be hard on yourself, it happens to anyone", "non si preoccupi, capita a
// tutti"), there is nothing to apologise for: `na`, while empathy for the
// stress still counts. A reply that admits a failure of ours still owes one.
import { describe, expect, it } from 'vitest';
import { rubric, verdicts } from '../helpers/reply.js';
import { scoreReply } from '../../src/scoring/score.js';

describe("the customer's own slip, reassured", () => {
  it.each([
    ['en', "Don't be hard on yourself, it happens to more people than you'd think, and I know how stressful it is with work looming. I'll be with you by 8:15.", "I've locked myself out and I have to be at work at 9!"],
    ['it', 'Non si preoccupi e non si dia della distratta, capita a tutti! Capiamo lo spavento. Ho spostato la prenotazione al 15 dicembre alle 10.', 'Ho sbagliato data nella prenotazione, che stupida!'],
    ['ro', 'Nu-ți face griji, se întâmplă des la yalele vechi. Îmi imaginez cât de enervant e să stai pe scară. Ajung la tine până la 19:00.', 'Mi s-a rupt cheia în yală și stau pe scară.'],
    ['es', 'No se preocupe, eso le pasa a cualquiera, y entiendo el agobio. Le cambio el bombín mañana a las 10.', 'He perdido las llaves del buzón y tengo cartas del banco dentro.'],
    ['fr', "Ne vous en voulez pas, ça arrive à tout le monde. Je comprends le stress. Je passe demain à 9 h.", "J'ai perdu mes clés et je suis bloquée dehors."],
    ['de', 'Machen Sie sich keine Vorwürfe, das passiert jedem mal. Ich verstehe, wie stressig das ist. Ich komme morgen um 9 Uhr.', 'Ich habe meinen Schlüssel verloren und stehe vor der Tür.'],
    ['pt', 'Não se culpe, acontece a qualquer um. Imagino o stress. Passo aí amanhã às 9h.', 'Perdi as chaves e fiquei trancada fora de casa.'],
  ])('%s: apology is na, empathy passes', (lang, body, customer) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['na', 'pass']);
  });

  it('says why in its feedback', () => {
    const r = scoreReply({ text: "Don't be hard on yourself, it happens to anyone. I'll be with you by 8:15.", quoted: "I've locked myself out!", language: 'en' }, rubric);
    expect(r.criteria.apology.feedback).toMatch(/own slip/);
  });

  it('a failure of ours beside the reassurance still needs the apology', () => {
    const v = verdicts('ro', 'E vina noastră: update-ul a șters progresul. Nu-ți face griji, se întâmplă des, progresul era salvat pe server. Ți-am restaurat salvarea.', 'După ultimul update mi-a dispărut tot progresul.');
    expect(v.apology).toBe('fail');
  });
});

describe('reassurance that is no slip of the customer', () => {
  it('"ça arrive souvent" about a mishap in our care leaves the apology owed', () => {
    const customer = "Hier Filou est rentré de son trajet chez le vétérinaire avec une patte qui saignait et personne ne m'a prévenue. Je suis furieuse.";
    const body = "Ce n'est qu'une petite égratignure, ça arrive souvent quand les chiens grattent la grille de la caisse. Julien l'a désinfectée sur place.";
    expect(verdicts('fr', body, customer).apology).toBe('fail');
  });
});

describe('trouble outside our control', () => {
  it('"not something we can control" blames no one and refuses nothing: the sorry before it stands', () => {
    const customer = "My order was meant to arrive before Christmas and it STILL hasn't come. It's February!";
    const body = "I'm sorry, your parcel is stuck in the Royal Mail backlog. It's not something we can control, I'm afraid. We'll send a replacement out if it doesn't turn up soon.";
    expect(verdicts('en', body, customer).apology).toBe('pass');
  });
});
