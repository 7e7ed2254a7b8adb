// Show how the scorer reads one dev item: sentences, clauses and signal hits.
//   node --import ./bin/register.mjs bench/explain.ts dev-en-004 [items.jsonl]
import { readFileSync } from 'node:fs';
import { loadRubric } from '../src/rubrics/load.js';
import { Analysis } from '../src/scoring/analysis.js';
import { compileRubric } from '../src/scoring/compile.js';
import { scoreReply } from '../src/scoring/score.js';

const [id, file = '/work/shared/eval/dev/items.jsonl'] = process.argv.slice(2);
const it = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((x) => x.id === id);
if (!it) throw new Error(`no item ${id}`);
const rubric = loadRubric();
const pack = compileRubric(rubric).packs.get(it.lang) ?? compileRubric(rubric).packs.get('en')!;
for (const [label, text] of [['REPLY', it.reply], ['CUSTOMER', it.customer]] as const) {
  const a = new Analysis(text, pack, { segmentFrame: label === 'REPLY' });
  console.log(`== ${label} body=[${a.doc.body.start},${a.doc.body.end})`);
  for (const s of a.doc.sentences) {
    const sigs = [...pack.signals.keys()].filter((k) => k !== 'function_words').flatMap((sig) => a.inSentence(sig, s.index).map((h) => `${sig}${a.negated(h) ? '(neg)' : ''}:"${a.slice(h)}"`));
    console.log(`  [${s.index}${s.question ? '?' : ''} p${s.paragraph}] ${a.slice(s)}`);
    const cl = a.doc.clauses.slice(s.firstClause, s.lastClause + 1).map((c) => a.slice(c));
    if (cl.length > 1) console.log(`      clauses: ${cl.map((c) => JSON.stringify(c)).join(' | ')}`);
    if (sigs.length) console.log(`      ${sigs.join('  ')}`);
  }
}
const out = scoreReply({ text: it.reply, quoted: it.customer, language: it.lang }, rubric);
for (const [c, r] of Object.entries(out.criteria)) console.log(`${c}: ${r.verdict} (want ${it.labels[c]}) ${r.feedback}`);
console.log('why:', it.why);
