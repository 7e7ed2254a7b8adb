// The German pack (rubrics/support-reply/lang/de.yaml) read against
// rubric-guide.md: each phenomenon of the guide in German sentences that are
// not in the dev set, in Sie and du forms, with the verb-second and verb-final
// orders ("Heute habe ich…", "Ich rufe Sie morgen an") and the negation that
// follows the verb ("ich kann das leider nicht ändern").
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
type Verdicts = Partial<Record<'apology' | 'empathy' | 'ownership' | 'commitments' | 'satisfaction_check', 'pass' | 'fail' | 'na'>>;

function verdicts(reply: string, customer: string | null): Verdicts {
  const out = scoreReply({ text: reply, quoted: customer, language: 'de' }, rubric);
  return Object.fromEntries(Object.entries(out.criteria).map(([id, r]) => [id, r.verdict]));
}

/** A complaint: a problem and an emotion, so apology and empathy apply. */
const COMPLAINT = 'Guten Tag, mein Kühlschrank kühlt seit Montag nicht mehr und niemand ruft zurück. Ich bin wirklich verärgert.';
/** A plain question: nothing went wrong. */
const QUESTION = 'Hallo, liefern Sie auch nach Österreich? Danke.';

function check(name: string, reply: string, customer: string | null, want: Verdicts) {
  it(name, () => {
    const got = verdicts(reply, customer);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof Verdicts]]))).toEqual(want);
  });
}

describe('German: apology', () => {
  check('"es tut mir leid, dass Sie das so empfinden" apologises for the feeling', 'Es tut mir leid, dass Sie das so empfinden.', COMPLAINT, { apology: 'fail' });
  check('"wir bedauern, dass wir keine Erstattung anbieten können" only softens a refusal', 'Wir bedauern, dass wir Ihnen keine Erstattung anbieten können.', COMPLAINT, { apology: 'fail', commitments: 'fail' });
  check('a plain request to cancel an order is not a complaint', 'Ich habe Ihre Bestellung heute storniert.', 'Hallo, ich möchte meine Bestellung 4471 stornieren, ich habe mich anders entschieden.', { apology: 'na', empathy: 'na' });
  check('a hypothetical theft in a question is not a reported problem', 'Ja, Ihr Fahrrad ist bis 650 € mitversichert.', 'Guten Tag, ist mein Fahrrad versichert, wenn es aus dem Keller gestohlen wird?', { apology: 'na' });
  check('"Sehr geehrte Kundin, sehr geehrter Kunde," is a greeting, not a sentence', 'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nwir bitten die Verzögerung zu entschuldigen. Ihre Anfrage wurde an die Fachabteilung weitergeleitet.\n\nMit freundlichen Grüßen\nIhr Kundenservice', COMPLAINT, { apology: 'pass', satisfaction_check: 'na' });
  check('"es tut mir leid, dass…" is a genuine apology', 'Es tut mir leid, dass Ihr Kühlschrank ausgefallen ist.', COMPLAINT, { apology: 'pass' });
  check('"entschuldigen Sie bitte" is an apology', 'Entschuldigen Sie bitte die Wartezeit.', COMPLAINT, { apology: 'pass' });
  check('"wir bitten um Entschuldigung" is an apology', 'Wir bitten vielmals um Entschuldigung für den Ausfall.', COMPLAINT, { apology: 'pass' });
  check('"sorry" (du) is an apology', 'Hey Tim, sorry für den Ärger mit dem Kühlschrank!', COMPLAINT, { apology: 'pass' });
  check('"es tut mir leid, falls Sie…" is a conditional non-apology', 'Es tut mir leid, falls Sie Unannehmlichkeiten hatten.', COMPLAINT, { apology: 'fail' });
  check('"es tut mir leid, dass Sie verärgert sind" apologises for the feeling', 'Es tut mir leid, dass Sie verärgert sind.', COMPLAINT, { apology: 'fail' });
  check('"es tut uns leid, dass Sie sich geärgert haben" apologises for the feeling', 'Es tut uns leid, dass Sie sich über unseren Service geärgert haben.', COMPLAINT, { apology: 'fail' });
  check('"wir bedauern, Ihnen mitteilen zu müssen" only softens a refusal', 'Wir bedauern, Ihnen mitteilen zu müssen, dass die Garantie abgelaufen ist.', COMPLAINT, { apology: 'fail' });
  check('"leider müssen wir Ihnen mitteilen" is no apology at all', 'Leider müssen wir Ihnen mitteilen, dass die Garantie abgelaufen ist.', COMPLAINT, { apology: 'fail' });
  check(
    'an apology undercut in the next sentence by "wie bereits erklärt" fails',
    'Es tut mir leid. Wie bereits am Telefon erklärt, ist die Reparatur kostenpflichtig.',
    COMPLAINT,
    { apology: 'fail', empathy: 'fail' },
  );
  check('"Sie müssen sich nicht entschuldigen" answers the customer\'s own apology', 'Sie müssen sich nicht entschuldigen! Ja, wir liefern auch nach Österreich.', 'Entschuldigen Sie die Störung, liefern Sie nach Österreich?', { apology: 'na' });
  check('"leider" alone is not an apology', 'Leider ist das Ersatzteil nicht mehr lieferbar.', COMPLAINT, { apology: 'fail' });
});

