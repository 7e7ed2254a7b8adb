// rubric-guide §5: "Let me know whether this works for you" checks the
// solution. So does any request to be told whether the outcome came about,
// whatever its words: "let me know if the stain came out", "¿me dices si ha
// arrancado?", "Können Sie mir Bescheid geben, ob der Riss so bleibt?". Not a
// request about what the customer needs ("let me know if you need anything":
// "anything else?"), not one that wants details beside it, not one put before
// the answer, and not one that only offers ("let me know if you'd like to go ahead").
import { describe, expect, it } from 'vitest';
import { rubric, verdicts } from '../helpers/reply.js';
import { scoreReply } from '../../src/scoring/score.js';

// [language, advice given, request about its outcome]
const CHECKS: [string, string, string][] = [
  ['en', 'Dab the stain from the outside in with the cleaner I sent, then let it dry overnight.', 'Once it has dried, let me know whether the mark has gone.'],
  ['it', "Ho inviato oggi la pompa nuova con corriere espresso: si monta in due minuti al posto di quella vecchia.", 'Fammi sapere se con la pompa nuova il sistema parte come deve.'],
  ['ro', 'Tamponați pata cu soluția pe care v-am trimis-o și lăsați catifeaua să se usuce la aer.', 'După ce se usucă, îmi spuneți dacă pata a ieșit?'],
  ['es', 'Te he dejado apartada una batería nueva en el mostrador y te explico cómo secar las bujías.', 'Cuando lo pruebes, ¿me dices si ha arrancado?'],
  ['fr', "Je vous ai mis de côté un pot d'antirouille à l'atelier : il suffit de brosser puis de passer deux couches.", 'Pouvez-vous me dire, une fois le traitement fait, si la rouille est bien partie ?'],
  ['de', 'Ich habe Ihnen eine Dose unseres Öls zurückgelegt; tragen Sie es dünn auf und lassen Sie es über Nacht einziehen.', 'Können Sie mir in ein paar Wochen Bescheid geben, ob der Riss so bleibt?'],
  ['pt', 'Enviei-lhe hoje uma boia nova; basta trocá-la pela antiga, sem ferramentas.', 'Depois de trocar, diga-me se a cana já não enrola a linha.'],
];

describe('a request to hear whether the outcome came about', () => {
  it.each(CHECKS)('%s: checks the answer before it', (lang, answer, request) => {
    expect(verdicts(lang, `${answer}\n\n${request}`).satisfaction_check).toBe('pass');
  });

  it.each(CHECKS)('%s: put before the answer, it asks and checks nothing', (lang, answer, request) => {
    expect(verdicts(lang, `${request}\n\n${answer}`).satisfaction_check).toBe('fail');
  });
});

describe('requests that check nothing', () => {
  it.each([
    ['en', "I've refunded the £12 today. Let me know if you need anything else."],
    ['en', "I can exchange them once they're back with us. Let me know if you'd like to go ahead."],
    ['it', 'Ho spedito oggi il pezzo di ricambio. Fammi sapere se ti serve altro.'],
    ['es', 'Le he enviado hoy la pieza nueva. Dígame si necesita algo más.'],
    ['fr', "Je vous ai envoyé la pièce aujourd'hui. Dites-moi si vous avez besoin d'autre chose."],
    ['de', 'Ich habe Ihnen das Teil heute geschickt. Sagen Sie mir, ob Sie noch etwas brauchen.'],
    ['pt', 'Enviei-lhe hoje a peça nova. Diga-me se precisar de mais alguma coisa.'],
    ['ro', 'V-am trimis azi piesa nouă. Spuneți-mi dacă aveți nevoie de altceva.'],
  ])('%s: "%s" is no check', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('fail');
  });

  it('a request for details beside it is no check', () => {
    const body = "I'm so sorry. I've attached the photo our sander took on Tuesday. Could you send me a close-up of the patch, and let me know whether anything has been put on it since?";
    expect(verdicts('en', body, 'There is a pale, blotchy patch on the floor you oiled. I am really upset.').satisfaction_check).not.toBe('pass');
  });
});

