// rubric-guide §1, §2 on the customer's side, in seven languages:
// - "it's not the first time" reports a trouble that came back;
// - an order still shown as "in processing" days later is a delay;
// - food cold in the middle, wilted produce are troubles;
// - "Que se passe-t-il s'il n'y a pas de vent ?" asks about a case to come,
//   it reports nothing.
// And on the reply's side: "Desculpa mesmo 🙏", "desculpa, prometi-te uma
// semana e falhei" apologise.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const REPLY: Record<string, string> = {
  en: 'Thanks for your message.',
  it: 'Grazie per il messaggio.',
  es: 'Gracias por su mensaje.',
  fr: 'Merci pour votre message.',
  de: 'Danke für Ihre Nachricht.',
  pt: 'Obrigado pela mensagem.',
  ro: 'Vă mulțumim pentru mesaj.',
};

describe('troubles reported', () => {
  it.each([
    ['en', 'The soup was lukewarm again. It is not the first time.'],
    ['it', 'Il pane era secco. Non è la prima volta.'],
    ['es', 'El pan llegó duro. No es la primera vez.'],
    ['fr', "Les boulettes étaient froides au milieu. Ce n'est pas la première fois."],
    ['de', 'Das Brot war hart. Das ist nicht das erste Mal.'],
    ['pt', 'O pão chegou duro. Não é a primeira vez.'],
    ['ro', 'Pâinea a venit tare. Nu e prima dată.'],
    ['en', 'I ordered six days ago and it is still showing as processing.'],
    ['it', 'Ho ordinato sei giorni fa e risulta ancora in lavorazione.'],
    ['es', 'Hice el pedido hace seis días y sigue en preparación.'],
    ['fr', 'J’ai commandé il y a six jours et c’est toujours en préparation.'],
    ['de', 'Ich habe vor sechs Tagen bestellt und es ist immer noch in Bearbeitung.'],
    ['pt', 'Encomendei há seis dias e ainda está em processamento.'],
    ['ro', 'Am comandat acum șase zile și încă apare în procesare.'],
    ['es', 'Las bandejas de rábano han llegado mustias.'],
  ])('%s: %s', (lang, customer) => {
    expect(verdicts(lang, REPLY[lang], customer).apology).toBe('fail');
  });
});

describe('a question about a case to come reports nothing', () => {
  it('fr: "Que se passe-t-il s\'il n\'y a pas de vent ?"', () => {
    const v = verdicts('fr', 'Sans vent, la séance est reportée ou remplacée par du paddle.', "Bonjour, que se passe-t-il s'il n'y a pas de vent ?");
    expect([v.apology, v.empathy]).toEqual(['na', 'na']);
  });

  it('fr: "Qu\'est-ce qui se passe avec ma commande ?" still complains', () => {
    expect(verdicts('fr', 'Merci pour votre message.', "Qu'est-ce qui se passe avec ma commande ? Rien reçu.").apology).toBe('fail');
  });
});

describe('pt: a bare sorry with its intensifier, or owning the slip', () => {
  it.each([
    'Desculpa mesmo 🙏 o Thor já está no banho agora e eu mesmo faço a tosa.',
    'desculpa, prometi-te uma semana e falhei. A reparação ficou feita ontem.',
  ])('%s', (body) => {
    expect(verdicts('pt', body, 'Já passaram duas semanas e nada.').apology).toBe('pass');
  });
});
