// Agreement of the scorer with the labelled dev items, scored directly from
// items.jsonl (reply text + customer text as quoted + lang), without mail
// parsing. Prints accuracy, Cohen's kappa and confusion per criterion and per
// language, then every miss with the item's "why".
//
//   node --import ./bin/register.mjs bench/agreement.ts [items.jsonl] [--rubric FILE] [--lang it] [--criterion apology] [--misses] [--json] [--speed]
import { readFileSync } from 'node:fs';
import { loadRubric } from '../src/rubrics/load.js';
import { scoreReply } from '../src/scoring/score.js';

interface Item {
  id: string;
  lang: string;
  customer: string;
  reply: string;
  subject?: string;
  labels: Record<string, string>;
  why?: string;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--rubric', '--lang', '--criterion'].includes(args[i - 1])));
const file = positional[0] ?? '/work/shared/eval/dev/items.jsonl';
const rubric = loadRubric(opt('--rubric'));
const onlyLang = opt('--lang');
const onlyCriterion = opt('--criterion');

const items: Item[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Item)
  .filter((it) => !onlyLang || it.lang === onlyLang);

const CRITERIA = rubric.criteria.map((c) => c.id).filter((c) => !onlyCriterion || c === onlyCriterion);
const V = ['pass', 'fail', 'na'];

function kappa(pairs: [string, string][]): number {
  const n = pairs.length;
  if (!n) return NaN;
  const po = pairs.filter(([a, b]) => a === b).length / n;
  let pe = 0;
  for (const v of V) pe += (pairs.filter(([a]) => a === v).length / n) * (pairs.filter(([, b]) => b === v).length / n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const pairs: Record<string, [string, string][]> = {};
const byLang: Record<string, Record<string, [string, string][]>> = {};
const misses: string[] = [];
const t0 = performance.now();
for (const it of items) {
  const out = scoreReply({ text: it.reply, quoted: it.customer, language: it.lang, subject: it.subject ?? null }, rubric);
  for (const c of CRITERIA) {
    const want = it.labels[c];
    if (!want) continue;
    const r = out.criteria[c];
    const got = r?.verdict ?? 'missing';
    (pairs[c] ??= []).push([want, got]);
    ((byLang[it.lang] ??= {})[c] ??= []).push([want, got]);
    if (want !== got) {
      const ev = r?.evidence.map((e) => `${e.signal}:"${e.text}"`).join(' ') ?? '';
      misses.push(`${it.id} ${c}: want ${want}, got ${got}  ${ev}\n    why: ${it.why || '-'}`);
    }
  }
}
const ms = performance.now() - t0;

// --speed: CPU time per reply once the regexes are warm (the first pass pays
// V8's regex compilation), over several passes.
let warmCpuMs: number | null = null;
if (flag('--speed')) {
  let best = Infinity;
  for (let pass = 0; pass < 10; pass++) {
    const c0 = process.cpuUsage();
    for (const it of items) scoreReply({ text: it.reply, quoted: it.customer, language: it.lang }, rubric);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000 / Math.max(1, items.length));
  }
  warmCpuMs = +best.toFixed(3);
}

const fmt = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const acc = (p: [string, string][]) => p.filter(([a, b]) => a === b).length / p.length;
const report = {
  items: items.length,
  msPerReply: +(ms / Math.max(1, items.length)).toFixed(3),
  warmCpuMsPerReply: warmCpuMs,
  criteria: Object.fromEntries(
    CRITERIA.map((c) => {
      const p = pairs[c] ?? [];
      const conf: Record<string, number> = {};
      for (const [a, b] of p) if (a !== b) conf[`${a}->${b}`] = (conf[`${a}->${b}`] ?? 0) + 1;
      return [c, { accuracy: +acc(p).toFixed(3), kappa: +kappa(p).toFixed(3), confusion: conf }];
    }),
  ),
  languages: Object.fromEntries(
    Object.entries(byLang).map(([lang, per]) => [
      lang,
      Object.fromEntries(CRITERIA.map((c) => [c, { accuracy: +acc(per[c] ?? []).toFixed(3), kappa: +kappa(per[c] ?? []).toFixed(3) }])),
    ]),
  ),
};

if (flag('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`${items.length} items, ${report.msPerReply} ms per reply on a cold first pass${warmCpuMs !== null ? `, ${warmCpuMs} ms CPU per reply warm` : ''} (rubric ${rubric.id} ${rubric.version})\n`);
  console.log('criterion            acc    kappa  misses');
  for (const c of CRITERIA) {
    const r = report.criteria[c];
    console.log(`${c.padEnd(20)} ${fmt(r.accuracy)}  ${fmt(r.kappa)}  ${JSON.stringify(r.confusion)}`);
  }
  console.log('\nper language (acc/kappa)');
  console.log('lang  ' + CRITERIA.map((c) => c.slice(0, 12).padEnd(14)).join(''));
  for (const [lang, per] of Object.entries(report.languages)) {
    console.log(lang.padEnd(6) + CRITERIA.map((c) => `${fmt(per[c].accuracy)}/${fmt(per[c].kappa)}`.padEnd(14)).join(''));
  }
  if (flag('--misses')) {
    console.log(`\n${misses.length} misses`);
    for (const m of misses) console.log(m);
  }
}
