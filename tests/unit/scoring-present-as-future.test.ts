// rubric-guide §4, tense: the Romance languages and German promise a step to
// come with a first-person present and a day or an hour ("te le porto giovedì",
// "vă sun vineri", "voy el viernes a las 10"). The same present with "now"
// ("vă răspund abia acum") tells what is being done; with no time it is an act
// and promises nothing; a past act with a day is a report.
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const ASK: Record<string, string> = {
  it: 'Mancano le uova nella cassetta di oggi.',
  es: 'Ayer lo esperé toda la tarde y nunca vino a afinar el piano.',
  pt: 'A torneira continua a pingar depois da reparação.',
  fr: 'Le radiateur fuit toujours.',
  de: 'Die Heizung ist immer noch kalt.',
  ro: 'Centrala tot nu pornește.',
};

describe('a first-person present with a day or an hour promises', () => {
  it.each([
    ['it', 'Hai ragione, errore mio. Te le porto io giovedì insieme alla prossima cassetta.'],
    ['it', 'Mi dispiace. Vengo io venerdì alle 9 a sistemare tutto.'],
    ['es', 'Tiene razón, le pido disculpas. Voy el viernes 27 a las 10:00 y la afinación no tiene costo.'],
    ['pt', 'Peço desculpa. Passo aí na quinta-feira às 9h para trocar a peça.'],
    ['fr', 'Je suis désolé. Je passe jeudi à 14 h pour changer le joint.'],
    ['de', 'Das tut mir leid. Ich komme am Donnerstag um 10 Uhr vorbei und tausche das Ventil.'],
    ['ro', 'Îmi pare rău. Vin joi la ora 10 să schimb piesa.'],
    ['ro', 'Îmi pare rău. Vă sun vineri să stabilim ora.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, ASK[lang]).commitments).toBe('pass');
  });
});

describe('the same present promises nothing without a time, with "now", or in the past', () => {
  it.each([
    ['ro', 'Îmi cer scuze că vă răspund abia acum. Da, centrala are garanție doi ani.'],
    ['it', 'Mi scuso se ti rispondo solo adesso. Sì, le uova sono di galline allevate a terra.'],
    ['it', 'Mi dispiace. Ho chiamato il fornitore giovedì e mi ha spiegato il ritardo.'],
    ['ro', 'Îmi pare rău. Am vorbit joi cu tehnicianul.'],
  ])('%s: %s', (lang, body) => {
    expect(verdicts(lang, body, ASK[lang]).commitments).toBe('na');
  });
});

// rubric-guide §4 and the sets' reading of a completed act with a dated
// outcome: what the agent just sent "arrives Thursday" is the outcome promised.
describe('a dated arrival after the agent sent something promises it', () => {
  it.each([
    ['en', "Sorry about that. I've sent a new one by courier today and it arrives on Thursday.", 'pass'],
    ['it', 'Mi dispiace. Le ho rispedito oggi una bottiglia con GLS: arriva giovedì.', 'pass'],
    ['fr', 'Désolé. Je vous ai renvoyé le colis ce matin, il arrive jeudi.', 'pass'],
    ['ro', 'Îmi pare rău. V-am trimis azi altul prin curier și ajunge joi.', 'pass'],
    ['en', 'Sorry about that. Parcels usually arrive within 3 days.', 'na'],
    ['it', 'Mi dispiace. Di solito il corriere arriva il giovedì.', 'na'],
  ])('%s: %s → %s', (lang, body, verdict) => {
    expect(verdicts(lang, body, lang === 'en' ? 'My parcel never came.' : ASK[lang] ?? 'Il pacco non è arrivato.').commitments).toBe(verdict);
  });
});

// rubric-guide §4, as the dev set reads "I've moved your session to
// Thursday": a booking, hold or slot the agent has made for a stated time is
// a promise already arranged. A date in another clause ("…; il suffira de
// présenter son permis le 18 décembre") does not date the booking.
describe('a booking or hold made for a stated time is a promise already arranged', () => {
  it.each([
    ['en', "Yes, we stock them. I've put one aside for you until Friday 27 November.", 'pass'],
    ['de', 'Die Seilbahn fährt um 10 und 14 Uhr. Für den 9. Jänner habe ich Ihr Gepäck für die 14-Uhr-Fahrt eingetragen.', 'pass'],
    ['es', 'Sí, los perros viajan gratis. Le he añadido el perro a la reserva del viernes.', 'pass'],
    ['fr', "Oui, c'est possible. J'ai ajouté l'option à votre réservation ; il suffira de présenter le permis au comptoir le 18 décembre.", 'na'],
  ])('%s: %s → %s', (lang, body, verdict) => {
    expect(verdicts(lang, body, lang === 'en' ? 'Do you stock vaporisers?' : 'Kann ich das buchen?').commitments).toBe(verdict);
  });
});
