// rubric-guide §2: empathy acknowledges the customer's feeling or the impact
// on them. "I know what it is to…", "je mesure bien ce que ça vous coûte",
// "sei bem o que custa…", "îmi dau seama în ce situație ați fost", "das ist
// für Ihr Team eine echte Zumutung": the impact named, in words addressed to
// the customer, in each language's own turns. And an agent who says their
// own fitter should have seen the fault ("das hätte mein Monteur sehen
// müssen") owns it: the fault named beside it blames no one.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const CASES: [string, string, string][] = [
  ['en', 'The tank overflowed again after you emptied it, and we have guests on Saturday.', "I'm sorry, and I can see the Saturday deadline makes it even more stressful. I've booked a crew for tomorrow at 8 am."],
  ['fr', "Ça fait deux semaines que j'attends la pièce et je prends deux bus chaque matin pour aller travailler.", "Je vous prie de m'excuser pour le retard. Deux bus chaque matin, je mesure bien ce que ça vous coûte. Je vous appelle jeudi avant midi."],
  ['ro', 'Comanda a întârziat două zile și aveam oaspeții deja în camere, fără lenjerie.', 'Vă cer scuze pentru întârziere. Îmi dau seama în ce situație ați fost, cu oaspeții deja în camere. V-am trimis azi setul complet.'],
  ['ro', 'Am vărsat vin pe canapeaua nouă și m-am speriat că e distrusă.', 'Înțeleg spaima, mai ales după ce ați dat bani pe retapițare. V-am trimis pașii de curățare.'],
  ['es', 'Las encimeras llevan diez días de retraso y tengo al colocador parado y al promotor encima.', 'Te pido disculpas por el retraso. Sé lo que es tener a un colocador parado y al promotor encima. Te entrego las piezas el martes a las 9.'],
  ['pt', 'A cana partiu no primeiro lançamento e estraguei o fim de semana de pesca.', 'Peço desculpa. Sei bem o que custa preparar uma saída e voltar de mãos vazias. Troco-a amanhã a partir das 9h.'],
  ['de', 'Wir leben seit zehn Wochen aus Kartons, und die Tür schließt nicht.', 'Es tut mir leid. Ich verstehe gut, wie zermürbend es ist, nach zehn Wochen immer noch aus Kartons zu leben. Ich komme am Dienstag um 8 Uhr vorbei.'],
  ['de', 'Der Stapler ist am Montag ausgefallen, und mein Team musste vier Stunden von Hand entladen.', 'Dafür entschuldige ich mich. Vier Stunden Handentladung in der Frühschicht, das ist für Ihr Team eine echte Zumutung. Ich schicke Ihnen morgen um 7 Uhr ein Ersatzgerät.'],
];

describe('the impact named in the language’s own turns', () => {
  it.each(CASES)('%s: empathy passes', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });

  it('"I know what it is" about a thing, not the customer, shows nothing', () => {
    const body = 'Sé lo que es: un fallo del sensor. Te lo cambio el martes a las 9.';
    expect(verdicts('es', body, 'La máquina pita y no arranca, estoy desesperado.').empathy).toBe('fail');
  });
});

describe('a fault our own fitter should have seen', () => {
  it('is owned, not blamed on the customer: the apology and empathy stand', () => {
    const customer = 'Wir leben seit zehn Wochen aus Kartons, und jetzt schließt die neue Tür nicht.';
    const body =
      'Es tut mir leid, dass die Tür so übergeben wurde: Das Scharnier oben rechts ist nicht richtig eingestellt, das hätte mein Monteur bei der Abnahme sehen müssen. Ich verstehe gut, wie zermürbend das ist. Ich komme am Dienstag um 8 Uhr und stelle es selbst ein.';
    const v = verdicts('de', body, customer);
    expect([v.apology, v.empathy]).toEqual(['pass', 'pass']);
  });
});

describe('more of the impact named', () => {
  it.each([
    ['de', 'Der Ofen riecht und eine Kachel ist gerissen.', 'Das tut mir leid. Verständlich, dass Sie enttäuscht sind, wenn der neue Ofen gleich so anfängt. Ich tausche die Kachel am Dienstag um 8 Uhr.'],
    ['de', 'Im neuen Parkett ist ein tiefer Kratzer.', 'Das tut mir sehr leid. Ein Kratzer im neuen Eichenparkett ärgert einen jeden Tag aufs Neue. Ich komme morgen um 10 Uhr vorbei.'],
    ['en', 'The toilets arrived after the guests on our wedding day.', "I'm so sorry. Having guests arrive before the facilities were even there must have been mortifying. I've refunded the delivery charge today."],
    ['en', 'This is the third time I have chased you about the softener.', "Sorry you're having to chase us again; a third time would test anyone's patience. I've booked our engineer for Thursday between 8 and 10 am."],
    ['en', 'The water tastes salty since your service.', "Sorry about this. So the salty taste started after Tuesday's service, and it's worst first thing in the morning, just when you're making up the baby's bottle? I've reset the rinse cycle just now."],
    ['es', 'La depuradora ha vuelto a fallar después de dos visitas.', 'Siento mucho que la depuradora vuelva a fallar; dos visitas y la piscina igual es para desesperarse. La instalo yo mismo el viernes por la tarde.'],
    ['it', 'Il regalo per mio padre è arrivato a metà e tutto bagnato.', 'Capisco bene: un regalo per tuo padre che arriva a metà e tutto bagnato non è proprio quello che speravi. Ti spedisco oggi le bottiglie mancanti.'],
    ['pt', 'A marmita chegou estragada e fiquei sem almoço no trabalho.', 'Sinto muito mesmo. Passar fome no trabalho por causa de marmita estragada é revoltante. Já creditei as duas refeições na sua conta.'],
  ])('%s: empathy passes', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).empathy).toBe('pass');
  });

  it('"So could you send me the order number?" restates nothing', () => {
    const body = "Sorry about this. So could you send me the order number and the postcode it went to, please?";
    expect(verdicts('en', body, 'My parcel never arrived.').empathy).toBe('fail');
  });
});