describe('German: empathy', () => {
  check('"offensichtlich haben Sie … nicht gelesen" blames the customer', 'Offensichtlich haben Sie die Anleitung nicht gelesen.', COMPLAINT, { empathy: 'fail' });
  check('"nur damit ich es richtig verstehe: …?" restates the situation', 'Nur damit ich es richtig verstehe: Der Kühlschrank lief bis Montag normal und kühlt seitdem gar nicht mehr?', COMPLAINT, { empathy: 'pass' });
  check('"ich verstehe, dass…" with a comma acknowledges the feeling', 'Ich verstehe, dass so ein Ausfall richtig ärgerlich ist.', COMPLAINT, { empathy: 'pass' });
  check('"ich verstehe Ihren Ärger, aber laut…" is a brush-off', 'Ich verstehe Ihren Ärger, aber laut Vertrag ist das nicht abgedeckt.', COMPLAINT, { empathy: 'fail' });
  check('"gerade bei einem…" names the impact on the customer', 'Das tut mir leid, gerade bei einem neuen Gerät.', COMPLAINT, { empathy: 'pass' });
  check('"ich verstehe, wie ärgerlich…" acknowledges the feeling', 'Ich verstehe, wie ärgerlich das ist, wenn die Lebensmittel verderben.', COMPLAINT, { empathy: 'pass' });
  check('"ich kann mir vorstellen…" acknowledges the impact', 'Ich kann mir gut vorstellen, wie stressig eine Woche ohne Kühlschrank ist.', COMPLAINT, { empathy: 'pass' });
  check('"Ihre Verärgerung ist absolut verständlich" acknowledges the feeling', 'Ihre Verärgerung ist absolut verständlich.', COMPLAINT, { empathy: 'pass' });
  check('"beruhigen Sie sich" fails empathy', 'Bitte beruhigen Sie sich, ich verstehe Ihren Ärger.', COMPLAINT, { empathy: 'fail' });
  check('"Sie hätten … sollen" blames the customer', 'Sie hätten den Schaden sofort melden sollen.', COMPLAINT, { empathy: 'fail' });
  check('an apology alone is not empathy', 'Es tut mir leid. Ich schicke heute einen Techniker.', COMPLAINT, { empathy: 'fail' });
  check('a plain question needs no empathy', 'Ja, wir liefern nach Österreich, in 3 bis 5 Werktagen.', QUESTION, { empathy: 'na' });
});

