// rubric-guide §5: a closing check that the solution works, not "anything else?".
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const check = (language: string, text: string, quoted: string | null = null) => scoreReply({ text, quoted, language }, rubric).criteria.satisfaction_check;
const verdict = (language: string, text: string, quoted: string | null = null) => check(language, text, quoted).verdict;

const ANSWER = {
  en: "I've moved your delivery to Thursday morning.",
  it: 'Ho spostato la consegna a giovedì mattina.',
  ro: 'Am mutat livrarea joi dimineață.',
  es: 'He cambiado la entrega al jueves por la mañana.',
  fr: "J'ai déplacé la livraison à jeudi matin.",
  de: 'Ich habe die Lieferung auf Donnerstagvormittag verschoben.',
  pt: 'Passei a entrega para quinta-feira de manhã.',
};

describe('a closing question about the solution passes', () => {
  it.each([
    ['en', 'Does Thursday morning work for you?'],
    ['it', 'Giovedì mattina le va bene?'],
    ['ro', 'Vă convine joi dimineață?'],
    ['es', '¿Le viene bien el jueves por la mañana?'],
    ['fr', 'Est-ce que jeudi matin vous convient ?'],
    ['de', 'Passt Ihnen das am Donnerstag?'],
    ['pt', 'A quinta-feira de manhã dá-lhe jeito?'],
  ])('%s: %s', (lang, q) => expect(verdict(lang, `${ANSWER[lang as keyof typeof ANSWER]}\n\n${q}`)).toBe('pass'));

  it('an unusual phrasing at the close counts as a check', () => {
    expect(verdict('en', `${ANSWER.en}\n\nWould that feel fair to you, given the wait?`)).toBe('pass');
  });

  it('a promised follow-up call to check it worked passes', () => {
    expect(verdict('en', `${ANSWER.en} I'll ring you on Friday to make sure the parcel arrived.`)).toBe('pass');
    expect(verdict('ro', `${ANSWER.ro} Vineri vă sun ca să verificăm împreună dacă a ajuns coletul.`)).toBe('pass');
  });
});

describe('"anything else?"', () => {
  it.each([
    ['en', 'Is there anything else I can help you with?'],
    ['it', "C'è qualcos'altro che posso fare per lei?"],
    ['ro', 'Vă mai pot ajuta cu altceva?'],
    ['es', '¿Hay algo más en lo que pueda ayudarle?'],
    ['fr', "N'hésitez pas si vous avez d'autres questions."],
    ['de', 'Kann ich Ihnen sonst noch helfen?'],
    ['pt', 'Posso ajudar em mais alguma coisa?'],
  ])('on its own fails (%s)', (lang, q) => {
    const r = check(lang, `${ANSWER[lang as keyof typeof ANSWER]}\n\n${q}`);
    expect(r.verdict).toBe('fail');
    expect(r.evidence.map((e) => e.signal)).toContain('anything_else');
  });

  it('beside a real check passes with a lower score', () => {
    const r = check('en', `${ANSWER.en}\n\nDoes Thursday work for you? And is there anything else I can do?`);
    expect(r.verdict).toBe('pass');
    expect(r.score).toBeLessThan(1);
    expect(r.score).toBeGreaterThan(0);
  });
});

describe('position: a question in the middle is not a closing check', () => {
  it('a restating question mid-reply does not pass the check', () => {
    const text = "So the parcel was due on Monday and still hasn't arrived, right? I've moved your delivery to Thursday morning and refunded the postage.";
    expect(verdict('en', text)).toBe('fail');
  });
});

describe('when the check applies', () => {
  it('a reply that only asks for details is not applicable', () => {
    expect(verdict('en', 'Could you send me your order number and the postcode?', 'My parcel never came.')).toBe('na');
    expect(verdict('en', 'Can you DM us your account number so we can take a look?', 'My bill is wrong.')).toBe('na');
  });

  it('a holding reply that only confirms receipt is not applicable', () => {
    expect(verdict('en', 'We have received your complaint and passed it to our claims team, who will contact you shortly.', 'Where is my refund?')).toBe('na');
  });

  it('a reply to a thank-you note is not applicable', () => {
    expect(verdict('en', "Thank you for your kind words! I've shared them with the team.", 'The staff were wonderful, thank you!')).toBe('na');
  });

  it('a workaround is an answer, so the check applies', () => {
    expect(verdict('en', "I've passed this to our developers. In the meantime, you can export the report as PDF instead.", 'The CSV export is broken.')).toBe('fail');
  });
});

