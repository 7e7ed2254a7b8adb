// bin/ts-hooks.mjs compiles the project's own .ts files without tsx's
// keepNames (which wraps every named closure in a call that runs each time the
// closure is made), and leaves every other module to the next loader.
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs module without types
import { load } from '../../bin/ts-hooks.mjs';

const ROOT = join(import.meta.dirname, '../..');
const next = async (url: string) => ({ format: 'next', source: url, shortCircuit: true });

describe('the TypeScript load hook', () => {
  it('compiles a project .ts file to an ES module with no keepNames wrappers', async () => {
    const url = pathToFileURL(join(ROOT, 'src/scoring/facts.ts')).href;
    const out = await load(url, {}, next);
    expect(out.format).toBe('module');
    const source = String(out.source);
    expect(source).toMatch(/function facts\(a\) {/);
    expect(source).toMatch(/export {[^}]*\bfacts\b/);
    expect(source).not.toMatch(/__name\(/);
    expect(source).not.toMatch(/:\s*Hit\[\]/); // types are gone
  });

  it('passes modules outside the project, declaration files and JavaScript to the next loader', async () => {
    for (const path of ['node_modules/zod/index.d.ts', 'bin/register.mjs', 'src/x.d.ts']) {
      const url = pathToFileURL(join(ROOT, path)).href;
      expect((await load(url, {}, next)).format).toBe('next');
    }
    expect((await load('node:fs', {}, next)).format).toBe('next');
    expect((await load('file:///tmp/elsewhere.ts', {}, next)).format).toBe('next');
  });
});

describe('the resolve hook', () => {
  const parentURL = pathToFileURL(join(ROOT, 'src/pipeline.ts')).href;
  const fail = async (specifier: string) => {
    if (specifier.endsWith('.ts')) return { url: `resolved:${specifier}` };
    throw Object.assign(new Error(`not found: ${specifier}`), { code: 'ERR_MODULE_NOT_FOUND' });
  };

  it('resolves a relative "./x.js" import of the project to x.ts when only the source exists', async () => {
    // @ts-expect-error: a plain .mjs module without types
    const { resolve } = await import('../../bin/ts-hooks.mjs');
    expect(await resolve('./mail/isolate.js', { parentURL }, fail)).toEqual({ url: 'resolved:./mail/isolate.ts' });
  });

  it('leaves packages, other errors and modules outside the project to fail as they would', async () => {
    // @ts-expect-error: a plain .mjs module without types
    const { resolve } = await import('../../bin/ts-hooks.mjs');
    await expect(resolve('zod-missing', { parentURL }, fail)).rejects.toThrow(/not found/);
    await expect(resolve('./x.js', { parentURL: 'file:///tmp/elsewhere.mjs' }, fail)).rejects.toThrow(/not found/);
  });
});
