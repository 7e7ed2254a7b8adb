import { Redis } from 'ioredis';
import type { Config } from '../../src/config.js';
import { startServer } from '../../src/service/start.js';
import { runWorker, type WorkerHandle } from '../../src/service/worker.js';
import { deletePrefix, MACHINE_REDIS } from './redis.js';
import { openStore } from './review-seed.js';
import { client } from './service.js';

// A deployment in this process: the API, one worker, the store (to seed results
// as a worker saves them) and a plain Redis client (to look at every key), on
// the machine's Redis under the config's prefix. stop() undoes it all and
// deletes the prefix's keys.

export async function startDeployment(config: Config) {
  const handle = await startServer(config, { print: () => {} });
  let worker: WorkerHandle | null = await runWorker(config);
  const store = openStore(config);
  const redis = new Redis(MACHINE_REDIS);
  const token = config.tokens.admin;
  return {
    handle,
    store,
    redis,
    api: client(handle.url),
    /** GET (no body) or POST JSON with the admin token (or `as`). */
    admin: (path: string, body?: unknown, as = token) =>
      fetch(handle.url + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { ...(as ? { authorization: `Bearer ${as}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    /** Stops the worker: what is posted from now on stays queued. */
    async stopWorker() {
      await worker?.close();
      worker = null;
    },
    async stop() {
      await worker?.close();
      await handle.close();
      await store.redis.quit();
      redis.disconnect();
      await deletePrefix(config.prefix);
    },
  };
}

export type Deployment = Awaited<ReturnType<typeof startDeployment>>;
