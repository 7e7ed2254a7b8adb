// rubric-guide §4: opening hours are information, not a promise ("abre de 9 a
// 14", "le magasin ouvre lundi"). A ticket the agent has opened is not opening
// hours: "he abierto una incidencia y te escribiré en cuanto tenga noticias"
// is a promise with no time, and fails.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const ASK: Record<string, string> = {
  es: 'La pantalla nueva no enciende.',
  fr: 'Mes factures sont estimées alors que le compteur fonctionne.',
  it: 'La caldaia perde acqua di nuovo.',
  pt: 'O contador continua avariado.',
};

describe('a ticket opened by the agent does not read as opening hours', () => {
  it.each([
    ['es', 'Lo siento. He abierto una incidencia con el fabricante y te escribiré en cuanto tenga noticias.', 'fail'],
    ['fr', "Je suis désolé. J'ai ouvert une demande auprès du distributeur et je vous recontacte dès que j'ai leur retour.", 'fail'],
    ['it', 'Mi dispiace. Ho aperto una segnalazione al tecnico e ti scriverò appena ho notizie.', 'fail'],
    ['pt', 'Lamento. Tenho aberto um pedido junto do técnico e escrevo-lhe assim que tiver novidades.', 'fail'],
  ])('%s: %s → %s', (lang, body, verdict) => {
    expect(verdicts(lang, body, ASK[lang]).commitments).toBe(verdict);
  });
});

describe('opening hours stay information', () => {
  it.each([
    ['es', 'Lo siento. La tienda abre de 9 a 14 de lunes a viernes.'],
    ['fr', 'Je suis désolé. Le guichet est ouvert du lundi au vendredi de 9 h à 17 h.'],
    ['it', 'Mi dispiace. Il negozio è aperto dalle 9 alle 13 tutti i giorni.'],
    ['fr', 'Désolé. Les précommandes ouvrent la semaine prochaine.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, ASK[lang]).commitments).toBe('na');
  });
});
