// rubric-guide §1-2: apology and empathy apply when the customer reports a
// problem. Ways customers report one that are not the usual "broken / late /
// charged twice": a parcel delivered only on the tracking page, a charge they
// do not recognise ("that wasn't me"), writing again about the same thing,
// something that no longer works or used to work, and "I've had enough".
// Each, in every language, makes apology apply; a plain question does not.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();

const REPLY: Record<string, string> = {
  en: 'Hi,\n\nI have looked at your account and sent the details by email.\n\nBest,\nJo',
  it: 'Buongiorno,\n\nho controllato il suo conto e le ho mandato i dettagli per email.\n\nCordiali saluti,\nGiulia',
  ro: 'Bună ziua,\n\nam verificat contul dumneavoastră și v-am trimis detaliile pe email.\n\nCu stimă,\nIoana',
  es: 'Hola:\n\nhe revisado su cuenta y le he enviado los detalles por correo.\n\nUn saludo,\nLucía',
  fr: 'Bonjour,\n\nj\'ai vérifié votre compte et je vous ai envoyé les détails par e-mail.\n\nCordialement,\nClaire',
  de: 'Guten Tag,\n\nich habe Ihr Konto geprüft und Ihnen die Einzelheiten per E-Mail geschickt.\n\nMit freundlichen Grüßen\nSabine',
  pt: 'Olá,\n\nverifiquei a sua conta e enviei-lhe os detalhes por e-mail.\n\nCumprimentos,\nRita',
};

