// rubric-guide §3: the agent's own step as people word it: "Posso, no
// entanto, enviar-lhe já hoje…" (an aside between "I can" and the verb), "je
// l'analyse moi-même", "vin eu s-o văd".
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('first-person steps with an aside or a pronoun after the verb', () => {
  it.each([
    ['pt', 'Lamento, mas até sábado não consigo fazer a gravação. Posso, no entanto, enviar-lhe já hoje as bases sem gravação.', 'Podem gravar 30 bases até sábado?'],
    ['fr', 'Je suis désolé pour ce crash. Pourriez-vous m\'envoyer le journal de vol ? Dès réception, je l\'analyse moi-même.', 'Mon drone s\'est écrasé après la réparation.'],
    ['ro', 'Îmi pare rău că s-a oprit din nou. Se oprește mereu la aceeași oră? Dacă îmi scrieți asta, vin eu s-o văd.', 'Pendula s-a oprit din nou.'],
    ['it', 'Mi dispiace, il tavolo grande è occupato. Posso, però, unirvi due tavoli da sei alle 20.', 'Avete un tavolo per dodici sabato?'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).ownership).toBe('pass');
  });
});
