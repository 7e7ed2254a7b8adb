// rubric-guide §5 on a holding reply: one that does not resolve anything yet
// ("I've asked the courier for an update and I'll email you by 5pm tomorrow")
// needs no satisfaction check (na), even when it also says how busy we are
// ("we are receiving a high number of enquiries", "derzeit erreichen uns sehr
// viele Anfragen"), that the message was received or logged with a number, or
// thanks the customer for their patience: those lines are the status of the
// holding reply, not an answer. A reply that also solves something (a refund
// issued, a parcel sent) gives an answer and then needs its check (hard
// negatives below).
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';
import { verdicts } from '../helpers/reply.js';

const rubric = loadRubric();
const CUSTOMER = 'My order still has not arrived and I am getting worried.';

// [language, reply, satisfaction_check]
const CASES: [string, string, 'na' | 'fail'][] = [
  ["en","Hi Ann,\n\nThank you for your patience while we look into this. We are receiving a high number of enquiries at the moment. I've asked the courier for an update and I'll email you by 5pm tomorrow.\n\nBest,\nJo","na"],
  ["en","Hi Ann,\n\nThanks for reaching out, and I hope you're having a good week. Your ticket has been logged with reference 55120. I'll get back to you by Thursday.\n\nBest,\nJo","na"],
  ["en","Hi Ann,\n\nWe have received your email. Our returns team handles requests in the order they arrive. We'll update you by Friday.\n\nBest,\nJo","na"],
  ["it","Buongiorno Anna,\n\ngrazie per la pazienza. In questi giorni riceviamo molte richieste. Ho chiesto un aggiornamento al corriere e le scrivo entro domani alle 17.\n\nCordiali saluti,\nGiulia","na"],
  ["it","Ciao Luca,\n\nabbiamo ricevuto la tua email. La tua pratica è stata registrata con il numero 55120. Ti faccio sapere entro giovedì.\n\nA presto,\nSara","na"],
  ["ro","Bună ziua,\n\nVă mulțumim pentru răbdare. În această perioadă primim foarte multe solicitări. Am cerut curierului o actualizare și revin cu un răspuns mâine până la ora 17.\n\nCu stimă,\nIoana","na"],
  ["ro","Bună ziua,\n\nAm primit mesajul dumneavoastră. Solicitarea a fost înregistrată cu numărul 55120. Vă răspund până joi.\n\nCu stimă,\nIoana","na"],
  ["es","Hola, Ana:\n\nGracias por tu paciencia. Estos días estamos recibiendo muchas consultas. He pedido una actualización a la mensajería y te escribo mañana antes de las 17:00.\n\nUn saludo,\nLucía","na"],
  ["es","Hola, Ana:\n\nHemos recibido tu correo. Tu incidencia ha quedado registrada con el número 55120. Te respondo antes del jueves.\n\nUn saludo,\nLucía","na"],
  ["fr","Bonjour Madame,\n\nMerci pour votre patience. Nous recevons actuellement un grand nombre de demandes. J'ai demandé un point au transporteur et je reviens vers vous demain avant 17 h.\n\nCordialement,\nClaire","na"],
  ["fr","Bonjour Madame,\n\nNous avons bien reçu votre message. Votre demande a été enregistrée sous le numéro 55120. Je vous réponds d'ici jeudi.\n\nCordialement,\nClaire","na"],
  ["de","Guten Tag Frau Becker,\n\nvielen Dank für Ihre Geduld. Derzeit erreichen uns sehr viele Anfragen. Ich habe beim Versanddienst nachgefragt und melde mich morgen bis 17 Uhr bei Ihnen.\n\nMit freundlichen Grüßen\nSabine","na"],
  ["de","Guten Tag Frau Becker,\n\nwir haben Ihre Nachricht erhalten. Ihre Anfrage ist unter der Nummer 55120 erfasst. Ich melde mich bis Donnerstag bei Ihnen.\n\nMit freundlichen Grüßen\nSabine","na"],
  ["pt","Olá, Sra. Costa,\n\nObrigada pela sua paciência. Estamos a receber muitos pedidos neste momento. Pedi uma atualização à transportadora e respondo-lhe amanhã até às 17h.\n\nCumprimentos,\nRita","na"],
  ["pt","Olá, Sra. Costa,\n\nRecebemos o seu e-mail. O seu pedido ficou registado com o número 55120. Dou-lhe notícias até quinta-feira.\n\nCumprimentos,\nRita","na"],
  ["en","Hi Ann,\n\nWe are receiving a high number of enquiries at the moment, so thank you for waiting. I have refunded the delivery charge today and the new parcel leaves our warehouse tomorrow.\n\nBest,\nJo","fail"],
  ["it","Buongiorno Anna,\n\nin questi giorni riceviamo molte richieste, grazie per l'attesa. Le ho rimborsato oggi le spese di spedizione e il nuovo pacco parte domani.\n\nCordiali saluti,\nGiulia","fail"],
  ["ro","Bună ziua,\n\nÎn această perioadă primim foarte multe solicitări, vă mulțumim pentru răbdare. V-am rambursat astăzi taxa de livrare, iar coletul nou pleacă mâine.\n\nCu stimă,\nIoana","fail"],
  ["es","Hola, Ana:\n\nEstos días estamos recibiendo muchas consultas, gracias por esperar. Te he devuelto hoy los gastos de envío y el paquete nuevo sale mañana.\n\nUn saludo,\nLucía","fail"],
  ["fr","Bonjour Madame,\n\nNous recevons actuellement un grand nombre de demandes, merci de votre patience. Je vous ai remboursé aujourd'hui les frais de port et le nouveau colis part demain.\n\nCordialement,\nClaire","fail"],
  ["de","Guten Tag Frau Becker,\n\nderzeit erreichen uns sehr viele Anfragen, danke für Ihre Geduld. Ich habe Ihnen heute die Versandkosten erstattet und das neue Paket geht morgen raus.\n\nMit freundlichen Grüßen\nSabine","fail"],
  ["pt","Olá, Sra. Costa,\n\nEstamos a receber muitos pedidos neste momento, obrigada pela paciência. Reembolsei-lhe hoje os portes e a nova encomenda sai amanhã.\n\nCumprimentos,\nRita","fail"],
];

