// rubric-guide §1: "you're right" / "tem toda a razão" / "aveți dreptate"
// admits the customer's complaint: apology applies (and fails without one).
// Pointing at evidence against the customer right after the sorry ("it's on
// our website", "come può vedere dalla foto allegata", "conforme a imagem em
// anexo") blames them and takes the apology back.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('"you\'re right" admits the trouble', () => {
  it.each([
    ['pt', 'Tem toda a razão, não é normal descolarem ao fim de três dias. Venha quinta-feira às 18h.', ''],
    ['ro', 'Aveți dreptate. Am verificat eu fișa de lucru. Diferența v-o returnez până joi.', ''],
    ['en', "You're absolutely right. I've checked the job sheet and refunded the difference today.", ''],
  ])('%s: apology applies and fails with no sorry', (lang, body) => {
    expect(verdicts(lang, body).apology).toBe('fail');
  });
});

describe('evidence against the customer after the sorry', () => {
  it.each([
    ['en', "Apologies, but we stop taking walk-ins at 5.30 - it's on our website.", 'You turned me away at 5.40 after I had waited.'],
    ['it', 'Ci scusiamo per il disagio. Come può vedere dalla foto allegata, il cartello era esposto.', 'Metà delle buche erano chiuse e nessuno ce lo ha detto.'],
    ['pt', 'Lamentamos o sucedido. No entanto, o microfone não constava da encomenda confirmada que nos enviou.', 'Faltou o microfone sem fios no evento.'],
  ])('%s: the apology is undercut', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });
});
