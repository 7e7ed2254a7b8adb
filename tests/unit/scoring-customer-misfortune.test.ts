// rubric-guide §1-2: an apology applies to a trouble with us. A customer who
// cancels because of a misfortune of their own (a death in the family, a stay
// in hospital, an injury) reports no trouble with us: "I'm so sorry to hear
// about your husband" is sympathy, which shows empathy (it applies and
// passes), while the apology does not apply. Beside a real trouble with us
// the same sorry still counts as the apology (dev-en-040).
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

// [language, customer, reply body]
const MISFORTUNES: [string, string, string][] = [
  ['en', "I'm afraid we need to cancel the hot tub for the 27th. My husband has been taken into hospital and we won't be having the party now.", "I'm so sorry to hear about your husband. I've cancelled the booking and refunded the full £280, with no cancellation fee."],
  ['fr', "Je dois annuler l'atelier de samedi : ma grand-mère est décédée et les obsèques ont lieu ce jour-là.", "Toutes mes condoléances pour votre grand-mère. J'ai annulé votre réservation et je vous ai remboursé les deux places."],
  ['it', "Mi sono rotto il polso e starò fermo almeno tre mesi. Posso sospendere l'abbonamento annuale?", 'Mi dispiace tantissimo per il polso, pronta guarigione! Ho sospeso il tuo abbonamento da oggi: i mesi che ti restano non scadono.'],
  ['es', 'Mi padre, que era socio desde hace veinte años, falleció la semana pasada. ¿Cómo damos de baja su abono?', 'Lamento muchísimo la pérdida de su padre. He dado de baja el abono hoy mismo y le devolveré la parte de este mes antes del viernes.'],
  ['pt', 'Vou ter que cancelar a festa de sábado, o meu pai foi internado. Sei que é em cima da hora.', 'Sinto muito pelo seu pai, espero que ele se recupere logo. Cancelei a reserva e o sinal fica como crédito para quando remarcarem a festa.'],
  ['de', 'Ich musste die Gesangsstunde kurzfristig absagen, weil mein Vater ins Krankenhaus gekommen ist. Wird die Stunde trotzdem verrechnet?', 'Das tut mir leid mit Ihrem Vater, gute Besserung! Die Stunde wird Ihnen nicht verrechnet, ich habe sie bereits storniert.'],
  ['ro', 'Trebuie să anulez rezervarea de sâmbătă, tatăl meu a fost internat în spital.', 'Îmi pare foarte rău să aud că tatăl dumneavoastră a fost internat, multă sănătate! Am anulat rezervarea și v-am returnat avansul.'],
];

describe("a misfortune of the customer's own", () => {
  it.each(MISFORTUNES)('%s: the apology does not apply, the sympathy passes empathy', (lang, customer, body) => {
    const v = verdicts(lang, body, customer);
    expect(v.apology).toBe('na');
    expect(v.empathy).toBe('pass');
  });

  it('beside a trouble with us, the same sorry is the apology', () => {
    const customer = "My husband was taken into hospital, so I phoned to cancel on Monday, but nobody has called me back and you've still charged the full £280.";
    const body = "I'm so sorry to hear about your husband, and that nobody called you back. I've refunded the full £280 today.";
    expect(verdicts('en', body, customer).apology).toBe('pass');
  });

  it('a sorry about an injury our product caused is an apology', () => {
    const customer = "L'arco che mi avete consigliato è troppo duro: dopo mezz'ora mi fa male la spalla. Ci ho speso 380 euro. Posso renderlo?";
    const body = 'Mi spiace davvero per la spalla: i 32 libbre te li ho consigliati io, ed erano troppi. Ti cambio i flettenti con dei 24 libbre pagando solo la differenza.';
    expect(verdicts('it', body, customer).apology).toBe('pass');
  });

  it('a "get well soon" to a customer who only thanks us makes no empathy apply', () => {
    const customer = 'Voiam doar să vă zic că livratorul a urcat comanda până la etajul 4, pentru că am piciorul în ghips. Super tare, mulțumesc!';
    const body = 'Ne bucurăm tare mult să auzim asta! Cosmin e un om de nota 10. Multă sănătate și însănătoșire grabnică!';
    expect(verdicts('ro', body, customer).empathy).toBe('na');
  });

  it('a stag party is no burial', () => {
    const customer = "On voudrait faire un enterrement de vie de garçon chez vous le samedi 6 février, on sera 12. C'est possible le soir ? Merci !";
    const body = "Carrément ! Le samedi 6 février j'ai encore le créneau 20h-22h pour 12 joueurs. Je te le bloque jusqu'à mercredi soir, dis-moi si ça te va.";
    expect(verdicts('fr', body, customer).empathy).toBe('na');
  });
});

describe('sympathy for an injury is not every sorry about something broken', () => {
  it('"sorry the kettle arrived broken" is an apology, and shows no empathy', () => {
    const v = verdicts('en', "I'm sorry the kettle arrived broken. I've sent a new one today; it will reach you by Friday.", 'My kettle arrived broken!');
    expect([v.apology, v.empathy]).toEqual(['pass', 'fail']);
  });
});

