// rubric-guide §3: the first person singular owns an action; "we", passive and deflection do not.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const ownership = (language: string, text: string) => scoreReply({ text, quoted: null, language }, rubric).criteria.ownership;
const verdict = (language: string, text: string) => ownership(language, text).verdict;

describe('a first-person-singular action passes', () => {
  it.each([
    ['en', "I've re-sent the invoice to your new address."],
    ['en', 'Let me check the delivery slot for you.'],
    ['en', 'I will call the warehouse this afternoon.'],
    ['it', 'Ho verificato il suo ordine e ho già rimborsato la spedizione.'],
    ['it', 'Verificherò con il magazzino entro stasera.'],
    ['it', 'Le mando subito la nuova fattura.'],
    ['ro', 'Voi verifica personal comanda până mâine.'],
    ['ro', 'Vă trimit factura corectată astăzi.'],
    ['es', 'He revisado su pedido y le envío hoy la factura.'],
    ['es', 'Llamé al almacén esta mañana.'],
    ['fr', "J'ai vérifié votre commande ce matin."],
    ['fr', 'Je vous envoie la facture corrigée aujourd’hui.'],
    ['de', 'Ich habe Ihre Bestellung geprüft und die Rechnung korrigiert.'],
    ['de', 'Die korrigierte Rechnung schicke ich Ihnen heute.'],
    ['pt', 'Verifiquei a sua encomenda e já enviei a fatura corrigida.'],
    ['pt', 'Vou tratar disto pessoalmente.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));
});

describe('"we", the team and the passive do not own anything', () => {
  it.each([
    ['en', 'We have refunded the charge and our team will follow up.'],
    ['en', 'Your request has been forwarded to the billing department.'],
    ['it', 'Abbiamo verificato l’ordine e il rimborso è stato disposto.'],
    ['ro', 'Echipa noastră a verificat comanda, iar banii au fost returnați.'],
    ['es', 'Hemos revisado su pedido y le enviaremos la factura.'],
    ['fr', 'Nous avons vérifié votre commande.'],
    ['de', 'Wir haben Ihre Bestellung geprüft.'],
    ['pt', 'Verificámos a sua encomenda e enviámos a fatura.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('fail'));

  it('says in the feedback that "I" is missing, not only "we"', () => {
    expect(ownership('en', 'We have refunded the charge.').feedback).toMatch(/"I"/);
  });

  it('feelings and advice in the first person are not actions', () => {
    expect(verdict('en', 'I understand how annoying this is. I would advise you to open a claim with the courier.')).toBe('fail');
    expect(verdict('en', 'If there is anything I can help with, just let me know.')).toBe('fail');
  });
});

describe('Romanian "am + participle" is "I" or "we"', () => {
  it('reads as "I" in a reply that speaks in the first person singular', () => {
    expect(verdict('ro', 'Îmi pare rău pentru întârziere. Am verificat comanda și am trimis coletul azi.')).toBe('pass');
    expect(verdict('ro', 'Am verificat comanda și v-am trimis factura.')).toBe('pass');
  });

  it('reads as "we" with "noi" or in a reply that speaks only as "we"', () => {
    expect(verdict('ro', 'Noi am verificat comanda.')).toBe('fail');
    expect(verdict('ro', 'Am verificat comanda și vă vom trimite factura; vă contactăm mâine.')).toBe('fail');
  });
});

describe('deflection fails ownership even beside an "I" action', () => {
  it.each([
    ['en', "I've checked your account, but company policy says refunds take 30 days."],
    ['en', "I've looked into it: the delay is outside our control, it's the courier."],
    ['it', 'Ho controllato, ma la questione non è di mia competenza.'],
    ['ro', 'Am verificat, dar nu e vina noastră, ci a curierului.'],
    ['es', 'He revisado su caso, pero no depende de nosotros.'],
    ['fr', "J'ai vérifié, mais ce n'est pas de notre ressort."],
    ['de', 'Ich habe nachgesehen, aber das liegt nicht in unserem Verantwortungsbereich.'],
    ['pt', 'Verifiquei, mas não é da nossa responsabilidade.'],
  ])('%s: %s', (lang, text) => {
    const r = ownership(lang, text);
    expect(r.verdict).toBe('fail');
    expect(r.evidence.some((e) => e.signal === 'deflection')).toBe(true);
  });
});

describe('Italian first person with an emphatic "io"', () => {
  it.each(['Provvedo io a sostituire il prodotto.', 'Controllo io stessa con il magazzino.', 'Ci penso io.'])('%s', (text) => {
    expect(verdict('it', text)).toBe('pass');
  });
});

describe('deflection beside an "I" action fails, in every language', () => {
  const o = (lang: string, text: string) => scoreReply({ text, quoted: null, language: lang }, loadRubric()).criteria.ownership.verdict;
  it.each([
    ['en', "I've checked the parcel history: the driver left it at the depot, so it's the carrier's fault."],
    ['en', "I've updated your plan. We have had a huge number of emails this month, hence the wait."],
    ['it', 'Ho verificato la spedizione: è un errore del vettore, non dipende da noi.'],
    ['ro', 'Am verificat comanda, dar nu ține de departamentul meu schimbarea tarifului.'],
    ['es', 'He revisado el envío; el error no fue nuestro, sino de la agencia.'],
    ['fr', "J'ai regardé votre dossier, mais les remboursements ne relèvent pas de mon service."],
    ['de', 'Ich habe nachgesehen, aber für Rückerstattungen bin ich nicht zuständig.'],
    ['pt', 'Já verifiquei a encomenda, mas a culpa foi dos correios.'],
  ])('%s: %s', (lang, text) => expect(o(lang, text)).toBe('fail'));
});

describe('an excuse (a busy shop, too few staff) fails ownership even beside an "I" action', () => {
  it.each([
    ['en', "Sorry for the wait, we've been extremely busy this week. I've refunded the difference today."],
    ['en', "We were short-staffed on Saturday, which is why nobody called you back. I've booked the engineer for Monday."],
    ['it', 'Le chiedo scusa: il negozio era molto affollato e il collega non ha potuto seguirla. Ho già disposto il rimborso.'],
    ['ro', 'Ne pare rău, magazinul era foarte aglomerat. Am făcut deja rambursarea.'],
    ['es', 'Disculpe, estábamos desbordados esa semana. Ya he tramitado el reembolso.'],
    ['fr', "Désolé, nous étions débordés ce jour-là. J'ai lancé le remboursement."],
    ['de', 'Leider war die Filiale am Samstag total überfüllt. Ich habe die Erstattung veranlasst.'],
    ['de', 'Entschuldigen Sie, wir waren an dem Tag sehr überlastet. Ich habe die Erstattung veranlasst.'],
    ['pt', 'Peço desculpa, a loja estava muito cheia nesse dia. Já tratei do reembolso.'],
  ])('%s: %s', (lang, text) => {
    const r = ownership(lang, text);
    expect(r.verdict).toBe('fail');
    expect(r.evidence.map((e) => e.signal)).toEqual(['excuse']);
  });

  it('a busy shop the agent is sorry about is the customer\'s experience, not an excuse', () => {
    expect(verdict('en', "I'm sorry the store was so busy when you came in. I've refunded the difference today.")).toBe('pass');
    expect(verdict('it', "Mi dispiace che il negozio fosse così affollato. Ho disposto il rimborso.")).toBe('pass');
  });

  it('a team that is busy doing something is no excuse, nor is a busy shop that was not', () => {
    expect(verdict('en', "Our team is busy preparing your replacement and I've booked the courier for Friday.")).toBe('pass');
    expect(verdict('fr', "Le magasin n'était pas bondé, j'ai donc pu vérifier votre commande moi-même.")).toBe('pass');
  });
});

describe('Italian: a word between "ho" and the participle keeps the act', () => {
  it.each([
    'Purtroppo il prodotto non è più disponibile. Ti ho però creato un buono da 20 euro.',
    "Non posso annullare l'ordine, ma ti ho comunque aperto una richiesta di reso.",
    'Le ho intanto inviato il modulo per il reso.',
  ])('%s', (text) => expect(verdict('it', text)).toBe('pass'));
});

describe('blame and pressure put in other words fail ownership', () => {
  it.each([
    ['en', "I'm afraid that's down to our billing system, and that isn't something we can control from here. I've entered your reading manually."],
    ['en', "The hold-up is with the courier: that's really on them rather than us. I've chased them this morning."],
    ['en', "Our clinicians are under a lot of pressure this winter, with high sickness levels. I have rebooked you for Wednesday."],
    ['pt', 'A culpa, na verdade, é da transportadora. Abri uma reclamação com eles hoje.'],
    ['pt', 'O adiamento foi uma decisão da produção do artista e não nossa. Posso trocar o seu ingresso por um crédito.'],
    ['de', 'Wir haben derzeit einen hohen Krankenstand im Team. Ich habe Ihnen einen Rückruf eingetragen.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('fail'));

  it("an apology for our own courier's mistake owns it", () => {
    expect(verdict('ro', 'Îmi cer scuze pentru greșeala curierului nostru. Am trimis azi un al doilea colet.')).toBe('pass');
  });

  it('a policy that includes what the customer asked about is good news, not a shield', () => {
    expect(verdict('en', "Good news: your policy includes European cover for 90 days. I've attached the page that sets this out.")).toBe('pass');
  });

  it('"Rimborso effettuato" is a noun and its participle, not "I refund"', () => {
    expect(verdict('it', 'Rimborso effettuato.')).toBe('fail');
  });
});

describe("willingness to act on this customer's case, in the first person, owns it (\"I can help you with this\")", () => {
  const scored = (text: string) => scoreReply({ text, quoted: 'My order is three days late.', language: 'en' }, rubric).criteria;
  it.each([
    "I'd be happy to help. Could you DM me your order number?",
    "I'd like to review this further for you. Could you please DM your name and zip code?",
    'I will be happy to help you further. Please DM me your order number.',
    'Please send me a DM so I can see what happened.',
    "I'm here to help! Could you DM me the order number?",
    'I will be sure to call you tomorrow at 10.',
  ])('%s', (text) => expect(scored(text).ownership.verdict).toBe('pass'));

  it('is still only an offer: it promises nothing and answers nothing', () => {
    const c = scored("I'd be happy to look into this for you. Could you DM me your order number?");
    expect(c.commitments.verdict).toBe('na');
    expect(c.satisfaction_check.verdict).toBe('na');
  });

  it.each([
    'If there is anything I can help with, DM me.',
    "We'd be happy to help. Please DM us your order number.",
    "I'll be happy to answer any other questions you have.",
  ])('a generic or plural offer does not: %s', (text) => expect(scored(text).ownership.verdict).toBe('fail'));
});

describe('blaming the system or the terms fails ownership even beside an "I" action', () => {
  it.each([
    ['en', "Apologies. The warehouse system swapped the barcodes, so this one's down to the software rather than anyone here. I'll get the 90-pack sent out to you."],
    ['ro', 'Îmi cer scuze. A fost o eroare a procesatorului de carduri, nu depinde de noi. Am solicitat deja returnarea sumei.'],
    ['de', 'Die Reinigungsgebühr ist in unseren AGB pauschal festgelegt; aus Kulanz habe ich sie auf 75 € halbiert.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('fail'));
});

describe('first-person steps in everyday German and Romanian', () => {
  it.each([
    ['de', 'Ich leg dir morgen ab 7 Uhr zwei frische Laibe zurück.'],
    ['de', 'Schicken Sie mir bitte ein Foto. Dann sage ich Ihnen noch heute, ob ich den Absatz neu aufbauen kann.'],
    ['de', 'Ich teile Ihnen das Ergebnis morgen mit.'],
    ['ro', 'Mă uit eu la ele în aceeași zi în care le primesc.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));
});
