// A "we" verb of granting (refund, send, replace…) negated in the present,
// often with an object pronoun between: "non le rimborsiamo", "no se lo
// reembolsamos", "nous ne vous le remboursons pas", "não lhe reembolsamos",
// "nu vi-i rambursăm", "wir erstatten Ihnen das nicht". Per the rubric guide a
// "no" to what the customer asks for is a refusal: it fails commitments unless
// an alternative comes with it. It is never an act the agent owns.
import { describe, expect, it } from 'vitest';
import { read, verdicts } from '../helpers/reply.js';

describe('a negated "we" verb of granting is a refusal', () => {
  it.each([
    ['it', 'Non le rimborsiamo le spese di spedizione.'],
    ['it', 'Non glielo sostituiamo, perché il danno è dovuto a un uso improprio.'],
    ['es', 'No se lo reembolsamos.'],
    ['es', 'No le cambiamos el producto una vez abierto.'],
    ['fr', 'Nous ne vous le remboursons pas.'],
    ['fr', 'Nous ne vous envoyons pas de nouvel appareil.'],
    ['pt', 'Não lhe reembolsamos o valor dos portes.'],
    ['pt', 'Não lhe trocamos o artigo depois de usado.'],
    ['ro', 'Nu vi-i rambursăm.'],
    ['ro', 'Nu vă rambursăm taxa de livrare.'],
    ['de', 'Wir erstatten Ihnen das nicht.'],
    ['de', 'Den Betrag erstatten wir Ihnen leider nicht.'],
    ['en', "We won't refund the shipping costs."],
  ])('%s: %s', (lang, body) => {
    const f = read(lang, body);
    expect(f.refusals.length).toBeGreaterThan(0);
    expect(f.refusals[0].alternative).toBeNull();
    expect(f.actions).toEqual([]);
    expect(verdicts(lang, body).commitments).toBe('fail');
  });
});

describe('a negated "we" refusal with an alternative is not a flat refusal', () => {
  it.each([
    ['it', 'Non le rimborsiamo le spese di spedizione, ma posso offrirle un buono da 10 euro che le invio oggi.'],
    ['es', 'No se lo reembolsamos, pero le puedo ofrecer un vale por el mismo importe.'],
    ['fr', 'Nous ne vous le remboursons pas, mais je peux vous proposer un avoir du même montant.'],
    ['pt', 'Não lhe reembolsamos o valor, mas posso oferecer-lhe um vale de compras.'],
    ['ro', 'Nu vi-i rambursăm, dar vă pot oferi un voucher de aceeași valoare.'],
    ['de', 'Wir erstatten Ihnen das nicht, aber ich kann Ihnen einen Gutschein anbieten.'],
  ])('%s: %s', (lang, body) => {
    const f = read(lang, body);
    expect(f.refusals.length).toBeGreaterThan(0);
    expect(f.refusals.every((r) => r.alternative !== null)).toBe(true);
  });
});

describe('a "we" verb that is not negated, or negated in a question, refuses nothing', () => {
  it.each([
    ['it', 'Le rimborsiamo le spese di spedizione entro venerdì.'],
    ['es', '¿No le enviamos ya el producto la semana pasada?'],
    ['fr', 'Nous vous remboursons les frais de port.'],
    ['pt', 'Não só lhe reembolsamos o valor, como lhe oferecemos os portes.'],
    ['de', 'Wir erstatten Ihnen nicht nur den Betrag, sondern auch die Versandkosten.'],
    ['en', 'We refund the shipping costs as well.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).refusals).toEqual([]);
  });
});

describe('a negation of something else before a "we" verb refuses nothing', () => {
  it.each([
    ['en', "We don't need you to send the item back."],
    ['es', 'No hace falta que nos devuelva el producto, se lo cambiamos.'],
    ['it', 'Non serve che ce lo rispedisca: le sostituiamo il prodotto.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).refusals).toEqual([]);
  });
});
