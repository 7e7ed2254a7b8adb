// rubric-guide §5: a holding reply ("we'll check and get back to you") has
// the check na. The agent who first wants to look ("I'd like to see what's
// gone wrong before I decide on the fix", "Je veux d'abord vérifier…",
// "antes de decirte qué hacemos") and names when they will come back has not
// answered yet, whatever step toward the answer they took. "A pickup time
// that suits you" arranges a time; it asks nothing about an answer.
// (holdout17 slot 14 and de-009 read these.)
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('the decision put off until the agent has looked', () => {
  it.each([
    ['en', 'Water is coming through on the shoulders. I am very angry.', "I'm sorry the jacket let the rain in. I'd like to see what's gone wrong on the shoulders before I decide on the fix, so I've emailed you a prepaid label this morning. I'll ring you tomorrow, Wednesday, before 12 noon to arrange a pickup time that suits you."],
    ['es', 'Los sifones pierden gas. Estoy muy enojada.', 'Perdoname por los sifones. Quiero revisar las válvulas antes de decirte qué hacemos. Mañana, jueves, entre las 9 y las 11 paso yo por tu casa a buscarlos, y a la tarde te llamo con lo que encontré.'],
    ['fr', 'Tout est fondu et collé ensemble. Je suis très fâché.', "Je suis désolée pour ce coffret fondu. Je veux d'abord vérifier avec notre transporteur à quelle température le colis a voyagé. Je vous rappelle demain, vendredi, avant midi, pour vous dire ce que j'ai trouvé."],
    ['pt', 'As latas chegaram com ferrugem. Estou muito zangada.', 'Sinto muito pelas latas com ferrugem. Quero primeiro descobrir de que lote são essas latas antes de te dizer como vamos resolver. Amanhã, quinta, até as 12h, eu te escrevo com o resultado.'],
    ['de', 'Der Griff wackelt schon nach zwei Trainings.', 'Es tut mir leid, dass der Griff wackelt. Die Griffe bekommen wir von einem Zulieferer, deshalb schicke ich Ihre Nachricht direkt an Frau Maier dort. Ich habe sie heute früh auch angerufen und melde mich morgen, Freitag, bis 12 Uhr mit ihrer Antwort bei Ihnen.'],
  ])('%s: the check is na', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('na');
  });
});

describe('a time chosen to suit the customer is no check', () => {
  it('en: "to arrange a pickup time that suits you" after a solution fails the check', () => {
    const body = "I've refunded the £45 today. I'll ring you tomorrow before 12 noon to arrange a pickup time that suits you.";
    expect(verdicts('en', body, 'The jacket leaks.').satisfaction_check).toBe('fail');
  });

  it('en: "Does that time work for you?" still checks', () => {
    const body = "I've refunded the £45 today and booked the pickup for Thursday at 10. Does that time work for you?";
    expect(verdicts('en', body, 'The jacket leaks.').satisfaction_check).toBe('pass');
  });
});
