// Worker process entry point: `email-qa worker`, and the child processes that
// `email-qa start` runs. Signals belong here.
import { ConfigError, loadConfig } from '../src/config.js';
import { runUntilSignal, startWorker } from '../src/service/start.js';

try {
  const handle = await startWorker(loadConfig());
  // A child of `email-qa start` goes when its parent goes, even a parent killed outright.
  if (process.send) process.once('disconnect', () => void handle.close().finally(() => process.exit()));
  await runUntilSignal(handle);
} catch (err) {
  process.stderr.write(`email-qa worker: ${err instanceof ConfigError ? err.message : (err as Error).stack}\n`);
  process.exit(1);
}
