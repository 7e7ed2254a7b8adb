// A negated past attempt ("I wasn't able to reach the courier yet", "no he
// podido enviarle el enlace", "non sono riuscito a…") reports what the agent
// tried, not a "no" to the customer: it is no refusal (commitments does not
// fail on it), and in the first person singular it is a step the agent took
// personally (ownership). "We" tried is still not "I".
import { describe, expect, it } from 'vitest';
import { read, verdicts } from '../helpers/reply.js';

const attempts: [string, string][] = [
  ['en', "I wasn't able to reach the courier yet."],
  ['en', "I couldn't get hold of the warehouse this morning."],
  ['es', 'No he podido enviarle el enlace todavía.'],
  ['it', 'Non sono riuscito a contattare il corriere.'],
  ['it', 'Non ho ancora potuto parlare con il magazzino.'],
  ['ro', 'Nu am reușit să iau legătura cu curierul.'],
  ['fr', "Je n'ai pas pu joindre le transporteur ce matin."],
  ['de', 'Ich konnte den Kurierdienst heute noch nicht erreichen.'],
  ['pt', 'Não consegui falar com a transportadora.'],
];

describe('a failed attempt of the agent is no refusal', () => {
  it.each(attempts)('%s: %s', (lang, body) => {
    expect(read(lang, body).refusals).toEqual([]);
    expect(verdicts(lang, body).commitments).toBe('na');
  });
});

describe('a failed attempt in the first person singular is a step the agent owns', () => {
  it.each(attempts)('%s: %s', (lang, body) => {
    expect(read(lang, body).actions.length).toBeGreaterThan(0);
    expect(verdicts(lang, body).ownership).toBe('pass');
  });
});

describe('a failed attempt of "we" is not owned by the agent', () => {
  it.each([
    ['en', "We weren't able to reach the courier yet."],
    ['es', 'No hemos podido enviarle el enlace todavía.'],
    ['it', 'Non siamo riusciti a contattare il corriere.'],
    ['fr', "Nous n'avons pas pu joindre le transporteur."],
    ['de', 'Wir konnten den Kurierdienst noch nicht erreichen.'],
    ['pt', 'Não conseguimos falar com a transportadora.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).refusals).toEqual([]);
    expect(verdicts(lang, body).ownership).toBe('fail');
  });
});

describe('a failed attempt beside a concrete next step keeps the promise', () => {
  it.each([
    ['en', "I wasn't able to reach the courier yet, so I'll call them again tomorrow before 10 am."],
    ['es', 'No he podido hablar con el almacén, así que le llamaré mañana antes de las 12.'],
    ['it', 'Non sono riuscito a parlare con il magazzino: la richiamerò domani entro le 12.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).commitments).toBe('pass');
  });
});

describe('a failed attempt alone gives no answer to check satisfaction with', () => {
  it.each(attempts)('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('na');
  });
});
