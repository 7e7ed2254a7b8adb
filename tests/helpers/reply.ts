// A reply body framed with a greeting and a sign-off in its language, read
// with the default rubric: its facts (facts.ts) and its verdicts.
import { loadRubric } from '../../src/rubrics/load.js';
import { compileRubric } from '../../src/scoring/compile.js';
import { Analysis } from '../../src/scoring/analysis.js';
import { facts } from '../../src/scoring/facts.js';
import { scoreReply } from '../../src/scoring/score.js';

export const rubric = loadRubric();
const packs = compileRubric(rubric).packs;

const frames: Record<string, [string, string]> = {
  en: ['Hi Sam,', 'Kind regards,\nAnna'],
  it: ['Gentile signora Rossi,', 'Cordiali saluti,\nMarco'],
  ro: ['Bună ziua, doamna Popescu,', 'Cu stimă,\nAndrei'],
  es: ['Estimada señora García:', 'Un saludo,\nLucía'],
  fr: ['Bonjour Madame Martin,', 'Cordialement,\nClaire'],
  de: ['Sehr geehrte Frau Schneider,', 'Mit freundlichen Grüßen\nJonas'],
  pt: ['Prezada senhora Silva,', 'Atenciosamente,\nAna'],
};

export const frame = (lang: string, body: string) => `${frames[lang][0]}\n\n${body}\n\n${frames[lang][1]}`;
export const analyse = (lang: string, body: string) => new Analysis(frame(lang, body), packs.get(lang)!);
export const read = (lang: string, body: string) => facts(analyse(lang, body));
export const verdicts = (lang: string, body: string, quoted: string | null = null) =>
  Object.fromEntries(Object.entries(scoreReply({ text: frame(lang, body), quoted, language: lang }, rubric).criteria).map(([k, v]) => [k, v.verdict]));
