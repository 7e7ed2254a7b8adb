// rubric-guide §1: the apology applies to a trouble with us. A customer who
// fears the trouble is of their own making ("I'm afraid I broke it", "ho
// paura di aver sbagliato qualcosa", "mi-e teamă că l-am stricat") and asks
// what to do is owed empathy and help, not an apology. A trouble with us
// beside a mishap of theirs ("you rejected my claim; I dropped it, it never
// got wet") still calls for one.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

// [language, customer, reply with empathy and steps, no apology]
const CASES: [string, string, string][] = [
  ['en', "The reel started grinding after a day in heavy surf. I'm afraid I've broken it, and it was expensive.", "I can imagine how worrying that is with a reel like that. It's almost certainly salt in the bearing: rinse it in warm fresh water and oil the line roller."],
  ['it', 'Il basilico ha le foglie gialle alla base. Sono preoccupato di aver sbagliato qualcosa con la soluzione nutritiva.', 'Capisco la preoccupazione. Ho guardato le foto: le piante sono sane. Controlli il pH, tra 5,8 e 6,2.'],
  ['ro', 'S-a vărsat vin roșu pe fotoliu. Mi-e teamă că l-am stricat de tot.', 'Înțeleg spaima. Am verificat fișa: stofa suportă curățare umedă. Tamponați cu un prosop alb uscat.'],
  ['es', 'La moto no arranca después del invierno. Me preocupa haberla estropeado al guardarla mal.', 'Entiendo la preocupación. He mirado tu ficha: mide la batería y cárgala toda la noche.'],
  ['fr', "La peinture du portail s'écaille. J'ai peur de l'avoir abîmée avec le nettoyeur haute pression.", "Je comprends votre inquiétude. J'ai regardé votre dossier : brossez la zone et passez une couche d'antirouille."],
  ['de', 'Die Dielen haben einen Riss. Ich fürchte, ich habe sie mit zu viel Wasser kaputt gemacht.', 'Ich verstehe Ihre Sorge. Ich habe mir die Fotos angesehen: Das ist normale Holzbewegung, ölen Sie die Stelle nach.'],
  ['pt', 'O carreto começou a ranger depois da pescaria. Tenho receio de o ter estragado, foi caro.', 'Percebo o receio. Vi a sua ficha: passe o carreto por água doce e ponha duas gotas de óleo no eixo.'],
];

describe('a trouble the customer fears is of their own making', () => {
  it.each(CASES)('%s: the apology does not apply, empathy does', (lang, customer, body) => {
    const v = verdicts(lang, body, customer);
    expect(v.apology).toBe('na');
    expect(v.empathy).toBe('pass');
  });

  it('a trouble with us beside a mishap of theirs still calls for the apology', () => {
    const customer = 'Me han rechazado el parte del móvil porque dicen que el daño es por líquido. Se me cayó al suelo, no al agua.';
    const body = 'He revisado su expediente. Puedo solicitar una segunda peritación sin coste para usted.';
    expect(verdicts('es', body, customer).apology).toBe('fail');
  });

  it('"it is not my fault" blames no one of its own', () => {
    expect(verdicts('en', "I've checked your order.", "The lamp arrived broken and it's not my fault.").apology).toBe('fail');
  });
});

// A customer who fears they have left it too late ("Mi-e teamă că m-am mișcat
// prea târziu", "J'ai peur de m'y prendre trop tard", "Ich habe Angst, dass
// ich zu spät dran bin") worries about their own timing: empathy applies, no
// apology is owed. And "Geben Sie mir Bescheid, ob ich ihn reservieren soll"
// asks about an offer, not whether the answer works.
describe('a customer afraid they are too late', () => {
  it.each([
    ['ro', 'Aș vrea ia cu altiță roșie pentru nunta fratelui meu, pe 25. Mi-e teamă că m-am mișcat prea târziu. Cât durează livrarea?', 'Înțeleg că vrei să fii sigură că ajunge la timp. Am verificat și avem ia pe mărimea ta. Livrarea durează de obicei două-trei zile lucrătoare.'],
    ['fr', "Je voudrais la grande planche de spéculoos pour le 25. J'ai peur de m'y prendre trop tard : combien de temps faut-il pour une livraison?", "Je comprends que vous vouliez être tranquille pour le 25. J'ai vérifié : il nous en reste deux. La livraison prend en général deux à trois jours."],
    ['de', 'Ich möchte einen Strandkorb mit Namensschild schenken. Ich habe Angst, dass ich zu spät dran bin: Wie lange dauert das Schild?', 'Ich verstehe, dass Sie auf Nummer sicher gehen wollen. Ich habe nachgesehen: Es ist noch ein Korb frei. Ein Schild dauert normalerweise drei bis vier Werktage.'],
  ])('%s: apology na, empathy pass', (lang, customer, body) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['na', 'pass']);
  });

  it('"Bescheid, ob ich ihn reservieren soll" is no check', () => {
    const v = verdicts('de', 'Ich habe nachgesehen: Es ist noch ein Korb frei. Ein Schild dauert normalerweise drei bis vier Werktage. Geben Sie mir einfach Bescheid, ob ich ihn für Sie reservieren soll.', 'Wie lange dauert das Schild?');
    expect(v.satisfaction_check).toBe('fail');
  });
});
