// rubric-guide §1 and negation: "I can't apologise enough", "non posso che
// scusarmi", "je ne peux que m'excuser" apologise in full; the negation in
// them negates nothing. "I can't apologise for the weather" still declines.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('an apology said through a negation is an apology', () => {
  it.each([
    ['en', "I can't apologise enough for this: I set the type wrong myself.", 'The name on the cover is misspelt.'],
    ['it', "Non posso che scusarmi per l'errore nel preventivo.", 'Il preventivo era sbagliato.'],
    ['ro', 'Nu pot decât să-mi cer scuze pentru greșeala din factură.', 'Factura e greșită.'],
    ['fr', 'Je ne peux que m\'excuser pour ce retard.', "Mon vélo n'est toujours pas prêt."],
    ['pt', 'Não posso deixar de pedir desculpas pela falha.', 'O voo foi cancelado sem aviso.'],
    ['es', 'No puedo más que pedirle disculpas por el error.', 'La factura está mal.'],
    ['de', 'Ich kann mich nur entschuldigen für den Fehler.', 'Die Rechnung ist falsch.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).apology).toBe('pass');
  });

  it('a negated apology for something else still declines', () => {
    expect(verdicts('en', "I can't apologise for the weather, but I've moved your booking to Friday.", 'The tour was cancelled.').apology).toBe('fail');
  });
});
