// rubric-guide §4: promises concrete and within reach; refusals with an alternative.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const commitments = (language: string, text: string) => scoreReply({ text, quoted: null, language }, rubric).criteria.commitments;
const verdict = (language: string, text: string) => commitments(language, text).verdict;

describe('a concrete promise passes', () => {
  it.each([
    ['en', "I'll send you the new contract by noon tomorrow."],
    ['en', 'The credit will appear on your next statement.'],
    ['it', 'Le invierò il nuovo contratto entro domani alle 12.'],
    ['ro', 'Vă trimit noul contract mâine până la ora 12.'],
    ['es', 'Le enviaré el contrato nuevo antes del viernes.'],
    ['fr', "Je vous enverrai le nouveau contrat d'ici vendredi."],
    ['de', 'Ich schicke Ihnen den neuen Vertrag bis Freitag.'],
    ['pt', 'Envio-lhe o novo contrato até sexta-feira.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));

  it('an arranged visit with a slot is a promise even in the passive', () => {
    expect(verdict('en', 'An engineer has been booked to visit on Tuesday between 9 and 11 am.')).toBe('pass');
  });
});

describe('a vague promise fails', () => {
  it.each([
    ['en', "We'll look into it and get back to you."],
    ['en', 'Your refund will be processed as soon as possible.'],
    ['it', 'Il rimborso verrà elaborato quanto prima.'],
    ['ro', 'Vă vom contacta cât mai curând.'],
    ['es', 'Le devolveremos el dinero lo antes posible.'],
    ['fr', 'Nous vous rembourserons dès que possible.'],
    ['de', 'Wir erstatten Ihnen den Betrag so bald wie möglich.'],
    ['pt', 'O reembolso será feito o mais rápido possível.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('fail'));

  it('a second promise without a time fails even beside a timed one ("…and get back to you")', () => {
    expect(verdict('en', "I'll restart the server at 6 pm tonight, and get back to you about the upgrade.")).toBe('fail');
  });
});

describe('promises nobody can keep fail', () => {
  it.each([
    ['en', "I'm confident my supervisor will approve the refund."],
    ['it', 'Sono certa che il direttore approverà il rimborso.'],
    ['ro', 'Sunt sigur că directorul va aproba rambursarea.'],
    ['de', 'Ich bin mir sicher, dass mein Chef zustimmt.'],
  ])("someone else's decision (%s)", (lang, text) => {
    const r = commitments(lang, text);
    expect(r.verdict).toBe('fail');
    expect(r.evidence[0].signal).toBe('others_decision');
  });

  it.each([
    ['en', 'I guarantee this will never happen again.'],
    ['it', 'Le garantisco che non succederà mai più.'],
    ['es', 'Le garantizo al cien por cien que llegará mañana.'],
    ['fr', 'Je vous garantis que cela ne se reproduira jamais.'],
    ['pt', 'Garanto-lhe que nunca mais vai acontecer.'],
  ])('an absolute guarantee (%s)', (lang, text) => expect(verdict(lang, text)).toBe('fail'));
});

describe('refusals', () => {
  it.each([
    ['en', 'That is not possible on your current plan.'],
    ['it', 'Non è possibile modificare la prenotazione.'],
    ['ro', 'Nu se poate modifica rezervarea.'],
    ['es', 'No es posible cambiar la reserva.'],
    ['fr', "Il n'est pas possible de modifier la réservation."],
    ['de', 'Eine Änderung der Buchung ist leider nicht möglich.'],
    ['pt', 'Não é possível alterar a reserva.'],
  ])('a flat no fails (%s)', (lang, text) => expect(verdict(lang, text)).toBe('fail'));

  it.each([
    ['en', "I can't change the booking, but I can move you to the 9 am flight at no cost today."],
    ['it', 'Non posso cambiare la prenotazione, però posso spostarla sul volo delle 9 senza costi.'],
    ['ro', 'Nu pot schimba rezervarea, dar vă pot muta pe zborul de la ora 9, fără cost.'],
    ['es', 'No puedo cambiar la reserva, pero lo que sí puedo hacer es pasarle al vuelo de las 9 sin coste.'],
    ['fr', 'Je ne peux pas modifier la réservation, mais je vous propose le vol de 9 h sans frais.'],
    ['de', 'Die Buchung kann ich nicht ändern, aber ich kann Ihnen stattdessen den Flug um 9 Uhr kostenlos anbieten.'],
    ['pt', 'Não posso alterar a reserva, mas posso passá-lo para o voo das 9h sem custos.'],
  ])('a no with an alternative passes (%s)', (lang, text) => expect(verdict(lang, text)).toBe('pass'));
});

describe('when commitments apply', () => {
  it('an offer that waits on the customer is not a promise', () => {
    expect(verdict('en', "I'd be happy to look into this. DM me your order number and I'll check.")).toBe('na');
  });

  it('information about how things usually go is not a promise', () => {
    expect(verdict('en', 'Delivery usually takes three to five working days.')).toBe('na');
    expect(verdict('pt', 'Entregamos nos Açores em 5 a 7 dias úteis.')).toBe('na');
  });

  it('something already done is not a promise', () => {
    expect(verdict('en', "I've refunded the £20 this morning.")).toBe('na');
  });

  it('a "sorry to inform you" refusal applies the criterion and fails without an alternative', () => {
    expect(verdict('en', 'We are sorry to inform you that your claim has been declined. This decision is final.')).toBe('fail');
  });
});

describe('guarantees that carry their own negation', () => {
  it('"non si ripeterà mai più" and "never happens again" are absolute guarantees', () => {
    expect(commitments('it', 'Le assicuro che non si ripeterà mai più.').evidence[0].signal).toBe('absolute_guarantee');
    expect(commitments('en', "I'll make sure this never happens again.").evidence[0].signal).toBe('absolute_guarantee');
  });

  it('an honest "I can\'t guarantee it won\'t happen again" is not one', () => {
    // nothing is promised or refused: the note is already added
    expect(commitments('en', "I can't guarantee it won't happen again, but I've added a note to your address today.").verdict).toBe('na');
    expect(commitments('en', "I can't promise it won't happen again, but I'll call the depot today to flag your address.").verdict).toBe('pass');
  });
});

describe('a date or an hour alone is information, not a promise', () => {
  const c = (lang: string, text: string) => scoreReply({ text, quoted: null, language: lang }, loadRubric()).criteria.commitments.verdict;
  it.each([
    ['en', 'The lost property office is open from 8am to 6pm, Monday to Saturday.'],
    ['it', 'La rata successiva scade il 5 marzo, come indicato nel contratto.'],
    ['ro', 'Plata dumneavoastră a fost înregistrată ieri la ora 11:40.'],
    ['es', 'El vuelo de vuelta sale el 14 de mayo a las 9:30.'],
  ])('%s: %s', (lang, text) => expect(c(lang, text)).toBe('na'));
  it('an arrangement made in the passive with a slot is still a promise', () => {
    expect(c('en', 'A plumber has been booked for Friday between 2 and 4 pm.')).toBe('pass');
    expect(c('de', 'Ihr Termin wurde gebucht: Montag zwischen 8 und 12 Uhr.')).toBe('pass');
  });
});

describe('refusals and promises on someone else\'s decision beyond the dev set', () => {
  const c = (lang: string, text: string) => scoreReply({ text, quoted: null, language: lang }, loadRubric()).criteria.commitments.verdict;
  it.each([
    ['fr', "J'ai transmis le dossier au comité et je suis convaincue qu'il l'approuvera."],
    ['it', 'La garanzia è scaduta a marzo. Non è pertanto possibile sostituire il prodotto.'],
    ['fr', 'Le contrat est clos. Votre demande ne peut donc pas être acceptée.'],
  ])('%s: %s', (lang, text) => expect(c(lang, text)).toBe('fail'));
});

describe('a refusal in the passive or in the name of the institution is still a refusal', () => {
  it.each([
    ['en', 'Bans for this are permanent and cannot be appealed a second time.'],
    ['en', 'The University does not reissue degree certificates after a change of name.'],
    ['en', 'The late fee remains payable.'],
    ['ro', 'Oferta a expirat și nu mai poate fi aplicată abonamentului anual.'],
    ['ro', 'Ne pare rău, dar livrările nu se fac sâmbăta.'],
    ['ro', 'Factura rămâne valabilă și nu poate fi recalculată.'],
    ['es', 'Lamentablemente, el seguro de su móvil no cubre daños por líquido.'],
    ['es', 'El importe no puede ser devuelto.'],
    ['pt', 'Não é, por isso, possível proceder à devolução.'],
    ['pt', 'A taxa não pode ser devolvida.'],
    ['de', 'Die Nachzahlung ist korrekt und bleibt bestehen.'],
    ['de', 'Der Betrag kann leider nicht erstattet werden.'],
    ['it', 'La penale non può essere stornata.'],
    ['fr', 'Les frais ne peuvent pas être remboursés.'],
  ])('%s: %s', (lang, text) => {
    const r = commitments(lang, text);
    expect(r.verdict).toBe('fail');
    expect(r.evidence.some((e) => e.signal === 'refusal')).toBe(true);
  });

  it('with an alternative the agent offers, it passes', () => {
    expect(verdict('es', 'El seguro no cubre daños por líquido. Lo que sí puedo hacer es pedir una segunda peritación mañana, sin coste.')).toBe('pass');
  });

  it('a booking that stays valid is information, not a no', () => {
    expect(verdict('en', 'Your booking stays valid for the new date.')).toBe('na');
  });
});

describe('Portuguese guarantee with a clitic', () => {
  it('"Garanto-lhe que não voltará a…" is an absolute guarantee', () => {
    const r = commitments('pt', 'Migrei a loja para um servidor novo esta manhã. Garanto-lhe que não voltará a ter qualquer interrupção.');
    expect(r.verdict).toBe('fail');
    expect(r.evidence.some((e) => e.signal === 'absolute_guarantee')).toBe(true);
  });
});

describe('times and non-promises the packs used to misread', () => {
  it('an apology for a late reply promises nothing', () => {
    expect(verdict('en', 'Apologies for taking so long to get back to you on this. Yes, tickets can be transferred.')).toBe('na');
  });
  it('"au plus tard jeudi" is a deadline, "fin janvier" a time', () => {
    expect(verdict('fr', "J'ai renvoyé le colis ce matin ; vous le recevrez au plus tard jeudi 26 novembre.")).toBe('pass');
    expect(verdict('fr', "J'ai inscrit votre fils à la cantine. La facture arrivera sur votre espace famille fin janvier.")).toBe('pass');
  });
  it('"the day before" dates a promise', () => {
    expect(verdict('en', 'I have rebooked you for Wednesday 2 December at 9:40am. You will get a text reminder the day before.')).toBe('pass');
  });
  it('Romanian "în termen de 30 de zile" is a time frame', () => {
    expect(verdict('ro', 'Am înregistrat eu cererea, iar banii vor fi virați în contul dumneavoastră în termen de 30 de zile.')).toBe('pass');
  });
  it('Spanish "queremos" is a present, not a future in -remos', () => {
    expect(verdict('es', 'He aplicado un descuento del 50 %. Esto es justo lo contrario de lo que queremos para nuestros huéspedes.')).toBe('na');
  });
});

describe('present tense with a concrete time is a promise', () => {
  it.each([
    ['pt', 'Já estou verificando com a equipe uma nova data e te ligo amanhã até as 11h com o horário confirmado.'],
    ['de', 'Spätestens um 14 Uhr melde ich mich mit dem aktuellen Stand bei Ihnen.'],
    ['it', 'È rimasto qualche posto: te ne tengo uno da parte fino a venerdì 4 dicembre.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));

  it('a limit that is a quantity, or opening hours, promises nothing', () => {
    expect(verdict('it', 'Con il piano Pro puoi aggiungere fino a 3 utenti, a 6 € al mese ciascuno.')).toBe('na');
    expect(verdict('pt', 'O horário de atendimento da loja é das 9h às 18h.')).toBe('na');
  });
});

describe('an outcome the customer gets, in the present tense with a time, is a promise', () => {
  it.each([
    ['de', 'Dr. Scholz ruft Sie am Donnerstag zwischen 12 und 13 Uhr an, um die Werte zu besprechen.'],
    ['de', 'Die schriftliche Zusage geht heute per Post an Sie raus.'],
    ['pt', 'Um cartão novo chega no seu endereço em até 7 dias úteis.'],
    ['ro', 'Certificatul îl primiți joi, 26 noiembrie.'],
    ['it', 'Il tecnico la richiama giovedì tra le 9 e le 12.'],
    ['es', 'La técnica le llama el jueves entre las 9 y las 12.'],
    ['en', 'The engineer calls you on Thursday between 9 and 12.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));

  it('the same verbs in the past, or without a time, promise nothing', () => {
    expect(verdict('en', 'Your parcel arrived yesterday at 3pm according to the tracking.')).toBe('na');
    expect(verdict('it', 'Il pacco arriva con il corriere espresso.')).toBe('na');
    expect(verdict('en', 'The train arrives at 9:30 on Friday.')).toBe('na');
  });
});

describe('advice with a date leaves the step to the customer: no promise', () => {
  it.each([
    ['en', 'I recommend you go to any branch tomorrow morning with your ID.'],
    ['ro', 'Vă recomand să mergeți mâine dimineață la orice sucursală cu buletinul.'],
    ['it', 'Le consiglio di passare in filiale domani mattina con un documento.'],
    ['es', 'Le recomiendo acudir mañana por la mañana a cualquier oficina.'],
    ['fr', 'Je vous conseille de passer en agence demain matin.'],
    ['pt', 'Recomendo-lhe que vá amanhã de manhã a qualquer balcão.'],
    ['pt', 'Recomendo que passe amanhã na loja com o talão.'],
    // German puts the advice after a comma, in an infinitive clause: the cue governs it.
    ['de', 'Ich empfehle Ihnen, morgen mit dem Kassenbon in unsere Filiale zu gehen.'],
    ['de', 'Ich rate Ihnen, das Gerät bis Freitag einzuschicken.'],
    ['de', 'Wir empfehlen, den Antrag spätestens am 30. November abzugeben.'],
    ['de', 'Am besten gehen Sie morgen früh mit dem Ausweis in die Filiale.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('na'));

  it('advice in one sentence does not hide a promise in the next', () => {
    expect(verdict('de', 'Ich empfehle Ihnen die Filiale am Markt. Ich rufe Sie morgen um 10 Uhr an.')).toBe('pass');
    expect(verdict('de', 'Ich empfehle Ihnen, morgen in die Filiale zu gehen. Ich melde mich bald bei Ihnen.')).toBe('fail');
  });

  it('opening hours of the office the customer is sent to are information', () => {
    expect(verdict('it', "Deve rivolgersi all'ufficio di Milano Centrale, aperto dalle 7 alle 19.")).not.toBe('pass');
  });
});

describe('English "will" that promises nothing', () => {
  it.each([
    ["instructions to the customer", "You can change the email in your settings. If it is already linked to another account, you'll need to switch it there too."],
    ['what a feature does', 'You can set buyer requirements, which will block buyers with strikes against them.'],
    ['a name, not a verb', 'Thanks for the shout out, Will.'],
    ['going somewhere', 'For now, you can reach the photo by going to the draft from your app.'],
    ['an offer of what the agent can do', 'I can look into your account. Can you DM me your account number?'],
    ["the customer's step first, then ours", "Shoot me a DM, and I'll sort it out!"],
    ["the customer's step first, then ours", "Select the link to join us in a DM and we'll go from there."],
    ['being there if needed', 'OK great, we will be here if the issues return.'],
  ])('%s: %s', (_what, text) => expect(verdict('en', text)).toBe('na'));

  it('an outcome in the future still is one', () => {
    expect(verdict('en', "I've refunded the £20, which will show on your next bill on 1 March.")).toBe('pass');
    expect(verdict('en', "You'll see the refund on your statement within 7 working days.")).toBe('pass');
    expect(verdict('en', 'Your replacement will arrive soon.')).toBe('fail');
  });
});

describe("a time in the customer's situation is no promise", () => {
  it.each([
    ['de', 'Das tut mir leid, ich verstehe, dass Sie morgen auf keinen Fall ohne Winterreifen fahren wollen. Ich kümmere mich darum.'],
    ['es', 'Lo siento, qué agobio con el concierto mañana. Déjame que lo mire.'],
    ['fr', "J'ai ajouté l'option ; il suffira au second conducteur de présenter son permis au comptoir le 18 décembre."],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('na'));
});

describe('more promises and refusals in their usual words', () => {
  it.each([
    ['es', 'He anulado el segundo cargo y el dinero volverá a tu cuenta en un plazo de 3 a 5 días hábiles.'],
    ['en', "The £18 charge stands, but I've added two free ride credits to your account."],
    ['de', 'Ihre Tabletten bringt Ihnen heute bis 18 Uhr ein Kollege persönlich vorbei.'],
    ['ro', 'Ți-am retipărit pozele și le poți ridica joi, după ora 12.'],
    ['en', "I've reprinted the photos and you can collect them on Thursday after 12."],
  ] as const)('pass, %s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));

  it.each([
    ['en', 'The £18 charge stands.'],
    ['de', 'Die Reinigungsgebühr ist in unseren AGB festgelegt und bleibt daher bestehen.'],
    ['es', 'La factura estimada es correcta y no se modificará.'],
  ] as const)('a flat refusal fails, %s: %s', (lang, text) => expect(verdict(lang, text)).toBe('fail'));
});

describe('"let me look into it" is an offer in every language (rubric-guide §4)', () => {
  it.each([
    ['en', 'Let me look into this for you. Could you send me your booking number?'],
    ['es', 'Déjame que lo mire. ¿Me confirmas el correo de la compra?'],
    ['fr', 'Laissez-moi vérifier votre dossier. Pouvez-vous m\'envoyer votre numéro de client ?'],
    ['pt', 'Deixe-me verificar o seu processo. Pode enviar-me o número de cliente?'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('na'));
});

describe('a refusal with a route the customer can take, or a step done instead, passes', () => {
  it.each([
    ['it', 'Purtroppo non posso rettificare la bolletta. Se la perdita viene confermata, può chiedere l\'accesso al fondo perdite.'],
    ['it', 'Non è possibile tornare nel gruppo di Laura. Se vuoi, ti sposto nel gruppo del giovedì sera.'],
    ['de', 'Die anderen beiden kann ich nicht stornieren. Die Bearbeitungsgebühr dafür habe ich Ihnen aber erlassen.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));

  it.each([
    ['en', 'Day passes are non-refundable once the booking date has started.'],
    ['pt', 'Não nos é possível anular a cobrança.'],
  ] as const)('a flat refusal fails, %s: %s', (lang, text) => expect(verdict(lang, text)).toBe('fail'));
});

describe('a closing is no date', () => {
  it('a closing "Até segunda," above a "Name – Company" line is no date', () => {
    const text = 'Olá Rita!\n\nQue bom saber que gostou! Já passei os elogios à Joana.\n\nAté segunda,\nMiguel – Cowork Alfama';
    expect(verdict('pt', text)).toBe('na');
  });
});

describe('more futures that promise nothing', () => {
  it.each([
    ['en', 'She will need to speak to staff at the station about onward travel when she arrives there.'],
    ['en', 'Sorry to hear about this. Please follow up with us via DM with the details.'],
    ['en', 'Thank you for understanding. Should info become available, it will be here on our status page.'],
    ['en', "Thanks, Jo. We'll be waiting for you anytime!"],
    ['pt', 'No momento não temos previsão, mas qualquer novidade será anunciada diretamente no nosso site.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('na'));
});

describe('a sign-up already made for a date is a promise already arranged', () => {
  it.each([
    ['en', 'I have signed Marco up for the junior tournament on Sunday 29 November.'],
    ['it', 'Ho iscritto io Marco al torneo giovanile di domenica 29 novembre.'],
    ['ro', 'L-am înscris pe Marco la turneul de juniori de duminică, 29 noiembrie.'],
    ['es', 'He inscrito a Marco en el torneo juvenil del domingo 29 de noviembre.'],
    ['fr', "Je vous ai inscrit au cours d'essai du mardi 1er décembre."],
    ['de', 'Ich habe Marco für das Jugendturnier am Sonntag, 29. November, angemeldet.'],
    ['pt', 'Já inscrevi o Marco no torneio juvenil de domingo, dia 29.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('pass'));

  it('without a date it promises nothing', () => {
    expect(verdict('it', 'Ho iscritto io Marco al torneo giovanile.')).toBe('na');
  });
});

describe('"we are fully booked" says no to the booking asked for', () => {
  it.each([
    ['en', 'The December course is fully booked.'],
    ['it', 'Purtroppo a dicembre siamo al completo.'],
    ['ro', 'Din păcate în decembrie nu mai avem locuri.'],
    ['es', 'Lo siento, en diciembre estamos completos.'],
    ['fr', 'Désolé, en décembre nous sommes complets.'],
    ['de', 'Leider sind wir über die Festtage bereits ausgebucht.'],
    ['pt', 'Infelizmente em dezembro não temos vagas.'],
  ])('%s, with no alternative, fails: %s', (lang, text) => expect(verdict(lang, text)).toBe('fail'));

  it('with the waiting list or another date offered instead, it passes', () => {
    expect(verdict('de', 'Leider sind wir über die Festtage bereits ausgebucht. Ich habe Sie aber auf unsere Warteliste gesetzt.')).toBe('pass');
  });
});

describe('guaranteeing what someone else does, or what no one controls, fails', () => {
  it.each([
    ['en', "I've re-submitted the form myself this morning. I guarantee they will approve it by Friday."],
    ['it', 'Le garantisco che il pacco arriverà entro domani.'],
    ['ro', 'Vin eu joi la 18:00 și îl reacordez. Îți garantez că de data asta ține până la vară.'],
    ['es', 'Presenté yo la solicitud el 6 de noviembre. La Generalitat se la aprobará antes del martes, se lo aseguro.'],
    ['fr', "Je vous garantis que le transporteur l'acceptera avant vendredi."],
    ['de', 'Ich garantiere Ihnen, dass die Sendung bis Freitag ankommt.'],
    ['pt', 'Envio-a na segunda-feira, 7 de dezembro, e garanto-lhe que chega antes do dia 15, aconteça o que acontecer.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text)).toBe('fail'));

  it('guaranteeing the agent\'s own concrete step is no test', () => {
    expect(verdict('en', 'I guarantee I will call you before noon tomorrow.')).toBe('pass');
  });
});

describe('a reply that answers point by point', () => {
  const reply = 'Stimate domnule Pop,\n\nVă răspund pe puncte.\n\n1. Eroarea. Am resetat eu invertorul azi la 9:40.\n\n2. A doua baterie. Vă trimit eu oferta mâine, până la ora 12:00.\n\n3. Compensația. Nu putem acorda compensații pentru zilele fără producție.\n\nVă rog să-mi spuneți diseară dacă vedeți producția de azi.\n\nCu stimă,\nAdrian';
  it('a remedy for one point is no alternative to the no on the next, nor is a time the customer is asked to answer by', () => {
    expect(verdict('ro', reply)).toBe('fail');
  });
  it('a remedy in the same paragraph, right before the no, is its alternative', () => {
    expect(verdict('it', 'Le ho già disposto un rimborso del 50%, entro 5 giorni lavorativi. Il rimborso totale non è possibile.')).toBe('pass');
  });
});

it('guaranteeing what they\'ll decide fails with the contraction too', () => {
  expect(verdict('en', "I've re-submitted it myself. I guarantee they'll approve it by Friday.")).toBe('fail');
});
