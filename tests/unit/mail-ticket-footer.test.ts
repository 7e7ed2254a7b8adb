// A help desk's footer under the reply: the company with its postal address,
// then why the customer gets this mail ("you opened a ticket") and a request
// not to change the subject line. It is not what the agent wrote and is cut,
// in every language; a sentence of the reply about the mail or its subject stays.
import { describe, expect, it } from 'vitest';
import { isolateReply } from '../../src/mail/isolate.js';

const isolate = (text: string) => isolateReply({ text, html: null, from: { name: 'Help Desk', email: 'help@example.org' } }).text;

// [language, reply, company line, notice]
const FOOTERS: [string, string, string, string][] = [
  ['en', 'Hi Sam,\n\nYour meter reading is now on your account.\n\nKind regards,\nNorthfield Customer Care',
    'Northfield Energy Ltd · 14 Harbour Road, Bristol BS1 5TT',
    'You are receiving this email because you contacted Northfield Energy. Please do not change the subject line when you reply.'],
  ['it', 'Buongiorno,\n\nil reso è stato accettato.\n\nCordiali saluti,\nGiulia',
    'Casa Serena S.r.l. · Via Garibaldi 14, 10122 Torino',
    "Riceve questa email perché ha aperto una richiesta di assistenza. La preghiamo di non modificare l'oggetto della mail quando risponde."],
  ['ro', 'Bună ziua,\n\nfactura corectată v-a fost trimisă.\n\nCu stimă,\nIoana',
    'Electro Sud SRL · Str. Lalelelor 5, 400000 Cluj-Napoca',
    'Primiți acest e-mail deoarece ați deschis o solicitare. Vă rugăm să nu modificați subiectul când răspundeți.'],
  ['es', 'Hola, Lucía:\n\nYa tienes el abono en tu cuenta.\n\nUn saludo,\nJorge',
    'Hogar Luz S.L. · C/ Mayor 5, 28013 Madrid',
    'Recibes este correo porque abriste una incidencia con nosotros. Por favor, no cambies el asunto al responder.'],
  ['fr', 'Bonjour,\n\nVotre colis repart demain.\n\nCordialement,\nÉmilie',
    'Maisons Lumière SAS · 12 rue des Lilas, 69003 Lyon',
    "Vous recevez cet e-mail car vous avez ouvert une demande auprès de notre service. Merci de ne pas modifier l'objet du message en répondant."],
  ['de', 'Guten Tag,\n\ndie Gutschrift ist gebucht.\n\nViele Grüße\nLena',
    'Stadtwerke Emsland GmbH · Hafenstraße 3, 49716 Meppen',
    'Sie erhalten diese E-Mail, weil Sie eine Anfrage an uns gestellt haben. Bitte ändern Sie den Betreff nicht, wenn Sie antworten.'],
  ['pt', 'Bom dia,\n\nO reembolso já foi processado.\n\nCumprimentos,\nRenata',
    'Águas Norte, S.A. · Rua das Flores 20, 4050-262 Porto',
    'Está a receber este e-mail porque abriu um pedido de apoio. Por favor, não altere o assunto ao responder.'],
];

describe('a help-desk footer under the reply is cut', () => {
  it.each(FOOTERS)('%s: company line and notice', (_lang, reply, company, notice) => {
    expect(isolate(`${reply}\n\n${company}\n${notice}`)).toBe(reply);
  });

  it.each(FOOTERS)('%s: the notice alone', (_lang, reply, _company, notice) => {
    expect(isolate(`${reply}\n\n${notice}`)).toBe(reply);
  });
});

describe('near misses: the reply\'s own sentences about the mail stay', () => {
  it.each([
    'I am sending you this email because your parcel came back to us.',
    'Please put your order number in the subject line when you reply.',
    'Te escribo este correo porque el paquete ha vuelto al almacén.',
    "Le scrivo questa email perché il pacco ci è tornato indietro.",
  ])('%s', (sentence) => {
    const reply = `Hi,\n\nThe address on the label was incomplete.\n\n${sentence}`;
    expect(isolate(reply)).toBe(reply);
  });
});
