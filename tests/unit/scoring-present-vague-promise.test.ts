// rubric-guide §4: "I'll let you know" said in the present, as people say it
// ("lo reviso y le digo algo", "le faccio sapere", "ich schaue mir das an und
// melde mich", "verific și vă anunț"), is a promise with no time frame and
// fails; with a time it passes; "vă anunț că…" (I inform you that…) promises nothing.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const ASK: Record<string, string> = {
  es: 'El lector de tarjetas no funciona.',
  it: 'Il lettore di tessere non funziona.',
  pt: 'O leitor de cartões não funciona.',
  de: 'Das Kartenlesegerät funktioniert nicht.',
  ro: 'Cititorul de carduri nu funcționează.',
};

describe('a present "I will let you know" with no time fails', () => {
  it.each([
    ['es', 'Gracias por escribirnos. Lo reviso y le digo algo.', 'fail'],
    ['it', 'Grazie della segnalazione. Controllo e le faccio sapere.', 'fail'],
    ['pt', 'Obrigado pelo aviso. Verifico e dou-lhe notícias.', 'fail'],
    ['de', 'Danke für den Hinweis. Ich schaue mir das an und melde mich.', 'fail'],
    ['ro', 'Mulțumesc pentru semnalare. Verific și vă anunț.', 'fail'],
    ['it', 'Grazie della segnalazione. Controllo e le faccio sapere domani entro le 12.', 'pass'],
    ['ro', 'Mulțumesc pentru semnalare. Vă anunț că aparatul a fost înlocuit ieri.', 'na'],
  ])('%s: %s → %s', (lang, body, verdict) => {
    expect(verdicts(lang, body, ASK[lang]).commitments).toBe(verdict);
  });
});
