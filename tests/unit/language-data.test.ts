// The detector runs on eld's "small" n-gram database cut down to the languages
// email-qa detects (src/language/eld-ngrams.json, made by
// scripts/build-language-data.mjs). Cutting must change nothing: the same
// texts get the same language, scores and reliability as eld's full database
// restricted to the same languages, and the file must match the installed eld.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eld as eldSmall } from 'eld/small';
import { detectedLanguages, eldReference } from '../../src/language/detect.js';

const replies: { reply: string }[] = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/language/dev-replies.json'), 'utf8'));
const eldDetector = await eldReference();
const full = eldSmall.newInstance();
full.setLanguageSubset([...detectedLanguages]);

const samples = [
  ...replies.map((r) => r.reply),
  ...replies.map((r) => r.reply.split(/\s+/).slice(0, 3).join(' ')),
  'Merci !',
  'Grazie mille',
  'Mulțumesc frumos',
  'Danke schön',
  'Obrigado',
  'ok',
  'Dziękuję bardzo za wiadomość',
  'Tack för ditt meddelande, vi återkommer snart.',
  'Спасибо за ваше письмо',
  'Σας ευχαριστούμε για το μήνυμά σας',
  '12345 67890',
];

describe('the cut-down language database', () => {
  it('gives every text the same language, scores and reliability as the full database', () => {
    const differ = samples.filter((t) => {
      const a = eldDetector.detect(t);
      const b = full.detect(t);
      return a.language !== b.language || a.isReliable() !== b.isReliable() || JSON.stringify(a.getScores()) !== JSON.stringify(b.getScores());
    });
    expect(differ).toEqual([]);
  });

  it('was built from the installed eld and holds only the detected languages', () => {
    const data = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/language/eld-ngrams.json'), 'utf8'));
    const eldVersion = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/eld/package.json'), 'utf8')).version;
    expect(data.source).toContain(`eld ${eldVersion} `);
    const ids = new Set<string>();
    for (const scores of Object.values(data.ngrams as Record<string, Record<string, number>>)) for (const id of Object.keys(scores)) ids.add(id);
    expect(new Set([...ids].map((id) => data.languages[id]))).toEqual(new Set(detectedLanguages));
  });
});
