// rubric-guide §4:
// - "ASAP" is "as soon as possible" in every language that borrows it:
//   "ti mando il nuovo tracking ASAP" promises with no time frame;
// - "je regarde ça et je te redis" promises to come back, with no time;
// - an invitation to the customer ("Please reach out to us", "Happy to
//   follow up!", "Let's take a closer look") and how things vary ("this
//   will vary by ZIP") promise nothing.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('ASAP and "je te redis" are promises without a time frame', () => {
  it.each([
    ['it', 'Ho aperto una pratica con il corriere e ti mando il nuovo tracking ASAP.', 'Il pacco non arriva.'],
    ['fr', "J'ai ouvert un dossier chez le transporteur. Je te renvoie le nouveau suivi ASAP.", "Mon colis n'arrive pas."],
    ['es', 'He abierto una incidencia con la agencia y te mando el nuevo seguimiento ASAP.', 'El paquete no llega.'],
    ['pt', 'Abri uma reclamação com a transportadora e te mando o novo rastreio ASAP.', 'A encomenda não chega.'],
    ['ro', 'Am deschis o reclamație la curier și îți trimit noul AWB ASAP.', 'Coletul nu a ajuns.'],
    ['fr', 'Je regarde ça avec la cuisine et je te redis.', 'Ma commande est arrivée froide.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).commitments).toBe('fail');
  });

  it('fr: "je te rappelle demain avant 10 h" has its time frame', () => {
    expect(verdicts('fr', 'Je regarde ça avec la cuisine et je te rappelle demain avant 10 h.', 'Ma commande est arrivée froide.').commitments).toBe('pass');
  });
});

describe('invitations and how things vary promise nothing', () => {
  it.each([
    "I'm sorry your order arrived like this! Please reach out to us for the options available.",
    'Happy to follow up! Contact us through the help page so we can connect.',
    "Let's take a closer look into this issue together in a private chat.",
    'We offer fibre in many areas, but this will vary by postcode.',
  ])('%s', (body) => {
    expect(verdicts('en', body, 'My parcel arrived crushed.').commitments).toBe('na');
  });

  it('"You\'ll see it on your statement within 7 working days" is still a promise', () => {
    expect(verdicts('en', "I've refunded the £40 this morning. You'll see it on your statement within 7 working days.", 'I was charged twice.').commitments).toBe('pass');
  });
});

describe('what others will be able to do', () => {
  it('en: "my colleagues will be able to assist further" tells where help is, and promises nothing', () => {
    expect(verdicts('en', 'Oh dear! Please return the tin with your receipt to the store, my colleagues will be able to assist further.', 'The cake tin is the wrong size.').commitments).toBe('na');
  });
});
