// rubric-guide §4: a commitment is the agent's (or the company's) promise. A
// future that is not one promises nothing and is no vague promise either:
// - what a third party told us ("the courier told us that it will arrive on
//   Friday", "il restauratore mi ha detto che…": reported speech);
// - how someone will feel ("he'll be chuffed", "ne saranno felicissimi");
// - what will probably happen ("probabil va fi nevoie de…").
// The agent's own promise beside such words still counts.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('futures that are not our promise', () => {
  it.each([
    ['en', 'I rang the courier this morning. They told us that it will arrive on Friday.', 'Where is my parcel?'],
    ['en', "Thank you so much! I've passed your message on to Tom; he'll be chuffed.", 'Tom was brilliant on our tour.'],
    ['it', 'Ho sentito il restauratore: mi ha detto che finirà venerdì.', 'Quando sarà pronto il mio divano?'],
    ['it', 'Grazie! Ho girato le sue parole allo staff, che ne sarà felicissimo.', 'Colazione splendida, grazie!'],
    ['fr', "Le fabricant nous a dit qu'un modèle plus endurant sortira au printemps.", 'Les piles durent trop peu.'],
    ['es', 'Llamé a la empresa de trenes esta mañana y nos dijeron que el servicio se restablecerá el miércoles.', '¿Cuándo vuelve el tren?'],
    ['pt', 'A transportadora nos disse que em dezembro os prazos vão aumentar dois dias.', 'Quanto tempo demora o envio?'],
    ['de', 'Ich habe heute dort angerufen. Die Sachbearbeiterin hat mir gesagt, dass der Antrag nächste Woche bearbeitet wird.', 'Wann wird mein Antrag bearbeitet?'],
    ['ro', 'Acordajul costă 450 de lei; probabil va fi nevoie și de o ridicare de ton.', 'Cât costă acordajul unui pian?'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).commitments).toBe('na');
  });

  it('our own dated promise after reporting what we told the team still counts', () => {
    expect(verdicts('en', 'I told the team we will refund you by Friday, and I will.', 'Where is my refund?').commitments).toBe('pass');
  });
});