describe('German: ownership (verb second, verb final)', () => {
  check('colloquial "Hab dir … geschickt" (no "ich") is an owned action', 'Hab dir den Gutschein gerade nochmal geschickt.', COMPLAINT, { ownership: 'pass' });
  check('"dafür können wir leider nichts" deflects', 'Ich habe den Fall geprüft. Da hat die Post nicht aufgepasst, dafür können wir leider nichts.', COMPLAINT, { ownership: 'fail' });
  check('"ich habe … erstattet" is an owned action', 'Ich habe Ihnen die Reparaturkosten heute erstattet.', COMPLAINT, { ownership: 'pass' });
  check('"heute habe ich …" (inversion) is an owned action', 'Heute habe ich den Austausch für Sie veranlasst.', COMPLAINT, { ownership: 'pass' });
  check('"ich kümmere mich darum" is an owned action', 'Ich kümmere mich persönlich darum.', COMPLAINT, { ownership: 'pass' });
  check('"ich rufe Sie … an" (separable verb) is an owned action', 'Ich rufe Sie morgen um 10 Uhr an.', COMPLAINT, { ownership: 'pass' });
  check('"wir haben…" (we only) fails', 'Wir haben Ihre Meldung an unsere Technik weitergeleitet.', COMPLAINT, { ownership: 'fail' });
  check('"ich kann … leider nicht" is a refusal, not an owned action', 'Ich kann Ihnen die Kosten leider nicht erstatten.', COMPLAINT, { ownership: 'fail' });
  check('"dafür bin ich nicht zuständig" deflects', 'Dafür bin ich leider nicht zuständig, wenden Sie sich an den Hersteller.', COMPLAINT, { ownership: 'fail' });
  check('"laut Firmenrichtlinie" deflects even beside an action', 'Ich habe das geprüft, aber laut unserer Firmenrichtlinie tauschen wir nach 30 Tagen nicht mehr um.', COMPLAINT, { ownership: 'fail' });
});

describe('German: commitments', () => {
  check('"schick uns … dann schauen wir uns das an" is an offer that waits on the customer', 'Schick uns bitte per DM deine Kundennummer, dann schauen wir uns das an.', COMPLAINT, { commitments: 'na', satisfaction_check: 'na' });
  check('"er ist heute zwischen 14 und 16 Uhr bei Ihnen" is a concrete promise', 'Ich habe mit dem Techniker telefoniert: Er ist heute zwischen 14 und 16 Uhr bei Ihnen.', COMPLAINT, { commitments: 'pass' });
  check('a refusal followed by "ich habe … aber …" brings an alternative', 'Eine Entschädigung kann ich Ihnen nicht zahlen. Ich habe Ihnen aber die Gebühr für dieses Jahr heute erlassen.', COMPLAINT, { commitments: 'pass' });
  check('"zuversichtlich, dass ich die Geschäftsführung überzeugen kann" promises someone else\'s decision', 'Ich bin zuversichtlich, dass ich die Geschäftsführung von einem Rabatt überzeugen kann.', COMPLAINT, { commitments: 'fail' });
  check('an appointment already booked with its slot is a concrete commitment', 'Der Termin mit dem Techniker ist für Donnerstag zwischen 8 und 10 Uhr gebucht.', COMPLAINT, { commitments: 'pass' });
  check('a due date alone is information, not a promise', 'Ihre nächste Rate ist am 5. März fällig.', QUESTION, { commitments: 'na' });
  check('"bis Freitag" is a concrete time frame', 'Ich schicke Ihnen das Ersatzteil bis Freitag.', COMPLAINT, { commitments: 'pass' });
  check('"morgen bis 12 Uhr" is a concrete time frame', 'Der Techniker kommt morgen bis 12 Uhr zu Ihnen.', COMPLAINT, { commitments: 'pass' });
  check('"so bald wie möglich" is vague', 'Ich schicke Ihnen das Ersatzteil so bald wie möglich.', COMPLAINT, { commitments: 'fail' });
  check('"zeitnah" is vague', 'Wir werden uns zeitnah bei Ihnen melden.', COMPLAINT, { commitments: 'fail' });
  check('a promise with no time fails', 'Ich werde den Hersteller kontaktieren.', COMPLAINT, { commitments: 'fail' });
  check('an offer that waits on the customer is not a promise', 'Wenn Sie möchten, kann ich Ihre Rechnung prüfen.', QUESTION, { commitments: 'na' });
  check('"ich garantiere, dass das nie wieder passiert" is an absolute guarantee', 'Ich habe den Lieferanten gewechselt und garantiere Ihnen, dass das nie wieder passiert.', COMPLAINT, { commitments: 'fail' });
  check('"mein Vorgesetzter wird zustimmen" promises someone else\'s decision', 'Ich spreche heute mit meinem Vorgesetzten, er wird sicher zustimmen.', COMPLAINT, { commitments: 'fail' });
  check('"das ist leider nicht möglich" alone is a flat refusal', 'Ein Umtausch ist leider nicht möglich.', COMPLAINT, { commitments: 'fail' });
  check('"aber ich kann…" brings an alternative', 'Ein Umtausch ist leider nicht möglich, aber ich kann das Gerät bis Donnerstag kostenlos reparieren lassen.', COMPLAINT, { commitments: 'pass' });
});

