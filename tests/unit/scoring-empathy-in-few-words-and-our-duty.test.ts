// rubric-guide §2: the feeling named for the customer can be short or
// elliptic ("Annoying when you'd set the weekend aside", "Eine Woche auf
// Matratzen ist wirklich kein Zustand", "… is a real disappointment"), or a
// right to feel it ("Aveți dreptate să vă enerveze"). And "you should have
// heard it from me" lays the duty on us, not on the customer: no blame, so it
// takes back neither the apology nor the empathy.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const CUSTOMER: Record<string, string> = {
  en: 'The paint you sent is the wrong colour and I had the weekend set aside to do the door.',
  it: 'La vernice che mi avete mandato è del colore sbagliato e avevo tenuto libero il fine settimana.',
  ro: 'Vopseaua trimisă are culoarea greșită și îmi făcusem timp în weekend pentru ușă.',
  es: 'La pintura que me mandaron es del color equivocado y había reservado el fin de semana.',
  fr: "La peinture envoyée n'est pas la bonne couleur et j'avais bloqué mon week-end.",
  de: 'Die Farbe, die Sie geschickt haben, ist falsch, und ich hatte mir das Wochenende freigehalten.',
  pt: 'A tinta que me enviaram é da cor errada e eu tinha reservado o fim de semana.',
};

describe('a feeling named in few words is empathy', () => {
  it.each([
    ['en', "Sorry, my mistake. Annoying when you'd set the weekend aside for it. I've sent the right tin today."],
    ['en', "Sorry about the mix-up. Losing the weekend you'd planned for it is a real disappointment. I've sent the right tin today."],
    ['it', 'Mi scusi per lo sbaglio. Fastidioso quando si è tenuto libero il fine settimana. Le ho spedito oggi il barattolo giusto.'],
    ['ro', 'Îmi cer scuze pentru greșeală. Aveți dreptate să vă enerveze, v-ați făcut timp degeaba. V-am trimis azi cutia corectă.'],
    ['es', 'Disculpe el error. Frustrante cuando uno ha reservado el fin de semana. Le he enviado hoy la lata correcta.'],
    ['fr', "Toutes mes excuses pour l'erreur. Perdre le week-end prévu, c'est une vraie déception. Je vous ai envoyé aujourd'hui le bon pot."],
    ['de', 'Entschuldigen Sie bitte den Fehler. Ein verlorenes Wochenende ist wirklich kein Zustand. Ich habe Ihnen heute die richtige Dose geschickt.'],
    ['pt', 'Peço desculpa pelo erro. Perder o fim de semana planeado é uma verdadeira desilusão. Enviei-lhe hoje a lata certa.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, CUSTOMER[lang]).empathy).toBe('pass');
  });
});

describe('"you should have heard it from me" is our duty, not blame', () => {
  it.each([
    ['en', "I'm sorry: you should have heard it from me, not from the verger. I understand your frustration. I've moved the start to Monday 22 May."],
    ['it', 'Le chiedo scusa: avrebbe dovuto saperlo da me, non dal sagrestano. Capisco il suo fastidio. Ho spostato l’inizio dei lavori a lunedì 22 maggio.'],
    ['de', 'Entschuldigen Sie bitte: Sie hätten das von mir erfahren müssen, nicht vom Mesner. Ich verstehe Ihren Ärger. Ich habe den Beginn auf Montag, 22. Mai, verschoben.'],
  ])('%s: the apology and the empathy stand', (lang, body) => {
    const v = verdicts(lang, body, CUSTOMER[lang]);
    expect([v.apology, v.empathy]).toEqual(['pass', 'pass']);
  });

  it('"you should have read the label" still blames', () => {
    const v = verdicts('en', "I'm sorry. You should have read the label before painting. I've sent the right tin today.", CUSTOMER.en);
    expect(v.apology).toBe('fail');
  });
});
