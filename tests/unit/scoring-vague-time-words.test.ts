// "Soon" in every language ("bald", "demnächst", "zeitnah", "presto", "în
// curând", "pronto", "bientôt", "em breve", "shortly") names no time: a step
// promised with it alone is a vague promise and fails commitments, even when
// the verb is a plain present ("Ich schicke Ihnen bald…"). A farewell ("bis
// bald", "à bientôt", "a presto", "hasta pronto", "talk soon") and "de
// pronto" (suddenly) promise nothing.
import { describe, expect, it } from 'vitest';
import { read, verdicts } from '../helpers/reply.js';

describe('a step promised "soon" is a vague promise', () => {
  it.each([
    ['de', 'Ich schicke Ihnen bald ein neues Gerät.'],
    ['de', 'Ich sende Ihnen das Ersatzteil demnächst zu.'],
    ['de', 'Ich erstatte Ihnen den Betrag zeitnah.'],
    ['it', 'Le invio il prodotto sostitutivo presto.'],
    ['ro', 'Vă trimit produsul nou în curând.'],
    ['es', 'Le envío el nuevo producto pronto.'],
    ['es', 'Le enviaremos el producto pronto.'],
    ['fr', 'Je vous envoie le produit bientôt.'],
    ['pt', 'Vou enviar-lhe o produto novo em breve.'],
    ['en', "I'll email you the label shortly."],
  ])('%s: %s', (lang, body) => {
    const f = read(lang, body);
    expect(f.promises.flatMap((p) => p.vague).length).toBeGreaterThan(0);
    expect(verdicts(lang, body).commitments).toBe('fail');
  });
});

describe('a farewell or "suddenly" is no vague time', () => {
  it.each([
    ['de', 'Ich habe Ihnen den Betrag heute erstattet. Bis bald!'],
    ['fr', 'Je vous ai remboursé aujourd’hui. À bientôt !'],
    ['it', "Le ho rimborsato l'importo oggi. A presto!"],
    ['es', 'Le he reembolsado hoy el importe. ¡Hasta pronto!'],
    ['en', "I've refunded the fee today. Talk soon!"],
    ['es', 'De pronto el sistema falló, pero ya le he reembolsado el importe.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).promises.flatMap((p) => p.vague)).toEqual([]);
    expect(verdicts(lang, body).commitments).not.toBe('fail');
  });
});
