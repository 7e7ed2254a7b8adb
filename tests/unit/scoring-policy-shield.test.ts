// rubric-guide §1: an apology undercut at once ("Capisco, ma le regole sono
// regole"). Policy, terms or a contract given as the ground after a "but"
// take the apology back; the same terms on the customer's side do not. And
// blame in the counterfactual ("si hubiera actualizado su teléfono…", "como
// deveria saber") is blame.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const ASK: Record<string, string> = {
  en: 'You charged me the cancellation fee although I cancelled in time.',
  it: 'Mi avete trattenuto la caparra anche se ho disdetto in tempo.',
  es: 'Nadie me avisó del golpe de mi hijo, me parece muy grave.',
  pt: 'As pastilhas do carro que comprei estão no fim. Quero que as troquem.',
  fr: "Vous m'avez facturé des frais d'annulation alors que j'ai annulé à temps.",
  de: 'Sie haben mir die Stornogebühr berechnet, obwohl ich rechtzeitig storniert habe.',
  ro: 'Mi-ați reținut avansul deși am anulat la timp.',
};

describe('policy after a "but" takes the apology back', () => {
  it.each([
    ['en', "I'm sorry for the trouble. However, under our policy the fee is charged on every cancellation."],
    ['it', 'Mi dispiace per il disagio. Tuttavia il regolamento prevede che la caparra non sia restituita.'],
    ['es', 'Le pedimos disculpas. No obstante, nuestro protocolo establece que solo se llama a las familias si el golpe requiere atención médica.'],
    ['pt', 'Peço desculpa pelo incómodo. Mas, como está no contrato, as pastilhas são material de desgaste.'],
    ['fr', 'Je suis désolé pour ce désagrément. Cependant, conformément à nos conditions, les frais restent dus.'],
    ['de', 'Das tut mir leid. Allerdings sind laut unseren AGB die Gebühren bei jeder Stornierung fällig.'],
    ['ro', 'Îmi pare rău pentru neplăcere. Totuși, conform regulamentului, avansul nu se returnează.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, ASK[lang]).apology).toBe('fail');
  });
});

describe('terms on the customer\'s side, or without a turn, leave the apology standing', () => {
  it.each([
    ['en', "I'm sorry for the trouble. Under your policy you're entitled to a full refund, which I've issued today."],
    ['it', 'Mi dispiace per il disagio. Ho già annullato la trattenuta e ti ho rimborsato la caparra oggi.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, ASK[lang]).apology).toBe('pass');
  });
});

describe('blame in the counterfactual undercuts the apology', () => {
  it.each([
    ['es', 'Le pedimos disculpas. Si hubiera actualizado su teléfono en la ficha, la habríamos podido localizar.'],
    ['pt', 'Peço desculpa. As pastilhas são material de desgaste, como deveria saber.'],
    ['en', "Sorry about that. If you had told us about the move, we would have sent it to the new address."],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, ASK[lang]).apology).toBe('fail');
  });
});

// "Even in the next sentence": the next sentence that says something. A line
// of empathy between the sorry and the no does not hold the no off.
describe('a flat no after a line of empathy still undercuts the apology', () => {
  it('en', () => {
    const body = 'We are sorry to hear about the heater. I can imagine how cold those nights on the canal must have been. Unfortunately we are unable to offer a refund.';
    expect(verdicts('en', body, 'The heater broke on the first night.').apology).toBe('fail');
  });

  it('with an act between them, the apology stands', () => {
    const body = "We are sorry to hear about the heater. I've sent an engineer this morning. Unfortunately we are unable to offer a refund.";
    expect(verdicts('en', body, 'The heater broke on the first night.').apology).toBe('pass');
  });
});
