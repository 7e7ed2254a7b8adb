#!/usr/bin/env node
// Runs the TypeScript sources directly (register.mjs: esbuild compiles them as
// they load), so a fresh clone works after `npm install` with no build step.
import './register.mjs';

const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
