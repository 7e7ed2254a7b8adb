// Module hooks (node:module register) that compile email-qa's own TypeScript
// files with esbuild. tsx stays registered for everything else (resolving
// "./x.js" to x.ts, packages, CommonJS): these hooks only take over the load
// of the project's .ts files, because tsx compiles with esbuild's keepNames,
// which wraps every named closure in a call that defines its `name` each time
// the closure is made. The scorer makes thousands of small closures a
// message; measured over the dev set, keepNames cost about a tenth of the
// scoring time. Nothing in the project reads a function's name.
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
