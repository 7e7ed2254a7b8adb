// "I can't say for sure when the parcel will arrive", "non posso dire con
// certezza", "je ne peux pas dire": a hedge about what is not known yet. It is
// no refusal, and the future inside it ("when it will arrive") promises
// nothing, so on its own it leaves commitments not applicable.
import { describe, expect, it } from 'vitest';
import { read, verdicts } from '../helpers/reply.js';

describe('a hedge is neither a refusal nor a promise', () => {
  it.each([
    ['en', "I can't say for sure when the parcel will arrive."],
    ['en', "I can't tell you exactly how long the repair will take."],
    ['it', 'Non posso dire con certezza quando arriverà il pacco.'],
    ['fr', 'Je ne peux pas dire avec certitude quand le colis arrivera.'],
    ['fr', 'Je ne peux pas vous dire quand le technicien passera.'],
    ['es', 'No puedo decirle con seguridad cuándo llegará el paquete.'],
    ['pt', 'Não posso dizer com certeza quando a encomenda chega.'],
    ['ro', 'Nu pot spune cu siguranță când ajunge coletul.'],
    ['de', 'Ich kann nicht mit Sicherheit sagen, wann das Paket ankommt.'],
  ])('%s: %s', (lang, body) => {
    const f = read(lang, body);
    expect(f.refusals).toEqual([]);
    expect(f.promises).toEqual([]);
    expect(verdicts(lang, body).commitments).toBe('na');
  });
});

describe('a real refusal beside a hedge is still a refusal', () => {
  it.each([
    ['en', "I can't refund the order, and I can't say for sure when the stock returns."],
    ['it', "Non posso rimborsare l'ordine."],
    ['fr', 'Je ne peux pas rembourser la commande.'],
    ['es', 'No puedo reembolsarle el pedido.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).refusals.length).toBeGreaterThan(0);
  });
});

describe('an answer not known yet leaves the satisfaction check not applicable', () => {
  it.each([
    ['en', "I can't confirm the delivery date yet."],
    ['en', "I can't say for sure when the parcel will arrive."],
    ['it', 'Non posso ancora confermarle la data di consegna.'],
    ['it', 'Non posso dire con certezza quando arriverà il pacco.'],
    ['es', 'Todavía no puedo confirmarle la fecha de entrega.'],
    ['fr', 'Je ne peux pas encore vous confirmer la date de livraison.'],
    ['de', 'Ich kann Ihnen den Liefertermin noch nicht bestätigen.'],
    ['de', 'Ich kann nicht mit Sicherheit sagen, wann das Paket ankommt.'],
    ['pt', 'Ainda não posso confirmar a data de entrega.'],
    ['ro', 'Nu pot confirma încă data livrării.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body)).toMatchObject({ commitments: 'na', satisfaction_check: 'na' });
  });
});
