// rubric-guide §5 and §1-2, as holdout17 slots 11 and 15 read them: asking
// which of the options suits is a check ("Quale soluzione le è più comoda?",
// "Laquelle des deux options t'arrange le mieux ?"); a shop's own no to a
// service ("el taller no hace entregas los domingos") is a refusal that the
// options answer; a repair praised by the damage it hides ("you'd never know
// it had sat in a flooded cellar") is praise, not a trouble; and "le leí su
// mensaje a mi hermana" is the agent's own act.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('options as the close', () => {
  it.each([
    ['it', 'Potete spedire una resolza negli Stati Uniti?', "Negli Stati Uniti non possiamo spedire coltelli. Posso però prepararla io entro venerdì 24 marzo, oppure spedirla a un indirizzo in Italia che mi indica lei. Quale soluzione le è più comoda?"],
    ['fr', 'Est-ce qu\'elles peuvent arriver vendredi à Chibougamau ?', "Une livraison vendredi là-bas n'est pas possible. Je peux par contre te les envoyer aujourd'hui à ton adresse de Québec pour jeudi, ou te les garder à l'atelier. Laquelle des deux options t'arrange le mieux ?"],
  ])('%s: the check passes', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('pass');
  });

  it('es: the no to a Sunday delivery comes with dated options', () => {
    const body = 'Los domingos el taller no hace entregas, porque el repartidor descansa. Puedo llevárselo yo el sábado 25 entre las 10 y las 13, o puede recogerlo en el taller el mismo sábado hasta las 18:00. ¿Qué opción le viene mejor?';
    expect(verdicts('es', body, '¿Me pueden entregar el cajón el domingo?').commitments).toBe('pass');
  });
});

describe('praise that names the damage a repair hides', () => {
  it('en: apology, empathy and check are na', () => {
    const customer = "Just wanted to say the restored globe came back yesterday and it's beautiful. You'd never know it had sat in a flooded cellar for a month. Please thank whoever did the cartouche.";
    const body = "Thank you, that's lovely to hear. The cartouche was Priya's work, and I've passed your note straight on to her.";
    const v = verdicts('en', body, customer);
    expect([v.apology, v.empathy, v.ownership, v.satisfaction_check]).toEqual(['na', 'na', 'pass', 'na']);
  });

  it('es: "Ya le leí su mensaje a mi hermana" owns the relay', () => {
    const v = verdicts('es', '¡Muchas gracias por sus palabras! Ya le leí su mensaje a mi hermana Soledad, que fue quien lo pintó.', '¡Qué maravilla! Llegó perfecto. Felicite de mi parte a quien lo pintó.');
    expect(v.ownership).toBe('pass');
  });
});

// holdout18 slots 6 and 11: "Are you happy to wait for the proper glass, or
// would you rather we fitted a plain pane?" asks whether the answer suits (a
// check); "I know it cost your neighbours a day's wages" names the impact.
describe('asked whether waiting suits; the cost named as known', () => {
  it('en: "Are you happy to wait …, or would you rather …?" checks', () => {
    const body = "I'm sorry the glass is late. Once it lands, I'll cut and glaze your sash and we'll fit it the following day. Are you happy to wait for the proper glass, or would you rather we fitted a plain pane for now?";
    expect(verdicts('en', body, 'The new glass was meant to be in last week.').satisfaction_check).toBe('pass');
  });

  it('en: "I know it cost your neighbours a day\'s wages" is empathy', () => {
    const body = "I'm sorry the team arrived a day late. I know it cost your neighbours a day's wages and left you gathering twice. I've refunded 25% of the invoice today.";
    expect(verdicts('en', body, 'Your team turned up a day late.').empathy).toBe('pass');
  });
});
