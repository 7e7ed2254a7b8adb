// rubric-guide §5 and §3 on a reply that does not resolve the issue yet: a
// holding reply (receipt, "we're looking into it", "I'll get back to you by
// Friday") or one that hands the matter on ("I've passed this to billing, they
// will contact you") gives no answer, so the satisfaction check is `na`, even
// with a firm time. Forwarding it myself is still an owned action ("Ho già
// inoltrato"); the passive or "we" is not. A reply that both solves something
// and passes a remark on gives an answer, and then needs its check.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
type V = 'pass' | 'fail' | 'na';

function verdicts(language: string, text: string, quoted: string | null) {
  const out = scoreReply({ text, quoted, language }, rubric);
  return `ownership ${out.criteria.ownership.verdict}, satisfaction_check ${out.criteria.satisfaction_check.verdict}`;
}

const COMPLAINT: Record<string, string> = {
  en: 'You charged me a £30 late fee but I paid on time. I want it removed.',
  it: 'Mi avete addebitato 30 euro di penale ma ho pagato in tempo. Voglio che venga tolta.',
  ro: 'Mi-ați aplicat o penalitate de 50 de lei deși am plătit la timp. Vreau să fie anulată.',
  es: 'Me habéis cobrado 30 € de recargo y pagué a tiempo. Quiero que lo anuléis.',
  fr: "Vous m'avez facturé 30 € de frais de retard alors que j'ai payé à temps. Je veux qu'ils soient annulés.",
  de: 'Sie haben mir 30 € Mahngebühr berechnet, obwohl ich pünktlich bezahlt habe. Bitte stornieren Sie das.',
  pt: 'Cobraram-me 30 € de multa por atraso mas paguei a tempo. Quero que a retirem.',
};

