// rubric-guide §5 as people write it: asking whether a proposed day suits
// ("Is Thursday convenient, or would you rather I posted it?", "le torna come
// soluzione?") checks; a reply that hands the matter on in the passive ("Votre
// demande a bien été transmise…") or promises an answer later ("I'll email you
// by 5pm on Thursday with an answer") gives none yet; thanks for kind words
// ("Herzlichen Dank für Ihre schöne Nachricht", "vă mulțumim mult pentru
// mesajul frumos") answer nothing.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('checks as people phrase them', () => {
  it.each([
    ['en', "I'll re-cover the spine myself. It will be ready on Thursday 3 December. Is Thursday convenient, or would you rather I posted it to you?", 'The name on the spine is misspelt.'],
    ['it', 'Le ho rimborsato i 12 euro del biglietto bici: le torna come soluzione?', 'Non mi hanno fatto salire con la bici.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('pass');
  });
});

describe('holding replies and thanks need no check', () => {
  it.each([
    ['fr', 'Votre demande a bien été transmise au service comptable, qui la traitera dans les meilleurs délais.', 'Troisième relance pour mon remboursement. Toujours rien.'],
    ['en', "I'm sorry. I've asked our operations manager for the engineer's report, and I'll email you by 5pm on Thursday 26 November with an answer. Is there anything else I can help with in the meantime?", 'We were turned away because the lift was broken.'],
    ['de', 'Herzlichen Dank für Ihre schöne Nachricht und das Video! Wir haben es in der Werkstatt herumgezeigt.', ''],
    ['ro', 'Vă mulțumim mult pentru mesajul frumos despre seara de vineri! I-am transmis eu lui Radu mulțumirile dumneavoastră.', ''],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer || undefined).satisfaction_check).toBe('na');
  });
});
