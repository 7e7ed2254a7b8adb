// rubric-guide §5: "A follow-up promise to check it works … also passes",
// however far the call stands from its purpose ("I'll give you a ring on
// Friday 12 May, after our midweek practice, to check you're happy…"), and
// in the forms each language uses ("Ich schaue am Dienstag nach, ob die
// Rückbuchung angekommen ist", "lo llamo … para saber si…", "Entraremos em
// contacto consigo … para saber se…").
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a follow-up to check the fix is a check', () => {
  it.each([
    ['en', "I've replaced the worn throwing arm myself this morning. I'll give you a ring on Friday 12 May, after our midweek practice, to check you're happy it's throwing cleanly.", 'The trap on stand 4 jammed six times on Sunday.'],
    ['de', 'Ich habe Ihnen die zweiten 24 Euro heute zurücküberwiesen. Ich schaue am Dienstag nach, ob die Rückbuchung bei Ihnen angekommen ist, und melde mich dann.', 'Sie haben 24 Euro doppelt abgebucht.'],
    ['es', 'Le he cambiado hoy la funda del sofá. Lo llamo el lunes 22 de mayo por la tarde para saber si la mancha no volvió.', 'La funda del sofá salió manchada de la tintorería.'],
    ['pt', 'Enviámos hoje um regador novo com a costura reforçada. Entraremos em contacto consigo na segunda-feira para saber se o novo ficou sem pingos.', 'O regador pinga pela costura.'],
  ])('%s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('pass');
  });
});
