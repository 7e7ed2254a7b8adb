// Pack patterns written out of regex habit. "(a|b)? ?(c)" reads, in the
// pattern syntax, as the optional "[a|b]" followed by "?" = one letter: the
// pattern then needs a one-letter word that is never there, and silently never
// matches ("le pido que me envíe…", "geben Sie mir Bescheid").
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const dir = join(import.meta.dirname, '../../rubrics/support-reply/lang');

describe('language packs', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.yaml')))('%s writes no "(a|b)? ?" optional', (file) => {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    expect(lines.filter((l) => /\)\? \?/.test(l))).toEqual([]);
  });
});

describe('a request for what the agent needs, put as "I ask you to send", is not an answer', () => {
  it.each([
    ['es', 'Le pido que me envíe una foto de la etiqueta y el número de pedido.'],
    ['es', 'Le agradecería que me enviara una foto de la etiqueta.'],
    ['it', "Le chiedo di inviarmi una foto dell'etichetta e il numero d'ordine."],
    ['pt', 'Peço-lhe que me envie uma fotografia da etiqueta e o número da encomenda.'],
    ['ro', 'Vă rog să îmi trimiteți o fotografie a etichetei și numărul comenzii.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('na');
  });
});
