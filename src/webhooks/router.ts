import { Router } from 'express';
import type { Logger } from 'pino';
import type { Ingest, IngestOutcome } from '../ingest/ingest.js';
import type { ResultStore } from '../store/results.js';
import { DEFAULT_MAILGUN_MAX_AGE_SECONDS, mailgunRoute } from './mailgun.js';
import { postmarkRoute } from './postmark.js';
import { createReplayGuard } from './replay.js';
import { sendgridRoute } from './sendgrid.js';

// The provider doors under /v1/inbound/: Mailgun when its signing key is set;
// SendGrid and Postmark always, with their own token or else the ingest token.

export interface WebhookSecrets {
  mailgunSigningKey?: string;
  mailgunMaxAgeSeconds?: number;
  sendgridToken?: string;
  postmarkToken?: string;
}

export interface WebhookDeps {
  secrets: WebhookSecrets;
  /** Used when a provider has no token of its own. */
  ingestToken: string;
  ingest: Ingest;
  store: ResultStore;
  maxMessageBytes: number;
  log: Logger;
  onIngested?: (outcome: IngestOutcome) => void;
  now?: () => number;
}

export function webhookRoutes(deps: WebhookDeps): Router {
  const door = { ingest: deps.ingest, maxMessageBytes: deps.maxMessageBytes, log: deps.log, onIngested: deps.onIngested };
  const router = Router();
  if (deps.secrets.mailgunSigningKey) {
    const maxAgeSeconds = deps.secrets.mailgunMaxAgeSeconds ?? DEFAULT_MAILGUN_MAX_AGE_SECONDS;
    // Tokens are remembered for as long as a timestamp can be fresh on either side of now, and a little more.
    const claim = createReplayGuard(deps.store.redis, deps.store.keys.prefix, maxAgeSeconds * 2 + 60);
    router.use(mailgunRoute({ ...door, signingKey: deps.secrets.mailgunSigningKey, maxAgeSeconds, claim, now: deps.now }));
  }
  router.use(sendgridRoute({ ...door, token: deps.secrets.sendgridToken ?? deps.ingestToken }));
  router.use(postmarkRoute({ ...door, token: deps.secrets.postmarkToken ?? deps.ingestToken }));
  return router;
}
