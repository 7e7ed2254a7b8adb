// rubric-guide §2 in everyday words: "is heartbreaking", "the opposite of
// what you paid for", "es lo último que queríais", "qué pena lo de los
// bombones", "so quanto contava", "capisco anche la sua rabbia", "la
// déception de votre fille"; a colleague who "avrebbe dovuto" act is our
// fault, not blame of the customer; and a sorry for our late answer ("ritardo
// nella risposta") does not make empathy apply. Colombian "qué pena con usted"
// is an apology, not empathy.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('empathy in everyday words', () => {
  it.each([
    ['en', "Oh no, apologies - that's my packing mistake. Finding a stripe halfway up a jumper is heartbreaking. New skeins go out this afternoon.", 'The new skeins are a different dye lot.'],
    ['en', "Sorry to hear the fit has left you with a sore hamstring - that's the opposite of what you paid for. I've booked you a free follow-up on Thursday at 5.30pm.", 'My hamstring hurts since the bike fit.'],
    ['es', 'Lo siento de verdad. Tener a diez niños de pie media hora es lo último que queríais. Te he devuelto la señal.', 'Nos disteis la mesa a otro grupo.'],
    ['es', 'Qué pena lo de los bombones, de verdad. Te envío una caja nueva mañana antes de las 14:00.', 'Los bombones llegaron derretidos.'],
    ['it', 'Ho sbagliato io i tempi. So quanto contava che tutto andasse liscio quel giorno. Le rimborso il 30% entro venerdì 15.', 'Siete arrivati in ritardo al matrimonio.'],
    ['it', 'Mi scuso. Capisco anche la sua rabbia: il collega di turno avrebbe dovuto compilare subito il verbale.', 'Nessuno ha compilato il verbale.'],
    ['fr', 'Je suis désolée pour la fermeture manquante, et pour la déception de votre fille. Je vous en envoie une demain.', 'Il manquait la fermeture éclair dans le kit.'],
    ['en', "I don't want you to feel this way. What's going on with the connection?", 'Super cool company. I don’t recommend.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });

  it('it: a sorry for our late answer to a plain question leaves empathy na', () => {
    expect(verdicts('it', 'Chiedo scusa per il ritardo nella risposta. Il suo monopattino è pronto.', 'È pronto il monopattino?').empathy).toBe('na');
  });

  it('es: "qué pena con usted por la demora" is an apology, not empathy', () => {
    const v = verdicts('es', 'Qué pena con usted por la demora en responderle. Le confirmo la respuesta mañana antes de las 5 p. m.', 'Nadie me ha dicho si me cubre la garantía.');
    expect([v.apology, v.empathy]).toEqual(['pass', 'fail']);
  });
});