describe('status and courtesy lines in a holding reply are not an answer to check', () => {
  for (const [lang, text, want] of CASES) {
    it(`${lang} ${want}: ${text.split('\n')[2].slice(0, 70)}`, () => {
      const out = scoreReply({ text, quoted: CUSTOMER, language: lang }, rubric);
      expect(out.criteria.satisfaction_check.verdict).toBe(want);
    });
  }
});

describe('looping a team in', () => {
  it('en: "I am looping our expert team to help answer your question" is a hand-on, so no check is owed', () => {
    expect(verdicts('en', 'I am looping our expert team to help answer your question. Thanks!', 'The app is still broken after the update.').satisfaction_check).toBe('na');
  });
});

describe('a formal answer promised for later', () => {
  it.each([
    ['it', "Il Suo reclamo è stato protocollato e trasmesso all'Ufficio Fatturazione, che Le invierà una risposta scritta motivata entro 30 giorni lavorativi.", 'La bolletta di 389 euro è sbagliata.'],
    ['en', "I will send you the Council's written Stage 1 response by Friday 23 June.", 'The summons is wrong, I paid every month.'],
  ])('%s: a dated promise of the response puts the answer off (no check owed)', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).satisfaction_check).toBe('na');
  });
});

describe('a case taken on, with no answer yet', () => {
  it('en: "I am the officer investigating it", a dated response to come and an invitation to send statements: no check owed', () => {
    const body = "Your complaint has been registered at Stage 1 of our complaints procedure.\n\nI am the officer investigating it. I will send you our written Stage 1 response by Friday 23 June. If it would help, you can send copies of your bank statements to this address.";
    expect(verdicts('en', body, 'I have paid every month and still got a court summons.').satisfaction_check).toBe('na');
  });

  it('fr: "J\'instruis personnellement votre dossier" and the formal closing formula answer nothing', () => {
    const text = "Monsieur,\n\nJe vous prie de nous excuser pour ce retard. Votre réclamation est enregistrée sous la référence RCL-5127.\n\nJ'instruis personnellement votre dossier. Je vous adresserai une réponse écrite avant le 9 août.\n\nVeuillez agréer, Monsieur, mes salutations distinguées.\n\nSandrine Lafitte";
    const r = scoreReply({ text, quoted: "Je n'ai toujours rien reçu de votre caisse.", language: 'fr' }, rubric);
    expect(r.criteria.satisfaction_check.verdict).toBe('na');
  });
});
