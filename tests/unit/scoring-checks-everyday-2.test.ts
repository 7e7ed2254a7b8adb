// rubric-guide §5 as busy teams write it: statement-form checks with a
// "bitte", a voseo "contame si te sirve", "let me know it shows up OK",
// "vă rog să-mi scrieți dacă merge bine", "que je sois sûre que c'est la
// bonne teinte"; and a reply that asks for details and says what comes "as
// soon as I know" is a holding reply (na), however long that sentence is.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('checks in everyday statement form', () => {
  it.each([
    ['de', 'Ich schicke ihn morgen früh per Express los. Sagen Sie mir bitte Bescheid, ob er diesmal heil ankommt.', 'Der Baum kam zerbrochen an.'],
    ['es', 'Para él va mejor el curry suave de Mysore, que casi no pica. Contame si te sirve.', '¿Qué curry me recomendás para un nene?'],
    ['en', "I've moved the £20 back to your card. Could you let me know it shows up OK when you're next in?", 'My card says £0.00 and I did not spend it.'],
    ['ro', 'Vă aduc eu un cărucior de schimb astăzi până la ora 15. Vă rog să-mi scrieți dacă noul cărucior merge bine pe zăpadă.', 'Roata căruciorului s-a blocat.'],
    ['ro', 'Am pornit eu reprintarea. Vă rog să-mi confirmați după montaj că șuruburile intră.', 'Găurile sunt prea mici.'],
    ['fr', "Le bon tissu part ce soir. Dites-moi quand vous l'avez reçu, que je sois sûre que c'est la bonne teinte.", "Vous m'avez envoyé le mauvais tissu."],
    ['pt', 'Já lhe creditei as três caixas. Depois diga-me se as tampas aguentaram.', 'As garrafas chegaram derramadas outra vez.'],
    // a polite question whether it works or arrived
    ['pt', 'Acabei de lhe enviar um link para a repor. Pode dizer-me se funciona?', 'Não consigo entrar na conta.'],
    ['es', 'Te he enviado la factura ahora. ¿Podrías decirme si te ha llegado?', 'No recibí la factura.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('pass');
  });
});

describe('asking for details, then what comes once they arrive', () => {
  it.each([
    ['de', 'Weißt du schon das genaue Datum, und feiert ihr im Zelt oder draußen? Sobald ich das weiß, schicke ich dir am selben Tag ein Angebot mit allem drin.', 'Was kostet das Geschirr für eine Feier?'],
    ['es', '¿Me confirmas el horario de la fiesta y si el salón tiene equipo de sonido? En cuanto me lo digas, te paso la cotización el mismo día.', '¿Cuánto cobran por una boda?'],
  ])('%s: na', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('na');
  });
});

describe('praise in everyday English, and "let us know if the steps work out"', () => {
  it('praise with no question and no trouble needs no check, apology or empathy', () => {
    const v = verdicts('en', "They're good aren't they! We've got into the spirit at the office here as well.", "Gotta hand it to you, your staff are all dressed up for Halloween and I'm delighted.");
    expect([v.apology, v.empathy, v.satisfaction_check]).toEqual(['na', 'na', 'na']);
  });
  it('"let us know if the steps in the video work out" is a check', () => {
    expect(verdicts('en', 'Sorry this is not simpler. Let us know if the steps in the video work out.', 'The ctrl+alt+shift method did not work.').satisfaction_check).toBe('pass');
  });
});

describe('a step timed from the details asked for, and a French future-tense check', () => {
  it.each([
    ['pt', 'Pode enviar-me a morada e umas fotografias do jardim? Com isso, envio-lhe a proposta em 48 horas.', 'Quanto custa a manutenção mensal do jardim?'],
    ['en', "Could you send me a close-up of the patch? Within 24 hours of getting it, I'll book our sander to come back.", 'The new floor has a blotchy patch.'],
  ])('%s: a holding reply, na', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('na');
  });
  it('fr: "Me direz-vous s\'il arrive intact ?" checks the fix', () => {
    expect(verdicts('fr', "Je vous refais un flacon et je vous l'envoie demain. Me direz-vous s'il arrive intact ?", 'Le flacon est arrivé cassé.').satisfaction_check).toBe('pass');
  });
});
