// A customer who asks politely, without a question mark, is asking: "I was
// wondering if I can pay monthly. Thanks!", "J'aimerais savoir si je peux
// payer en plusieurs fois. Merci !", "Agradeço a correção." A request wrapped
// in thanks is no thank-you note, so an answer to it owes the satisfaction
// check (rubric-guide §5); thanks and praise alone still make it na.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const ANSWERS: Record<string, string> = {
  en: 'Yes, of course. I have set your plan to four monthly payments of £95 from 1 March.',
  fr: "Oui, bien sûr. Je t'ai inscrit aux versements mensuels de 95 € à partir du 1er mars.",
  pt: 'Emiti a nota de crédito em anexo, no valor de 96,00 €, que será descontada na fatura de março.',
  es: 'Claro que sí. Le he cambiado el plan a cuatro pagos mensuales de 95 € desde el 1 de marzo.',
  it: 'Certo. Le ho impostato il pagamento in quattro rate mensili da 95 € dal 1° marzo.',
  de: 'Gern. Ich habe Ihren Vertrag ab dem 1. März auf vier Monatsraten zu je 95 € umgestellt.',
  ro: 'Sigur. V-am trecut pe plata în patru rate lunare de 95 lei, începând cu 1 martie.',
};

describe('a polite request with thanks and no question mark is a request', () => {
  it.each([
    ['en', 'Hello, I was wondering if I could pay my snow clearing contract monthly. Thanks!'],
    ['en', "Hi, I'd be grateful if you could split the bill into monthly payments. Thanks in advance."],
    ['fr', "Bonjour, j'aimerais savoir si je peux payer mon contrat en versements mensuels. Merci!"],
    ['pt', 'Boa tarde, na fatura aparecem 6 colunas, mas foram montadas 4. Agradeço a correção.'],
    ['es', 'Hola, le agradecería que me permitiera pagar el contrato en mensualidades. Gracias.'],
    ['it', 'Buongiorno, vorrei sapere se posso pagare il contratto a rate. Grazie in anticipo.'],
    ['de', 'Guten Tag, ich wäre Ihnen dankbar, wenn ich den Vertrag monatlich zahlen könnte. Danke im Voraus.'],
    ['ro', 'Bună ziua, aș dori să știu dacă pot plăti contractul în rate. Mulțumesc anticipat.'],
  ])('%s: %s', (lang, customer) => {
    expect(verdicts(lang, ANSWERS[lang], customer).satisfaction_check).toBe('fail');
  });

  it.each([
    ['en', 'Thank you so much, the lamp arrived and it is lovely!'],
    ['fr', 'Merci beaucoup, la lampe est arrivée et elle est magnifique !'],
    ['pt', 'Muito obrigada, a encomenda chegou e está impecável!'],
  ])('%s: thanks alone stay a thank-you note: %s', (lang, customer) => {
    const body = lang === 'en' ? 'Thank you for your kind words, I have passed them on to the team.' : lang === 'fr' ? "Merci pour votre message, je l'ai transmis à l'équipe." : 'Obrigada pela mensagem, já a passei à equipa.';
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('na');
  });
});
