// rubric-guide §1: when apology applies, read as people write.
// - A late answer owned without a sorry ("Le contesto con retraso", "Revin
//   abia acum") or our own mistake stated ("imprimanta noastră a compensat
//   greșit") makes it apply, and fail.
// - "Sinto muito que você tenha ficado com essa impressão" is a non-apology.
// - A third party that "was unable to reach" the customer refuses nothing:
//   the apology before it stands.
// - Praise that can also be sarcasm ("Complimenti!", "estuvo increíble") is
//   no trouble on its own; "em vez do" in a request is no wrong item.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('apology applies and fails', () => {
  it.each([
    ['es', 'Le contesto con retraso, estos días hemos ido a tope. Le preparamos las facturas.', 'Necesito las facturas de 2026, por favor.'],
    ['ro', 'Revin abia acum, am avut zile aglomerate. Da, avem cărucior dublu.', 'Aveți cărucior dublu de închiriat?'],
    ['ro', 'Am verificat eu fișierul: imprimanta noastră a compensat greșit contracția. Reprintez piesele diseară.', 'Găurile pieselor sunt prea mici.'],
    ['pt', 'Sinto muito que você tenha ficado com essa impressão. Recomendamos mantê-los refrigerados.', 'Os bem-casados chegaram secos.'],
    ['it', 'Capisco il fastidio, però il pellet era asciutto quando è partito.', 'I sacchi di pellet sono umidi, alcuni hanno la muffa. Pretendo la sostituzione.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });

  it('en: a driver who "was unable to reach" his collections refuses nothing', () => {
    expect(verdicts('en', 'Apologies for the missed collection. Our driver was held up by traffic and was unable to reach all of his collections yesterday.', 'You missed my collection.').apology).toBe('pass');
  });
});

describe('praise and requests are no trouble', () => {
  it.each([
    ['it', "Grazie di cuore! Ho girato il suo messaggio a mio padre.", "Volevo solo dirvi che l'olio novello è buonissimo. Complimenti!"],
    ['es', 'Qué gusto leerlos. Le pedimos a Beto la lista y se la mandamos mañana.', 'El DJ de nuestra boda estuvo increíble. ¿Nos pueden mandar la lista de canciones?'],
    ['pt', 'Que bom ler isto, obrigada! Já mudei a tua subscrição.', 'Adoro a kombucha de gengibre. Posso mudar a subscrição para só essa, em vez do pack variado?'],
  ])('%s: apology and empathy na', (lang, body, customer) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['na', 'na']);
  });

  it('it: sarcastic praise beside a real trouble still reports it', () => {
    expect(verdicts('it', 'Le rimborso la spedizione oggi.', 'Complimenti davvero, il pacco è arrivato rotto.').apology).toBe('fail');
  });
});