// [language, reply, ownership, satisfaction_check]
const HANDED_ON: [string, string, V, V][] = [
  ['en', "Hi Sam,\n\nThanks for getting in touch. I've passed your complaint to our billing team, and they will contact you within two working days.\n\nKind regards,\nJo", 'pass', 'na'],
  ['en', 'Hello,\n\nYour request has been escalated to the accounts department, who will be in touch by Friday.\n\nRegards,\nCustomer Care', 'fail', 'na'],
  ['en', "Hi Mia,\n\nI'm sorry about the fee. I've raised it with my team leader and asked her to review it. I'll ring you by 4pm today to let you know what she decides.\n\nBest,\nTom", 'pass', 'na'],
  ['en', "Hi Ken,\n\nWe're looking into why the fee was applied and we'll get back to you by Friday.\n\nThanks,\nAnna", 'fail', 'na'],
  ['en', "Dear Ms Lowe,\n\nI've asked the accounts team to check when your payment reached us. As soon as they reply I'll email you, at the latest by noon tomorrow.\n\nKind regards,\nPeter", 'pass', 'na'],
  ['it', "Buongiorno Sig. Rossi,\n\nho inoltrato la sua richiesta all'ufficio amministrazione, che la contatterà entro venerdì.\n\nCordiali saluti,\nGiulia", 'pass', 'na'],
  ['it', 'Gentile cliente,\n\nla sua segnalazione è stata passata al reparto competente. Verrà ricontattato al più presto.\n\nCordiali saluti,\nServizio Clienti', 'fail', 'na'],
  ['it', "Ciao Luca,\n\nmi dispiace per il disguido. Ho chiesto all'amministrazione di verificare il pagamento e ti faccio sapere entro domani alle 12.\n\nA presto,\nSara", 'pass', 'na'],
  ['it', 'Buongiorno,\n\nstiamo verificando il pagamento con la banca e le risponderemo entro giovedì.\n\nSaluti,\nMarco', 'fail', 'na'],
  ['ro', 'Bună ziua, domnule Popa,\n\nAm transmis cererea dumneavoastră departamentului de facturare, iar colegii vă vor contacta până vineri.\n\nCu stimă,\nIoana', 'pass', 'na'],
  ['ro', 'Bună ziua,\n\nSesizarea dumneavoastră a fost înregistrată și redirecționată către echipa de facturare. Veți fi contactat în cel mai scurt timp.\n\nCu stimă,\nEchipa Suport', 'fail', 'na'],
  ['ro', 'Bună, Andrei,\n\nÎmi pare rău pentru neplăcere. Am cerut colegilor de la contabilitate să verifice plata și revin cu un răspuns mâine până la ora 12.\n\nO zi bună,\nMihai', 'pass', 'na'],
  ['ro', 'Bună ziua,\n\nVerificăm plata împreună cu banca și vă răspundem până joi.\n\nCu stimă,\nAna', 'fail', 'na'],
  ['es', 'Hola, Carlos:\n\nHe trasladado tu reclamación al departamento de facturación y ellos se pondrán en contacto contigo antes del viernes.\n\nUn saludo,\nLucía', 'pass', 'na'],
  ['es', 'Estimado cliente:\n\nSu solicitud ha sido derivada al área de cobros, que le contactará a la mayor brevedad.\n\nAtentamente,\nAtención al Cliente', 'fail', 'na'],
  ['es', 'Hola, Marta:\n\nSiento el malentendido. He pedido a contabilidad que revise tu pago y te escribo mañana antes de las 12:00 con lo que me digan.\n\nSaludos,\nPablo', 'pass', 'na'],
  ['es', 'Buenas tardes:\n\nEstamos revisando el cargo con el banco y le responderemos el jueves.\n\nSaludos,\nEva', 'fail', 'na'],
  ['fr', "Bonjour Madame Martin,\n\nJ'ai transmis votre demande au service facturation, qui vous contactera d'ici vendredi.\n\nCordialement,\nClaire", 'pass', 'na'],
  ['fr', 'Bonjour,\n\nVotre réclamation a été transmise au service comptabilité. Un conseiller reviendra vers vous rapidement.\n\nCordialement,\nLe service client', 'fail', 'na'],
  ['fr', "Bonjour Paul,\n\nDésolée pour ce contretemps. J'ai demandé à la comptabilité de vérifier votre paiement et je reviens vers vous demain avant midi.\n\nBonne journée,\nJulie", 'pass', 'na'],
  ['fr', 'Bonjour,\n\nNous analysons actuellement le prélèvement avec notre banque et nous vous répondrons jeudi.\n\nCordialement,\nMarc', 'fail', 'na'],
  ['de', 'Guten Tag Herr Becker,\n\nich habe Ihre Anfrage an unsere Buchhaltung weitergeleitet, die sich bis Freitag bei Ihnen meldet.\n\nMit freundlichen Grüßen\nSabine', 'pass', 'na'],
  ['de', 'Sehr geehrte Kundin,\n\nIhre Reklamation wurde an die Fachabteilung weitergegeben. Sie erhalten so schnell wie möglich eine Rückmeldung.\n\nMit freundlichen Grüßen\nIhr Kundenservice', 'fail', 'na'],
  ['de', 'Hallo Jonas,\n\ntut mir leid wegen der Gebühr. Ich habe die Buchhaltung gebeten, deine Zahlung zu prüfen, und melde mich morgen bis 12 Uhr bei dir.\n\nViele Grüße\nTim', 'pass', 'na'],
  ['de', 'Guten Tag,\n\nwir prüfen die Abbuchung gerade mit unserer Bank und antworten Ihnen bis Donnerstag.\n\nFreundliche Grüße\nKatrin', 'fail', 'na'],
  ['pt', 'Olá, Sr. Costa,\n\nEncaminhei o seu pedido para o departamento de faturação, que o irá contactar até sexta-feira.\n\nCumprimentos,\nRita', 'pass', 'na'],
  ['pt', 'Prezado cliente,\n\nSua solicitação foi encaminhada para a área de cobrança, que entrará em contato em breve.\n\nAtenciosamente,\nCentral de Atendimento', 'fail', 'na'],
  ['pt', 'Olá, Bruno,\n\nDesculpa pelo incómodo. Pedi à contabilidade que verificasse o teu pagamento e dou-te notícias amanhã até às 12h.\n\nAbraço,\nJoão', 'pass', 'na'],
  ['pt', 'Boa tarde,\n\nEstamos a verificar a cobrança com o banco e responderemos até quinta-feira.\n\nCumprimentos,\nAna', 'fail', 'na'],
];

// Something is solved (or the customer is told where the answer is), and a
// remark is passed on besides: an answer, so the missing check fails.
const SOLVED_AND_PASSED_ON: [string, string, V, V][] = [
  ['en', "Hi Sam,\n\nI've refunded the £30 to your card today; it should show within 3 working days. I've also passed your comments on to the billing manager.\n\nBest,\nJo", 'pass', 'fail'],
  ['it', "Buongiorno Sig.ra Neri,\n\nho annullato la penale di 30 euro: la vedrà stornata entro tre giorni lavorativi. Ho anche segnalato l'accaduto al responsabile dell'amministrazione.\n\nCordiali saluti,\nPaolo", 'pass', 'fail'],
  ['ro', 'Bună ziua, doamna Stan,\n\nAm anulat penalitatea de 50 de lei, iar suma va apărea în cont în 3 zile lucrătoare. Am transmis și observațiile dumneavoastră șefului de departament.\n\nCu stimă,\nElena', 'pass', 'fail'],
  ['es', 'Hola, Sofía:\n\nHe anulado el recargo de 30 € y verás el reembolso en tu tarjeta en 3 días hábiles. También he trasladado tu queja a la responsable de cobros.\n\nUn saludo,\nJavier', 'pass', 'fail'],
  ['fr', "Bonjour Madame Petit,\n\nJ'ai annulé les frais de 30 € : le remboursement apparaîtra sur votre compte sous 3 jours ouvrés. J'ai aussi transmis votre remarque à la responsable de la facturation.\n\nCordialement,\nHugo", 'pass', 'fail'],
  ['de', 'Guten Tag Frau Wolf,\n\nich habe die Gebühr von 30 € storniert; der Betrag ist in 3 Werktagen wieder auf Ihrem Konto. Ihre Anmerkung habe ich außerdem an die Leitung der Buchhaltung weitergegeben.\n\nFreundliche Grüße\nJan', 'pass', 'fail'],
  ['pt', 'Olá, Sra. Lima,\n\nCancelei a multa de 30 € e o valor volta ao seu cartão em 3 dias úteis. Também passei a sua observação à responsável da faturação.\n\nCumprimentos,\nPedro', 'pass', 'fail'],
];