// [language, customer message, what it shows]
const PROBLEMS: [string, string, string][] = [
  ['en', 'The app shows my parcel as delivered on Monday, but nothing arrived at my flat.', 'delivered on paper'],
  ['en', 'There is a payment of £64 to a games shop on my statement. That was not me.', 'a charge that was not theirs'],
  ['en', 'I am writing again about the invoice address, it is still the old one.', 'writing again'],
  ['en', 'The sync button no longer works since the last update.', 'no longer works'],
  ['it', 'Il pacco risulta consegnato da martedì ma io non ho visto nessuno.', 'delivered on paper'],
  ['it', 'Sul conto vedo un pagamento di 80 euro che non riconosco.', 'a charge they do not recognise'],
  ['it', 'Vi scrivo di nuovo per la fattura di maggio con l\'intestazione sbagliata.', 'writing again'],
  ['it', 'Da stamattina l\'app non si apre più sul mio telefono.', 'no longer works'],
  ['ro', 'Pe site comanda apare ca livrată, dar eu nu am primit nimic la ușă.', 'delivered on paper'],
  ['ro', 'Am o plată de 200 de lei pe card pe care nu o recunosc.', 'a charge they do not recognise'],
  ['ro', 'Vă scriu din nou pentru factura din mai, adresa e tot cea veche.', 'writing again'],
  ['ro', 'De ieri aplicația nu mai pornește deloc.', 'no longer works'],
  ['es', 'El seguimiento pone entregado desde el lunes y en casa no hay nada.', 'delivered on paper'],
  ['es', 'Tengo un cargo de 45 euros de una tienda que no reconozco.', 'a charge they do not recognise'],
  ['es', 'Les escribo otra vez por la factura de mayo, sigue con mi dirección antigua.', 'writing again'],
  ['es', 'Desde la actualización la app ya no abre en mi móvil.', 'no longer works'],
  ['fr', 'Le suivi indique livré depuis lundi, mais je n\'ai rien reçu du tout.', 'delivered on paper'],
  ['fr', 'Il y a un prélèvement de 60 € sur mon relevé et je ne le reconnais pas, ce n\'est pas moi.', 'a charge that was not theirs'],
  ['fr', 'Je vous écris à nouveau pour la facture de mai, toujours à l\'ancienne adresse.', 'writing again'],
  ['fr', 'On m\'a volé mon téléphone hier soir avec l\'application dedans.', 'theft'],
  ['de', 'Das Paket wird seit Montag als zugestellt angezeigt, bei mir ist aber nichts.', 'delivered on paper'],
  ['de', 'Auf meinem Konto ist eine Abbuchung über 75 €, die kenne ich nicht.', 'a charge they do not recognise'],
  ['de', 'Das ist schon wieder die gleiche falsche Adresse auf der Rechnung.', 'again'],
  ['de', 'Seit dem Update startet die App nicht mehr.', 'no longer works'],
  ['pt', 'A encomenda consta como entregue desde segunda, mas cá em casa não chegou nada.', 'delivered on paper'],
  ['pt', 'Tenho um débito de 50 € de uma loja que não conheço, não fui eu.', 'a charge that was not theirs'],
  ['pt', 'Escrevo de novo por causa da fatura de maio, continua com a morada antiga.', 'writing again'],
  ['pt', 'Desde a atualização a app não mostra mais o meu saldo.', 'no longer works'],
  // Dissatisfaction is a complaint (rubric-guide §1), in every language; worry is not.
  ['en', "I'm really irritated with all these pending charges.", 'dissatisfaction'],
  ['it', 'Sono molto delusa dal vostro servizio clienti.', 'dissatisfaction'],
  ['ro', 'Sunt foarte nemulțumit de cum am fost tratat.', 'dissatisfaction'],
  ['es', 'Estoy harta de llamar y que nadie me conteste.', 'dissatisfaction'],
  ['fr', "J'en ai marre d'attendre votre technicien.", 'dissatisfaction'],
  ['de', 'Ich bin wirklich enttäuscht von Ihrem Kundenservice.', 'dissatisfaction'],
  ['pt', 'Estou muito insatisfeita com o atendimento.', 'dissatisfaction'],
  // How people write on the go: no apostrophes, bare verbs, slang, emoji.
  ['en', 'My Internet Stop Working For 3 Hours', 'a bare verb'],
  ['en', 'whats going on with your app. its totally stuck and didnt work since updating', 'no apostrophes'],
  ['en', 'ever since I upgraded my LTE speeds are TERRIBLE', 'slang'],
  ['en', 'customer service 👎 4 different people had no idea 😡', 'emoji'],
  ['en', 'ios 11 on my phone. Cannot adjust alarm volume at all', 'cannot do something'],
  ['en', "why is this happening to me and only me?", 'why is this happening'],
  // "I have a problem", in so many words.
  ['en', "I'm having issues with my router since the storm.", 'having issues'],
  ['en', 'There is a problem with my bill.', 'a problem'],
  ['it', 'Ho un problema con la bolletta di maggio.', 'a problem'],
  ['ro', 'Am o problemă cu factura din mai.', 'a problem'],
  ['fr', "J'ai un problème avec la facture de mai.", 'a problem'],
  ['de', 'Ich habe seit Tagen Probleme mit dem Router.', 'problems'],
  // Something missing, a bill above the usual, a correction asked for, still no answer, a defect in one word.
  ['en', 'We ordered 25 seats and only received 20 activation keys.', 'fewer than ordered'],
  ['it', 'Mi è arrivata una bolletta di 640 € quando di solito pago 120 €. Chiedo la rettifica.', 'a bill above the usual'],
  ['es', 'El pedido ha llegado sin el protector solar que pagué.', 'arrived without an item'],
  ['fr', "J'ai déposé mon dossier il y a six semaines et je n'ai toujours aucune réponse.", 'still no answer'],
  ['de', 'Das Poster, das ich bestellt habe, ist total verpixelt.', 'a defect in one word'],
  ['de', 'Auf Ihrer Rechnung ist 19 % USt ausgewiesen, obwohl wir Reverse Charge haben. Bitte korrigieren.', 'a correction asked for'],
  ['pt', 'A encomenda chegou sem o carregador.', 'arrived without an item'],
  ['ro', 'Comanda a venit fără încărcător.', 'arrived without an item'],
  // Complaints as customers tweet them.
  ['en', 'So far this week, 2 cans and a string would be an improvement on your service with all our dropped calls.', 'dropped calls'],
  ['en', "I'm trying to get through on the phone to book bicycles. I've been on hold for ages.", 'on hold for ages'],
  ['en', 'Why is your website always down?', 'always down'],
  ['en', 'I have DM you multiple times and the credit is not showing up.', 'not showing up'],
  ['en', 'They just brought me poke with none of the sauces I ordered.', 'items missing'],
  ['es', '¿Pago Prime para que me tarden en llegar 10 días? Reembolsadme la compra.', 'slow and a refund demanded'],
  ['de', 'Meine Bestellung war unzustellbar. Bekomme ich mein Geld wieder?', 'undeliverable'],
  ['en', "At least I'm being productive while waiting for my food to get here.", 'waiting for their order'],
  ['en', 'Thanks to you for taking 3 weeks to install my new internet 😑', 'weeks taken, and a sigh'],
  ['en', "The train stopped between two stations and staff aren't giving any info.", 'no information given'],
  ['en', "I can't believe there's no other account manager available.", 'disbelief'],
  ['en', "I don't have any DMs from you. Did you mean email?", 'no message received'],
  ['en', "Why don't you process my request? You still remain silent.", 'why don\'t you, left unanswered'],
  ['en', "My headquarters still aren't populated, is there a fix for this?", 'still not'],
  ['en', 'This does not show the music stored on my phone like it did in the old version.', 'not as it used to'],
  ['en', 'You can still redeem yourselves for that fiasco of a launch.', 'a fiasco'],
  ['es', 'Infórmese... no voy a perder más mi tiempo.', 'time wasted'],
  ['en', 'I drove to the recycling centre with a van full of garden waste and was turned away at the gate.', 'turned away'],
  ['ro', 'De la revizie frânele scârţâie îngrozitor. Nu aşa mă aşteptam să iasă după 300 de lei.', 'squeaking, not as expected'],
  ['it', 'Sono proprio stufa di aspettare il tecnico.', 'fed up'],
];

