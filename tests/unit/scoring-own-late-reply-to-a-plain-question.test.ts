// rubric-guide §1: the apology applies when "the reply itself admits a failure
// or delay on the company's side"; §2: empathy applies only when the customer
// reports a problem or shows a feeling. A plain enquiry answered late gets an
// apology and no empathy, however the lateness is owned ("I should have
// answered you last week", "Perdone que le conteste con tanto retraso",
// "Excusez-moi de ne vous répondre que maintenant", "por só lhe responder
// agora"). Asking what is needed or how long it takes reports no trouble:
// "¿cuántas pruebas hacen falta?", "quanto tempo demora?".
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a plain enquiry answered late: apology pass, empathy na', () => {
  it.each([
    ['en', 'I’d like to order a kilt for my son’s graduation in July. Do you need us to come in for measuring, and how long does it take?',
      "I should have answered you last week, and I'm sorry your enquiry sat in my inbox for so long. A kilt takes six to eight weeks, so July is comfortably within reach. Which Saturday would suit you for measuring?"],
    ['es', 'Quería encargar un traje de flamenca a medida. ¿Con cuánto tiempo hay que hacer el encargo y cuántas pruebas hacen falta?',
      'Perdone que le conteste con tanto retraso; tendría que haberle respondido hace días. Un traje a medida lleva unas diez semanas y hacemos dos pruebas. ¿Qué día le viene mejor para la primera?'],
    ['fr', 'Je voudrais faire piquer un cylindre sur mesure pour un mariage le 4 septembre. Est-ce faisable, et en combien de temps ?',
      "Excusez-moi de ne vous répondre que maintenant ; j'aurais dû le voir bien plus tôt. C'est tout à fait faisable : comptez environ huit semaines. Quel jour vous conviendrait pour en parler ?"],
    ['pt', 'Gostava de encomendar um tapete bordado a partir de um desenho de família. Quanto tempo demora?',
      'Peço-lhe desculpa por só lhe responder agora; devia tê-lo visto há vários dias. Um tapete dessa medida demora cerca de cinco meses. Prefere passar cá na oficina ou que lhe telefone?'],
  ])('[%s] %s', (lang, ask, body) => {
    const r = verdicts(lang, body, ask);
    expect([r.apology, r.empathy]).toEqual(['pass', 'na']);
  });
});

describe('the same words that do report a trouble still do', () => {
  it.each([
    ['es', 'Me llegó el pedido y faltan dos piezas del juego de té.'],
    ['es', 'El mensajero tiró la caja por encima del mostrador y se fue. Me pareció una falta de respeto total.'],
    ['pt', 'A entrega está a demorar muito e ninguém me diz nada.'],
  ])('[%s] %s', (lang, ask) => {
    expect(verdicts(lang, lang === 'es' ? 'Gracias por avisarnos. Le he enviado hoy lo que pide.' : 'Obrigado pelo aviso. Enviei-lhe hoje o que pede.', ask).apology).toBe('fail');
  });
});
