// Module hooks (node:module register) that run email-qa's TypeScript sources
// directly: the project's own .ts files are compiled with esbuild as they are
// loaded, and "./x.js" imports (NodeNext style) resolve to x.ts. Everything
// else (packages, node: modules, JavaScript) is left to Node.
//
// Not tsx: it compiles with esbuild's keepNames, which wraps every named
// closure in a call that defines its `name` each time the closure is made.
// The scorer makes thousands of small closures a message; measured over the
// dev set, keepNames cost about a tenth of the scoring time (nothing in the
// project reads a function's name). Its loader thread also held ~10 MB more.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = new URL('../', import.meta.url).href;
const tsconfig = JSON.parse(await readFile(new URL('tsconfig.json', ROOT), 'utf8'));
const OPTIONS = {
  loader: 'ts',
  format: 'esm',
  target: `node${process.versions.node}`,
  sourcemap: 'inline',
  sourcesContent: false,
  tsconfigRaw: { compilerOptions: tsconfig.compilerOptions },
};

function ours(url) {
  if (!url.startsWith(ROOT)) return false;
  const path = url.slice(ROOT.length).split('?')[0];
  return path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.startsWith('node_modules/') && !path.includes('/node_modules/');
}

export async function load(url, context, nextLoad) {
  if (!ours(url)) return nextLoad(url, context);
  const file = fileURLToPath(url.split('?')[0]);
  const { code } = await transform(await readFile(file, 'utf8'), { ...OPTIONS, sourcefile: file });
  return { format: 'module', source: code, shortCircuit: true };
}

// Resolve "./x.js" to x.ts when only the TypeScript source exists (NodeNext style imports).
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\.{1,2}\//.test(specifier) || !specifier.endsWith('.js') || !context.parentURL?.startsWith(ROOT) || context.parentURL.includes('/node_modules/')) throw err;
    return nextResolve(specifier.slice(0, -3) + '.ts', context);
  }
}
