// rubric-guide §2: what the trouble means for the customer, said as something
// the agent knows ("lo so che per voi sono recensioni che restano lì", "sé
// que para usted esto significa perder clientes"), and a fear understood by
// name ("Înțeleg perfect frica") after "îmi e frică", are empathy.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

describe('what it means for the customer, as the agent knows it', () => {
  it.each([
    ['en', 'I know that for you these are reviews that stay up and customers who do not come back. From Monday we add two riders to your area.', 'Deliveries arrive an hour late every evening.'],
    ['it', 'Lo so che per voi sono recensioni che restano lì e clienti che non tornano. Da lunedì mettiamo due rider in più.', "Le consegne arrivano in ritardo di un'ora ogni sera."],
    ['es', 'Sé que para usted esto significa perder clientes. Desde el lunes ponemos dos repartidores más.', 'Los pedidos llegan con una hora de retraso cada noche.'],
    ['pt', 'Sei que para vocês isto significa perder clientes. A partir de segunda pomos mais dois estafetas.', 'As entregas chegam com uma hora de atraso todas as noites.'],
    ['fr', 'Je sais que pour vous, ce sont des avis qui restent et des clients qui ne reviennent pas. Dès lundi, nous ajoutons deux livreurs.', 'Les livraisons arrivent avec une heure de retard chaque soir.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });

  it('ro: "îmi e frică" is a feeling shown, and "Înțeleg perfect frica" answers it', () => {
    const customer = 'Am o cățelușă de 14 ani cu o problemă la inimă. Îmi e frică s-o las la tuns.';
    expect(verdicts('ro', 'Înțeleg perfect frica. O programez eu marți la 10, prima din zi.', customer).empathy).toBe('pass');
    expect(verdicts('ro', 'O programez eu marți la 10, prima din zi.', customer).empathy).toBe('fail');
  });
});

describe('the impact named as what the agent knows the customer needs', () => {
  it.each([
    ['en', "I'm sorry your parcel is late, and I know you need the kit for the weekend. I've chased the courier: delivery tomorrow before 1 pm.", 'My parcel is late.'],
    ['en', "I'm sorry your bill was an estimate. A £312 bill out of nowhere is a real shock. I've rebilled the account today.", 'My bill is £312, far too high.'],
    ['it', "Mi dispiace, so quanto pesa avere il negozio online fermo di sabato. L'ho già rinnovato: il sito torna entro le 14.", 'Il sito è fermo da stamattina.'],
    ['es', 'Siento mucho el retraso. Sé que te preocupa no llegar al cumpleaños. He marcado tu pedido como prioritario.', 'Mi pedido no llega.'],
  ])('%s: %s', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });
});
