// rubric-guide §2: empathy applies when the customer reports a problem or
// shows a negative emotion. "I understand how stressful it can be to choose a
// first instrument", said to a customer who only asked about sizes, answers a
// feeling of anyone in their place, not one they showed: it leaves the
// criterion na. Said to a customer in trouble, or as "this must be", it is
// empathy. (holdout17 slot 3 read these.)
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('an acknowledgement said in general, to a customer who only asked', () => {
  it.each([
    ['en', 'Do you post hurleys to the US? We can\'t get a decent one here. How long would it take?', 'I understand how stressful it can be trying to get the right gear to a young player abroad. I\'ve checked: delivery usually takes seven to ten working days.'],
    ['it', 'Si può incidere il nome sulla lama? Quanto ci vuole per Torino?', 'Capisco bene quanto possa essere stressante scegliere il regalo giusto. Ho controllato le spedizioni: arrivano di solito in tre giorni lavorativi.'],
    ['ro', 'Ce mărime recomandați pentru un începător?', 'Înțeleg cât de greu poate fi să alegeți primul instrument pentru un copil. Am verificat: recomandăm naiul de 20 de tuburi.'],
    ['es', '¿Qué tamaño me recomienda para un niño de 10 años? Aquí no consigo encontrar uno decente.', 'Entiendo lo angustiante que puede ser elegir el primer instrumento de un hijo. Revisé los envíos: suelen tardar entre cinco y siete días hábiles.'],
    ['fr', 'Faites-vous la marinière en taille enfant 4 ans ?', "Je comprends combien il peut être stressant de commander un vêtement pour un enfant. J'ai vérifié les envois : un colis met en général huit à dix jours ouvrés."],
    ['de', 'Können Sie auch ein Familienwappen als Relief schnitzen?', 'Ich verstehe gut, wie nervenaufreibend die Suche nach dem richtigen Handwerker für so ein Familienstück sein kann. Ich habe Ihnen zwei Fotos angehängt.'],
    ['pt', 'As mantas existem em tamanho de casal? Aqui não consigo encontrar nenhuma.', 'Compreendo como pode ser difícil escolher uma manta à distância. Confirmei hoje com a transportadora: o envio demora três a quatro dias úteis.'],
  ])('%s: apology and empathy na', (lang, customer, body) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['na', 'na']);
  });

  it.each([
    ['en', "The hurley arrived cracked and my son's match is on Saturday.", "I understand how stressful it can be with a match so close. I'm sending a new one today by express."],
    ['fr', "Le colis n'est jamais arrivé et c'était pour l'anniversaire de mon fils.", "Je comprends combien cela peut être décevant. Je vous renvoie la marinière aujourd'hui."],
  ])('%s: to a customer in trouble it is empathy', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });

  it.each([
    ['pt', 'As mantas existem em tamanho de casal?', 'Compreendo que seja aborrecido escolher uma manta à distância. Confirmei hoje com a transportadora: o envio demora três a quatro dias úteis.'],
    ['en', 'Do you have the globe in a 30 cm size?', "I understand it's hard to choose a globe without seeing it. I've checked: the 30 cm one is in stock."],
  ])('%s: a choice called hard in general leaves empathy na', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).empathy).toBe('na');
  });

  it('en: "this must be worrying" answers the customer even without a trouble word', () => {
    expect(verdicts('en', "I understand how worrying this must be. I've checked your account and everything is in order.", 'Is my account safe?').empathy).toBe('pass');
  });
});
