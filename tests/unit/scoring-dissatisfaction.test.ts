// rubric-guide §1: apology applies when the customer reports dissatisfaction,
// as people say it ("Una decepción", "Non mi sembra corretto", "das ist nicht
// in Ordnung", "sigue pitando"), or when the reply admits its own delay
// ("your email slipped through the cracks", "abia acum am ajuns la mesaje").
// Freshly fallen snow is no outage.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('dissatisfaction makes the apology apply', () => {
  it.each([
    ['es', 'Fuimos el sábado y no quedaba ningún patín de su talla. Tuvimos que volver a casa. Una decepción.', 'Le he reservado unos patines para el sábado 28.'],
    ['it', 'Mio figlio si è trovato con un istruttore mai visto. Non mi sembra corretto.', 'Il maestro era malato e ora è rientrato.'],
    ['es', 'El audífono que me ajustaron el jueves sigue pitando cada vez que me pongo el rebozo.', 'Le he agendado una cita el viernes 20 a las 11:00.'],
    ['de', 'Das Album hat die falsche Farbe. Das ist nicht in Ordnung.', 'Ich habe das mit dem Chef besprochen.'],
    ['fr', 'On m\'a facturé le tarif plein alors que je suis membre. Ce n\'est pas normal.', 'J\'ai corrigé la facture ce matin.'],
  ])('%s: %s', (lang, customer, reply) => {
    expect(verdicts(lang, reply, customer).apology).toBe('fail');
  });
});

describe('a reply that admits its own delay needs an apology', () => {
  it.each([
    ['en', "We've been snowed under and your email slipped through the cracks. Yes, we stock the vaporiser.", 'Do you stock oxalic acid vaporisers?'],
    ['ro', 'Am avut o perioadă aglomerată și abia acum am ajuns la mesaje. Primim copii de la 7 ani.', 'De la ce vârstă primiți copii?'],
  ])('%s: %s', (lang, reply, customer) => {
    expect(verdicts(lang, reply, customer).apology).toBe('fail');
  });
});

describe('praise is not a complaint', () => {
  it('es: "la nieve recién caída"', () => {
    expect(verdicts('es', '¡Mil gracias, Daniel! Nos alegra mucho leer esto.', 'Gracias por el fin de semana: la cena y las indicaciones para subir con la nieve recién caída, todo de diez.').apology).toBe('na');
  });
});