const QUESTIONS: [string, string][] = [
  ['en', 'Hi, could you tell me whether you deliver to Ireland?'],
  ['it', 'Buongiorno, potete dirmi se spedite anche in Svizzera?'],
  ['ro', 'Bună ziua, puteți să-mi spuneți dacă livrați și în Moldova?'],
  ['es', 'Hola, ¿podrían decirme si envían también a Portugal?'],
  ['fr', 'Bonjour, pourriez-vous me dire si vous livrez en Belgique ?'],
  ['de', 'Guten Tag, können Sie mir sagen, ob Sie auch nach Österreich liefern?'],
  ['pt', 'Olá, podem dizer-me se também enviam para Espanha?'],
  ['en', "I'm a bit worried: can I still change the delivery address?"],
  ['en', "Can't wait for the new season! When does the store open?"],
  ['en', 'The delivery was fine, I have no problem with that. When does the store open?'],
  ['it', 'Nessun problema con la consegna, volevo solo sapere gli orari del negozio.'],
  ['de', 'Gibt es ein Problem, wenn ich zwei auf einmal bestelle?'],
  ['ro', 'Ajungem probabil pe la 23:00. E vreo problemă? Recepția e deschisă atunci?'],
  ['fr', "Je voulais remercier Sophie : elle a pris le temps de tout m'expliquer, deux fois."],
  ['it', 'Vorrei prenotare la pulizia della canna fumaria della stufa a legna. Quanto costa?'],
];

const apology = (lang: string, quoted: string) => scoreReply({ text: REPLY[lang], quoted, language: lang }, rubric).criteria.apology.verdict;

describe('less usual ways of reporting a problem make apology apply', () => {
  for (const [lang, quoted, what] of PROBLEMS) {
    it(`${lang}: ${what} ("${quoted.slice(0, 50)}…") is a problem`, () => {
      expect(apology(lang, quoted)).toBe('fail');
    });
  }
  for (const [lang, quoted] of QUESTIONS) {
    it(`${lang}: a plain question is not`, () => {
      expect(apology(lang, quoted)).toBe('na');
    });
  }
});