describe('German: satisfaction check', () => {
  check('"haben Sie die Gutschrift inzwischen erhalten?" after a fix checks the outcome', 'Ich habe Ihnen am Montag 40 € gutgeschrieben. Haben Sie die Gutschrift inzwischen erhalten?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"haben Sie noch Fragen?" alone fails', 'Ich habe Ihnen 40 € gutgeschrieben.\n\nHaben Sie noch Fragen?', COMPLAINT, { satisfaction_check: 'fail' });
  check('"wird derzeit von der Fachabteilung geprüft" is a holding reply: no check needed', 'Bitte entschuldigen Sie die Wartezeit. Ihre Reklamation wird derzeit von unserer Fachabteilung geprüft. Wir melden uns baldmöglichst.', COMPLAINT, { satisfaction_check: 'na' });
  check('"melden Sie sich, falls es nicht klappt" asks about the outcome', 'Ich habe Ihr Passwort zurückgesetzt. Melden Sie sich bitte, falls die Anmeldung nicht klappt.', COMPLAINT, { satisfaction_check: 'pass' });
  check('"kann ich sonst noch was für dich tun?" alone fails', 'Ich habe dir 20 € gutgeschrieben.\n\nKann ich sonst noch was für dich tun?', COMPLAINT, { satisfaction_check: 'fail' });
  check('"konnten Sie sich jetzt wieder einloggen?" after a fix checks the outcome', 'Ich habe Ihr Konto entsperrt. Konnten Sie sich jetzt wieder einloggen?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"ist das für Sie in Ordnung?" checks the outcome', 'Ich habe Ihnen 50 € gutgeschrieben. Ist das für Sie in Ordnung?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"passt Ihnen diese Lösung?" checks the outcome', 'Ich habe einen Techniker für Donnerstag gebucht. Passt Ihnen diese Lösung?', COMPLAINT, { satisfaction_check: 'pass' });
  check('"geben Sie mir Bescheid, ob alles funktioniert" checks the outcome', 'Ich habe Ihr Gerät zurückgesetzt. Geben Sie mir bitte Bescheid, ob alles wieder funktioniert.', COMPLAINT, { satisfaction_check: 'pass' });
  check('"kann ich Ihnen sonst noch helfen?" alone fails', 'Ich habe Ihnen 50 € gutgeschrieben.\n\nKann ich Ihnen sonst noch helfen?', COMPLAINT, { satisfaction_check: 'fail' });
  check('a reply that only asks for details needs no check', 'Könnten Sie mir bitte die Seriennummer des Geräts schicken?', COMPLAINT, { satisfaction_check: 'na' });
  check(
    'a follow-up call to check it works passes',
    'Der Techniker war heute bei Ihnen. Ich rufe Sie morgen an, um zu hören, ob der Kühlschrank wieder kühlt.',
    COMPLAINT,
    { satisfaction_check: 'pass' },
  );
});
