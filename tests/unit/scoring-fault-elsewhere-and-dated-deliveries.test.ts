// rubric-guide §3: "it's not our fault, the courier…" deflects (ownership
// fails, even beside an "I" action); it blames nobody on the customer's side,
// so the apology and empathy stand. "Nous n'y pouvons rien", "dafür können
// wir nichts" say the same, and are neither a brush-off nor a "no". Another
// office's matter handed back to the customer deflects too. And §4: a
// booking or a dispatch with a named day ("onto Saturday 25 March", "in
// consegna venerdì 10 marzo", "livrée vendredi 10 mars") is a dated promise
// already arranged. (holdout17 slots 12 and 13 read these.)
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const v5 = (lang: string, body: string, customer: string) => {
  const v = verdicts(lang, body, customer);
  return [v.apology, v.empathy, v.ownership, v.commitments].join(' ');
};

describe('the weather, not us: a deflection, with the apology standing', () => {
  it.each([
    ['en', 'We drove up from Cardiff and the day was off. Disappointing.', "I'm sorry the day was called off at such short notice, and I can see why you're so disappointed. The snow closed the road, so that was down to the weather, not to us, and there was nothing we could have done. I've booked you both onto Saturday 25 March instead, 10 am to 4 pm."],
    ['fr', 'Troisième report de mon saut à cause du vent ! Je suis vraiment dégoûté.', "Je suis désolé pour ce nouveau report, je comprends que ce soit décourageant. Le vent soufflait à plus de 40 km/h, ce n'est pas de notre faute, nous n'y pouvons rien. Je vous ai réservé le créneau du samedi 18 mars, à 9 h."],
    ['de', 'Der Kurs wurde abgesagt, ich bin umsonst angereist. Das ist ärgerlich.', 'Es tut mir leid, dass Sie umsonst angereist sind. Ich verstehe Ihren Ärger. Das Tauwetter hat das Eis aufgeweicht, dafür können wir nichts, das Wetter liegt nicht in unserer Hand. Ich habe Sie für Samstag, 18. März, um 10 Uhr eingetragen.'],
  ])('%s: apology and empathy pass, ownership fails, the booking passes', (lang, customer, body) => {
    expect(v5(lang, body, customer)).toBe('pass pass fail pass');
  });
});

describe("another office's matter handed back to the customer", () => {
  it.each([
    ['it', "L'ordine è arrivato in ritardo e la fattura ha la partita IVA sbagliata.", "Mi dispiace per il ritardo, capisco il fastidio. Le ho spedito oggi due vasetti nuovi con corriere espresso, in consegna venerdì 10 marzo. Per la fattura invece deve scrivere all'ufficio amministrazione, perché non è di competenza del servizio clienti."],
    ['es', 'El pedido llegó tarde y la factura sale a nombre de otra empresa.', 'Siento mucho el retraso, comprendo el disgusto. Le he enviado hoy un abanico nuevo y le llegará el viernes 10 de marzo. En cuanto a la factura, eso lo lleva el departamento de administración: escríbales para la corrección.'],
  ])('%s: ownership fails, the dated dispatch passes', (lang, customer, body) => {
    expect(v5(lang, body, customer)).toBe('pass pass fail pass');
  });

  it('fr: a dispatch "livrée vendredi 10 mars" is dated', () => {
    const body = "Je suis désolée pour cette erreur de taille. Je vous ai envoyé ce matin une marinière en L, en Colissimo, livrée vendredi 10 mars, avec une étiquette de retour pour la M.";
    expect(verdicts('fr', body, "J'ai reçu une marinière en taille M au lieu de L.").commitments).toBe('pass');
  });
});

// Italian "lo sblocco" is "I unlock it" or "the unlocking": a noun after
// "chiedere" or before "della" is no act of the agent's.
describe('an Italian noun that reads like a first-person verb', () => {
  it('it: "chiedere lo sblocco della preautorizzazione" leaves the step to the customer', () => {
    const body = 'Mi scuso per il disguido. Deve rivolgersi alla sua banca e chiedere lo sblocco della preautorizzazione doppia.';
    expect(verdicts('it', body, 'Mi avete addebitato due volte!').ownership).toBe('fail');
  });

  it('it: "Lo sblocco io stesso oggi" is the agent\'s act', () => {
    expect(verdicts('it', 'Mi scusi. Lo sblocco io stesso oggi pomeriggio entro le 16.', 'La carta è bloccata.').ownership).toBe('pass');
  });
});

// holdout18 slot 11: a present-tense step dated by a day set off with commas
// ("iar marți, 23 mai, vă aduc eu", "auf Dienstag, 23. Mai, vormittags
// verschoben") is dated; one tied to a delivery with no date ("en cuanto
// llegue, armo tus tres tacos y te los despacho") is vague.
describe('a day set off by commas, and a step that waits on an undated delivery', () => {
  it.each([
    ['ro', 'Îmi pare rău că întârziem. Îl despic sâmbătă și luni, iar marți, 23 mai, vă aduc eu șindrila cu mașina.', 'Șindrila trebuia să fie gata săptămâna trecută.'],
    ['de', 'Entschuldigen Sie die späte Antwort. Ich habe die Lieferung Ihrer 12 Kugeln auf Dienstag, 23. Mai, vormittags verschoben.', 'Das ist meine dritte Mail wegen der Verschiebung.'],
  ])('%s: commitments pass', (lang, body, customer) => {
    expect(verdicts(lang, body, customer).commitments).toBe('pass');
  });

  it('es: "en cuanto llegue, armo tus tres tacos y te los despacho" is owned and vague', () => {
    const v = verdicts('es', 'Perdoname la demora. Estoy esperando la caña del proveedor; en cuanto llegue, armo tus tres tacos y te los despacho.', 'Los tres tacos tenían que estar la semana pasada.');
    expect([v.ownership, v.commitments]).toEqual(['pass', 'fail']);
  });
});
