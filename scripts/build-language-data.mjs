// Regenerates src/language/eld-ngrams.json: Nito-ELD's "small" n-gram database
// (Apache-2.0, see src/language/NOTICE) cut down to the languages email-qa
// detects (src/language/languages.json). Loading all 60 languages costs about
// 150 MB of memory per process; the subset scores the same languages the same
// way (every n-gram keeps its score for each kept language, language ids are
// unchanged) at a fraction of the size.
//
//   node scripts/build-language-data.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const eldEntry = import.meta.resolve('eld');
const { ngramsData } = await import(new URL('../ngrams/small.js', eldEntry).href);
const config = JSON.parse(readFileSync(new URL('../src/language/languages.json', import.meta.url), 'utf8'));
const wanted = new Set([...config.supported, ...config.alsoDetected]);
const ids = new Set(Object.entries(ngramsData.languages).filter(([, code]) => wanted.has(code)).map(([id]) => id));
if (ids.size !== wanted.size) throw new Error(`eld lacks some languages: ${[...wanted].join(',')}`);

const ngrams = {};
let kept = 0;
for (const [gram, scores] of Object.entries(ngramsData.ngrams)) {
  const sub = {};
  let any = false;
  for (const [id, score] of Object.entries(scores)) {
    if (ids.has(id)) {
      sub[id] = score;
      any = true;
    }
  }
  if (any) {
    ngrams[gram] = sub;
    kept++;
  }
}
const eldVersion = JSON.parse(readFileSync(new URL('../../package.json', eldEntry), 'utf8')).version;
const out = { source: `eld ${eldVersion} src/ngrams/small.js (Apache-2.0, Nito T.M.)`, type: ngramsData.type, languages: ngramsData.languages, ngrams };
writeFileSync(new URL('../src/language/eld-ngrams.json', import.meta.url), JSON.stringify(out));
console.log(`kept ${kept} of ${Object.keys(ngramsData.ngrams).length} n-grams for ${ids.size} languages`);
