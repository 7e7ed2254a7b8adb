import { CI_SIZES, FULL_SIZES, MUTATORS, MUTATOR_NAMES, type Ctx, type Sizes } from './mutators.js';
import { nested, splitMessage, toBytes, toLatin1, utf8, withTextBody } from './mime.js';
import { rngFor } from './rng.js';
import type { SeedFile } from './seeds.js';
import { ATTRIBUTIONS, REPLIES } from './texts.js';

export interface FuzzCase {
  /** "S/N" for a random case (seed S, index N), or the catalogue name. */
  id: string;
  seedName: string;
  mutations: string[];
  bytes: Buffer;
}

export type SizeName = 'ci' | 'full';
export const SIZES: Record<SizeName, Sizes> = { ci: CI_SIZES, full: FULL_SIZES };

/**
 * Random case `index` of fuzz seed `seed`: a seed message with one to three
 * mutations. A pure function of its arguments, so any case can be rebuilt alone.
 */
export function randomCase(seeds: SeedFile[], seed: string, index: number, sizes: Sizes): FuzzCase {
  const r = rngFor(seed, index);
  const base = r.pick(seeds);
  const ctx: Ctx = { sizes, other: () => toLatin1(r.pick(seeds).bytes) };
  const mutations = Array.from({ length: r.pick([1, 1, 1, 2, 2, 3]) }, () => r.pick(MUTATOR_NAMES));
  let m = toLatin1(base.bytes);
  for (const name of mutations) m = MUTATORS[name](m, r, ctx);
  return { id: `${seed}/${index}`, seedName: base.name, mutations, bytes: toBytes(m) };
}

/**
 * The hostile shapes named in the issue, each once at full size, built around a
 * real fixture: these run in CI every time, whatever the random draw.
 */
export function catalogue(seeds: SeedFile[]): FuzzCase[] {
  const base = seeds.find((s) => s.name.endsWith('dev-it-001.eml')) ?? seeds[0];
  const m = toLatin1(base.bytes);
  const S = FULL_SIZES;
  const { head, nl } = splitMessage(m);
  const reply = REPLIES[1];
  const at = (name: string, build: () => string, mutations = [name]): FuzzCase => ({
    id: name,
    seedName: base.name,
    mutations,
    bytes: toBytes(build()),
  });
  const exact = (name: string) => {
    const ctx: Ctx = { sizes: S, other: () => m, exact: true };
    return MUTATORS[name](m, rngFor('catalogue', name), ctx);
  };
  return [
    at('10 MB line of words without a newline', () => withTextBody(m, reply + '\n\n') + utf8('parola ').repeat(S.longLine / 7)),
    at('10 MB line of "> " without a newline', () => withTextBody(m, reply + '\n\n') + '> '.repeat(S.longLine / 2)),
    // Bodies are clipped at 200,000 characters: the word must come before that.
    at('150,000 spaces before a word', () => withTextBody(m, `${reply}\n\n${' '.repeat(150_000)}fine\n`)),
    at('10 MB line of digits and spaces (phone-like)', () => withTextBody(m, reply + '\n\n') + '02 2417 '.repeat(S.longLine / 8)),
    at('1 MB header block in one folded field', () => `X-Huge: ${`${'x'.repeat(70)}${nl} `.repeat(S.headerBytes / 73)}${nl}${m}`),
    at('1 MB folded field after the real headers', () => `${head}${nl}X-Huge: ${`${'x'.repeat(70)}${nl} `.repeat(S.headerBytes / 73)}${nl}${nl}${splitMessage(m).body}`),
    at('1 MB subject without folding', () => `Subject: ${'Re: '.repeat(S.headerBytes / 4)}${nl}${m}`),
    at('100k header fields', () => `${Array.from({ length: S.headerCount }, (_, i) => `X-H${i % 10}: v${i}`).join(nl)}${nl}${m}`),
    at('100k header fields after the real headers', () =>
      `${head}${nl}${Array.from({ length: S.headerCount }, (_, i) => `X-H${i % 10}: v${i}`).join(nl)}${nl}${nl}${splitMessage(m).body}`),
    at('multipart nested 200 levels', () => nested(m, 200)),
    at('multipart nested 1000 levels, never closed', () => nested(m, 1000, false)),
    at('5000 sibling parts', () => exact('multipart-wide')),
    at('message/rfc822 enclosing itself 50 times', () => exact('message-rfc822-loop')),
    at('10k levels of ">"', () => withTextBody(m, `${reply}\n\n${ATTRIBUTIONS[1]}\n${'>'.repeat(S.quoteDepth)} testo citato\n${'> '.repeat(S.quoteDepth)}altro`)),
    at('5000 "On … wrote:" lines in seven languages', () =>
      withTextBody(m, [reply, '', ...Array.from({ length: S.attributions }, (_, i) => ATTRIBUTIONS[i % 7])].join('\n'))),
    at('10k nested HTML blockquotes', () =>
      withTextBody(m, `<p>${reply.replace(/\n/g, '<br>')}</p>${'<blockquote type="cite">'.repeat(S.blockquotes)}citato${'</blockquote>'.repeat(S.blockquotes)}`, 'text/html')),
    at('10k nested HTML divs, never closed', () => withTextBody(m, `<p>${reply}</p>${'<div class="gmail_quote">'.repeat(S.blockquotes)}x`, 'text/html')),
    at('1 MB encoded word in the subject', () => `Subject: =?utf-8?B?${Buffer.alloc(S.encodedWord * 0.75, 'é').toString('base64')}?=${nl}${m}`),
    at('5000 adjacent encoded words in From', () => `From: ${'=?utf-8?B?w6k=?= '.repeat(5000)}<agent@example.com>${nl}${m}`),
    at('encoded word hiding a header injection', () => `From: =?utf-8?Q?a=0D=0ABcc:=20victim@example.com?= <x@example.com>${nl}${m}`),
    at('truncated base64 body', () => exact('base64-truncated')),
    at('unknown charset on every part', () => m.replace(/charset\s*=\s*"?[^";\r\n]*"?/gi, 'charset="x-klingon"')),
    at('NUL bytes in place of every space', () => m.replace(/ /g, '\x00')),
    at('only a header block', () => head),
  ];
}
