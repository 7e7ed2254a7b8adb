// rubric-guide §2: the feeling named about the kind of trouble in general, in
// the plural, as people say it: "delays are so frustrating", "i ritardi sono
// davvero frustranti", "los retrasos son muy frustrantes". An apology alone
// beside the same trouble stays a fail.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const cases: [string, string, string, string][] = [
  ['en', 'Delays can be really frustrating, I know.', 'We apologize for the inconvenience.', 'My flight is delayed again.'],
  ['en', 'Cancellations are so disruptive.', 'We apologize for the inconvenience.', 'My class was cancelled again.'],
  ['it', 'I ritardi sono davvero frustranti, lo so.', 'Ci scusiamo per il disagio.', 'Il mio pacco è in ritardo di nuovo.'],
  ['ro', 'Întârzierile sunt frustrante, știu.', 'Ne cerem scuze pentru neplăcere.', 'Coletul meu întârzie din nou.'],
  ['es', 'Los retrasos son muy frustrantes, lo sé.', 'Pedimos disculpas por las molestias.', 'Mi paquete llega tarde otra vez.'],
  ['fr', 'Les retards sont vraiment frustrants, je sais.', 'Nous nous excusons pour la gêne.', 'Mon colis est encore en retard.'],
  ['de', 'Verspätungen sind wirklich ärgerlich, das weiß ich.', 'Wir entschuldigen uns für die Unannehmlichkeiten.', 'Mein Paket ist schon wieder verspätet.'],
  ['pt', 'Os atrasos são mesmo frustrantes, eu sei.', 'Pedimos desculpa pelo incómodo.', 'A minha encomenda está atrasada outra vez.'],
];

describe('a feeling named about the trouble in general', () => {
  it.each(cases)('%s: "%s" is empathy', (lang, feeling, sorry, customer) => {
    expect(verdicts(lang, `${feeling} ${sorry}`, customer).empathy).toBe('pass');
  });
  it.each(cases)('%s: without "%s" the apology alone is no empathy', (lang, _feeling, sorry, customer) => {
    expect(verdicts(lang, sorry, customer).empathy).toBe('fail');
  });
});
