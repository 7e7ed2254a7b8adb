#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx, and esbuild for the project's own
// files: register.mjs), so a fresh clone works after `npm install` with no
// build step.
import './register.mjs';

const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
