// holdout17 slots 2, 6, 8 and 10, read after its blind score:
// - §2: "you had every right to be upset" grants the feeling (empathy), in
//   every language; "il n'y a vraiment pas lieu de vous mettre dans un état
//   pareil" tells the customer to calm down (empathy fails beside "je
//   comprends votre agacement").
// - §4: "Je vous garantis que plus personne … ne vous fera jamais…" is an
//   absolute guarantee however far its "jamais" comes.
// - §5: "el viernes la llamo para confirmar que le llegó" is a follow-up check.
// - §4: a refund with its window in a Romanian word range ("în trei-cinci
//   zile lucrătoare") is dated.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe("the customer's right to the feeling is empathy", () => {
  it.each([
    ['en', "I'm truly sorry for how you were spoken to on Saturday. You had every right to be upset. I've spoken to the colleague myself this morning."],
    ['it', "Mi scuso per come è stato trattato. Ha tutto il diritto di essere arrabbiato. Ho parlato io stesso con il ragazzo."],
    ['es', 'Le pido disculpas por cómo la trataron. Tiene todo el derecho a estar molesta. He hablado yo mismo con el empleado.'],
    ['fr', "Je vous présente mes excuses. Vous avez tout à fait le droit d'être en colère. J'ai parlé moi-même au moniteur."],
    ['de', 'Ich bitte um Entschuldigung. Sie haben jedes Recht, verärgert zu sein. Ich habe selbst mit der Verkäuferin gesprochen.'],
    ['pt', 'Peço desculpa pela forma como foi tratada. Tem todo o direito de estar chateada. Falei eu mesmo com o funcionário.'],
    ['ro', 'Îmi cer scuze pentru cum ați fost tratată. Aveți tot dreptul să fiți supărată. Am vorbit eu personal cu colegul.'],
  ])('%s: empathy passes', (lang, body) => {
    expect(verdicts(lang, body, 'Your staff member was rude to me in front of my children.').empathy).toBe('pass');
  });
});

describe('a calm-down beside "je comprends"', () => {
  it('fr: "il n\'y a vraiment pas lieu de vous mettre dans un état pareil" fails empathy', () => {
    const body = "Je comprends votre agacement, mais il n'y a vraiment pas lieu de vous mettre dans un état pareil pour un ruban. Je vous ai posté ce matin un rouleau de ruban doré, vous l'aurez demain.";
    expect(verdicts('fr', body, 'INADMISSIBLE !!! Le coffret est arrivé SANS le ruban doré promis.').empathy).toBe('fail');
  });
});

describe('promises and checks', () => {
  it('fr: a guarantee with its "jamais" late in the clause fails commitments', () => {
    const body = "Je l'ai reçu moi-même lundi matin. Je vous garantis que plus personne chez nous ne vous fera jamais une remarque de ce genre.";
    expect(verdicts('fr', body, 'Votre moniteur s\'est moqué de moi.').commitments).toBe('fail');
  });

  it('es: a call to confirm it arrived is a follow-up check', () => {
    const body = 'Esta mañana llamé yo mismo a la agencia aduanal. Mañana jueves a las 12:00 le escribo con el número de rastreo; el viernes la llamo para confirmar que le llegó a tiempo.';
    expect(verdicts('es', body, 'Mi pedido lleva diez días detenido en la aduana.').satisfaction_check).toBe('pass');
  });

  it('ro: a refund seen "în trei-cinci zile lucrătoare" is dated', () => {
    const body = 'Am anulat eu comanda și v-am returnat astăzi cei 190 de lei pe card; îi vedeți în cont în trei-cinci zile lucrătoare.';
    expect(verdicts('ro', body, 'Se poate anula comanda?').commitments).toBe('pass');
  });
});
