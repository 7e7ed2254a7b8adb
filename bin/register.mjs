// `node --import ./bin/register.mjs file.ts`: runs the TypeScript sources
// directly, with no build step. tsx resolves and loads everything; the
// project's own .ts files are compiled by ts-hooks.mjs (see there why).
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
// Registered after tsx, so its load hook runs first.
register('./ts-hooks.mjs', import.meta.url);
