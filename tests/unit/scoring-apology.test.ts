// rubric-guide §1, phenomenon by phenomenon, in sentences that are not in the dev set.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const apology = (language: string, text: string, quoted: string | null) => scoreReply({ text, quoted, language }, rubric).criteria.apology;
const verdict = (language: string, text: string, quoted: string | null) => apology(language, text, quoted).verdict;

const EN_PROBLEM = 'The blender I bought last week stopped working and smells of burning. Not happy.';
const IT_PROBLEM = 'Il frullatore comprato la settimana scorsa si è rotto dopo due giorni. Sono molto deluso.';
const RO_PROBLEM = 'Aspiratorul cumpărat săptămâna trecută s-a stricat deja. Sunt foarte supărat.';
const ES_PROBLEM = 'La batidora que compré la semana pasada no funciona. Estoy muy decepcionada.';
const FR_PROBLEM = "Le mixeur acheté la semaine dernière est tombé en panne. Je suis très déçu.";
const DE_PROBLEM = 'Der Mixer, den ich letzte Woche gekauft habe, ist kaputt. Ich bin sehr enttäuscht.';
const PT_PROBLEM = 'A liquidificadora que comprei na semana passada avariou. Estou muito desiludida.';

describe('a genuine apology passes when the customer had trouble', () => {
  it.each([
    ['en', "I'm really sorry the blender gave up so soon.", EN_PROBLEM],
    ['en', 'Please accept my apologies for the faulty blender.', EN_PROBLEM],
    ['it', 'Mi scuso per il frullatore difettoso.', IT_PROBLEM],
    ['ro', 'Ne pare rău că aspiratorul s-a defectat atât de repede.', RO_PROBLEM],
    ['ro', 'Imi cer scuze pentru aspiratorul defect.', RO_PROBLEM],
    ['es', 'Le pido disculpas por la batidora defectuosa.', ES_PROBLEM],
    ['fr', 'Toutes mes excuses pour ce mixeur défectueux.', FR_PROBLEM],
    ['de', 'Es tut uns aufrichtig leid, dass der Mixer so schnell kaputtgegangen ist.', DE_PROBLEM],
    ['pt', 'Pedimos desculpa pela liquidificadora avariada.', PT_PROBLEM],
  ])('%s: %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('pass'));

  it('Romanian without diacritics ("imi pare rau") is the same apology', () => {
    expect(verdict('ro', 'Imi pare rau pentru aspirator, va trimit unul nou.', RO_PROBLEM)).toBe('pass');
  });

  it('an apology without the word sorry counts ("I feel terrible that…", "mi-e rușine")', () => {
    expect(verdict('en', 'I feel terrible that your blender failed after two days.', EN_PROBLEM)).toBe('pass');
    expect(verdict('ro', 'Mi-e sincer rușine că ați primit un aparat defect.', RO_PROBLEM)).toBe('pass');
  });

  it('two apologies in one reply still pass', () => {
    expect(verdict('en', "I'm sorry the blender failed. I apologise as well for the wait on the phone.", EN_PROBLEM)).toBe('pass');
  });

  it('the evidence points at the apology in the reply text', () => {
    const text = 'Hello Maya,\n\nSorry about the blender. A new one is on its way.\n\nBest,\nTom';
    const r = apology('en', text, EN_PROBLEM);
    expect(r.evidence).toHaveLength(1);
    expect(text.slice(r.evidence[0].start, r.evidence[0].end)).toBe(r.evidence[0].text);
    expect(r.evidence[0].signal).toBe('apology');
  });
});

describe('a negated apology is not an apology', () => {
  it.each([
    ['en', "I'm not sorry to tell you the blender is covered.", EN_PROBLEM],
    ['it', 'Non mi dispiace dirle che il frullatore è in garanzia.', IT_PROBLEM],
    ['ro', 'Nu-mi pare rău să vă spun că aspiratorul e în garanție.', RO_PROBLEM],
  ])('%s: %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('fail'));

  it('"no need to apologise" to a customer who asked a simple question leaves apology not applicable', () => {
    const q = 'Sorry to bother you, quick question: can I change my delivery address myself?';
    expect(verdict('en', "There's no need to apologise! Yes, you can change it under My Orders.", q)).toBe('na');
    const qi = 'Scusate il disturbo, posso cambiare l’indirizzo di consegna da solo?';
    expect(verdict('it', 'Non deve scusarsi affatto: sì, può cambiarlo nella sezione Ordini.', qi)).toBe('na');
  });
});

describe('non-apologies fail', () => {
  it.each([
    ['en', "I'm sorry if you feel the blender was not up to standard.", EN_PROBLEM],
    ['en', "We're sorry you feel let down by our product.", EN_PROBLEM],
    ['it', 'Mi dispiace se ha avuto questa impressione del nostro prodotto.', IT_PROBLEM],
    ['ro', 'Îmi pare rău dacă produsul nu v-a plăcut.', RO_PROBLEM],
    ['es', 'Lo siento si el producto no cumplió sus expectativas.', ES_PROBLEM],
    ['fr', 'Je suis désolé si vous avez eu cette impression.', FR_PROBLEM],
    ['de', 'Es tut mir leid, falls Sie enttäuscht sind.', DE_PROBLEM],
  ])('conditional or feeling-only (%s): %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('fail'));

  it.each([
    ['en', 'We regret to inform you that the warranty does not cover this.', EN_PROBLEM],
    ['it', 'Ci dispiace comunicarle che la garanzia non copre questo danno.', IT_PROBLEM],
    ['ro', 'Regretăm să vă anunțăm că garanția nu acoperă această defecțiune.', RO_PROBLEM],
    ['fr', 'Nous avons le regret de vous informer que la garantie ne couvre pas ce cas.', FR_PROBLEM],
  ])('a sorry that only announces a refusal (%s)', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('fail'));

  it('an apology undercut by blame in the next sentence fails', () => {
    const text = 'Sorry for the trouble. As clearly stated in the manual, the blender must not run for more than a minute.';
    expect(verdict('en', text, EN_PROBLEM)).toBe('fail');
    const ro = 'Ne cerem scuze. Ar fi trebuit să citiți instrucțiunile înainte de utilizare.';
    expect(verdict('ro', ro, RO_PROBLEM)).toBe('fail');
  });

  it('an apology undercut by a flat refusal in the next sentence fails, one followed by an alternative passes', () => {
    expect(verdict('en', "I'm sorry about the blender. We cannot replace it after 7 days.", EN_PROBLEM)).toBe('fail');
    expect(
      verdict('en', "I'm sorry about the blender. We cannot replace it after 7 days, but I can send a repair voucher today.", EN_PROBLEM),
    ).toBe('pass');
  });

  it('an apology after a brush-off still counts (only what follows undercuts it)', () => {
    expect(verdict('en', 'Please calm down. I am sorry the blender broke, I have sent a new one today.', EN_PROBLEM)).toBe('pass');
  });

  it('three apologies in one reply fail, in any language', () => {
    expect(verdict('en', "I'm so sorry. I apologise for the blender. Sorry again for the hassle.", EN_PROBLEM)).toBe('fail');
    expect(verdict('it', 'Mi dispiace molto. Ci scusiamo per il frullatore. Ancora scusa per il disagio.', IT_PROBLEM)).toBe('fail');
    expect(apology('en', "I'm so sorry. I apologise for the blender. Sorry again for the hassle.", EN_PROBLEM).feedback).toMatch(/once/);
  });

  it('"unfortunately" is not an apology', () => {
    for (const [lang, text, q] of [
      ['en', 'Unfortunately the blender is out of stock until May.', EN_PROBLEM],
      ['it', 'Purtroppo il frullatore non è disponibile fino a maggio.', IT_PROBLEM],
      ['ro', 'Din păcate, aspiratorul nu mai este în stoc.', RO_PROBLEM],
      ['de', 'Leider ist der Mixer bis Mai nicht lieferbar.', DE_PROBLEM],
    ] as const) expect(verdict(lang, text, q), text).toBe('fail');
  });
});

describe('when an apology applies', () => {
  it('a plain question needs no apology', () => {
    expect(verdict('en', 'Yes, the blender comes in red and blue.', 'Does the blender come in red?')).toBe('na');
  });

  it('a reply that admits its own delay needs one, even to a plain question', () => {
    expect(verdict('en', 'Apologies for the slow reply. Yes, it comes in red.', 'Does the blender come in red?')).toBe('pass');
    expect(verdict('en', 'Thanks for waiting a week for our answer. Yes, it comes in red.', 'Does the blender come in red?')).toBe('na');
    expect(verdict('it', 'Ci scusiamo per il ritardo nella risposta: sì, è disponibile in rosso.', 'Il frullatore c’è in rosso?')).toBe('pass');
  });

  it('without the customer text, the reply alone decides', () => {
    expect(verdict('en', "I'm sorry the blender arrived cracked; a new one ships today.", null)).toBe('pass');
    expect(verdict('en', 'Yes, the blender comes in red and blue.', null)).toBe('na');
  });
});

describe('without the customer text, the reply shows what the customer came with', () => {
  const judge = (language: string, text: string) => scoreReply({ text, quoted: null, language }, rubric).criteria;

  it('thanks for reporting a problem means an apology and empathy were due', () => {
    const c = judge('en', "Thanks for flagging this. I've passed it to the web team.");
    expect(c.apology.verdict).toBe('fail');
    expect(c.empathy.verdict).toBe('fail');
    expect(judge('it', 'Grazie della segnalazione, ho già avvisato i tecnici.').apology.verdict).toBe('fail');
  });

  it('an answered worry makes empathy apply but not an apology', () => {
    const c = judge('ro', 'Înțeleg îngrijorarea dumneavoastră. Polița vă acoperă și în străinătate.');
    expect(c.empathy.verdict).toBe('pass');
    expect(c.apology.verdict).toBe('na');
  });

  it('"no need to apologise" means nothing went wrong', () => {
    const c = judge('fr', "Pas besoin de vous excuser ! Oui, le vélo peut voyager en soute.");
    expect(c.apology.verdict).toBe('na');
    expect(c.empathy.verdict).toBe('na');
  });
});

describe('an apology inside an if-sentence is conditional', () => {
  it('in either order', () => {
    expect(verdict('en', "If you felt let down by our service, I'm sorry.", EN_PROBLEM)).toBe('fail');
    expect(verdict('it', 'Se si è sentito trascurato, mi dispiace.', IT_PROBLEM)).toBe('fail');
    expect(verdict('ro', 'Dacă v-ați simțit ignorat, îmi pare rău.', RO_PROBLEM)).toBe('fail');
  });
});

describe('applicability read from the reply when the customer words are unfamiliar', () => {
  // The customer's message names no trouble word the packs know; the reply
  // shows that something went wrong.
  const NEUTRAL = 'Hello, about my account number 4471.';
  it.each([
    ['en', 'Unfortunately the technician could not get into the building on Tuesday. I have rebooked him.', 'fail'],
    ['it', 'Purtroppo il pacco è rimasto fermo in magazzino per un errore di etichetta. Ho già riprogrammato la consegna.', 'fail'],
    ['de', 'Leider ist Ihre Rücksendung bei uns falsch verbucht worden. Ich habe das korrigiert.', 'fail'],
    ['en', "I'm sorry if the new tariff came as a surprise. The rate is correct.", 'fail'],
  ])('%s: %s', (lang, text, want) => expect(verdict(lang, text, NEUTRAL)).toBe(want));

  it('"unfortunately" that only says no to a plain question leaves the apology na', () => {
    expect(verdict('en', 'Unfortunately that is not possible: exports are only available as PDF.', 'Can I export my invoices as Excel files?')).toBe('na');
  });

  it('declining the customer\'s apology does not undo a real problem', () => {
    const q = 'Désolé de vous écrire encore, mais je n\'ai toujours pas reçu mon colis et le suivi est bloqué depuis une semaine.';
    expect(verdict('fr', "Vous n'avez pas à vous excuser. J'ai relancé le transporteur ce matin.", q)).toBe('fail');
  });
});

describe('complaint vocabulary beyond the dev set, in every language', () => {
  const REPLY: Record<string, string> = {
    en: 'I have looked at your account.', it: 'Ho controllato il Suo conto.', ro: 'Am verificat contul dumneavoastră.',
    es: 'He revisado su cuenta.', fr: "J'ai regardé votre compte.", de: 'Ich habe Ihr Konto geprüft.', pt: 'Verifiquei a sua conta.',
  };
  it.each([
    ['en', 'Why was I billed a £40 exit fee? Nobody mentioned it when I signed up.'],
    ['en', 'The man at the counter was rude to my mother.'],
    ['it', 'Perché mi è stata addebitata una commissione di 12 euro? Vorrei lo storno.'],
    ['ro', 'Am primit o geantă neagră în loc de una maro. Vreau banii înapoi.'],
    ['es', 'Me han subido la cuota sin avisar y quiero que me devuelvan la diferencia.'],
    ['fr', 'Pourquoi ai-je été prélevé de 30 € de frais de rejet ? Je vous demande de les retirer.'],
    ['de', 'Warum wurde mir eine Stornogebühr berechnet? Ich möchte das Geld zurück.'],
    ['pt', 'Cobraram-me a mensalidade em dobro este mês. Quero o reembolso.'],
  ])('%s: "%s" makes the apology apply', (lang, quoted) => expect(verdict(lang, REPLY[lang], quoted)).toBe('fail'));
});

describe('three apologies count every form of sorry', () => {
  it.each([
    ['es', 'Perdona, de verdad. Lo sentimos mucho por el cargo duplicado. He devuelto el importe; disculpa otra vez.', ES_PROBLEM],
    ['fr', "Désolé pour ce mixeur. On s'excuse, la série était défectueuse. J'en envoie un neuf ; encore pardon.", FR_PROBLEM],
    ['it', 'Mi scuso per il frullatore. Ci scusiamo davvero per il disagio. Ancora scusa se ha dovuto aspettare.', IT_PROBLEM],
  ])('%s: %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('fail'));
  it('"désolé que vous le preniez ainsi" is not an apology', () => {
    expect(verdict('fr', 'Je suis désolée que vous le preniez ainsi. Le tarif reste inchangé.', FR_PROBLEM)).toBe('fail');
  });
});

describe('an apology for something other than the customer\'s trouble fails', () => {
  it.each([
    ['en', 'Sorry to bother you, but could you send me a photo of the blender and the receipt?', EN_PROBLEM],
    ['en', "We're sorry to hear you'd like to leave us! I've cancelled your membership from 30 November.", EN_PROBLEM],
    ['it', 'Ci scusi il disturbo, ma per procedere abbiamo bisogno di alcune foto del frullatore.', IT_PROBLEM],
    ['ro', 'Ne cerem scuze pentru deranj. Vă rugăm să ne trimiteți codul de client și o fotografie.', RO_PROBLEM],
    ['es', 'Perdone que le moleste, pero necesito una foto de la batidora y del ticket.', ES_PROBLEM],
    ['fr', 'Désolé de vous déranger : pourriez-vous m’envoyer une photo du mixeur ?', FR_PROBLEM],
    ['fr', "Nous sommes désolés d'apprendre que vous souhaitez nous quitter. J'ai enregistré votre résiliation.", FR_PROBLEM],
    ['de', 'Entschuldigen Sie die Rückfrage: Damit ich das prüfen kann, bräuchte ich Ihre Bestellnummer.', DE_PROBLEM],
    ['pt', 'Desculpe o incômodo, mas para abrir a troca preciso que me envie fotos da varinha.', PT_PROBLEM],
  ] as const)('%s: %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('fail'));

  it('"desculpe o incômodo" for the customer\'s trouble is still an apology', () => {
    expect(verdict('pt', 'Desculpe o incômodo causado pela varinha avariada. Já enviei uma nova hoje.', PT_PROBLEM)).toBe('pass');
  });
});

describe('without a quote, a reply that names the reported fault shows there was a problem', () => {
  it.each([
    ['en', 'Thank you for reporting the missed collection on Elm Road. A crew will return within 2 working days.'],
    ['it', "La Sua segnalazione relativa all'avviso di pagamento è stata presa in carico dall'Ufficio."],
    ['fr', 'Nous accusons réception de votre signalement. Il a été transmis au service technique.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text, null)).toBe('fail'));
});

describe('a sorry that leads straight into a no softens it, even when an alternative follows', () => {
  const complaint: Record<string, string> = {
    fr: "C'est injuste, je veux être remboursé des frais.",
    ro: 'Vreau banii înapoi pentru licențe, e nedrept.',
    en: 'I want a refund, this is unfair.',
    it: 'Voglio tornare nel gruppo di prima, è ingiusto.',
  };
  it.each([
    ['fr', 'Je suis désolé, mais les frais ne sont pas remboursables. En revanche, je peux transférer votre inscription sans frais.'],
    ['ro', 'Îmi pare rău, dar nu pot rambursa licențele. Ce pot face este să le transform în reînnoirea de anul viitor.'],
    ['en', "I'm sorry, but I can't refund the fee. What I can do is move your booking to next week at no cost."],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text, complaint[lang])).toBe('fail'));

  it('an apology with the no in a later sentence still counts', () => {
    expect(verdict('en', "I'm sorry for the confusion about the fees. I can't refund them, but I've moved your booking at no cost.", complaint.en)).toBe('pass');
  });

  it('"sorry you took it that way" is an apology for the feeling (it)', () => {
    expect(verdict('it', "Mi dispiace che tu l'abbia presa così. Ti sposto nel gruppo del giovedì.", complaint.it)).toBe('fail');
  });
});

describe('more ways to say sorry', () => {
  it('it: "hai ragione, scusa!"', () => expect(verdict('it', 'Ciao Andrea, hai ragione, scusa! Ti ho già stornato i 45 €.', 'Mi avete addebitato 45 € per un corso cancellato, non è giusto.')).toBe('pass'));
  it('pt: "peço-lhe imensa desculpa"', () => expect(verdict('pt', 'Tem toda a razão e peço-lhe imensa desculpa. Vou buscar a cómoda na terça-feira.', 'A cómoda chegou riscada, estou muito desiludida.')).toBe('pass'));
  it('fr: an urgent question ("ce soir sans faute") owes no apology', () =>
    expect(verdict('fr', 'Oui, votre commande est prête depuis 15 h.', "J'ai besoin de mon traitement ce soir sans faute. Est-ce qu'il est prêt ?")).toBe('na'));
});

describe('sorry for the impression, or for how the customer sees it, is a non-apology', () => {
  it.each([
    ['en', 'I am sorry that you came away with that impression. Our staff follow a set protocol.', EN_PROBLEM],
    ['it', 'Ci dispiace che abbiate avuto questa impressione. Il nostro staff segue un protocollo preciso.', IT_PROBLEM],
    ['it', 'Mi dispiace che la pensi così. Ho controllato il registro.', IT_PROBLEM],
    ['ro', 'Îmi pare rău că ai rămas cu impresia asta, dar regula e afișată la intrare.', RO_PROBLEM],
    ['es', 'Lamentamos que lo vean así. El reglamento lo indica con claridad.', ES_PROBLEM],
    ['fr', 'Je suis désolé que vous ayez eu cette impression. Nos animateurs sont formés.', FR_PROBLEM],
    ['de', 'Es tut mir leid, dass Sie das so sehen. Die Fotos zeigen den Zustand.', DE_PROBLEM],
    ['pt', 'Lamentamos que vocês tenham tido essa impressão. Os cadeados são verificados.', PT_PROBLEM],
    ['pt', 'Lamento que o senhor veja as coisas dessa forma. As medidas foram tiradas consigo.', PT_PROBLEM],
  ])('%s: %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('fail'));

  it('sorry for the trouble itself still passes', () => {
    expect(verdict('it', 'Mi dispiace che il frullatore si sia rotto così presto.', IT_PROBLEM)).toBe('pass');
    expect(verdict('de', 'Es tut mir leid, dass der Mixer schon kaputt ist.', DE_PROBLEM)).toBe('pass');
  });
});

describe('a sorry followed at once by what the customer did wrong is undercut', () => {
  it.each([
    ['en', "I'm sorry for the trouble, but you signed the ticket with the length pinned.", EN_PROBLEM],
    ['it', 'Mi dispiace per i pesci, ma se non ha fatto maturare la vasca il problema è quello.', IT_PROBLEM],
    ['es', 'Qué pena con usted, pero el saco lo retiró usted sin probárselo.', ES_PROBLEM],
    ['fr', 'Désolé pour la boîte écrasée, mais tu avais mal calé les macarons.', FR_PROBLEM],
    ['de', 'Das tut mir leid, aber Sie hätten den Kratzer bei der Übergabe melden müssen.', DE_PROBLEM],
    ['pt', 'Lamento o sucedido, mas as medidas foram aprovadas por si na prova.', PT_PROBLEM],
  ])('%s: %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('fail'));
});

describe('a sorry that closes the reply counts towards the three', () => {
  it('"Sorry again," above the name is the third apology', () => {
    const text = "Hi Hannah,\n\nI'm so sorry. It happened on my table, so it's my responsibility. I really do apologise.\n\nI've refunded the full £45 groom to your card.\n\nSorry again,\nClaire";
    expect(verdict('en', text, EN_PROBLEM)).toBe('fail');
    expect(apology('en', text, EN_PROBLEM).evidence.map((e) => e.text)).toEqual(["I'm so sorry", 'do apologise', 'Sorry']);
  });
  it('one apology in the body and one in the closing still pass', () => {
    expect(verdict('en', "Hi Hannah,\n\nI'm so sorry about the nick. I've refunded the full £45 to your card.\n\nSorry again,\nClaire", EN_PROBLEM)).toBe('pass');
  });
  it('Italian "di nuovo, scusate!" is an apology of its own', () => {
    expect(verdict('it', 'Ciao Marco,\n\nscusateci tantissimo! Ci scusiamo davvero per il disagio.\n\nVi va bene giovedì 3? Di nuovo, scusate!\n\nSilvia', IT_PROBLEM)).toBe('fail');
  });
});

describe('a sorry for asking or for the bother is a courtesy, not an apology', () => {
  const ASKS = (lang: string) => ({
    en: 'Hi, do you groom cats as well? Thanks!', it: 'Buongiorno, fate anche toelettatura per gatti? Grazie', ro: 'Bună ziua, faceți și toaletaj pentru pisici? Mulțumesc',
    es: 'Hola, ¿también arregláis gatos? Gracias', fr: 'Bonjour, vous toilettez aussi les chats ? Merci', de: 'Hallo, pflegen Sie auch Katzen? Danke',
    pt: 'Olá, também tratam de gatos? Obrigada',
  })[lang] ?? null;
  it.each([
    ['en', 'Sorry for asking, but is she vaccinated? Yes, we groom cats on Saturdays.'],
    ['it', 'Scusa la domanda: è vaccinata? Sì, la toelettatura per gatti la facciamo il sabato.'],
    ['ro', 'Scuzați întrebarea: e vaccinată? Da, facem toaletaj pentru pisici sâmbăta.'],
    ['es', 'Perdone la pregunta: ¿está vacunada? Sí, arreglamos gatos los sábados.'],
    ['fr', 'Pardon pour la question : est-elle vaccinée ? Oui, nous toilettons les chats le samedi.'],
    ['de', 'Entschuldigen Sie die Rückfrage: Ist sie geimpft? Ja, Katzen pflegen wir samstags.'],
    ['pt', 'Desculpe a pergunta: ela é vacinada? Sim, tratamos de gatos aos sábados.'],
  ])('%s, to a plain question: apology and empathy do not apply', (lang, text) => {
    const r = scoreReply({ text, quoted: ASKS(lang), language: lang }, rubric).criteria;
    expect([r.apology.verdict, r.empathy.verdict]).toEqual(['na', 'na']);
  });

  it('to a customer in trouble it is no apology for the trouble', () => {
    expect(verdict('en', 'Sorry to bother you, could you send me a photo of the blender?', EN_PROBLEM)).toBe('fail');
  });
});
