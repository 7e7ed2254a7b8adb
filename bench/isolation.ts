// Isolation figures on a labelled folder (default: the shared dev set): for each
// .eml, parseMessage + isolateReply, compared with the item's true reply text the
// way /work/shared/tools/evalqa.mjs does (token F1, whitespace-normalised,
// lower-cased; a leak is the first 30 characters of the customer text found in
// the isolated text). Also language detection accuracy on the isolated text.
//
// usage: node --import ./bin/register.mjs bench/isolation.ts [folder] [--show] [--html-only]
//   --show prints expected and isolated texts of the misses (labelled data only).
//   --html-only drops the text/plain part of multipart messages, to measure the
//   HTML path on the same items.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { detectLanguage } from '../src/language/detect.js';
import { isolateReply } from '../src/mail/isolate.js';
import { parseMessage, UnscorableError } from '../src/mail/parse.js';

interface Item { id: string; lang: string; reply: string; customer: string | null }

const args = process.argv.slice(2);
const show = args.includes('--show');
const htmlOnly = args.includes('--html-only');
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/eval/dev';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const tokens = (s: string) => norm(s).toLowerCase().split(' ').filter(Boolean);
export function tokenF1(want: string, got: string): number {
  const a = tokens(want);
  const b = tokens(got);
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) { common++; counts.set(t, n - 1); }
  }
  if (common === 0) return 0;
  const precision = common / b.length;
  const recall = common / a.length;
  return (2 * precision * recall) / (precision + recall);
}

const items = new Map<string, Item>(
  readFileSync(join(dir, 'items.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const it = JSON.parse(l) as Item;
    return [it.id, it];
  }),
);

const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
let n = 0, clean = 0, leaks = 0, f1sum = 0, langOk = 0, quotedFound = 0, quotedF1 = 0, unscorable = 0;
const misses: string[] = [];
const started = performance.now();
for (const f of files) {
  const item = items.get(basename(f, '.eml'));
  if (!item) continue;
  n++;
  let text = '';
  let quoted: string | null = null;
  let lang = '';
  try {
    const msg = await parseMessage(readFileSync(join(dir, f)));
    if (htmlOnly && !msg.html) { n--; continue; }
    ({ text, quoted } = isolateReply(htmlOnly ? { ...msg, text: null } : msg));
    lang = detectLanguage(text, msg.contentLanguage);
  } catch (err) {
    if (!(err instanceof UnscorableError)) throw err;
    unscorable++;
    misses.push(`${f}: unscorable (${err.message})`);
    continue;
  }
  const f1 = tokenF1(item.reply, text);
  const customer = norm(item.customer ?? '');
  const leak = customer.length > 30 && norm(text).includes(customer.slice(0, 30));
  f1sum += f1;
  if (leak) leaks++;
  if (f1 >= 0.95 && !leak) clean++;
  if (quoted) {
    quotedFound++;
    const qf = tokenF1(item.customer ?? '', quoted);
    quotedF1 += qf;
    if (qf < 0.95) misses.push(`${f}: quoted F1 ${qf.toFixed(3)}`);
  }
  if (lang === item.lang) langOk++;
  else misses.push(`${f}: language ${lang}, want ${item.lang}`);
  if (f1 < 0.95 || leak) {
    misses.push(`${f}: F1 ${f1.toFixed(3)}${leak ? ' LEAK' : ''}`);
    if (show) misses.push(`--- want\n${item.reply}\n--- got\n${text}\n---`);
  }
}
const ms = performance.now() - started;
console.log(`items ${n}  clean ${(clean / n).toFixed(3)}  meanF1 ${(f1sum / n).toFixed(3)}  leaks ${leaks}  unscorable ${unscorable}  with quoted ${quotedFound} (mean F1 vs customer ${(quotedF1 / Math.max(1, quotedFound)).toFixed(3)})`);
console.log(`language ${langOk}/${n}  (${(ms / n).toFixed(1)} ms per message)`);
if (misses.length) console.log(misses.join('\n'));
