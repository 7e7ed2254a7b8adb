// A dated promise checked mid-reply, then empathy and the apology last
// (rubric-guide §1, §5): "Would Wednesday morning be all right for you, or do
// you need me to ring first?" and "Quinta de manhã dá-lhe jeito, ou prefere
// que lhe telefone antes?" check the visit; "le pido sinceramente perdón",
// "peço-lhe sinceramente desculpa" apologise wherever they stand. The
// customer's trouble is a thing stuck or failing again ("se ha quedado
// atascado", "voltou a entupir").
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a check mid-reply and an apology at the end', () => {
  it.each([
    ['en', 'Water is coming through the ceiling under the thatch you patched last autumn. Can someone come today or tomorrow?',
      "Today and tomorrow I can't get a crew up on your roof. On Wednesday at 8 am, though, I'll be at yours myself with fresh reed. Would Wednesday morning be all right for you, or do you need me to ring first?\n\nI can only imagine how tiring it is to sleep downstairs. And for the patch failing so soon, I'm truly sorry."],
    ['es', 'El toldo que nos pusieron en abril se ha quedado atascado medio abierto y no se recoge. ¿Pueden venir antes del miércoles?',
      'Antes del miércoles no me es posible ir. El miércoles a las 8, en cambio, estoy yo mismo en su terraza con el motor nuevo. ¿Le viene bien el miércoles temprano?\n\nMe imagino la intranquilidad con el viento. Y por el motor, que no debería haber fallado, le pido sinceramente perdón.'],
    ['pt', 'O esgoto que desentupiram há duas semanas voltou a entupir. Podem vir até quarta-feira?',
      'Até quarta-feira não consigo ir. Na quinta-feira às 8h, porém, estou aí eu próprio com a câmara. Quinta de manhã dá-lhe jeito, ou prefere que lhe telefone antes?\n\nImagino a preocupação com o batizado à porta. E por o entupimento ter voltado tão depressa, peço-lhe sinceramente desculpa.'],
  ])('[%s]', (lang, customer, body) => {
    const r = verdicts(lang, body, customer);
    expect([r.apology, r.commitments, r.satisfaction_check]).toEqual(['pass', 'pass', 'pass']);
  });
});
