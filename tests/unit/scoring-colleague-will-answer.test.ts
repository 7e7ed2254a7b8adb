// "A colleague will reply within 48 hours" in every language: a promise with
// a time frame (commitments pass) of an answer still to come (satisfaction
// not applicable). Romanian puts "de" between a number from 20 up and its
// unit ("în 48 de ore", "în 20 de minute"): still a time frame.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a colleague who will answer within a time is a concrete promise of a later answer', () => {
  it.each([
    ['en', 'A colleague will reply within 48 hours.'],
    ['ro', 'Un coleg vă va răspunde în 48 de ore.'],
    ['it', 'Un collega le risponderà entro 48 ore.'],
    ['es', 'Un compañero le responderá en 48 horas.'],
    ['fr', 'Un collègue vous répondra sous 48 heures.'],
    ['de', 'Ein Kollege wird Ihnen innerhalb von 48 Stunden antworten.'],
    ['pt', 'Um colega responder-lhe-á em 48 horas.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body)).toMatchObject({ commitments: 'pass', satisfaction_check: 'na' });
  });
});

describe('Romanian "în 20 de minute" is a time frame', () => {
  it.each([
    ['ro', 'Vă sun în 20 de minute.'],
    ['ro', 'Vă trimit factura corectată în 24 de ore.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).commitments).toBe('pass');
  });
});
