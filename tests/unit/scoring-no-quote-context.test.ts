// With no quoted customer message, whether apology and empathy apply is read
// from the reply: it shows the customer's trouble when it speaks of their
// situation ("the lamp arrived broken", "I understand your worry") or
// deflects it ("the contract does not cover…"). The agent's own wording of a
// no and its reasons ("No le puedo reembolsar… han pasado más de 30 días"), a
// hedge or a failed attempt of the agent ("I couldn't reach the courier") is
// not the customer's problem: apology and empathy stay not applicable.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe("the agent's refusal and its reasons are not the customer's problem", () => {
  it.each([
    ['es', 'No le puedo reembolsar la compra porque han pasado más de 30 días, pero le puedo ofrecer un vale de 20 euros que le envío hoy.'],
    ['pt', 'Não posso reembolsar a encomenda porque já passaram mais de 30 dias, mas posso oferecer-lhe um vale de 20 euros que lhe envio hoje.'],
    ['fr', "Je ne peux pas rembourser la commande, mais je peux vous proposer un bon de 20 euros que je vous envoie aujourd'hui."],
    ['it', "Non posso rimborsare l'ordine perché sono passati più di 30 giorni, ma posso offrirle un buono da 20 euro che le invio oggi."],
    ['en', "I can't refund the order as it's more than 30 days old, but I can offer a £20 voucher, which I'll email you today."],
    ['de', 'Ich kann die Bestellung nicht erstatten, da sie älter als 30 Tage ist, aber ich kann Ihnen einen Gutschein schicken.'],
    ['ro', 'Nu pot rambursa comanda pentru că au trecut mai mult de 30 de zile, dar vă pot oferi un voucher pe care vi-l trimit azi.'],
    ['es', 'No le puedo reembolsar la compra. Han pasado más de 30 días desde la entrega, pero le puedo ofrecer un vale.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body)).toMatchObject({ apology: 'na', empathy: 'na' });
  });
});

describe("a hedge or a failed attempt of the agent is not the customer's problem", () => {
  it.each([
    ['en', "I couldn't reach the courier this morning, so I'll try again at 2 pm and email you by 4 pm."],
    ['es', 'No puedo decirle con seguridad cuándo llegará el paquete, pero le escribiré mañana antes de las 12.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body)).toMatchObject({ apology: 'na', empathy: 'na' });
  });
});

describe("the customer's situation named in the reply still makes them apply", () => {
  it.each([
    ['es', 'Siento mucho que el producto llegara roto. Le envío hoy uno nuevo.'],
    ['en', "I'm sorry the lamp arrived broken. I've sent a replacement today."],
    ['it', 'Il contratto di manutenzione non prevede interventi nei giorni festivi. Non è possibile inviare un tecnico di domenica.'],
    ['en', "Company policy says we can't refund opened items."],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).apology).not.toBe('na');
  });
});

// Without the customer's text, "the issue", "il disguido", "la panne" in the
// reply name the trouble the customer came with: apology applies. With the
// text at hand, the text decides: "glad that resolved the issue" is about a
// trouble that is over.
describe('the trouble named in a reply without a quote makes apology apply', () => {
  it.each([
    ['en', "I've reset your router remotely, which should clear the issue."],
    ['it', 'Ho riavviato il modem da remoto: il problema dovrebbe risolversi.'],
    ['ro', 'Am repornit routerul de la distanță, iar această problemă ar trebui să dispară.'],
    ['es', 'He reiniciado el router a distancia; el problema debería resolverse.'],
    ['fr', "J'ai redémarré le routeur à distance : la panne devrait disparaître."],
    ['de', 'Ich habe den Router aus der Ferne neu gestartet, damit sollte das Problem behoben sein.'],
    ['pt', 'Reiniciei o router remotamente; o problema deve ficar resolvido.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).apology).toBe('fail');
  });
  it('with the quote at hand, a trouble the customer says is over needs no apology', () => {
    expect(verdicts('en', "We're glad to hear that restarting resolved the issue. Take care.", 'Restarting does resolve it. Thanks.').apology).toBe('na');
  });
});
