import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { readFeedPage, toJsonFeed } from './feed.js';
import type { ResultStore } from './results.js';

// The JSON Feed on disk (QA_FEED_FILE): the latest N results, rebuilt from Redis
// so that any number of worker processes write the same truth, debounced, and
// replaced atomically (a uniquely named temp file, then rename).

export function createFeedFileWriter(deps: { store: ResultStore; file: string; items: number; base: string; log: Logger; delayMs?: number }) {
  const delay = deps.delayMs ?? 1_000;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> | null = null;
  let closed = false;

  async function write() {
    const page = await readFeedPage(deps.store, { limit: deps.items });
    const feed = toJsonFeed(page.results, { base: deps.base, feedUrl: `${deps.base}/v1/feed.json` });
    const tmp = `${deps.file}.${process.pid}.${randomUUID()}.tmp`;
    await mkdir(dirname(deps.file), { recursive: true });
    try {
      await writeFile(tmp, JSON.stringify(feed, null, 1));
      await rename(tmp, deps.file);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  function run() {
    timer = null;
    const previous = writing ?? Promise.resolve();
    writing = previous
      .then(write)
      .catch((err: Error) => deps.log.warn({ err: { message: err.message }, file: deps.file }, 'could not write the feed file'))
      .finally(() => void (writing = null));
  }

  return {
    /** A result was stored: rewrite the file soon. */
    schedule() {
      if (!closed && !timer) timer = setTimeout(run, delay);
    },
    /** Writes what is pending now, and stops. */
    async close() {
      closed = true;
      if (timer) {
        clearTimeout(timer);
        run();
      }
      await writing;
    },
  };
}
