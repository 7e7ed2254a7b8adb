// rubric-guide §2 in sentences that are not in the dev set.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const empathy = (language: string, text: string, quoted: string | null) => scoreReply({ text, quoted, language }, rubric).criteria.empathy;
const verdict = (language: string, text: string, quoted: string | null) => empathy(language, text, quoted).verdict;

const EN = 'My train tickets for the concert were never emailed and the show is tonight. I am panicking.';
const IT = 'I biglietti del concerto non mi sono mai arrivati e il concerto è stasera. Sono nel panico, sono furiosa.';
const RO = 'Biletele la concert nu mi-au venit pe email și concertul e diseară. Sunt foarte stresată.';
const ES = 'No me han llegado las entradas y el concierto es esta noche. Estoy muy preocupada.';
const FR = "Je n'ai jamais reçu les billets et le concert est ce soir. Je suis très inquiète.";
const DE = 'Die Tickets sind nie angekommen und das Konzert ist heute Abend. Ich bin verzweifelt.';
const PT = 'Os bilhetes nunca chegaram e o concerto é hoje à noite. Estou muito preocupada.';

describe('acknowledging the feeling or the impact passes', () => {
  it.each([
    ['en', 'I can only imagine how stressful this is with the concert tonight.', EN],
    ['en', 'That must be really worrying with only hours to go.', EN],
    ['it', 'Capisco quanto sia stressante, con il concerto stasera.', IT],
    ['ro', 'Îmi dau seama cât de stresant este, cu concertul chiar diseară.', RO],
    ['ro', 'Inteleg cat de neplacut este, mai ales cu concertul diseara.', RO],
    ['es', 'Entiendo lo angustiante que es, con el concierto esta misma noche.', ES],
    ['fr', "J'imagine à quel point c'est stressant avec le concert ce soir.", FR],
    ['de', 'Ich kann mir gut vorstellen, wie stressig das so kurz vor dem Konzert ist.', DE],
    ['pt', 'Compreendo perfeitamente a sua preocupação, com o concerto hoje à noite.', PT],
  ])('%s: %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('pass'));

  it('restating the situation from the customer side as a question counts', () => {
    const text = 'So the tickets never reached your inbox, and the concert starts at eight tonight, is that right?';
    expect(verdict('en', text, EN)).toBe('pass');
    expect(verdict('it', 'Quindi i biglietti non le sono mai arrivati e il concerto è stasera alle otto, giusto?', IT)).toBe('pass');
  });
});

describe('empathy fails', () => {
  it('with an apology alone', () => {
    const r = empathy('en', "I'm sorry the tickets did not arrive. I've resent them now.", EN);
    expect(r.verdict).toBe('fail');
    expect(r.feedback).toMatch(/apology alone/i);
  });

  it.each([
    ['en', 'Please calm down. I understand how stressful this is.', EN],
    ['it', 'Si calmi, per favore: capisco quanto sia stressante.', IT],
    ['ro', 'Calmați-vă, vă rog. Înțeleg cât de stresant este.', RO],
    ['es', 'Cálmese, por favor. Entiendo que es estresante.', ES],
    ['fr', 'Calmez-vous, je comprends que ce soit stressant.', FR],
    ['de', 'Beruhigen Sie sich bitte, ich verstehe, dass das stressig ist.', DE],
    ['pt', 'Acalme-se, por favor. Compreendo que é stressante.', PT],
  ])('with a "calm down" beside an empathy phrase (%s)', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('fail'));

  it('with "as I already explained" or blame anywhere in the reply', () => {
    expect(verdict('en', 'As I already explained, tickets are emailed on the day. I know how frustrating this is.', EN)).toBe('fail');
    expect(verdict('en', 'I can imagine the stress. You should have checked your spam folder.', EN)).toBe('fail');
    expect(verdict('it', 'Come le ho già spiegato, i biglietti arrivano il giorno stesso.', IT)).toBe('fail');
    expect(verdict('ro', 'Așa cum v-am explicat deja, biletele se trimit în ziua concertului.', RO)).toBe('fail');
  });

  it('with "I understand, but" used to brush the customer off', () => {
    expect(verdict('en', 'I understand, but tickets cannot be reissued.', EN)).toBe('fail');
    expect(verdict('it', 'Capisco, ma non possiamo rimandare i biglietti.', IT)).toBe('fail');
  });
});

describe('when empathy applies', () => {
  it('thanks and praise do not make it apply', () => {
    expect(verdict('en', 'Thank you so much, we will pass this on to the team.', 'Just wanted to say the concert was amazing, thanks!')).toBe('na');
  });

  it('a worried customer with a plain question makes it apply, without an apology', () => {
    const q = 'I am really worried: does my ticket still work if I arrive after the doors close?';
    const out = scoreReply({ text: 'It is completely understandable to worry. Yes, your ticket stays valid all evening.', quoted: q, language: 'en' }, rubric);
    expect(out.criteria.empathy.verdict).toBe('pass');
    expect(out.criteria.apology.verdict).toBe('na');
  });
});

describe('an empathy phrase in the reply makes empathy apply', () => {
  it('judges the reply when the customer text names no known trouble word', () => {
    const r = scoreReply({ text: 'I understand how frustrating this must be. I have reset your password.', quoted: 'Hello, about my account number 4471.', language: 'en' }, loadRubric());
    expect(r.criteria.empathy.verdict).toBe('pass');
  });
});

describe('a sorry in the reply shows the customer came with trouble', () => {
  it('a non-apology with no acknowledgement fails empathy even when the customer words are unfamiliar', () => {
    const r = scoreReply({ text: "I'm sorry if the renewal notice seemed unclear. The amount stands.", quoted: 'Hello, about my account number 4471.', language: 'en' }, loadRubric());
    expect(r.criteria.empathy.verdict).toBe('fail');
  });
  it('"sorry for the late reply" to a plain question leaves empathy na', () => {
    const r = scoreReply({ text: 'Sorry for the late reply. Yes, the desk comes in oak and walnut, and I have sent you the brochure.', quoted: 'Does the desk come in walnut?', language: 'en' }, loadRubric());
    expect(r.criteria.empathy.verdict).toBe('na');
  });
});

describe('an apology that names the feeling is also empathy', () => {
  it.each([
    ['en', 'Sorry to hear the process was so frustrating. I have reset it for you.', EN],
    ['en', 'My apologies for any frustration. I have resent the tickets.', EN],
    ['it', 'Mi dispiace per la frustrazione: le ho rimandato i biglietti.', IT],
    ['ro', 'Îmi pare rău pentru îngrijorare, v-am retrimis biletele.', RO],
  ])('%s: %s', (lang, text, quoted) => expect(verdict(lang, text, quoted)).toBe('pass'));
});

describe('naming what the situation means for the customer, in other words, is empathy', () => {
  const Q = { en: EN, it: IT, ro: RO, es: ES, fr: FR, de: DE, pt: PT };
  it.each([
    ['en', "I'm sorry. Missing the first half of the show would be embarrassing and stressful. I've re-sent the tickets to your phone."],
    ['en', 'Sorry about this. Finding out on the day is the worst possible timing. I have re-sent the tickets.'],
    ['en', "Sorry! A concert without tickets is a real headache, and I'd be panicking too. I have re-sent them."],
    ['en', "I can hear how worried you are. I have re-sent the tickets now."],
    ['en', 'I am so sorry: a frantic search for tickets is not the evening you paid for. I have re-sent them.'],
    ['it', 'Mi dispiace tantissimo: restare fuori dal concerto sarebbe davvero una delusione. Ti ho rimandato i biglietti.'],
    ['it', 'Mi dispiace, anch’io sarei nel panico al posto tuo. Ti ho rimandato i biglietti.'],
    ['ro', 'Îmi pare rău, chiar nu e ok să aștepți biletele până în ultima zi. Ți le-am retrimis acum.'],
    ['es', 'Lo siento, yo también estaría muy preocupada. Le he reenviado las entradas.'],
    ['fr', "Je suis désolé, c'est vraiment pénible à quelques heures du concert. Je vous ai renvoyé les billets."],
    ['de', 'Es tut mir leid. Den ganzen Tag auf die Tickets zu warten, ist wirklich ärgerlich. Ich habe sie erneut geschickt.'],
    ['de', 'Sorry, das ist echt mies, da würde ich mich auch aufregen. Ich habe die Tickets erneut geschickt.'],
    ['de', 'Entschuldigung! Ärgerlich, wenn man sich so auf den Abend freut. Ich habe die Tickets erneut geschickt.'],
    ['pt', 'Peço desculpa, eu também ficaria muito preocupada. Reenviei os bilhetes agora mesmo.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text, Q[lang])).toBe('pass'));

  it('an evaluation of something other than the customer\'s situation is not', () => {
    expect(verdict('en', "I'm sorry. I have re-sent the tickets, and I'd be happy to print them for you as well.", EN)).toBe('fail');
    expect(verdict('de', 'Entschuldigung. Die Rechnung ist bitter nötig, ich habe sie erneut geschickt.', DE)).toBe('fail');
  });
});

describe('customer troubles and brush-offs the packs missed', () => {
  const reply = {
    en: "I've entered your reading manually and requested a re-bill.",
    fr: 'Le colis sera représenté demain entre 8 h et 13 h.',
    pt: 'Já enviei um tampo novo, que será entregue na terça-feira.',
  };
  it.each([
    ['en', 'My bill for October is £287, usually it’s around £90. Please sort this out.'],
    ['fr', "Le livreur a noté « destinataire absent » alors que j'étais chez moi toute la journée !"],
    ['pt', 'A mesa chegou com um risco enorme no tampo.'],
  ] as const)('%s: %s is a problem, so empathy applies', (lang, quoted) => expect(verdict(lang, reply[lang], quoted)).toBe('fail'));

  it('"wie Ihnen bereits mehrfach erklärt wurde" brushes the customer off', () => {
    expect(verdict('de', 'Wir verstehen Ihren Ärger. Wie Ihnen bereits mehrfach erklärt wurde, ist die Straße gesperrt.', DE)).toBe('fail');
  });

  it('an apology for keeping the customer waiting for an answer is about us: no empathy needed', () => {
    expect(verdict('de', 'Entschuldigen Sie bitte, dass Sie so lange auf eine Antwort warten mussten. Ja, Ihr Tarif gilt auch in Bonn.', 'Kann ich meinen Stromvertrag mitnehmen, wenn ich umziehe?')).toBe('na');
  });
});

describe('more ways to name the feeling or the impact', () => {
  const complaint: Record<string, string> = {
    de: 'Ich habe drei Strafzettel bekommen und bin verärgert.',
    fr: 'On m\'a refusé l\'entrée au concert, je suis furieux.',
    pt: 'O ar-condicionado do carro alugado não funciona e estou furioso.',
    ro: 'Bicicleta s-a stricat pe drum și sunt foarte supărat.',
  };
  it.each([
    ['de', 'Ich kann Ihren Ärger gut verstehen. Ich habe die Gebühr erlassen.'],
    ['fr', "Se faire refuser à l'entrée, c'est une soirée gâchée, je le comprends très bien. Je vous ai remboursé."],
    ['fr', "Après trois mois d'attente, découvrir une rayure doit être très décevant. Je m'en occupe."],
    ['pt', 'Ficar no calor com as crianças deve estar sendo muito desgastante. Já troquei o carro.'],
    ['ro', 'Îmi pare rău, chiar nasol să rămâi cu bicicleta pe drum. Ți-am dat banii înapoi.'],
  ] as const)('%s: %s', (lang, text) => expect(verdict(lang, text, complaint[lang])).toBe('pass'));
});

describe('the customer\'s situation pictured or named as a bind is empathy', () => {
  const PROBLEM = 'The party room was double-booked and the children had nowhere to go. I am furious.';
  it.each([
    ['en', 'I am sorry. I can picture it: a room full of balloons and twelve excited children with nowhere to go.'],
    ['en', 'The bundle arrived after the window had closed, and you have been left to explain that to the partner. I am sorry.'],
    ['fr', "Je comprends : une corde qui casse la veille d'un concert, c'est le cauchemar de tous les harpistes."],
    ['es', 'Os pedimos disculpas. Sabemos que era un encargo importante y que os ha puesto en un compromiso con la galería.'],
  ])('%s: %s', (lang, text) => expect(verdict(lang, text, PROBLEM)).toBe('pass'));

  it('a bind that is ours ("we have been left with no stock") is no empathy', () => {
    expect(verdict('en', 'I am sorry. We have been left with no stock after the storm.', PROBLEM)).toBe('fail');
  });
});
