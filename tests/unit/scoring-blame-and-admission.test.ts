// rubric-guide §2: blaming the customer fails empathy. Two things look like
// blame and are not: what the customer was owed ("you should have had them")
// and a detail told in the sentence that owns the mistake ("das war unser
// Fehler: die Belichtung war falsch eingestellt"). A denial ("non è colpa
// nostra se…") or a "but" after the admission still blames.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const UPSET: Record<string, string> = {
  en: "I paid for all-season tyres and got summer ones. I don't feel safe driving in winter.",
  de: 'Das Passamt hat die Fotos zurückgewiesen, jetzt muss ich mir wieder freinehmen. Sehr ärgerlich.',
  fr: "La gravure est fausse alors que j'avais vérifié l'aperçu. Je suis franchement dépité.",
  it: 'Le riviste arrivano sempre in ritardo, sono stufa.',
};

describe('no blame where the reply owns the mistake or names what was owed', () => {
  it.each([
    ['en', 'I apologise for the mix-up. You paid for all-season tyres and you should have had them, and I completely understand you not wanting to drive on the wrong ones.'],
    ['de', 'Entschuldigen Sie bitte, das war unser Fehler: Die Belichtung war falsch eingestellt. Ich verstehe, wie ärgerlich ein zweiter Behördenweg ist.'],
    ['fr', "Je suis vraiment désolée. J'imagine votre déception. L'aperçu que vous avez validé comportait bien le tréma, l'erreur vient de notre atelier."],
  ])('%s: empathy passes', (lang, body) => {
    expect(verdicts(lang, body, UPSET[lang]).empathy).toBe('pass');
  });
});

describe('a denial, or a "but" after the admission, still blames', () => {
  it.each([
    ['it', "Capisco il fastidio. Non è colpa nostra se lei non ha comunicato il nuovo indirizzo."],
    ['en', "I understand how frustrating this is. It was our mistake to fit them, but you should have checked the invoice at the counter."],
  ])('%s: empathy fails', (lang, body) => {
    expect(verdicts(lang, body, UPSET[lang]).empathy).toBe('fail');
  });
});

describe('more ways to acknowledge a feeling or its impact', () => {
  it.each([
    ['en', "I completely understand. Leaving her for the first time is a big thing, and it's natural to be anxious.", "I'm honestly quite anxious about leaving her with you."],
    ['en', 'Postponing in front of your client has put you in an embarrassing position.', 'The translation arrived after our signing meeting.'],
    ['pt', 'Ficar com as crianças paradas deve ter sido muito desconfortável.', 'O animador chegou 40 minutos atrasado. Fiquei muito chateada.'],
  ])('%s: %s', (lang, body, quoted) => {
    expect(verdicts(lang, body, quoted).empathy).toBe('pass');
  });
  it('fr: "je vous demanderais de vous calmer" dismisses, even beside "je comprends votre frustration"', () => {
    expect(verdicts('fr', 'Je comprends votre frustration, mais je vous demanderais de vous calmer.', "Je suis vraiment en colère.").empathy).toBe('fail');
  });
});

describe('more ways customers report a problem', () => {
  it.each([
    ['it', "Il trapano si spegne dopo pochi secondi, anche con la batteria carica."],
    ['ro', 'După uscare au apărut nişte pete maronii pe perne.'],
    ['es', 'En la comida faltaron quince menús vegetarianos.'],
    ['fr', "La borne n'a rien chargé et j'ai quand même été débité de 18,60 €."],
    ['fr', 'Pas franchement ravi de votre service.'],
  ])('%s: %s', (lang, quoted) => {
    const thanks: Record<string, string> = { it: 'Grazie per il messaggio.', ro: 'Vă mulțumesc pentru mesaj.', es: 'Gracias por su mensaje.', fr: 'Merci pour votre message.' };
    expect(verdicts(lang, thanks[lang], quoted).apology).toBe('fail');
  });
});

describe('knowing what it meant to the customer is empathy, in each language', () => {
  it.each([
    ['en', 'I understand it left you in an awkward spot with your client, and a delayed closing is a real cost to you.', 'The courier left the contract at the wrong door and our closing slipped a day.'],
    ['it', 'So quanto ci tenevate, e che siete venuti da Cagliari apposta.', "L'uscita in barca è stata annullata, siamo molto delusi."],
    ['es', 'Sé que había reorganizado su turno de trabajo para esperarme y que perdió la tarde por mi culpa.', 'Le esperé toda la tarde y no vino nadie.'],
    ['fr', 'Je mesure à quel point cela ajoute de la peine et de la fatigue en ce moment.', "La date dans l'avis de décès est fausse. Je suis épuisée."],
    ['pt', 'Sei que com as propinas e a renda cada euro conta.', 'Cobraram-me 15 € de internet que devia estar incluída.'],
    ['pt', 'Sei que os miúdos estavam entusiasmados e que ficar a ver o mar sem poder entrar é uma desilusão.', 'A aula foi cancelada em cima da hora, os miúdos ficaram tristes.'],
    ['it', 'Mi stringo a Lei e alla Sua famiglia in questo momento così doloroso.', 'Mia madre è mancata ieri, vorremmo portare le sue rose al funerale.'],
  ])('%s: %s', (lang, body, quoted) => {
    expect(verdicts(lang, body, quoted).empathy).toBe('pass');
  });
  it('fr: "calmez vous" without the hyphen still dismisses', () => {
    expect(verdicts('fr', 'Monsieur, calmez vous, je comprends votre frustration.', 'Votre garage est une honte !').empathy).toBe('fail');
  });
  it('ro: an apology for the late answer to a plain request owes no empathy', () => {
    expect(verdicts('ro', 'Îmi cer scuze pentru răspunsul întârziat. V-am pus eu abonamentul pe pauză între 20 decembrie și 10 ianuarie.', 'Putem pune abonamentul pe pauză de sărbători?').empathy).toBe('na');
  });
});
