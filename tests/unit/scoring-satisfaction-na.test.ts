// rubric-guide §5: the satisfaction check applies when the reply gives an
// answer, a solution or a decision. It is not applicable when the reply only
// acknowledges ("I've noted your feedback", "I've received the photos"), only
// asks for what the agent needs to proceed ("mi servirebbe il numero
// d'ordine", "j'aurais besoin de…"), or only holds: it hands the matter on or
// promises a later answer ("a colleague will reply within 48 hours", "ich
// schreibe Ihnen morgen bis 12 Uhr"). An acknowledgement beside a real answer
// does not take the answer away.
import { describe, expect, it } from 'vitest';
import { rubric, verdicts } from '../helpers/reply.js';
import { scoreReply } from '../../src/scoring/score.js';

describe('a pure acknowledgement leaves the satisfaction check not applicable', () => {
  it.each([
    ['en', "Thank you for your message, I've noted your feedback."],
    ['en', "Thank you for the photos, I've received them."],
    ['it', 'Grazie per il suo messaggio, ho preso nota del suo suggerimento.'],
    ['es', 'Gracias por su mensaje, he tomado nota de su sugerencia.'],
    ['pt', 'Obrigado pela sua mensagem, tomei nota da sua sugestão.'],
    ['fr', "Merci pour votre message, j'ai bien noté votre suggestion."],
    ['de', 'Vielen Dank für Ihre Nachricht, ich habe Ihren Vorschlag notiert.'],
    ['ro', 'Vă mulțumesc pentru mesaj, am notat sugestia dumneavoastră.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('na');
  });
});

describe('a statement of what the agent needs to proceed is a request, not an answer', () => {
  it.each([
    ['it', "Per verificare, mi servirebbe il numero d'ordine e una foto del danno."],
    ['ro', 'Pentru a verifica, am nevoie de numărul comenzii și o fotografie a produsului.'],
    ['fr', "Pour vérifier, j'aurais besoin du numéro de commande et d'une photo du dommage."],
    ['es', 'Para revisarlo necesito el número de pedido y una foto del daño.'],
    ['pt', 'Para verificar, preciso do número da encomenda e de uma fotografia do dano.'],
    ['de', 'Damit ich das prüfen kann, benötige ich die Bestellnummer und ein Foto des Schadens.'],
    ['en', "To look into this I'll need your order number and a photo of the damage."],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body)).toMatchObject({ satisfaction_check: 'na', commitments: 'na' });
  });
});