// The reply can say what the customer's words leave implicit: it thanks them
// for bringing the matter up, finds it odd, or sets out to find what went
// wrong. Then the customer came with a trouble, and apology applies; the same
// message answered with a plain reply stays a question.
const TREATED_AS_TROUBLE: [string, string, string, string][] = [
  ['en', 'I opened the pack and there was a battery in it.', "Thanks for bringing this to our attention. I've passed it on to our quality team.", "That doesn't sound right. I've passed it on to our quality team."],
  ['it', "Ho aperto la confezione e dentro c'era una batteria.", 'Grazie per avercelo segnalato: ho girato la foto al controllo qualità.', 'Non mi sembra normale: ho girato la foto al controllo qualità.'],
  ['ro', 'Am deschis pachetul și înăuntru era o baterie.', 'Vă mulțumim că ne-ați semnalat: am trimis fotografia la controlul calității.', 'Nu pare normal, așa că am trimis fotografia la controlul calității.'],
  ['es', 'Abrí el paquete y dentro había una pila.', 'Gracias por avisarnos: he enviado la foto a control de calidad.', 'Eso no parece normal: he enviado la foto a control de calidad para averiguar qué ha pasado.'],
  ['fr', "J'ai ouvert le paquet et il y avait une pile dedans.", 'Cela ne semble pas normal : j\'ai transmis la photo au contrôle qualité.', "J'ai transmis la photo au contrôle qualité pour comprendre ce qui s'est passé."],
  ['de', 'Ich habe die Packung geöffnet und da war eine Batterie drin.', 'Das klingt nicht richtig. Ich habe das Foto an die Qualitätskontrolle geschickt.', 'Ich habe das Foto an die Qualitätskontrolle geschickt, um der Sache auf den Grund zu gehen.'],
  ['pt', 'Abri a embalagem e lá dentro estava uma pilha.', 'Obrigada por nos ter avisado: enviei a foto ao controlo de qualidade.', 'Isso não parece normal: enviei a foto ao controlo de qualidade.'],
];

describe('a reply that treats the customer\'s words as a trouble makes apology apply', () => {
  for (const [lang, quoted, thanks, odd] of TREATED_AS_TROUBLE) {
    it(`${lang}: "${thanks.slice(0, 40)}…" and "${odd.slice(0, 40)}…" both read the message as a trouble`, () => {
      expect(scoreReply({ text: thanks, quoted, language: lang }, rubric).criteria.apology.verdict).toBe('fail');
      expect(scoreReply({ text: odd, quoted, language: lang }, rubric).criteria.apology.verdict).toBe('fail');
      expect(apology(lang, quoted)).toBe('na');
    });
  }
  it('the agent\'s own "delay" in answering names no trouble of the customer\'s', () => {
    const r = scoreReply({ text: "Sorry for the delay in getting back to you. Yes, we deliver to Ireland, and I've added the rates below.", quoted: 'Hi, could you tell me whether you deliver to Ireland?', language: 'en' }, rubric);
    expect([r.criteria.apology.verdict, r.criteria.empathy.verdict]).toEqual(['pass', 'na']);
  });
});

describe('"contest" is a dispute only as a verb', () => {
  const reply = "Good morning! We're ready for day 5 of the bake-off.";
  it('a competition in the customer\'s message is no trouble', () => {
    const r = scoreReply({ text: reply, quoted: 'Good morning pie makers! 5th day of the contest today! #mincepiewars', language: 'en' }, rubric);
    expect([r.criteria.apology.verdict, r.criteria.empathy.verdict]).toEqual(['na', 'na']);
  });
  it('contesting a charge is', () => {
    const r = scoreReply({ text: reply, quoted: 'I want to contest this charge on my card.', language: 'en' }, rubric);
    expect(r.criteria.apology.verdict).toBe('fail');
  });
});
