// German "Sie" is the reader and "sie" someone else ("Sobald sie da sind":
// once they, the parts, are here). The patterns are case-blind, so the pack
// lists the capitalised address forms and the signals where they name the
// reader (capitalised_address): a match of those that opens with a
// lower-case "sie", in a sentence written with capitals, does not count. A
// sentence written all in lower case keeps its old reading, and "sie" as an
// object ("baue sie ein", "sobald ich sie erhalte") is still matched.
import { describe, expect, it } from 'vitest';
import { addressWords } from '../../src/scoring/pattern.js';
import { verdicts } from '../helpers/reply.js';

const ADDRESS = new Set(['sie', 'ihnen', 'ihr']);

describe('address words in German text', () => {
  it('marks a lower-case "sie" as someone else and "Sie" as the reader', () => {
    const text = 'Sobald sie da sind, schicke ich Ihnen die Teile. Haben Sie Fragen?';
    expect(addressWords(text, ADDRESS).map((a) => [text.slice(a.start, a.end), a.other])).toEqual([
      ['sie', true],
      ['Ihnen', false],
      ['Sie', false],
    ]);
  });

  it('takes the word as the reader in a sentence written all in lower case', () => {
    const text = 'sobald sie mir die maße schicken, baue ich den schlitten fertig.';
    expect(addressWords(text, ADDRESS).map((a) => a.other)).toEqual([false]);
  });
});

const CUSTOMER = 'Der Hornschlitten für unser Museum hätte Ende April geliefert werden sollen. Ich werde langsam nervös.';

describe('a promise that waits on "sie" (they), not on "Sie" (you)', () => {
  it.each([
    ['Ich warte noch auf die gebogenen Eschenhörner vom Wagner. Sobald sie da sind, baue ich den Schlitten fertig und liefere ihn Ihnen persönlich.'],
    ['Die Kufen sind noch beim Schmied. Sobald sie zurück sind, schicke ich Ihnen den Schlitten.'],
  ])('is a promise with no time: %s', (body) => {
    expect(verdicts('de', body, CUSTOMER).commitments).toBe('fail');
  });

  it('a step that waits on the customer ("Sobald Sie …") is still no promise', () => {
    expect(verdicts('de', 'Ich brauche noch Ihre Maße. Sobald Sie mir die Maße schicken, baue ich den Schlitten fertig und liefere ihn Ihnen.', CUSTOMER).commitments).toBe('na');
  });

  it('so is a step that waits on what the customer sends ("sobald ich sie erhalte")', () => {
    expect(verdicts('de', 'Bitte schicken Sie mir die Maße. Sobald ich sie erhalte, baue ich den Schlitten fertig und liefere ihn Ihnen.', CUSTOMER).commitments).toBe('na');
  });

  it('the same written all in lower case keeps the reader reading', () => {
    expect(verdicts('de', 'ich brauche noch ihre maße. sobald sie mir die maße schicken, baue ich den schlitten fertig und liefere ihn ihnen.', CUSTOMER.toLowerCase()).commitments).toBe('na');
  });
});
