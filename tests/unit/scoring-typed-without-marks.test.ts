// Replies and customer mail typed without the marks a keyboard makes hard to
// reach, which a careful reader reads exactly as the marked forms:
// - English contractions without their apostrophe ("dont", "cant", "Im
//   sorry", "Ive refunded", "thats"), but not where the bare form is another
//   word ("we'll"/"well", "we're"/"were", "I'll"/"ill", "it's"/"its");
// - German umlauts written out ("Verzoegerung", "fuer", "Gruesse",
//   "zurueckerstattet") or dropped ("fur");
// - accents left off in the Romance languages and Romanian ("ne pare rau",
//   "desole", "nao"), which a pattern's accented letter already matches.
import { describe, expect, it } from 'vitest';
import { compileList, lowerSameLength, matchSignal } from '../../src/scoring/pattern.js';
import { packContractions } from '../../src/scoring/compile.js';
import { scoreReply } from '../../src/scoring/score.js';
import { analyse, rubric, verdicts } from '../helpers/reply.js';

// Patterns compiled as the English pack compiles them (its `contractions`).
const contractions = packContractions(rubric.packs.en);
const find = (patterns: string[], text: string) =>
  matchSignal(compileList(patterns, {}, contractions)!, lowerSameLength(text)).map(([s, e]) => text.slice(s, e));

const bare = (lang: string, text: string, quoted: string | null) =>
  Object.fromEntries(Object.entries(scoreReply({ text, quoted, language: lang }, rubric).criteria).map(([k, v]) => [k, v.verdict]));

describe('apostrophes left out of English contractions', () => {
  it("lets a pattern's n't, I'm, I've, that's, you're match without the apostrophe", () => {
    expect(find(["don't"], 'I dont know')).toEqual(['dont']);
    expect(find(['(we|I) (can|could)(\'t| not) refund'], 'we cant refund it, we could not refund it')).toEqual(['we cant refund', 'we could not refund']);
    expect(find(["I('m| am) sorry"], 'Im sorry, I am sorry')).toEqual(['Im sorry', 'I am sorry']);
    expect(find(["I('ve| have) refunded"], 'Ive refunded it')).toEqual(['Ive refunded']);
    expect(find(["that's frustrating"], 'thats frustrating')).toEqual(['thats frustrating']);
    expect(find(["you're right"], 'youre right')).toEqual(['youre right']);
  });

  it('keeps the apostrophe where the bare form is another word', () => {
    expect(find(["we'll call you"], 'well call you back')).toEqual([]);
    expect(find(["we're sorry"], 'were sorry to see it go')).toEqual([]);
    expect(find(["I'll check"], 'ill check')).toEqual([]);
    expect(find(["it's broken"], 'its broken')).toEqual([]);
  });

  it('does not turn a word ending in -n\'t into any word ending in -nt', () => {
    expect(find(["*n't"], 'I want the payment sent')).toEqual([]);
    expect(find(["*n't"], "it isn't")).toEqual(["isn't"]);
  });

  it('indexes a pattern that starts with a contraction under its bare form too ("Ive checked")', () => {
    // "I('ve| have) … {w}" is indexed at its first word: "Ive" must find it.
    const v = bare('en', 'Hi Sam, Im sorry your parcel hasnt arrived. Ive checked with the courier and booked a redelivery for tomorrow before 12pm. Does that work for you?', 'my parcel still hasnt come and i cant reach anyone, im really annoyed');
    expect(v).toEqual({ apology: 'pass', empathy: 'fail', ownership: 'pass', commitments: 'pass', satisfaction_check: 'pass' });
  });

  it('reads "dont"/"cant" as negations on the customer\'s side and in the reply', () => {
    // The customer's "doesnt work" is a trouble (apology applies); the reply's
    // "I dont think we need to apologise" declines to apologise.
    const v = verdicts('en', "I dont think we need to apologise here. The charger was used for a year. Is there anything else I can help with?", 'the charger doesnt work anymore');
    expect(v.apology).toBe('fail');
  });
});

describe('German typed without umlauts', () => {
  it('lets a pattern with ä, ö, ü match ae, oe, ue and the bare vowel', () => {
    expect(find(['Verzögerung'], 'die Verzoegerung, die Verzogerung, die Verzögerung')).toEqual(['Verzoegerung', 'Verzogerung', 'Verzögerung']);
    expect(find(['für Sie'], 'fuer Sie')).toEqual(['fuer Sie']);
    expect(find(['Grüße'], 'Gruesse')).toEqual(['Gruesse']);
  });

  it('reads empathy and a check whose words have umlauts when they are written out ("aergerlich", "fuer")', () => {
    const v = bare(
      'de',
      'Hallo Herr Braun,\n\ndas klingt wirklich aergerlich. Ich habe Ihnen die Gebuehr heute zurueckerstattet. Ist das so fuer Sie in Ordnung?\n\nViele Gruesse\nAnna',
      'Ich warte seit zwei Wochen auf meine Erstattung.',
    );
    expect([v.empathy, v.ownership, v.satisfaction_check]).toEqual(['pass', 'pass', 'pass']);
  });

  it('reads a feeling the customer typed without umlauts ("enttaeuscht", "veraergert"): empathy applies', () => {
    const v = bare('de', 'Hallo Frau Kern,\n\ndanke für Ihre Nachricht. Die Ersatzteile sind gestern rausgegangen.\n\nGrüße\nTom', 'Ich bin ehrlich gesagt enttaeuscht und veraergert.');
    expect(v.empathy).toBe('fail');
  });
});

