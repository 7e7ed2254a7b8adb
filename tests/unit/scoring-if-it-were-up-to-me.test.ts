// rubric-guide §3-4. "If it were up to me, I'd refund the whole job" says no
// to the refund and puts the decision on someone else ("refunds aren't mine to
// give; the partners decide"): a deflection, which fails ownership even beside
// the agent's own act, and a refusal, which passes commitments only with an
// alternative ("what I have done is…", "lo que sí hice ya es…").
import { describe, expect, it } from 'vitest';
import { verdicts } from '../helpers/reply.js';

const REFUND: Record<string, string> = {
  en: 'The wall you rebuilt has come down after the rain. I want a full refund.',
  it: 'La Vespa noleggiata si è spenta e abbiamo perso metà del tour. Chiedo il rimborso completo.',
  ro: 'Am așteptat platforma trei ore. Vreau toți banii înapoi.',
  es: 'Se me rompió el taco en la milonga. Quiero que me devuelvan la plata.',
  fr: 'La randonnée a été écourtée. Je veux être remboursée au complet.',
  de: 'Der Riemen der Trychle ist gerissen. Ich will mein Geld zurück.',
  pt: 'O buggy avariou no meio das dunas. Quero o dinheiro de volta.',
};

// [language, counterfactual no, someone else decides, what was done instead]
const CASES: [string, string, string, string][] = [
  ['en', "I'm sorry the wall let you down. If it were up to me, I'd refund the whole job tomorrow.", "But refunds aren't mine to give; they're decided by the partners.", 'What I have done is book two of us to rebuild that section on Monday 17 May at no charge.'],
  ['it', 'Mi scuso davvero per il guasto. Se dipendesse da me, le restituirei tutti i 180 euro.', 'I rimborsi però non li decido io, li decide la sede.', 'Le ho comunque già caricato sul suo profilo un buono da 120 euro.'],
  ['ro', 'Îmi cer scuze pentru întârziere. Dacă ar depinde de mine, v-aș da înapoi toți banii.', 'Numai că rambursările nu le aprob eu, le aprobă directorul.', 'Ce am făcut deja este să vă emit un voucher de 200 de lei.'],
  ['es', 'Te pido disculpas por el taco. Si de mí dependiera, te devolvería la plata hoy mismo.', 'Pero las devoluciones no las decido yo, las decide el dueño.', 'Lo que sí hice ya es dejarte reservado un par nuevo, sin costo.'],
  ['fr', "Je m'excuse pour la randonnée écourtée. Si ça ne tenait qu'à moi, je vous rembourserais au complet.", "Mais les remboursements, ce n'est pas moi qui les décide, c'est le propriétaire.", "J'ai quand même déjà émis à votre nom un crédit de 280 $."],
  ['de', 'Ich entschuldige mich für den gerissenen Riemen. Wenn es nach mir ginge, würde ich Ihnen das Geld sofort zurückzahlen.', 'Über Rückerstattungen entscheide aber nicht ich, sondern mein Vater.', 'Ich habe Ihnen deshalb schon einen neuen Riemen zugeschnitten.'],
  ['pt', 'Peço desculpas pelo defeito no buggy. Se dependesse de mim, eu te devolvia o dinheiro hoje mesmo.', 'Só que reembolso não sou eu que decido, quem decide é o dono.', 'O que eu já fiz foi deixar reservado no seu nome um passeio completo, sem custo.'],
];

describe('"if it were up to me" with the decision put on someone else', () => {
  it.each(CASES)('%s: fails ownership; with what was done instead, passes commitments', (lang, no, other, instead) => {
    const r = verdicts(lang, `${no} ${other} ${instead}`, REFUND[lang]);
    expect([r.ownership, r.commitments]).toEqual(['fail', 'pass']);
  });

  it.each(CASES)('%s: without anything instead, the no is flat', (lang, no, other) => {
    expect(verdicts(lang, `${no} ${other}`, REFUND[lang]).commitments).toBe('fail');
  });
});
