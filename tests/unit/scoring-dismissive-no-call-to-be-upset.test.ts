// rubric-guide §2 fails empathy for "telling the customer to calm down", even
// beside an empathy phrase. Saying there is no call to be upset says the same:
// "there's no need to get this worked up", "non c'è bisogno di alzare i toni",
// "nu e cazul să te agiți", "no hace falta que te pongas así", "il n'y a pas
// de quoi t'énerver", "es gibt keinen Grund, dich so aufzuregen", "não tem
// motivo pra ficar tão nervoso". Like "calm down" it blames no one and refuses
// nothing, so the apology before it stands. "No need to worry" reassures.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const CHARGED: Record<string, string> = {
  en: 'You charged me twice!! This is a rip-off.',
  it: 'Mi avete addebitato due volte!! È una presa in giro.',
  ro: 'Mi-ați luat banii de două ori!! E bătaie de joc.',
  es: '¡¡Me cobraron dos veces!! Es una estafa.',
  fr: "Vous m'avez débité deux fois!! C'est du vol.",
  de: 'Sie haben zweimal abgebucht!! Das ist Abzocke.',
  pt: 'Vocês me cobraram duas vezes!! Isso é um roubo.',
};

describe('"no need to get upset" beside an acknowledgement fails empathy, and the apology stands', () => {
  it.each([
    ['en', "Sorry about the double charge. I understand it's annoying, but there's no need to get this worked up over £15. I'll refund it to your card by Friday."],
    ['it', "Mi dispiace per il doppio addebito. Capisco che sia seccante, ma non c'è bisogno di alzare i toni per 15 euro. Ti riaccredito i soldi entro venerdì."],
    ['ro', 'Îmi pare rău pentru dubla taxare. Înțeleg că te-a enervat, dar nu e cazul să te agiți atâta pentru 40 de lei. Îți returnez banii pe card până vineri.'],
    ['es', 'Perdoname por el doble cobro. Entiendo que te haya molestado, pero no hace falta que te pongas así. Te devuelvo la plata a la tarjeta antes del viernes.'],
    ['fr', "Désolé pour le double montant. Je comprends que ça t'ait fâché, mais il n'y a pas de quoi t'énerver de même. Je te rembourse sur ta carte d'ici vendredi."],
    ['de', 'Sorry wegen der doppelten Abbuchung. Ich verstehe, dass dich das geärgert hat, aber es gibt keinen Grund, dich deswegen so aufzuregen. Ich überweise dir das Geld bis Freitag zurück.'],
    ['pt', 'Foi mal pela cobrança em dobro. Entendo que você ficou bravo, mas não tem motivo pra ficar tão nervoso. Te devolvo o dinheiro no cartão até sexta-feira.'],
  ])('[%s] %s', (lang, body) => {
    const r = verdicts(lang, body, CHARGED[lang]);
    expect([r.apology, r.empathy]).toEqual(['pass', 'fail']);
  });
});

describe('"no need to worry" reassures and is no brush-off', () => {
  it.each([
    ['en', "Sorry about the double charge, I know how annoying that is. There's no need to worry: I'll refund it to your card by Friday."],
    ['it', "Mi dispiace per il doppio addebito, capisco quanto sia seccante. Non c'è bisogno di preoccuparsi: ti riaccredito i soldi entro venerdì."],
  ])('[%s] %s', (lang, body) => {
    expect(verdicts(lang, body, CHARGED[lang]).empathy).toBe('pass');
  });
});