describe('a holding reply that promises a later answer is not an answer', () => {
  it.each([
    ['es', 'Hemos recibido su solicitud. Un compañero le responderá en 48 horas.'],
    ['pt', 'Recebemos o seu pedido. Um colega responder-lhe-á em 48 horas.'],
    ['de', 'Wir haben Ihre Anfrage erhalten. Ein Kollege antwortet Ihnen innerhalb von 48 Stunden.'],
    ['de', 'Ich kläre das mit dem Lager und schreibe Ihnen morgen bis 12 Uhr.'],
    ['de', 'Entschuldigen Sie die Unannehmlichkeiten. Ich prüfe das mit dem Lager und antworte Ihnen morgen bis 12 Uhr.'],
    ['en', "Thank you for your email. We have received your request and a colleague will reply within 48 hours."],
    ['it', 'Abbiamo ricevuto la sua richiesta. Un collega le risponderà entro 48 ore.'],
    ['ro', 'Am primit solicitarea dumneavoastră. Un coleg vă va răspunde în 48 de ore.'],
    ['fr', 'Nous avons bien reçu votre demande. Un collègue vous répondra sous 48 heures.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('na');
  });
});

describe('an acknowledgement beside a real answer still owes the check', () => {
  it.each([
    ['en', "I've refunded the £20 fee today and noted your feedback for the team."],
    ['it', "Le ho rimborsato oggi i 20 euro e ho preso nota del suo suggerimento."],
    ['es', 'Le he reembolsado hoy los 20 euros y he tomado nota de su sugerencia.'],
    ['en', "I've noted the new address on your account."],
    ['it', 'Ho preso nota del nuovo indirizzo sul suo account.'],
    ['es', 'He tomado nota de la nueva dirección en su cuenta.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('fail');
  });
});

describe('thanks for praise is no answer and no complaint', () => {
  it.each([
    ['en', 'Thank you so much for your kind words! I will pass them on to the team.'],
    ['it', 'Grazie mille per le belle parole! Le girerò al team.'],
    ['fr', "Merci beaucoup pour vos gentils mots ! Je les transmets à l'équipe."],
    ['de', 'Vielen Dank für Ihre netten Worte! Ich gebe sie an das Team weiter.'],
    ['es', '¡Muchas gracias por sus palabras! Se las transmitiré al equipo.'],
    ['pt', 'Muito obrigado pelas suas palavras! Vou transmiti-las à equipa.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body)).toMatchObject({ apology: 'na', empathy: 'na', satisfaction_check: 'na' });
  });
});

describe('a promise of news by a time puts the answer off', () => {
  it.each([
    ['es', 'Estoy revisándolo con el almacén. Le informo antes de las 15 h.'],
    ['fr', "Je vérifie auprès de l'entrepôt. Je vous fais un point avant 15 h."],
    ['de', 'Ich prüfe das mit dem Lager. Ich gebe Ihnen bis 15 Uhr ein Update.'],
    ['pt', 'Estou a verificar com o armazém. Dou-lhe notícias até às 15h.'],
    ['ro', 'Verific cu depozitul. Vă anunț până la ora 15.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body)).toMatchObject({ commitments: 'pass', satisfaction_check: 'na' });
  });
});

describe('an offer to help beside a request for details answers nothing yet', () => {
  it.each([
    ['en', 'I apologize for the inconvenience. I will be glad to assist you. Can you DM me your name and account number?'],
    ['it', 'Mi scuso per il disagio. Sarò felice di aiutarla: può inviarmi il numero del contratto?'],
    ['es', 'Disculpe las molestias. Estaré encantado de ayudarle. ¿Puede enviarme su número de cliente?'],
    ['de', 'Entschuldigen Sie die Umstände. Ich helfe Ihnen gerne weiter. Können Sie mir Ihre Kundennummer schicken?'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('na');
  });
});

describe('moving the conversation to private messages is a request, not an answer', () => {
  it.each([
    'Sorry to read that. Please check your DMs for assistance.',
    'Please follow and DM your confirmation number.',
    "I'm really sorry to hear that. Please DM your tracking # so we can look into that for you.",
    'Send us a DM with your account name and we will take a look.',
    'Select the following link to join us in a DM and we can go from there.',
    'We apologize for the inconvenience. If you need additional help please let us know.',
    'Please meet me back in DM. We will work on this together.',
    "I'll do my best to help, Andrew. Send us a DM with more details about what happened.",
    'What happened to cause your frustration? Tell me more about your situation.',
    'Hi Fazal. Please click here to send your account type and country.',
  ])('en: %s', (body) => {
    expect(verdicts('en', body).satisfaction_check).toBe('na');
  });

  it('an answer beside the DM request still owes the check', () => {
    expect(verdicts('en', "I've refunded the order today. Please check your DMs for the confirmation.").satisfaction_check).toBe('fail');
  });
});

describe('asking to move to private messages, in every language, is a request', () => {
  it.each([
    ['en', "Well, we'd be happy to take a look at that. DM us, we're here to keep you connected."],
    ['en', 'Please go to the link, log in and select code 10307 and we will continue our conversation there.'],
    ['es', 'Lamentamos el inconveniente. Por favor revisa tus mensajes directos para asistencia.'],
    ['es', 'Por favor síguenos en Twitter para brindarte asistencia por mensajes directos.'],
    ['fr', 'Désolés pour ce souci. Envoyez-nous un message privé avec votre numéro de client.'],
    ['de', 'Das tut uns leid. Schreiben Sie uns bitte eine Direktnachricht mit Ihrer Kundennummer.'],
    ['it', 'Ci dispiace. Scrivici in privato con il numero del tuo ordine.'],
    ['pt', 'Lamentamos. Envie-nos uma mensagem privada com o número da encomenda.'],
    ['ro', 'Ne pare rău. Trimiteți-ne un mesaj privat cu numărul comenzii.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('na');
  });
});

describe('a file under review and an answer to come is a holding reply, in every language', () => {
  it.each([
    ['fr', "Nous accusons réception de votre message. Votre dossier est en cours d'examen par la commission. Vous recevrez une réponse dans les meilleurs délais."],
    ['ro', 'Dosarul dumneavoastră se află în analiză la departamentul de daune și veți primi un răspuns în cel mai scurt timp.'],
    ['pt', 'Pedimos desculpas pela demora. Nossa equipe técnica está priorizando seu caso e retornará em breve.'],
    ['es', 'Su solicitud está en proceso de revisión y recibirá una respuesta por correo.'],
    ['it', 'La sua pratica è in fase di verifica e riceverà una risposta via email.'],
    ['de', 'Ihr Antrag wird derzeit geprüft; Sie erhalten eine Antwort per E-Mail.'],
    ['en', "Your claim is currently under review and you'll receive a decision by email."],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('na');
  });

  it("a team's name in a paragraph of its own signs the reply and answers nothing", () => {
    const text = 'Bună ziua,\n\nNe cerem scuze. Revenim cu un telefon cât mai curând pentru o nouă programare.\n\nAtelierul de Mobilă Restaurată';
    expect(scoreReply({ text, quoted: null, language: 'ro' }, rubric).criteria.satisfaction_check.verdict).toBe('na');
  });
});

describe('answering praise, with no customer text, is no answer to check', () => {
  it.each([
    ['it', 'Grazie di cuore per il Suo messaggio. Sapere che Sergio ha sistemato tutto in mezz\'ora fa piacere a tutti noi. Ho girato la Sua mail a lui.'],
    ['fr', "Merci beaucoup pour votre message, ça fait plaisir ! Je l'ai transmis à Sandrine, qui a traité le dossier."],
    ['pt', 'Que bom saber que gostou! Já passei os elogios à Joana, que organizou o jantar todo.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('na');
  });
});

describe('taking charge while waiting on the details answers nothing yet', () => {
  it.each([
    ['de', 'Ich kümmere mich darum. Können Sie mir kurz Ihre Buchungsnummer schicken?'],
    ['fr', "Je m'occupe personnellement de votre dossier. Pourriez-vous m'envoyer deux ou trois photos de la rayure ?"],
    ['en', "I'll take care of it. Could you send me your booking number?"],
    ['es', 'Me encargo yo. ¿Me confirmas el correo con el que hiciste la compra?'],
  ])('%s: %s', (lang, body) => {
    const v = verdicts(lang, body);
    expect(v.satisfaction_check).toBe('na');
    expect(v.ownership).toBe('pass');
  });
});

// Courtesy answers nothing: a hope, a wish for another chance, warmth for the
// customer, or taking the trouble on board ("that doesn't sound right",
// "thanks for bringing this to our attention") beside a request for details.
describe('courtesy and a trouble taken on board answer nothing', () => {
  it.each([
    ['en', "We'd love the chance to turn things around for you! Please DM us so we can help."],
    ['en', "That doesn't sound right. Please tell us more about what happened."],
    ['en', 'Thanks for bringing this to our attention. Please send us the address of the store.'],
    ['en', "We're truly sorry this has been your experience. We hope you'll give us another chance."],
    ['it', 'Speriamo di poterla aiutare meglio. Ci piacerebbe avere la possibilità di rimediare: ci scriva il numero d\'ordine.'],
    ['ro', 'Sperăm să vă putem ajuta. Ne-ar plăcea să avem ocazia să reparăm lucrurile: ne puteți trimite numărul comenzii?'],
    ['es', 'Esperamos que nos dé otra oportunidad. ¿Nos puede enviar el número de pedido?'],
    ['fr', "Nous espérons que vous nous donnerez une chance de nous rattraper. Pouvez-vous nous envoyer le numéro de commande ?"],
    ['de', 'Wir hoffen, dass Sie uns noch eine Chance geben. Können Sie uns die Bestellnummer schicken?'],
    ['pt', 'Esperamos que nos dê outra oportunidade. Pode enviar-nos o número da encomenda?'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, 'Your service has been a letdown, to be honest.').satisfaction_check).toBe('na');
  });
  it.each([
    ['en', "I've refunded the delivery fee today. We hope you'll give us another chance."],
    ['it', 'Le ho rimborsato oggi la spedizione. Speriamo di rivederla presto.'],
    ['de', 'Ich habe Ihnen heute die Versandkosten erstattet. Wir hoffen, Sie bald wieder bei uns zu sehen.'],
  ])('a hope beside a real answer still owes the check (%s)', (lang, body) => {
    expect(verdicts(lang, body).satisfaction_check).toBe('fail');
  });
  it('feedback relayed to a team with nothing decided is a holding reply', () => {
    expect(verdicts('en', "Thanks for letting us know. I'll be sure to relay this to our support team.").satisfaction_check).toBe('na');
  });
});

// What the agent will do once the customer takes a step ("DM us and we'll…"),
// a wish to hand the case to an engineer, waiting on the customer's reply, or
// checking with another team for more: nothing answered yet.
describe('steps that wait on the customer or on another team answer nothing yet', () => {
  it.each([
    ['en', "Please direct message us and we'll inform you of the alternative ways to order this item."],
    ['en', "We'd like an engineer to take a look at this. Can you post to our forums and then send us the link?"],
    ['en', "We're awaiting your response to resolve your issue. Pls provide the same within the next 24 hrs."],
    ['en', "We'd like to share this feedback. Please DM your record locator."],
    ['en', "Unfortunately, we are not able to reproduce it at our end. I'll still be checking with the development team to find out more on this."],
    ['es', 'Por favor síguenos en Twitter: @SoporteTienda para más instrucciones en mensaje directo.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, 'The app crashes every time I open my basket.').satisfaction_check).toBe('na');
  });
  it('an answer given before the offer still owes the check', () => {
    expect(verdicts('en', "I've refunded the delivery fee today. DM us and we'll look at the basket too.", 'The app crashes every time I open my basket.').satisfaction_check).toBe('fail');
  });
});

describe('links, tweet numbering and sign-off tags are no words of an answer', () => {
  it.each([
    ['en', 'Glad you asked! Send a DM my way and I can help in more detail! :) https://t.co/senzStoecA *Hillary'],
    ['en', '1/3 Thanks Ange. Could you send us the coach number?'],
    ['en', "We're sorry about this! What is the store's address and we will forward your feedback."],
    ['en', "We'd like to see if we can help. Please click here to send your account type and country."],
    ['es', '¡Oh, no! Definitivamente esto no debería ser así. Dinos, ¿qué es lo que está pasando?'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, 'The app crashes every time I open my basket.').satisfaction_check).toBe('na');
  });
});

describe('a reply that only asks for what it needs, with a timed step once it comes, gives no answer yet', () => {
  it.each([
    ['en', "Sorry for the confusion over the invoice. Could you send me a photo of the page with the surcharge on it? I'll check it against the job sheet within an hour of getting it."],
    ['de', 'Das tut mir leid. Könnten Sie mir ein Foto von der Bruchstelle schicken? Dann werde ich Ihnen noch heute sagen, ob ich den Absatz neu aufbauen kann.'],
  ])('%s: %s', (lang, text) => expect(scoreReply({ text, quoted: null, language: lang }, rubric).criteria.satisfaction_check.verdict).toBe('na'));
});

it('a step already taken with its date, after a restating question, answers', () => {
  const text = "So the parcel was due on Monday and still hasn't arrived, right? I've moved your delivery to Thursday morning and refunded the postage.";
  expect(scoreReply({ text, quoted: null, language: 'en' }, rubric).criteria.satisfaction_check.verdict).toBe('fail');
});

describe('a call promised to arrange the appointment puts the answer off', () => {
  it.each([
    ['en', "Sorry for the slow reply. I'll call you tomorrow between 9 and 10 to arrange the visit."],
    ['fr', 'Désolé pour le délai de réponse. Je vous appelle demain entre 9 h et 10 h pour fixer le rendez-vous avec vous.'],
    ['it', 'Scusi il ritardo. La chiamo domani mattina per fissare l’appuntamento.'],
    ['es', 'Disculpe la demora. Le llamo mañana por la mañana para fijar la cita.'],
  ])('%s: %s', (lang, text) => expect(scoreReply({ text, quoted: null, language: lang }, rubric).criteria.satisfaction_check.verdict).toBe('na'));
});
