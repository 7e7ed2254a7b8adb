// Everyday and regional forms of the rubric's phenomena, in the languages
// where they turned up: a colloquial or regional apology ("ci spiace", "qué
// pena con usted"), a "sorry you feel" that names the customer's impression
// or dissatisfaction, an apology declined after the noun ("eine
// Entschuldigung ist hier nicht angebracht"), "let me check" as the agent's
// own step that answers nothing yet, holding replies that promise the answer
// or a contact later, and a check that asks the customer to confirm it works.
import { describe, expect, it } from 'vitest';
import { rubric, verdicts } from '../helpers/reply.js';
import { scoreReply } from '../../src/scoring/score.js';

const PROBLEM: Record<string, string> = {
  en: 'My order never arrived.',
  it: 'Il pacco non è mai arrivato.',
  ro: 'Coletul nu a ajuns niciodată.',
  es: 'El paquete nunca llegó.',
  fr: "Le colis n'est jamais arrivé.",
  de: 'Seit gestern steht die Maschine still.',
  pt: 'A encomenda nunca chegou.',
};

describe('apologies as people write them', () => {
  it.each([
    ['it', 'Ci spiace per il disservizio. Ho segnalato il suo indirizzo al centro di distribuzione.', 'pass'],
    ['es', 'Qué pena con usted por la demora. Hablé esta mañana con el jefe de taller.', 'pass'],
    ['ro', 'Vă cer iertare pentru ziua de ieri. Am verificat ce s-a întâmplat.', 'pass'],
    ['it', "Mi dispiace che tu abbia avuto l'impressione che il taglio fosse troppo corto.", 'fail'],
    ['de', 'Wir bedauern, dass Sie mit der Anpassung Ihres Abschlags nicht zufrieden sind.', 'fail'],
    ['de', 'Eine Entschuldigung ist hier nicht angebracht, der Fehler liegt beim Hersteller.', 'fail'],
  ])('%s: %s → %s', (lang, body, verdict) => {
    expect(verdicts(lang, body, PROBLEM[lang]).apology).toBe(verdict);
  });
});

describe('"let me check" is the agent\'s step, and no answer yet', () => {
  it.each([
    ['de', 'Lassen Sie mich das prüfen.'],
    ['it', 'Mi lasci verificare il suo ordine.'],
    ['ro', 'Lăsați-mă să verific comanda.'],
    ['es', 'Déjeme revisar su pedido.'],
    ['fr', 'Laissez-moi vérifier votre commande.'],
    ['pt', 'Deixe-me verificar a sua encomenda.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, PROBLEM[lang])).toMatchObject({ ownership: 'pass', commitments: 'na', satisfaction_check: 'na' });
  });
});

describe('holding replies: the answer or a contact comes later', () => {
  it.each([
    ['de', 'Wir haben Ihr Anliegen an die zuständige Abteilung weitergeleitet. Sie werden zeitnah kontaktiert.'],
    ['de', 'Ich habe die Reklamation aufgenommen. Ein Techniker meldet sich bald bei Ihnen, um einen Termin zu vereinbaren.'],
    ['it', "Lo sconto lo deve approvare la titolare: le parlo io oggi pomeriggio e domani entro le 12 la richiamo con la sua risposta."],
    ['es', 'He hablado con el jefe de taller. Le confirmo la respuesta definitiva mañana antes de las 5.'],
    ['pt', 'Eu ajudo-a a escolher o tamanho. Pode dizer-me a altura e o peso da bebé?'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, PROBLEM[lang]).satisfaction_check).toBe('na');
  });
});

describe('more holding replies and acknowledgements', () => {
  it.each([
    ['it', 'Si calmi, per favore: il guasto è già stato segnalato al tecnico, che passerà appena possibile.'],
    ['es', 'Gracias por escribirnos. Tomamos nota de su comentario.'],
    ['es', 'Sentimos las molestias. Estamos trabajando para solucionarlo lo antes posible.'],
    ['de', 'Entschuldigung für die Verspätung. Wir werden die Sache intern prüfen und uns bei Ihnen melden.'],
    ['pt', 'A recolha é feita por uma empresa externa, pelo que a situação foi reportada à mesma. Aguarde novo contacto.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, PROBLEM[lang]).satisfaction_check).toBe('na');
  });
});

describe('checks and follow-ups phrased as people do', () => {
  it.each([
    ['en', "I've credited the fee. I'll ring you on Monday afternoon after your first delivery of the week to make sure it arrived where it should."],
    ['it', 'Ho riprogrammato il ritiro per domani entro le 12. Domani pomeriggio La richiamo per essere sicura che sia andato tutto a buon fine.'],
    ['fr', "J'ai clôturé l'abonnement et remboursé les 29 €. Est-ce que tout est en ordre pour vous ?"],
    ['pt', 'Reimprimi os cadernos e já despachei por motoboy. Pode me dizer se ficaram certinhos?'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, PROBLEM[lang]).satisfaction_check).toBe('pass');
  });
});

describe('asking the customer to confirm the fix works is a check', () => {
  it('ro: "Puteți să-mi confirmați că acum plata trece?"', () => {
    expect(verdicts('ro', 'Am deblocat cardul acum cinci minute. Puteți să-mi confirmați că acum plata trece?', 'Cardul meu a fost blocat în Italia.').satisfaction_check).toBe('pass');
  });
});

describe('a firm with its town under the closing signs the reply, not the body', () => {
  it('de: "Freundliche Grüße / Kerstin Reuter / Fensterbau Reuter, Bremen" answers nothing', () => {
    const text = 'Guten Tag Frau Albers,\n\nIch habe die Reklamation aufgenommen. Ein Techniker meldet sich bald bei Ihnen.\n\nFreundliche Grüße\nKerstin Reuter\nFensterbau Reuter, Bremen';
    expect(scoreReply({ text, quoted: PROBLEM.de, language: 'de' }, rubric).criteria.satisfaction_check.verdict).toBe('na');
  });
});