describe('a promised check that the fix holds', () => {
  it('passes even beside "anything else?"', () => {
    const text = `${ANSWER.en} I'll check your account again on Monday to make sure the delivery is still right.\n\nAnything else I can help with?`;
    expect(verdict('en', text)).toBe('pass');
    expect(verdict('it', `${ANSWER.it} Lunedì ricontrollo il suo ordine per assicurarmi che sia tutto a posto.`)).toBe('pass');
  });
});

describe('"then I will…" after a question to the customer waits on their answer', () => {
  const r = (lang: string, text: string) => scoreReply({ text, quoted: null, language: lang }, loadRubric()).criteria;
  it.each([
    ['en', 'Could you tell me which floor the flat is on? Then I will look at the coverage map.'],
    ['it', 'Mi manda una foto della targhetta? Così verifico io il modello.'],
    ['de', 'Kannst du mir die Rechnungsnummer schicken? Dann prüfe ich die Buchung.'],
  ])('%s: no answer to check, no promise', (lang, text) => {
    expect(r(lang, text).satisfaction_check.verdict).toBe('na');
    expect(r(lang, text).commitments.verdict).toBe('na');
  });
});

describe('check phrasings and follow-up promises beyond the dev set', () => {
  const s = (lang: string, text: string) => scoreReply({ text, quoted: null, language: lang }, loadRubric()).criteria.satisfaction_check.verdict;
  it.each([
    ['en', "I've replaced the router. I'll phone you on Friday at noon to make sure the line holds."],
    ['it', 'Ti ho rigenerato la fattura. Fammi sapere se adesso va tutto bene.'],
    ['fr', "J'ai réactivé ta carte. Tu peux me dire si le paiement passe bien maintenant ?"],
    ['de', 'Ich habe Ihnen die Gutschrift überwiesen. Ist das so für Sie in Ordnung?'],
    ['de', 'Ich habe den Router neu gestartet und melde mich morgen früh bei Ihnen und frage nach, ob alles läuft.'],
    ['ro', 'Am resetat contul. Vineri la 9 vă sun să verificăm împreună plata.'],
  ])('%s: %s', (lang, text) => expect(s(lang, text)).toBe('pass'));
});

describe('asking the customer to choose between the solutions offered is a check', () => {
  const OPTIONS = {
    en: "I've reserved one from the next batch for you, or I can refund you today instead.",
    it: 'Le ho riservato un pezzo del prossimo lotto, oppure posso rimborsarla oggi stesso.',
    ro: 'V-am rezervat un produs din lotul următor sau vă pot rambursa banii chiar azi.',
    es: 'Le he reservado una unidad del próximo lote, o puedo devolverle el dinero hoy mismo.',
    fr: "Je vous ai réservé le créneau de samedi de 8 h à 10 h, ou mardi entre 18 h et 20 h.",
    de: 'Ich habe Ihnen ein Gerät aus der nächsten Lieferung reserviert, oder ich erstatte Ihnen heute den Betrag.',
    pt: 'Reservei-lhe uma unidade do próximo lote, ou posso reembolsá-lo hoje mesmo.',
  };
  it.each([
    ['en', 'Which would you prefer?'],
    ['en', 'Which of the two works best for you?'],
    ['it', 'Quale delle due soluzioni preferisce?'],
    ['ro', 'Ce variantă preferați?'],
    ['es', '¿Cuál prefiere?'],
    ['fr', 'Lequel de ces créneaux vous convient ?'],
    ['de', 'Was ist Ihnen lieber?'],
    ['pt', 'Qual das duas opções prefere?'],
  ] as const)('%s: %s', (lang, q) => expect(verdict(lang, `${OPTIONS[lang]}\n\n${q}`)).toBe('pass'));
});

