// rubric-guide §3: blaming a third party fails ownership even beside an "I"
// action ("it's not our fault, the courier…"). The blame set against "not us"
// ("it was their driver who got lost, not one of ours", "es la paquetería la
// que maltrata las cajas, no nosotros", "nicht an uns") is that deflection.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('a third party blamed, "not us"', () => {
  it.each([
    ['en', "I'm sorry the unit didn't arrive. That delivery was subcontracted and it was their driver who got lost, not one of ours. I'll refund the £95 to your card by Friday."],
    ['es', 'Le ofrezco una disculpa por la botella rota: es la paquetería la que maltrata las cajas, no nosotros. Le envío la botella de reposición el lunes 26.'],
    ['pt', 'Peço desculpas pela entrega. As entregas são feitas por uma empresa terceirizada e o erro foi do motoboy deles, não nosso. Reenvio as marmitas amanhã entre 11h e 13h.'],
    ['ro', 'Îmi cer scuze pentru întârziere. Piesa vine de la furnizorul din Italia și ei au întârziat livrarea, nu noi. Vă aduc aragazul reparat marți, între 10 și 12.'],
    ['de', 'Entschuldigen Sie die Verzögerung. Das liegt an der Manufaktur in Franken, die nicht liefert, nicht an uns. Ich setze den Ofen am Montag.'],
    ['it', "Mi scusi per il ritardo. È il corriere che ha perso il pacco, non noi. Le rispedisco oggi l'ordine."],
    ['fr', "Toutes mes excuses pour le retard. C'est le transporteur qui a égaré le colis, pas nous. Je vous renvoie la commande aujourd'hui."],
  ])('%s: fails ownership beside the agent’s own step', (lang, body) => {
    expect(verdicts(lang, body, 'My order is late and I needed it for Saturday.').ownership).toBe('fail');
  });

  it('"not us" is not needed for an own step to stand', () => {
    expect(verdicts('en', "I'm sorry the unit didn't arrive. I'll refund the £95 to your card by Friday.", 'The unit never arrived.').ownership).toBe('pass');
  });
});
