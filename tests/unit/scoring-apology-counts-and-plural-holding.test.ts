// rubric-guide §1 and §4, forms read from real replies: a third sorry that
// says "also" or "again" ("es tut mir auch leid", "perdona también",
// "disculpa otra vez") still counts towards the three that fail; Mexican
// "una disculpa por…" apologises; "nous regardons cela rapidement" beside an
// apology is a vague promise of ours; "refunds are not given" by rule is a no.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('every sorry counts, "also" and "again" included', () => {
  it.each([
    ['de', 'Entschuldigung, das hätte uns vor der Montage auffallen müssen. Es tut mir auch leid, dass Ihnen das die Freude verdirbt. Ich baue die Front am Dienstag um 17 Uhr ein. Nochmals Entschuldigung für den Ärger!'],
    ['es', 'Lo siento mucho. Perdona también la caminata de vuelta. Te llevo la Vespa mañana a las 19:00. Disculpa otra vez.'],
  ])('%s: three apologies fail', (lang, body) => {
    expect(verdicts(lang, body, 'Das Möbel ist beschädigt angekommen.').apology).toBe('fail');
  });

  it('two of them still pass', () => {
    expect(verdicts('de', 'Entschuldigung für den Kratzer. Es tut mir auch leid, dass Sie warten mussten. Ich komme am Dienstag um 17 Uhr.', 'Die Front hat einen Kratzer.').apology).toBe('pass');
  });
});

describe('apology forms', () => {
  it('es (Mexico): "Una disculpa por el cobro duplicado" apologises', () => {
    expect(verdicts('es', 'Una disculpa por el cobro duplicado. Ya solicité la devolución; el banco la refleja a más tardar el martes 16 de marzo.', 'Me cobraron dos veces el envío.').apology).toBe('pass');
  });
});

describe('commitments beside an apology', () => {
  it('fr: a plural step with "rapidement" in its own clause is a vague promise', () => {
    expect(verdicts('fr', 'Toutes nos excuses, nous regardons cela rapidement.', "Le technicien n'est jamais venu ce matin.").commitments).toBe('fail');
  });

  it('en: what the apology is for promises nothing', () => {
    const body = "I'm sorry the deposit still hasn't come back to you. Let me look into this for you. Could you send me the last four digits of the card?";
    expect(verdicts('en', body, 'My €800 deposit still has not been released.').commitments).toBe('na');
  });

  it('en: a late answer admitted, then a dated promise, passes', () => {
    const body = "Apologies for taking three days to come back to you. I've requested the schedule and I'll email it to you as a PDF by 3pm tomorrow.";
    expect(verdicts('en', body, 'Could you send me a copy of my policy schedule?').commitments).toBe('pass');
  });

  it('en: "refunds are not given" by rule, with nothing instead, is a flat refusal', () => {
    const body = 'As stated in our terms, refunds are not given once the service has been carried out.';
    expect(verdicts('en', body, 'The lawn was torn up and the smell is awful. I want a refund.').commitments).toBe('fail');
  });
});
