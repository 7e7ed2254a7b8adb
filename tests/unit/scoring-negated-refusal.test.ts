// Negated first-person acts and promises in Italian, Romanian, Spanish and
// Portuguese, where the negation comes before the verb, often with a clitic or
// "più"/"mai" in between: "non le possiamo più rimborsare", "nu vă mai putem
// trimite", "no le puedo reembolsar", "infelizmente não vou conseguir enviar".
// Per the rubric guide such a "no" is a refusal (commitments; it undercuts an
// apology), never an action or a promise. A refusal followed by an alternative
// is not a flat refusal. "Non solo … ma", "no hay problema", "não se preocupe",
// "nu vă faceți griji", "non esiti", "no dude en" and questions refuse nothing.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { compileRubric } from '../../src/scoring/compile.js';
import { Analysis } from '../../src/scoring/analysis.js';
import { facts } from '../../src/scoring/facts.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const packs = compileRubric(rubric).packs;
const frames: Record<string, [string, string]> = {
  it: ['Gentile signora Rossi,', 'Cordiali saluti,\nMarco'],
  ro: ['Bună ziua, doamna Popescu,', 'Cu stimă,\nAndrei'],
  es: ['Estimada señora García:', 'Un saludo,\nLucía'],
  pt: ['Prezada senhora Silva,', 'Atenciosamente,\nAna'],
};
const frame = (lang: string, body: string) => `${frames[lang][0]}\n\n${body}\n\n${frames[lang][1]}`;
const read = (lang: string, body: string) => facts(new Analysis(frame(lang, body), packs.get(lang)!));
const verdicts = (lang: string, body: string, quoted: string | null = null) =>
  scoreReply({ text: frame(lang, body), quoted, language: lang }, rubric).criteria;

describe('a negated first-person act or promise that withholds something is a flat refusal, not an act or a promise', () => {
  it.each([
    ['it', "Non le possiamo più rimborsare l'importo, perché sono passati oltre trenta giorni dall'acquisto."],
    ['it', "Purtroppo non posso annullare l'ordine, che è già stato spedito."],
    ['it', 'Non le rimborserò le spese di spedizione.'],
    ['it', 'Non riusciremo a sostituire il prodotto.'],
    ['ro', 'Nu vă mai putem trimite produsul, stocul s-a epuizat.'],
    ['ro', 'Nu putem returna banii pentru produsele folosite.'],
    ['ro', 'Nu vă vom rambursa taxa de livrare.'],
    ['es', 'No le puedo reembolsar el importe de la reserva.'],
    ['es', 'Lamentablemente no podemos cambiar el producto una vez abierto.'],
    ['es', 'No le vamos a poder devolver el dinero.'],
    ['pt', 'Não podemos reembolsar o valor da encomenda.'],
    ['pt', 'Infelizmente não vou conseguir enviar o produto esta semana.'],
    ['pt', 'Não lhe podemos devolver o dinheiro.'],
  ])('%s: %s', (lang, body) => {
    const f = read(lang, body);
    expect(f.actions).toEqual([]);
    expect(f.promises).toEqual([]);
    expect(f.refusals.length).toBeGreaterThan(0);
    expect(f.refusals[0].alternative).toBeNull();
    expect(verdicts(lang, body).commitments.verdict).toBe('fail');
  });
});

describe('an apology undercut by a negated act in the next sentence is not genuine', () => {
  it.each([
    ['it', "Mi dispiace per il disagio. Non le possiamo più rimborsare l'importo.", "Il pacco è arrivato rotto e voglio il rimborso."],
    ['ro', 'Îmi pare rău pentru neplăcere. Nu vă mai putem trimite produsul.', 'Comanda mea nu a ajuns nici după două săptămâni.'],
    ['es', 'Siento mucho las molestias. No le puedo reembolsar el importe.', 'El producto llegó roto y quiero el reembolso.'],
    ['pt', 'Peço desculpa pelo incómodo. Não lhe podemos devolver o dinheiro.', 'A encomenda chegou partida e quero o reembolso.'],
  ])('%s: %s', (lang, body, quoted) => {
    expect(read(lang, body).apologies.map((x) => x.kind)).not.toContain('genuine');
    expect(verdicts(lang, body, quoted).apology.verdict).toBe('fail');
  });
});

describe('a negated act followed by an alternative is a refusal with an alternative', () => {
  it.each([
    ['it', 'Non posso rimborsare, ma posso offrirle un buono del valore di 20 euro, che le invio oggi entro le 18.'],
    ['ro', 'Nu vă mai putem trimite produsul, dar vă pot oferi un voucher de 50 de lei.'],
    ['es', 'No le puedo reembolsar el importe, pero le puedo ofrecer un vale por el mismo valor.'],
    ['pt', 'Não lhe podemos devolver o dinheiro, mas posso oferecer-lhe um vale de compras.'],
  ])('%s: %s', (lang, body) => {
    const f = read(lang, body);
    expect(f.refusals.length).toBeGreaterThan(0);
    expect(f.refusals.every((r) => r.alternative !== null)).toBe(true);
    expect(verdicts(lang, body).commitments.verdict).not.toBe('fail');
  });
});

describe('a negation that negates no act of the agent refuses nothing', () => {
  it.each([
    ['it', "Non solo le rimborso l'importo, ma le invio anche un buono."],
    ['it', 'Non esiti a contattarci per qualsiasi dubbio.'],
    ['it', "Non si preoccupi, le rimborso l'importo entro venerdì."],
    ['it', 'Non ha ricevuto il rimborso?'],
    ['ro', 'Nu vă faceți griji, vă trimit astăzi un produs nou.'],
    ['ro', 'Nu ezitați să ne contactați.'],
    ['es', 'No hay problema, le reembolso hoy mismo el importe.'],
    ['es', 'No dude en contactarnos si necesita algo más.'],
    ['es', 'No se preocupe, le envío hoy mismo el producto de sustitución.'],
    ['es', '¿No le hemos enviado todavía el producto?'],
    ['pt', 'Não se preocupe, vou enviar hoje o produto.'],
    ['pt', 'Não hesite em contactar-nos.'],
    ['pt', 'Não recebeu o reembolso?'],
    ['ro', 'Nu am primit încă cererea de a anula comanda.'],
    ['it', "Non ho ancora ricevuto la sua richiesta di annullare l'ordine."],
    ['pt', 'Não recebemos o seu pedido para cancelar a encomenda.'],
    ['es', 'No solo le reembolsaré el importe, sino que le enviaré un vale.'],
    ['ro', 'Nu doar vă vom rambursa suma, ci vă vom trimite și un voucher.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).refusals).toEqual([]);
  });

  it.each([
    ['it', "Non si preoccupi, le rimborso l'importo entro venerdì."],
    ['ro', 'Nu vă faceți griji, vă trimit astăzi un produs nou.'],
    ['es', 'No se preocupe, le envío hoy mismo el producto de sustitución.'],
    ['pt', 'Não se preocupe, vou enviar hoje o produto.'],
  ])('%s: the act after a reassurance stays an act: %s', (lang, body) => {
    expect(read(lang, body).actions.length).toBeGreaterThan(0);
    expect(verdicts(lang, body).ownership.verdict).toBe('pass');
  });
});