describe('a reply that hands the matter on or asks the customer to wait gives no answer yet', () => {
  it.each(HANDED_ON)('%s: %j', (lang, text, own, sat) => {
    expect(verdicts(lang, text, COMPLAINT[lang])).toBe(`ownership ${own}, satisfaction_check ${sat}`);
  });
});

describe('a reply that solves something and also passes a remark on gives an answer', () => {
  it.each(SOLVED_AND_PASSED_ON)('%s: %j', (lang, text, own, sat) => {
    expect(verdicts(lang, text, COMPLAINT[lang])).toBe(`ownership ${own}, satisfaction_check ${sat}`);
  });
});

// A receipt with a reference number and the usual response time is still a
// holding reply: the reference and the timing are not an answer to the problem.
const RECEIPT: [string, string][] = [
  ['en', 'Dear customer,\n\nThank you for your email. Your case reference is CR-20931. Our billing team normally responds within 2 working days.\n\nKind regards,\nCustomer Services'],
  ['it', 'Gentile cliente,\n\ngrazie per averci scritto. Il numero della sua pratica è 48213. Di solito il nostro ufficio risponde entro due giorni lavorativi.\n\nCordiali saluti,\nServizio Clienti'],
  ['ro', 'Stimate client,\n\nVă mulțumim pentru mesaj. Numărul sesizării dumneavoastră este 77120. De obicei, colegii noștri răspund în maximum 2 zile lucrătoare.\n\nCu stimă,\nServiciul Clienți'],
  ['es', 'Estimado cliente:\n\nGracias por escribirnos. El número de su incidencia es 55012. Normalmente nuestro equipo responde en un plazo de 2 días hábiles.\n\nAtentamente,\nAtención al Cliente'],
  ['fr', 'Madame, Monsieur,\n\nMerci pour votre message. Le numéro de votre dossier est le 66210. Notre service répond généralement sous 48 heures.\n\nCordialement,\nLe service client'],
  ['de', 'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nvielen Dank für Ihre Nachricht. Ihre Vorgangsnummer lautet 99310. In der Regel antworten wir innerhalb von zwei Werktagen.\n\nMit freundlichen Grüßen\nIhr Kundenservice'],
  ['pt', 'Caro cliente,\n\nObrigado pelo seu contacto. O número do seu processo é 31207. Normalmente a nossa equipa responde no prazo de 2 dias úteis.\n\nCumprimentos,\nApoio ao Cliente'],
];

describe('a receipt with a reference number and the usual response time gives no answer', () => {
  it.each(RECEIPT)('%s: %j', (lang, text) => {
    expect(verdicts(lang, text, COMPLAINT[lang])).toBe('ownership fail, satisfaction_check na');
  });
});

// Promising that someone else will surely agree ("I'm sure my manager will
// approve it") is not a pending decision: it tells the customer the outcome,
// an over-promise that commitments fails, and the customer is owed the check.
const ASSURED_OUTCOME: [string, string][] = [
  ['en', "Hi Sam,\n\nI'm taking this to my manager today and I'm confident she'll waive the fee, given your payment history. I'll confirm by email afterwards.\n\nBest,\nJo"],
  ['it', "Ciao Luca,\n\nne parlo oggi con il mio responsabile e sono certa che approverà lo storno della penale. Ti confermo tutto per email.\n\nA presto,\nSara"],
  ['de', 'Hallo Herr Wolf,\n\nich bespreche das heute mit meinem Teamleiter und bin mir sicher, dass er die Gebühr erlässt. Ich melde mich danach per E-Mail.\n\nViele Grüße\nTom'],
];

describe("a reply that says another person will surely agree gives an answer that needs its check", () => {
  it.each(ASSURED_OUTCOME)('%s: %j', (lang, text) => {
    const out = scoreReply({ text, quoted: COMPLAINT[lang], language: lang }, rubric);
    expect([out.criteria.commitments.verdict, out.criteria.satisfaction_check.verdict]).toEqual(['fail', 'fail']);
  });
});
