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

// holdout18 slot 4: "Let me find out where your sashes are. I'll ring you
// tomorrow before 12 noon with a firm fitting date": the look comes first and
// the answer later, so the reply holds (check na), in every language.
describe('a look first and a call back with the answer', () => {
  it.each([
    ['en', 'You said the sashes would be back by the end of April. Nobody has told me anything.', "I'm sorry we've gone past the date we gave you. Let me find out exactly where your two sashes are in the workshop. I'll ring you tomorrow, Friday, before 12 noon with a firm fitting date."],
    ['it', "Mi avevate detto fine aprile. Nessuno mi dice niente.", "Mi dispiace, abbiamo superato la data. Lasci che verifichi con il verniciatore a che punto è la coperta. La richiamo domani entro le 12 con una data precisa per il varo."],
    ['ro', 'Montatorul nu a apărut nimeni ieri.', 'Îmi pare rău că ați așteptat degeaba. Lăsați-mă să aflu de la coordonatorul echipelor ce s-a întâmplat. Vă sun mâine, vineri, până la ora 11, cu o nouă programare.'],
    ['es', 'Me dijiste que los tacos iban a estar el 5 de mayo y no sé nada.', 'Perdoname, me pasé de la fecha y no te avisé. Dejame ver en el taller en qué etapa están tus dos tacos. Te llamo mañana, viernes, antes de las 12, con una fecha firme de entrega.'],
    ['fr', "Vous m'aviez annoncé ma pipe pour fin avril. Je n'ai aucune nouvelle.", "Je suis désolé, nous avons dépassé la date annoncée. Laissez-moi vérifier à l'établi où en est votre pipe. Je vous rappelle demain avant midi avec une date ferme."],
  ])('%s: the check is na', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('na');
  });

  it('en: "must be really wearing" acknowledges the impact', () => {
    const body = 'Living behind boarded windows for an extra fortnight must be really wearing. I\'ve booked the fitting for Monday at 9.';
    expect(verdicts('en', body, 'The sashes are late and I have boards over the windows.').empathy).toBe('pass');
  });

  it('fr: "Je mesure votre inquiétude" acknowledges the feeling', () => {
    expect(verdicts('fr', "Je mesure votre inquiétude. J'ai vérifié : la pipe part lundi.", 'Je commence à m\'inquiéter sérieusement.').empathy).toBe('pass');
  });
});
