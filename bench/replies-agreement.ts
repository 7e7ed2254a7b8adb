// Agreement with reviewers on real replies from brands' support accounts:
// shared/corpus/replies.jsonl (tweets from the Kaggle "Customer Support on
// Twitter" set, CC BY-NC-SA, so the texts stay out of this repository). Our
// own labels of all of them, by id, are in bench/data/replies-labels.jsonl:
// lines 1-399 odd ("odd", labelled blind, then tuned on), 2-400 even ("even",
// labelled blind by a second reviewer and never tuned on) and 401-600
// ("401-600", a third reviewer; see bench/data/README.md). A fourth reviewer
// labelled 200 more agent replies of the same excerpt ("extra",
// bench/data/replies-extra-labels.jsonl), which bench/data/twcs-extra.mjs
// picks from shared/corpus/twcs-sample/twcs.csv at run time.
//
//   node --import ./bin/register.mjs bench/replies-agreement.ts [path to replies.jsonl]
//
// Each reply is scored as the mail a relay would forward: the agent's text on
// top and the customer's tweet quoted under a Gmail "On … wrote:" line.
import { existsSync, readFileSync } from 'node:fs';
import { scoreMessage } from '../src/pipeline.js';
import { loadRubric } from '../src/rubrics/load.js';
import type { Result } from '../src/result.js';
import { CRITERIA, kappa } from '../tests/eval/agreement.js';

interface Reply { id: string; source: string; lang: string; customer: string | null; reply: string }
interface Label { id: string; set: string; labels: Record<string, string> }

const path = process.argv[2] ?? new URL('../../shared/corpus/replies.jsonl', import.meta.url).pathname;
if (!existsSync(path)) {
  console.error(`replies.jsonl not found at ${path}: pass its path (it lives in the shared corpus, not in this repository)`);
  process.exit(2);
}
const jsonl = <T>(p: string): T[] => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
const replies = new Map(jsonl<Reply>(path).map((r) => [r.id, r]));
const labels = jsonl<Label>(new URL('data/replies-labels.jsonl', import.meta.url).pathname);
const csv = new URL('twcs-sample/twcs.csv', new URL('.', `file://${path}`)).pathname;
if (existsSync(csv)) {
  const { readTwcsExtra } = (await import(new URL('data/twcs-extra.mjs', import.meta.url).href)) as { readTwcsExtra: (csv: string, exclude: string) => Reply[] };
  for (const r of readTwcsExtra(csv, path)) replies.set(r.id, r);
  labels.push(...jsonl<Label>(new URL('data/replies-extra-labels.jsonl', import.meta.url).pathname));
} else console.error(`${csv} not found: the "extra" set is left out`);

function asMail(r: Reply, i: number): Buffer {
  const brand = r.source.split('/')[1] ?? 'support';
  const quoted = r.customer
    ? `\n\nOn Mon, 6 Nov 2017 at 10:0${i % 10}, Customer <customer${i}@example.com> wrote:\n` + r.customer.split('\n').map((l) => '> ' + l).join('\n') + '\n'
    : '\n';
  const head = [
    `From: ${brand} Support <support@${brand.toLowerCase()}.example>`,
    `To: Customer <customer${i}@example.com>`,
    'Subject: Re: your message',
    'Date: Mon, 6 Nov 2017 11:00:00 +0000',
    `Message-ID: <${r.id}@replies.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  return Buffer.from([...head, '', r.reply + quoted].join('\r\n').replace(/(?<!\r)\n/g, '\r\n'));
}

const rubric = loadRubric();
const results = new Map<string, Result>();
let i = 0;
for (const l of labels) {
  const r = replies.get(l.id);
  if (!r) throw new Error(`${l.id} is not in ${path}`);
  results.set(l.id, await scoreMessage(asMail(r, i++), { source: l.id, rubric, now: () => new Date('2017-11-06T12:00:00Z') }));
}

for (const set of ['odd', 'even', '401-600', 'extra', 'all']) {
  const ls = labels.filter((l) => set === 'all' || l.set === set);
  if (!ls.length) continue;
  const per = CRITERIA.map((c) => {
    const pairs = ls.map((l) => [l.labels[c], results.get(l.id)!.criteria[c]?.verdict ?? 'missing'] as [string, string]);
    return { c, acc: pairs.filter(([a, b]) => a === b).length / pairs.length, k: kappa(pairs) };
  });
  const mean = per.reduce((s, x) => s + x.acc, 0) / per.length;
  const meanK = per.reduce((s, x) => s + x.k, 0) / per.length;
  console.log(`${set.padEnd(4)} ${String(ls.length).padStart(3)} replies: accuracy ${mean.toFixed(3)}, mean kappa ${meanK.toFixed(2)}  ` + per.map((x) => `${x.c} ${x.acc.toFixed(3)}`).join('  '));
}