describe('the closing before a P.S.', () => {
  it('the question before the sign-off stays the closing check when a P.S. follows', () => {
    const text = [
      'Gentile signora Ferri,',
      'Le ho già riservato un appuntamento in negozio per martedì 16 marzo alle 15:30.',
      'Le sembra una proposta ragionevole?',
      'Cordiali saluti,\nGiulio Moretti',
      'P.S. Mi scusi se le rispondo solo oggi: la settimana scorsa ero in fiera.',
    ].join('\n\n');
    const out = scoreReply({ text, quoted: 'Vorrei far valutare la mia collezione di francobolli.', language: 'it' }, rubric);
    expect(out.criteria.satisfaction_check.verdict).toBe('pass');
  });

  // A P.S. under the sign-off is the agent's own closing too: a question
  // there checks ("P.S. Quando la riceve, mi dice se il tono è quello giusto?"),
  // "anything else?" there does not.
  const signed = (ps: string) =>
    [
      'Gentile signor Landi,',
      "mi scusi per l'errore nel colore.",
      'Le ho spedito oggi la coppa ambrata con corriere espresso, senza costi per lei, e arriverà venerdì 12 maggio.',
      'Cordiali saluti,\nFranco Cerretani',
      ps,
    ].join('\n\n');
  const quoted = "Avevo ordinato la coppa in alabastro ambrato e mi è arrivata bianca.";
  it.each([
    ["P.S. Quando la riceve, mi dice se il tono dell'ambra è quello che aveva in mente?"],
    ["P.S. Il tono dell'ambra nuova si accorda con il resto del servizio?"],
  ])('a question in the P.S. that asks about the outcome checks it: %s', (ps) => {
    expect(scoreReply({ text: signed(ps), quoted, language: 'it' }, rubric).criteria.satisfaction_check.verdict).toBe('pass');
  });

  it('"anything else?" in the P.S. is no check', () => {
    expect(scoreReply({ text: signed("P.S. C'è altro che posso fare per lei?"), quoted, language: 'it' }, rubric).criteria.satisfaction_check.verdict).toBe('fail');
  });

  it('without a P.S., a question far above the sign-off is still no closing check', () => {
    const body = 'Le sembra una proposta ragionevole?\n\nLe ho già riservato un appuntamento per martedì 16 marzo alle 15:30.\n\nIl negozio è in via Po 21.';
    expect(verdicts('it', body, 'Vorrei far valutare la mia collezione.').satisfaction_check).toBe('fail');
  });
});

describe('holding replies', () => {
  it('a call to come "with what I find" puts the answer off', () => {
    const body = "I'm sorry, I can see the Saturday deadline makes it stressful. Let me check the driver's notes; I'll ring you before 11 am today with what I find.";
    expect(verdicts('en', body, 'The tank overflowed again after you emptied it. We have a deadline on Saturday.').satisfaction_check).toBe('na');
  });

  it('"dass Sie nervös werden" is no future of ours', () => {
    const body = 'Entschuldigen Sie die Verzögerung, und ich verstehe, dass Sie mit dem Turnier am 20. nervös werden. Ich kläre morgen früh mit der Stickerei, wann die Decke fertig ist, und rufe Sie morgen bis 11 Uhr an.';
    expect(verdicts('de', body, 'Wo bleibt meine Pferdedecke? Das Turnier ist am 20.!').satisfaction_check).toBe('na');
  });
});

describe('a check that closes its own point, mid-reply', () => {
  it.each([
    ['es', 'Te entrego las primeras piezas el lunes a las 7:30 y el resto el miércoles. ¿Te da tiempo con eso a cumplir con el promotor?\n\nSobre la factura: ya te he abonado los 120 €.\n\n¿Algo más en lo que te pueda ayudar?'],
    ['it', 'Le consegno le prime lastre lunedì alle 7:30 e il resto entro mercoledì. Le sembra un orario che vi lascia lavorare?\n\nPer la fattura, le ho già emesso la nota di credito.\n\nC’è altro che posso fare?'],
  ])('%s: checks the answer, so the closing "anything else?" does not fail it', (lang, body) => {
    expect(verdicts(lang, body, 'Le lastre sono in ritardo e la fattura è sbagliata.').satisfaction_check).toBe('pass');
  });

  it('a question that diagnoses mid-reply is no check', () => {
    const body = "I've refunded the £40 to your card today. Did you get the confirmation email?\n\nThe new strap ships tomorrow.\n\nAnything else I can help with?";
    expect(verdicts('en', body, 'The strap broke and I was charged twice.').satisfaction_check).toBe('fail');
  });
});

describe('a short thanks mid-reply is no sign-off', () => {
  it('"Thanks!" in the body does not end the reply for the closing check', () => {
    const body = "Got your photos. Thanks! I've sent a new hinge by courier today; it arrives on Friday.\n\nDoes that work for you?";
    expect(verdicts('en', body, 'The hinge on the door snapped.').satisfaction_check).toBe('pass');
  });
});

describe('the request in colloquial words', () => {
  it.each([
    ['it', "Tieni premuto il tasto mode per dieci secondi finché lo schermo lampeggia, poi reimposta l'ora.", 'Fammi un fischio se riparte!'],
    ['it', 'Ho sostituito io il fusibile della centralina stamattina.', 'Mi faccia uno squillo se stasera la caldaia non si accende.'],
    ['ro', 'Ții apăsat butonul mode zece secunde, până clipește ecranul, apoi setezi din nou ora.', 'Zi-mi dacă merge acum.'],
    ['ro', 'V-am schimbat eu siguranța centralei azi-dimineață.', 'Dați-mi de știre dacă diseară pornește.'],
  ])('%s: "%s" then "%s" checks', (lang, answer, request) => {
    expect(verdicts(lang, `${answer}\n\n${request}`).satisfaction_check).toBe('pass');
  });
});
