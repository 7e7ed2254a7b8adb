// `node --import ./bin/register.mjs file.ts`: runs the TypeScript sources
// directly, with no build step: ts-hooks.mjs compiles the project's own .ts
// files with esbuild as they are loaded (see there why not tsx).
import { register } from 'node:module';

// Stack traces point into the .ts sources (the compiled code carries inline source maps).
process.setSourceMapsEnabled(true);
register('./ts-hooks.mjs', import.meta.url);
