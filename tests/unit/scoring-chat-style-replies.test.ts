// Replies written like chat messages (rubric-guide: phrases are examples;
// every register counts the same):
// - sentences that start in lower case after a full stop, or after an
//   emoji, are sentences of their own: "I'll post them tomorrow. that ok?"
//   is a promise and then a check, not one long question;
// - a stop after an abbreviation of the pack still joins ("approx. two");
// - informal requests for a photo or a number ("trimite-ne o poză",
//   "mandami una foto", "can u send a pic") ask for what the agent needs:
//   no answer yet, so no check is owed;
// - "you should've checked" blames; "te muevo yo la reserva" is the agent's act;
// - a parcel left "al civico 14 invece che al 41" is a trouble reported.
import { describe, expect, it } from 'vitest';
import { rubric, verdicts } from '../helpers/reply.js';
import { scoreReply } from '../../src/scoring/score.js';

/** A reply as chat-style agents write it: no greeting or sign-off frame. */
const bare = (lang: string, text: string, quoted: string | null) =>
  Object.fromEntries(Object.entries(scoreReply({ text, quoted, language: lang }, rubric).criteria).map(([k, v]) => [k, v.verdict]));

describe('sentences that start in lower case', () => {
  it.each([
    ['en', "hey Ben, sorry the hoodie came in the wrong size 😕 I'll post a medium today by 5pm. that ok?", 'the hoodie is a small, I ordered a medium'],
    ['fr', "salut Léa, désolée pour le retard. je t'envoie le colis aujourd'hui avant 17h. ça te va?", "toujours pas reçu ma commande"],
    ['pt', 'oi Rui, desculpa o atraso 😕 eu mesmo levo a encomenda hoje, chego aí até as 19h. fechou assim?', 'a minha encomenda ainda não chegou'],
  ])('%s: a dated promise and then a check', (lang, text, customer) => {
    const v = bare(lang, text, customer);
    expect([v.ownership, v.commitments, v.satisfaction_check]).toEqual(['pass', 'pass', 'pass']);
  });

  it('en: a stop after an abbreviation still joins the sentence ("approx. two")', () => {
    const v = verdicts('en', 'I have refunded the charge. It takes approx. two days to show. Does that help?', 'I was charged twice.');
    expect(v.satisfaction_check).toBe('pass');
  });

  it('en: an emoji ends the sentence before the next one ("annoying 😩 tbh you should\'ve…")', () => {
    const v = bare('en', "hey Cal, I get it, super annoying 😩 tbh you should've checked the size guide 🤷\n\nI can swap them, I'll post them tomorrow first thing. that ok?", 'the shoes are way too small');
    expect([v.empathy, v.ownership, v.commitments, v.satisfaction_check]).toEqual(['fail', 'pass', 'pass', 'pass']);
  });

  it("es: 'te muevo yo la reserva al sábado' is the agent's own act", () => {
    const v = bare('es', 'hola Sergio, lo siento mucho 😕 eso sí, te muevo yo la reserva al sábado 27 a la misma hora sin coste. ¿te va bien?', 'llegamos tarde y no nos dejasteis jugar');
    expect([v.ownership, v.commitments]).toEqual(['pass', 'pass']);
  });
});

describe('informal requests for what the agent needs leave the check na', () => {
  it.each([
    ['ro', 'salut, ne pare rău 😕 trimite-ne te rog o poză cu borcanul și cutia.', 'un borcan a venit spart'],
    ['it', 'ciao, mi dispiace 😕 mandami una foto del barattolo rotto.', 'un barattolo è arrivato rotto'],
    ['es', 'hola, lo siento 😕 ¿me mandas una foto del bote roto?', 'un bote llegó roto'],
    ['fr', 'salut, désolé 😕 tu peux m’envoyer une photo du pot cassé ?', 'un pot est arrivé cassé'],
    ['pt', 'oi, desculpa 😕 me manda uma foto do pote quebrado.', 'um pote chegou quebrado'],
    ['en', 'hey, so sorry 😕 can u send a pic of the broken jar?', 'one jar arrived broken'],
  ])('%s', (lang, text, customer) => {
    expect(bare(lang, text, customer).satisfaction_check).toBe('na');
  });

  it('it: "scrivimi se funziona" asks whether the fix works, and still checks', () => {
    const v = bare('it', 'ciao, ti ho già rimborsato la spedizione oggi. scrivimi se funziona il nuovo codice 🙏', 'il codice sconto non funziona');
    expect(v.satisfaction_check).toBe('pass');
  });
});

describe('a parcel left at the wrong place is a trouble reported', () => {
  it.each([
    ['it', 'il fattorino ha lasciato il mio ordine al civico 14 invece che al 41'],
    ['es', 'el repartidor dejó el paquete en el portal 3 en vez de en el 8'],
    ['fr', 'le livreur a déposé mon colis chez le voisin du 12 au lieu de chez moi'],
    ['de', 'der Bote hat das Paket statt bei mir beim Nachbarn abgegeben'],
    ['pt', 'o estafeta deixou a encomenda no número 14 em vez de no 41'],
    ['ro', 'curierul a lăsat coletul la numărul 14 în loc de 41'],
    ['en', 'the driver left my parcel at number 14 instead of 41'],
  ])('%s', (lang, customer) => {
    expect(verdicts(lang, 'Thanks for your message.', customer).apology).toBe('fail');
  });
});

describe('texting abbreviations', () => {
  it('pt: "te aviso assim q tiver novidade" waits on news with no time frame, as "assim que" does', () => {
    const v = bare('pt', 'Oi Marcos, td bem? Desculpa a demora!\n\nVou ver no sistema do DETRAN como ta seu processo e te aviso assim q tiver novidade.\n\nAbs,\nRodrigo', 'Como está a renovação da minha CNH? Viajo dia 28.');
    expect([v.commitments, v.satisfaction_check]).toEqual(['fail', 'na']);
  });
});