// A fall, a flood or a fire at home is the customer's own misfortune too, and
// a sorry about it is sympathy in whatever word order ("das mit Ihrem Bein tut
// mir leid", "désolé pour votre épouse").
const MORE: [string, string, string][] = [
  ['en', "I'm so sorry to mess you about, but I fell off my bike on Sunday and broke my wrist, so I can't drive up for Thursday's fitting. Could we move it?", "Oh no, I'm so sorry to hear about your wrist, that sounds painful. I've moved your fitting to Thursday 3 June at 11 am."],
  ['ro', 'Vă rog să mă iertați, dar trebuie să amânăm montajul de joi. Râul a ieșit din matcă și ne-a inundat curtea și beciul.', 'Îmi pare tare rău pentru inundație. Îmi dau seama ce zile grele aveți. Am mutat montajul pe joi, 3 iunie, la ora 9.'],
  ['fr', 'Je dois reporter la livraison prévue jeudi. Ma femme a fait un AVC samedi et elle est toujours à l’hôpital.', 'Je suis vraiment désolé pour votre épouse, je lui souhaite un bon rétablissement. J’ai déplacé la livraison au jeudi 3 juin à 9 h.'],
  ['de', 'Ich muss die Anprobe am Donnerstag absagen. Ich bin beim Holzarbeiten gestürzt und habe mir das Bein gebrochen.', 'Das mit Ihrem Bein tut mir sehr leid, gute Besserung! Ich habe die Anprobe auf Donnerstag, 3. Juni, um 10 Uhr verlegt.'],
  ['es', 'Tengo que aplazar la visita del jueves: el río se desbordó y nos inundó la planta baja.', 'Siento muchísimo lo de la inundación, imagino lo duros que son estos días. He pasado la visita al jueves 3 de junio a las 9.'],
  ['pt', 'Tenho de adiar a entrega de quinta: caí da escada e parti o pé.', 'Lamento imenso a queda, as melhoras! Passei a entrega para quinta-feira, 3 de junho, às 9h.'],
  ['it', "Devo rimandare la consegna di giovedì: il fiume è esondato e ci ha allagato la cantina.", "Mi dispiace tantissimo per l'alluvione, immagino che giorni difficili stia passando. Ho spostato la consegna a giovedì 3 giugno alle 9."],
];

describe("a fall, a flood or a fire at home is the customer's own misfortune", () => {
  it.each(MORE)('%s: the apology does not apply, empathy passes', (lang, customer, body) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy]).toEqual(['na', 'pass']);
  });

  it('a flood our appliance caused is still a trouble with us', () => {
    const customer = 'The washing machine you installed on Monday leaked and flooded my kitchen.';
    const body = "I'm so sorry about the flood. I'll send an engineer tomorrow at 9 am.";
    expect(verdicts('en', body, customer).apology).toBe('pass');
  });
});

// An injury that keeps the customer from a class they booked: the class they
// cannot make is their plan, not a trouble with us ("I can't make Saturday's
// class", "no puedo ir al curso"), so the sorry for the leg is sympathy; and
// the class moved to a dated session is a booking already made.
describe('an injury that keeps the customer from a booked class', () => {
  it.each([
    ['en', "I broke my leg skiing and can't make the cooking class on Saturday. Can I move it?", "Oh no, I'm so sorry to hear about your leg, I hope you're back on your feet soon. I've moved your place to the class on 14 March at 10 am. Does that date work for you?"],
    ['ro', 'Mi-am rupt piciorul la schi și nu pot veni sâmbătă la curs. Pot să-l mut?', 'Îmi pare foarte rău pentru picior, vă doresc însănătoșire grabnică. V-am mutat locul la cursul din 14 martie, ora 10. Vă convine data?'],
    ['es', 'Me rompí la pierna esquiando y no puedo ir al curso del sábado. ¿Puedo cambiarlo?', 'Siento mucho lo de tu pierna, que te recuperes pronto. Te he pasado al curso del 14 de marzo a las 10. ¿Te viene bien esa fecha?'],
    ['fr', 'Je me suis cassé la jambe au ski et je ne peux pas venir au cours samedi. Puis-je le déplacer ?', "Je suis vraiment désolée pour votre jambe, je vous souhaite un prompt rétablissement. J'ai déplacé votre place au cours du 14 mars à 10 h. Cette date vous convient-elle ?"],
    ['pt', 'Parti a perna a esquiar e não posso ir ao curso de sábado. Posso mudar?', 'Lamento muito pela sua perna, desejo-lhe rápidas melhoras. Mudei o seu lugar para o curso de 14 de março às 10h. Essa data dá-lhe jeito?'],
  ])('%s: apology na, the rest pass', (lang, customer, body) => {
    const v = verdicts(lang, body, customer);
    expect([v.apology, v.empathy, v.ownership, v.commitments, v.satisfaction_check]).toEqual(['na', 'pass', 'pass', 'pass', 'pass']);
  });

  it.each([
    ['en', "I can't make a payment on your website, it keeps failing."],
    ['es', 'No puedo entrar en mi cuenta desde ayer.'],
  ])('%s: "can\'t" with what we provide is still a trouble', (lang, customer) => {
    expect(verdicts(lang, lang === 'en' ? "I've checked your account." : 'He revisado tu cuenta.', customer).apology).toBe('fail');
  });
});
