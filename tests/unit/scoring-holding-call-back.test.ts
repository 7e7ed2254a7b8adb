// rubric-guide §5: a holding reply ("we'll check and get back to you")
// needs no check. A look in progress and a call back with what was found
// put the answer off, in chat style too:
// "checking w the tech now, i'll text u back by 3 today",
// "Sto ricontrollando adesso… La richiamo entro le 17 con quello che ho trovato",
// "bin dran, check das grad und meld mich heut bis 14 uhr bei dir",
// "Ich rufe Sie heute bis 15 Uhr an und sage Ihnen dann, bis wann…".
// "um zu sehen, ob die Schnitte gemacht wurden" investigates; it checks no outcome.
import { describe, expect, it } from 'vitest';
import { rubric, verdicts } from '../helpers/reply.js';
import { scoreReply } from '../../src/scoring/score.js';

const bare = (lang: string, text: string, quoted: string | null) =>
  Object.fromEntries(Object.entries(scoreReply({ text, quoted, language: lang }, rubric).criteria).map(([k, v]) => [k, v.verdict]));

describe('a look in progress and a call back put the answer off', () => {
  it.each([
    ['en', "checking w the tech now, i'll text u back by 3 today\n\nkasia", 'the screen you fixed is flickering again'],
    ['it', 'Gentile Stefania,\n\nSto ricontrollando adesso con la cucina le bolle delle ultime consegne. La richiamo oggi entro le 17 con quello che ho trovato.\n\nMatteo', 'Mancano di nuovo quattro bottiglie.'],
    ['de', 'sorry!! bin dran, check das grad mit der küche und meld mich heut bis 14 uhr bei dir\n\nemre', 'fleisch statt vegetarisch bekommen'],
    ['de', 'Hallo Frau Albers,\n\nIch gehe gerade mit unserem Cutter die Sicherungen durch, um zu sehen, ob die Schnitte gemacht wurden. Ich rufe Sie heute bis 15 Uhr an und sage Ihnen dann, bis wann Sie Folge 3 haben.\n\nFinn', 'Folge 3 fehlt immer noch.'],
  ])('%s: the check does not apply', (lang, text, customer) => {
    expect(bare(lang, text, customer).satisfaction_check).toBe('na');
  });

  it('de: "um zu sehen, ob alles läuft" after a call still checks the outcome', () => {
    expect(verdicts('de', 'Ich habe den Router heute getauscht. Ich rufe Sie morgen an, um zu sehen, ob alles läuft.', 'Das Internet fällt ständig aus.').satisfaction_check).toBe('pass');
  });
});
