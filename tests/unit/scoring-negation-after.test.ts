// Negation that follows what it negates, read by the engine (Analysis.negatedAfter)
// from each pack's `negation_after`, `negation_frame` and `negation_exception`:
// German verb-second and verb-final "nicht"/"kein", French "ne … pas/plus".
// A negated first-person act is no act, a negated promise no promise (and a
// refusal when its verb grants something, `refusal_verb`), "ich entschuldige
// mich nicht" no apology. "Nicht nur", "kein Problem", "pas de souci", "ne …
// que", "nicht mehr als", questions and another clause's negation negate
// nothing.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubrics/load.js';
import { compileRubric } from '../../src/scoring/compile.js';
import { Analysis } from '../../src/scoring/analysis.js';
import { facts } from '../../src/scoring/facts.js';
import { scoreReply } from '../../src/scoring/score.js';

const rubric = loadRubric();
const packs = compileRubric(rubric).packs;
const frame = (lang: string, body: string) =>
  lang === 'de' ? `Guten Tag Herr Weber,\n\n${body}\n\nFreundliche Grüße\nJan` : `Bonjour Madame Martin,\n\n${body}\n\nCordialement,\nLéa`;
const read = (lang: string, body: string) => facts(new Analysis(frame(lang, body), packs.get(lang)!));
const verdicts = (lang: string, body: string, quoted: string | null = null) => scoreReply({ text: frame(lang, body), quoted, language: lang }, rubric).criteria;

describe('a first-person act negated after its verb is not an act', () => {
  it.each([
    ['de', 'Ich schicke Ihnen keinen weiteren Ersatz.'],
    ['de', 'Die Gebühr erstatte ich Ihnen nicht.'],
    ['de', 'Ich tausche das Gerät nicht um.'],
    ['de', 'Ich kann Ihnen die Versandkosten leider nicht erstatten, da die Rückgabefrist abgelaufen ist.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).actions).toEqual([]);
    expect(verdicts(lang, body).ownership.verdict).toBe('fail');
  });
});

describe('a negated promise is no promise, and a no when it withholds something', () => {
  it.each([
    ['de', 'Wir werden das Paket nicht mehr zustellen.'],
    ['de', 'Ich werde Ihnen die Gebühr nicht erstatten.'],
    ['de', 'Die Mahngebühr kann nicht erlassen werden.'],
    ['fr', 'Je ne vous rembourserai pas cette commande.'],
    ['fr', "Nous n'enverrons plus de colis à cette adresse."],
  ])('%s: %s', (lang, body) => {
    const f = read(lang, body);
    expect(f.promises).toEqual([]);
    expect(f.refusals.length).toBeGreaterThan(0);
    expect(f.refusals[0].alternative).toBeNull();
  });

  it('de: the no with an alternative passes commitments', () => {
    const body = 'Das Paket werden wir nicht mehr zustellen. Stattdessen erstatte ich Ihnen heute bis 18 Uhr den vollen Betrag.';
    expect(read('de', body).refusals[0]?.alternative).not.toBeNull();
    expect(verdicts('de', body).commitments.verdict).toBe('pass');
  });

  it('de: a negated promise of something that withholds nothing is no refusal ("das wird nicht wieder vorkommen")', () => {
    const f = read('de', 'Das wird nicht wieder vorkommen.');
    expect(f.refusals).toEqual([]);
  });
});

describe('an apology negated right after its verb is no apology', () => {
  it('de: "Ich entschuldige mich nicht für …"', () => {
    const f = read('de', 'Ich entschuldige mich nicht für die Verspätung des Kuriers, das liegt nicht bei uns.');
    expect(f.apologies).toEqual([]);
    expect(f.declinedApologies.length).toBe(1);
  });
  it('de: "Entschuldigung für die nicht erfolgte Lieferung" stays an apology', () => {
    const f = read('de', 'Ich entschuldige mich für die nicht erfolgte Lieferung.');
    expect(f.apologies.map((a) => a.kind)).toEqual(['genuine']);
  });
  it('fr: "Je ne m\'excuse pas" is no apology', () => {
    expect(read('fr', 'Je ne m’excuse pas pour le retard du transporteur.').apologies).toEqual([]);
  });
});

describe('negation words that negate nothing around the act', () => {
  it.each([
    ['de', 'Ich erstatte Ihnen nicht nur die Versandkosten, sondern auch den Kaufpreis.'],
    ['de', 'Ich tausche das Gerät gerne um, kein Problem.'],
    ['de', 'Kein Problem, ich schicke Ihnen heute noch ein neues Etikett.'],
    ['de', 'Ich erstatte Ihnen den Betrag in nicht mehr als drei Werktagen.'],
    ['de', 'Ich schicke Ihnen die nicht zugestellte Ware heute erneut.'],
    ['de', 'Ich erstatte Ihnen die nicht erstattbare Gebühr ausnahmsweise.'],
    ['fr', 'Je m’en occupe, pas de souci.'],
    ['fr', 'Je vous envoie un nouveau colis demain avant midi, pas de problème.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).actions.length).toBeGreaterThan(0);
    expect(verdicts(lang, body).ownership.verdict).toBe('pass');
  });

  it('fr: "ne … que" (only) is no refusal and no negation', () => {
    const f = read('fr', 'Nous ne pouvons que vous rembourser la commande, ce que je fais aujourd’hui.');
    expect(f.refusals).toEqual([]);
    expect(f.actions.length).toBeGreaterThan(0);
  });
});

describe('a negation of another clause or a question leaves the act standing', () => {
  it.each([
    ['de', 'Ich prüfe, warum das Paket nicht angekommen ist.'],
    ['de', 'Ich kläre mit dem Kurier, weshalb die Sendung noch nicht zugestellt wurde.'],
    ['de', 'Ich sorge dafür, dass das nicht wieder passiert.'],
    ['de', 'Ich habe nachgesehen und das Paket ist nicht verloren gegangen.'],
    ['de', 'Ich schicke Ihnen morgen ein neues Gerät, Sie müssen nichts weiter tun.'],
    ['de', 'Ich kümmere mich darum. Haben Sie die Rechnung nicht erhalten?'],
    ['fr', 'Je vérifie pourquoi le colis n’est pas arrivé.'],
    ['fr', 'Je vous rembourse les frais aujourd’hui, même si le colis n’est pas encore revenu.'],
  ])('%s: %s', (lang, body) => {
    expect(read(lang, body).actions.length).toBeGreaterThan(0);
    expect(verdicts(lang, body).ownership.verdict).toBe('pass');
  });
});