describe('checks phrased in other ways', () => {
  it.each([
    ['en', `${ANSWER.en}\n\nLet me know if that sorts it for you.`],
    ['en', "I've reconnected the line just now. Can you let me know once calls are coming through again?"],
    ['en', "I've rebilled the account: your new bill is £96.40. Does the new amount look right to you?\n\nIs there anything else I can help with?"],
    ['pt', 'Já reativei o fornecimento e a luz volta no máximo em duas horas. Consegue confirmar-me quando a luz voltar?'],
    ['pt', 'Agendei o retorno do técnico para amanhã às 9h. Esse horário funciona para você?'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));
});

describe("the agent's own promise with no time yet is a holding reply", () => {
  it.each([
    ['pt', 'Entendo perfeitamente o seu cansaço. Vou resolver isso o mais breve possível.'],
    ['fr', "Merci pour votre demande. Je prépare votre devis pour 8 licences et je vous l'envoie dès que possible."],
    ['en', "Thanks for your patience. I'll sort this out for you as soon as I can."],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('na'));

  it('a status of work under way with no time yet is still an answer', () => {
    expect(verdict('it', 'I nostri tecnici sono al lavoro sul guasto e il servizio verrà ripristinato quanto prima. Posso esserle utile in qualcos\'altro?')).toBe('fail');
    expect(verdict('en', "I'll send the replacement by Friday. Is there anything else I can help with?")).toBe('fail');
  });
});

describe('passing on the customer\'s thanks acknowledges it: nothing to check', () => {
  it.each([
    ['en', "Thank you for writing in, that's really kind. I've forwarded your note to Jamie and Lewis, the crew who delivered the sofa."],
    ['it', 'La ringrazio di cuore per le parole dedicate a Paola. Ho girato il suo messaggio a lei e alla coordinatrice del reparto.'],
    ['es', 'Muchas gracias por su mensaje sobre Marta. Le haré llegar sus palabras en la reunión de equipo del lunes.'],
    ['pt', 'Que notícia maravilhosa, parabéns! Mandei sua mensagem para o professor Ricardo.'],
    ['fr', "Merci beaucoup pour votre message. J'ai transmis votre gentil message à toute l'équipe du magasin."],
    ['de', 'Vielen Dank für das Lob! Ihre nette Nachricht habe ich an das ganze Team weitergegeben.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('na'));
});

describe('a promise to come back with the outcome is a holding reply', () => {
  it.each([
    ['it', "Ho aperto io la contestazione con il corriere questa mattina. Ti scrivo entro giovedì alle 12 con l'esito."],
    ['fr', "Je vérifie en ce moment avec le secrétariat. Je vous rappelle avant 17 h aujourd'hui avec un nouveau créneau et une réponse."],
    ['de', 'Ich habe den Fall an das Infrastruktur-Team gegeben. Spätestens um 14 Uhr melde ich mich mit dem aktuellen Stand bei Ihnen.'],
    ['en', "I've reproduced the issue and raised it with our integrations engineers. I'll get back to you as soon as I hear from them."],
    ['fr', 'Votre réclamation a bien été prise en compte. Elle sera traitée sous peu par nos services.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('na'));
});

describe('a request to say whether the fix worked, in the middle of the reply, is a check', () => {
  it.each([
    ['en', "I've removed the block. Could you try a small payment and let me know whether it goes through? I'll keep an eye on the account until 6pm."],
    ['fr', "Je l'ai réinitialisé ce matin ; pouvez-vous le rallumer et me dire si l'image revient ? Un technicien est réservé jeudi."],
    ['de', 'Ich habe die Einstellung deaktiviert. Sag mir gern, ob es jetzt wieder klappt.'],
    ['de', 'Die Gläser sind am Freitag abholbereit. Ist Ihnen Freitag recht? Kann ich sonst noch etwas für Sie tun?'],
    ['pt', 'Abri uma reclamação hoje e, se o pedido não sair até sexta-feira, eu mesmo envio outro. Pode ser assim?'],
    ['pt', 'Um motoboy leva hoje até as 18h. Você me confirma, quando chegar, se está tudo certo com a dosagem?'],
    ['ro', 'Ți-am pus deoparte unul negru și pleacă azi cu curierul. E ok așa?'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));

  it('offering a walkthrough is an offer, not a check', () => {
    expect(verdict('en', "I've switched your workspace to a 30-day trial. Would it be useful if I set up a walkthrough with your team next week?")).toBe('fail');
  });
});

describe('a team signing under the closing is a signature, not a sentence of the reply', () => {
  it.each([
    ['fr', 'Bonjour,\n\nVotre demande a été transmise au service technique, qui reviendra vers vous dans les meilleurs délais.\n\nCordialement,\nLe Service Clients Eaux du Val'],
    ['pt', 'Bom dia,\n\nA sua ocorrência foi registada e encaminhada para a equipa técnica.\n\nCom os melhores cumprimentos,\nLinha de Apoio ao Cliente da Empresa'],
  ] as const)('%s', (lang, text) => expect(verdict(lang, text)).toBe('na'));
});

describe('an act only offered while the reply asks for information is no answer yet', () => {
  it.each([
    ['en', "Sorry about this. I can check whether your number is on the right SMS route. Could you reply with the last three digits of your mobile number?"],
    ['it', 'Posso verificare il suo ordine. Mi può mandare il numero d’ordine?'],
    ['fr', 'Je peux regarder votre compte. Pouvez-vous m’envoyer l’adresse e-mail de votre inscription ?'],
    ['pt', 'Posso verificar a sua encomenda. Pode enviar-me o número do pedido?'],
    ['fr', "Désolé pour ce souci. Je peux regarder votre compte si vous m'envoyez l'adresse e-mail de votre inscription."],
    ['de', 'Gern schaue ich mir Ihr Konto an, wenn Sie mir Ihre Kundennummer schicken; dann kann ich Ihnen genau sagen, welche Karte das betrifft.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('na'));

  it('an act done beside the request is still an answer', () => {
    expect(verdict('en', "I've refunded the delivery fee. Could you send me a photo of the damage for the claim?")).not.toBe('na');
  });
});

describe('asking whether the solution satisfies the customer, in a statement, passes', () => {
  it.each([
    ['it', 'Ho emesso il rimborso oggi. Mi faccia sapere se la soluzione la soddisfa.'],
    ['it', 'Ho emesso il rimborso oggi. Mi dica se questa soluzione la convince.'],
    ['it', 'Ho emesso il rimborso oggi. Spero che la soluzione ti soddisfi, fammi sapere.'],
    ['es', 'He emitido el reembolso hoy. Dígame si la solución le satisface.'],
    ['pt', 'Fiz o reembolso hoje. Diga-me se a solução o satisfaz.'],
    ['de', 'Ich habe die Erstattung heute veranlasst. Sagen Sie mir bitte, ob Sie mit der Lösung zufrieden sind.'],
    ['de', 'Ich habe die Erstattung heute veranlasst. Schreiben Sie mir kurz, ob Ihnen diese Lösung zusagt.'],
    ['en', "I've issued the refund today. Hopefully that settles it for you - if not, just reply and I'll look again."],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));

  it.each([
    ['it', 'Ho emesso il rimborso oggi. Se il prodotto non la soddisfa, può restituirlo entro 30 giorni.'],
    ['it', 'Ho emesso il rimborso oggi. Garantiamo che ogni prodotto la soddisfi.'],
    ['es', 'He emitido el reembolso hoy. Si el producto no le satisface, puede devolverlo en 30 días.'],
    ['pt', 'Fiz o reembolso hoje. Se o produto não o satisfaz, pode devolvê-lo em 30 dias.'],
  ] as const)('a return policy for an unsatisfying product is no check (%s)', (lang, text) => expect(verdict(lang, text)).toBe('fail'));
});

describe('a dated follow-up to see how the solution works passes, in more words', () => {
  it.each([
    ['en', "I've issued the remaining five keys. I'll give you a call at 3pm today to make sure all 25 seats have activated."],
    ['ro', 'L-am mutat în grupa de 9-10 ani. Vă sun pe 4 decembrie, după primele două ore în grupa nouă, să vedem împreună cum se simte.'],
    ['pt', 'A troca da bomba está programada para amanhã. Amanhã às 10h eu ligo para a senhora para saber se a água voltou.'],
    ['es', 'He cambiado la bomba hoy. Le llamo el lunes por la mañana para ver si todo funciona bien.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));
});

describe('a check in statement form asks how the solution turns out', () => {
  it.each([
    ['en', "I re-submitted the registration this morning. Could you open the app this evening and let me know whether you can see today's figures?"],
    ['it', "Te ne ho messo da parte uno nuovo: parte domani mattina con l'espresso delle 11. Fammi sapere se stavolta arriva sano!"],
    ['it', 'Da lunedì 23 mettiamo due rider in più sulla vostra zona. Fammi sapere come va la prima settimana.'],
    ['ro', 'Am anulat taxa eu azi, iar banii vor fi în cont în 3-5 zile. Vă rog să-mi confirmați când îi vedeți în cont.'],
    ['fr', "On n'en fait pas, mais je te conseille La Mie Libre, rue d'Austerlitz. Dis-moi si ça te dépanne !"],
    ['pt', 'A encomenda correta será enviada hoje por CTT Expresso. Consegue confirmar-nos, quando a receber, se está tudo certo?'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));
});
