import express from 'express';
import type { Logger } from 'pino';
import type { Ingest } from '../ingest/ingest.js';
import type { Metrics } from '../metrics.js';
import { createErasure } from '../privacy/erasure.js';
import type { MessageQueue } from '../queue/queue.js';
import type { ResultStore } from '../store/results.js';
import { retentionReport, type RetentionSettings } from '../store/retention.js';
import { webhookRoutes, type WebhookSecrets } from '../webhooks/router.js';
import { requireBearer, tokenIdentity } from './auth.js';
import { errorHandler, notFound } from './errors.js';
import { openApiDocument } from './openapi.js';
import { rateLimits, type RateLimits } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { adminRoutes } from './routes/admin.js';
import { messagesRoute } from './routes/messages.js';
import { readRoutes } from './routes/reads.js';
import { reviewWorkflowRoutes, type ReviewWorkflowOptions } from './routes/review-workflows.js';

export interface AppDeps {
  tokens: { ingest: string; read: string; admin?: string };
  ingest: Ingest;
  store: ResultStore;
  queue: MessageQueue;
  metrics: Metrics;
  /** Worker processes with a recent heartbeat. */
  workersAlive: () => Promise<number>;
  maxMessageBytes: number;
  publicUrl?: string;
  /** Provider inbound webhooks (src/webhooks/). */
  webhooks?: WebhookSecrets;
  version: string;
  log: Logger;
  /** Samples, reviews, calibration, exports and the dashboard (src/review/). */
  review?: ReviewWorkflowOptions;
  /** Requests per client and window (none: not limited). */
  rateLimits?: RateLimits;
  /** Express's "trust proxy" (QA_TRUST_PROXY): whose X-Forwarded-For names the client. */
  trustProxy?: boolean | number | string[];
  /** The admin endpoints (erasure, retention): the retention in force, and how to rewrite the feed file after an erasure. */
  admin?: { retention: RetentionSettings; rewriteFeedFile?: () => Promise<void> };
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(securityHeaders());
  const readAuth = requireBearer(deps.tokens.read, deps.tokens.admin);

  // Probes carry no data, so they answer without a token (load balancers, orchestrators).
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const [redis, workers] = await Promise.all([
      deps.store.redis.ping().then(
        () => true,
        () => false,
      ),
      deps.workersAlive().catch(() => 0),
    ]);
    res.status(redis && workers > 0 ? 200 : 503).json({ status: redis && workers > 0 ? 'ready' : 'not ready', redis, workers });
  });

  if (deps.rateLimits) {
    app.use(rateLimits({ redis: deps.store.redis, keys: deps.store.keys, limits: deps.rateLimits, identify: tokenIdentity(deps.tokens), log: deps.log }));
  }
  app.use(messagesRoute({ ingest: deps.ingest, metrics: deps.metrics, maxMessageBytes: deps.maxMessageBytes, auth: requireBearer(deps.tokens.ingest, deps.tokens.admin) }));
  app.use(
    webhookRoutes({ secrets: deps.webhooks ?? {}, ingestToken: deps.tokens.ingest, ingest: deps.ingest, store: deps.store, maxMessageBytes: deps.maxMessageBytes, log: deps.log, onIngested: (o) => deps.metrics.ingested.inc({ status: o.status }) }),
  );
  app.use(readRoutes({ store: deps.store, queue: deps.queue, auth: readAuth, publicUrl: deps.publicUrl }));
  app.use(reviewWorkflowRoutes({ ...deps.review, store: deps.store, auth: readAuth, publicUrl: deps.publicUrl }));

  if (deps.admin) {
    const { retention, rewriteFeedFile } = deps.admin;
    app.use(
      adminRoutes({
        auth: deps.tokens.admin ? requireBearer(deps.tokens.admin) : undefined,
        eraseCustomer: createErasure({ store: deps.store, queue: deps.queue, rawRetention: retention.rawRetention, rewriteFeedFile }),
        retention: () => retentionReport(deps.store, deps.queue, retention),
        log: deps.log,
      }),
    );
  }

  const openapi = openApiDocument(deps.version);
  app.get('/v1/openapi.json', readAuth, (_req, res) => void res.json(openapi));
  app.get('/metrics', readAuth, async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  app.use(notFound);
  app.use(errorHandler(deps.log, (e) => deps.metrics.errors.inc({ code: e.code })));
  return app;
}
