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

// A customer who says the slip was theirs: a wrong size or address chosen by
// mistake, a forgotten password, a delivery missed while out. Nothing of ours
// went wrong, so no apology is owed; "you sent the wrong size" is ours.
describe('a slip the customer owns', () => {
  it.each([
    ['en', "I accidentally ordered the blue one instead of the green, and now it doesn't match my sofa. Can I exchange it?", "I've emailed you a free return label, and I'll send the green one out today."],
    ['en', "I missed the delivery yesterday because I was at work, and now the parcel has gone back to the depot.", "I've rebooked the delivery for Saturday morning, between 9 and 12."],
    ['en', "I typed the wrong address when I ordered, it's going to my old flat!", "I've changed the address on the parcel and it will arrive at your new flat on Thursday."],
    ['it', 'Ho ordinato per errore la taglia sbagliata, si può cambiare?', "Le ho mandato un'etichetta di reso gratuita e le spedisco oggi la taglia giusta."],
    ['it', 'Mi sono dimenticata la password e non riesco ad accedere.', 'Le ho appena inviato un link per reimpostarla.'],
    ['ro', 'Am comandat din greșeală mărimea 38 în loc de 39. Se poate schimba?', 'V-am trimis o etichetă de retur gratuită și vă expediez azi mărimea 39.'],
    ['ro', 'Am greșit adresa la comandă, am scris strada veche.', 'Am modificat adresa și coletul ajunge joi la noua adresă.'],
    ['es', 'Pedí por error la talla equivocada, ¿la puedo cambiar?', 'Te he enviado una etiqueta de devolución gratuita y hoy mismo te mando la talla correcta.'],
    ['es', 'Se me olvidó la contraseña y no puedo entrar en mi cuenta.', 'Te acabo de enviar un enlace para restablecerla.'],
    ['fr', "J'ai commandé par erreur la mauvaise taille, est-ce que je peux l'échanger ?", "Je vous ai envoyé une étiquette de retour gratuite et je vous expédie la bonne taille aujourd'hui."],
    ['fr', "J'ai oublié mon mot de passe et je n'arrive plus à me connecter.", 'Je viens de vous envoyer un lien de réinitialisation.'],
    ['de', 'Ich habe versehentlich die falsche Adresse angegeben, das Paket ist jetzt bei meiner alten Wohnung.', 'Ich habe den Versanddienst gebeten, das Paket an Ihre neue Adresse umzuleiten; es ist bis Donnerstag bei Ihnen.'],
    ['de', 'Ich habe mein Passwort vergessen und komme nicht mehr in mein Konto.', 'Ich habe Ihnen gerade einen Link zum Zurücksetzen geschickt.'],
    ['pt', 'Encomendei por engano o tamanho errado, posso trocar?', 'Enviei-lhe uma etiqueta de devolução gratuita e envio hoje o tamanho certo.'],
    ['pt', 'Esqueci-me da palavra-passe e não consigo entrar na conta.', 'Acabei de lhe enviar um link para a repor.'],
  ])('%s: no apology is owed for "%s"', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).apology).toBe('na');
  });

  it.each([
    ['en', 'You sent me the wrong size! I ordered a 9 and got an 8.', "I've emailed you a free return label, and I'll send the size 9 today."],
    ['it', 'Mi avete mandato la taglia sbagliata!', "Le ho mandato un'etichetta di reso gratuita e le spedisco oggi la taglia giusta."],
  ])('%s: a wrong size we sent still calls for one', (lang, customer, body) => {
    expect(verdicts(lang, body, customer).apology).toBe('fail');
  });
});

// French frames its negation: in "je n'ai pas reçu la facture" the "n'" opens
// the very negation that "pas reçu" reports, so it does not deny the trouble;
// "je ne suis pas mécontent" still does.
describe('a French ne … pas inside the trouble it reports', () => {
  it.each([
    ["Je n'ai pas reçu la facture."],
    ["Je n'ai jamais reçu le colis."],
  ])('"%s" reports a trouble', (customer) => {
    expect(verdicts('fr', "Je vous ai envoyé la facture à l'instant.", customer).apology).toBe('fail');
  });

  it('"je ne suis pas mécontent" reports none', () => {
    expect(verdicts('fr', "Je vous ai envoyé la facture à l'instant.", 'Je ne suis pas mécontent du service, je voudrais juste la facture.').apology).toBe('na');
  });
});

// "As stated on our website" points the customer at what they should have
// read (rubric-guide §2: blaming language fails empathy), in every language,
// and undercuts the apology before it (§1).
describe('pointing the customer at what the site says', () => {
  it.each([
    ['ro', 'Îmi pare rău pentru neplăcere. După cum este menționat pe site-ul nostru, reducerea se aplică doar comenzilor online. Am verificat comanda.', 'Nu mi s-a aplicat reducerea, am plătit prețul întreg!'],
    ['es', 'Lamento la confusión. Como se indica en nuestra web, el descuento solo se aplica a pedidos online. He revisado tu pedido.', '¡No me aplicaron el descuento, pagué el precio completo!'],
    ['pt', 'Lamento a confusão. Conforme indicado no nosso site, o desconto só se aplica a encomendas online. Verifiquei a sua encomenda.', 'Não me aplicaram o desconto, paguei o preço total!'],
  ])('%s: apology and empathy fail', (lang, body, customer) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['fail', 'fail']);
  });
});