describe('accents left off in the Romance languages and Romanian', () => {
  it.each([
    ['ro', 'Buna ziua, doamna Pop,\n\nNe pare rau pentru intarziere. V-am trimis azi coletul nou, ajunge maine pana la ora 12. Va convine asa?\n\nCu stima,\nIoana', 'Coletul nu a ajuns nici azi, sunt foarte suparata.'],
    ['fr', 'Bonjour Madame Petit,\n\nDesole pour ce retard. Je vous ai renvoye le colis aujourd hui, il arrive demain avant 12h. Est-ce que cela vous convient ?\n\nCordialement,\nLuc', 'Mon colis n est toujours pas arrive, je suis tres decue.'],
    ['pt', 'Ola, Joana,\n\nPeco desculpa pela demora. Reenviei a encomenda hoje e ela chega amanha ate as 12h. Assim fica bom para voce?\n\nAbracos,\nRui', 'A minha encomenda nao chegou e ja faz duas semanas, estou chateada.'],
  ])('%s: an apology, a dated promise and a check, all without accents', (lang, text, customer) => {
    const v = bare(lang, text, customer);
    expect([v.apology, v.ownership, v.commitments, v.satisfaction_check]).toEqual(['pass', 'pass', 'pass', 'pass']);
  });
});

describe('contractions inside groups', () => {
  it('drops the apostrophe after a group whose word takes it ("(can|could)(\'t| not)"), not where one of its words would become another word', () => {
    expect(find(["(I|we)('ve| have) checked"], 'Ive checked')).toEqual(['Ive checked']);
    expect(find(["(it|that)('s| is) broken"], 'its broken, thats broken')).toEqual([]);
    expect(find(["(I|we)('ll| will) call"], 'well call')).toEqual([]);
  });
});

describe('a stop typed without the space after it', () => {
  it('ends the sentence before a capitalised word ("delay.I have refunded", "Friday.Does that work")', () => {
    const v = bare('en', 'Hi Sam,\n\nSorry for the delay.I have refunded the charge today, you should see it by Friday.Does that work for you?\n\nThanks,\nAnna', 'I was charged twice!!');
    // One long question before: the refund read as asked, not done.
    expect([v.apology, v.ownership, v.commitments, v.satisfaction_check]).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('leaves a domain or an address with a capital after its dot as it is ("Example.Com", "john.Smith@…")', () => {
    const text = 'Hi Sam,\n\nI have refunded the charge today. Email john.Smith@example.com or visit Example.Com by Friday for the receipt.\n\nThanks,\nAnna';
    const a = analyse('en', text.replace(/^Hi Sam,\n\n|\n\nThanks,\nAnna$/g, ''));
    expect(a.sentences.map((s) => a.slice(s))).toContain('Email john.Smith@example.com or visit Example.Com by Friday for the receipt.');
  });
});

describe('common misspellings a pack lists (misspellings: same length as the word meant)', () => {
  it('reads "teh", "recieved", "responsable" as the words meant', () => {
    const empathy = bare('en', "Hi Aisha,\n\nIm so sorry your pay hasnt come through, thats teh last thing you need with rent due on Wednesday. I've asked payroll to pay it today by 5pm.\n\nLeanne", "My pay never came and I'm really worried about the rent.");
    expect(empathy.empathy).toBe('pass');
    const deflects = bare('en', "Hi Mark,\n\nWe cant be held responsable when a temp doesn't turn up. I have put you first on tomorrow's list.\n\nLeanne", 'Your temp never turned up.');
    expect(deflects.ownership).toBe('fail');
  });

  it('keeps evidence offsets pointing at the text as written', () => {
    const text = "Hi Aisha,\n\nThats teh last thing you need before rent day. I've asked payroll to pay it today by 5pm.\n\nLeanne";
    const r = scoreReply({ text, quoted: 'My pay never came, I am worried.', language: 'en' }, rubric);
    const ev = r.criteria.empathy.evidence[0];
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(ev.text).toContain('teh');
  });
});

describe('Romanian "va" typed without diacritics', () => {
  it('is "vă" (you) before a conjugated verb, and promises nothing ("Va multumim", "Va mai putem ajuta")', () => {
    const v = bare('ro', 'Stimate Client,\n\nVa multumim pentru mesaj! Ne pare rau ca ati gasit inchis. Ceasul dvs este in siguranta in seif. Puteti veni oricand luni-vineri, 9-18.\n\nVa mai putem ajuta cu ceva?\n\nCu stima,\nEchipa', 'Am venit ieri la 14 si era inchis.');
    expect(v.commitments).toBe('na');
  });

  it('is the future before an infinitive ("va ajunge", "va fi")', () => {
    const v = bare('ro', 'Buna ziua,\n\nAm verificat: coletul va ajunge maine pana la ora 12.\n\nCu stima,\nIoana', 'Coletul nu a ajuns.');
    expect(v.commitments).toBe('pass');
  });
});
