// Time of detectLanguage alone, per message, on the isolated reply texts of a
// folder of .eml files (default: the shared dev set), with each message's
// Content-Language as the hint. Prints no text.
//
// usage: node --max-old-space-size=256 --max-semi-space-size=2 --import ./bin/register.mjs bench/language.ts [folder]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../src/language/detect.js';
import { isolateReply } from '../src/mail/isolate.js';
import { parseMessage } from '../src/mail/parse.js';

const dir = process.argv[2] ?? '/work/shared/eval/dev';
const texts: { text: string; hint: string | null }[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.eml')).sort()) {
  try {
    const msg = await parseMessage(readFileSync(join(dir, f)));
    const r = isolateReply(msg);
    if (r.text.trim()) texts.push({ text: r.text, hint: msg.contentLanguage });
  } catch { /* unscorable */ }
}
let sink = 0;
const pass = () => { for (const t of texts) sink += detectLanguage(t.text, t.hint).length; };
for (let i = 0; i < 200; i++) pass();
const rounds = Number(process.env.ROUNDS ?? 7);
const res: number[] = [];
const reps = 300;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) pass();
  res.push(Number(process.hrtime.bigint() - t0) / 1e3 / (reps * texts.length));
}
res.sort((a, b) => a - b);
console.log(`${texts.length} texts; detectLanguage us/message: median ${res[rounds >> 1].toFixed(2)} min ${res[0].toFixed(2)} max ${res[rounds - 1].toFixed(2)} (sink ${sink})`);
