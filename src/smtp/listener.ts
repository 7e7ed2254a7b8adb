import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../config.js';
import { NotAnEmailError } from '../ingest/headers.js';
import type { Ingest, IngestOutcome } from '../ingest/ingest.js';
import { isRedisUnavailable } from '../queue/redis.js';
import { createAllowlist } from './allowlist.js';
import { createCredentialCheck } from './credentials.js';

// The SMTP door: Postfix always_bcc / sender_bcc_maps, Exim or an Exchange
// connector deliver their copies here. The answers are chosen for a mail relay
// that sends BCC copies of agents' replies:
//   250  only once createIngest has resolved (the message is durably queued, or
//        known already, or recorded as skipped);
//   451  when Redis is unavailable or anything else goes wrong: the relay keeps
//        the copy and retries;
//   250  too for a message that is not an email: a 5xx would bounce the copy
//        back to the agent who wrote the reply, and a retry cannot help;
//   552  over the size limit (announced as SIZE in EHLO), the one permanent
//        refusal of a message, since no retry can make it fit.

export type SmtpConfig = NonNullable<Config['smtp']>;

export interface SmtpDeps {
  config: SmtpConfig;
  ingest: Ingest;
  maxMessageBytes: number;
  log: Logger;
  /** Grace for connections in the middle of a message when closing. */
  closeTimeoutMs?: number;
  onIngested?: (outcome: IngestOutcome) => void;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

/** What closing uses of smtp-server's connection objects (the same as its own close() does). */
interface IdleCandidate {
  session?: { id: string };
  send(code: number, message: string): void;
  close(): void;
}

class SmtpReply extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startSmtpListener(deps: SmtpDeps): Promise<SmtpListener> {
  const { config, log, maxMessageBytes } = deps;
  const allowed = config.allow.length ? createAllowlist(config.allow) : null;
  const credentialsOk = config.auth ? createCredentialCheck(config.auth) : null;
  const tls = config.tls ? { key: readFileSync(config.tls.keyFile), cert: readFileSync(config.tls.certFile) } : null;
  const disabled = [...(tls ? [] : ['STARTTLS']), ...(credentialsOk ? [] : ['AUTH'])];
  /** Sessions in the middle of DATA (receiving or queuing a message): the ones that closing waits for. */
  const busy = new Set<string>();

  const server = new SMTPServer({
    name: config.name ?? hostname(),
    banner: 'email-qa',
    size: maxMessageBytes,
    maxClients: config.maxClients,
    closeTimeout: deps.closeTimeoutMs ?? 30_000,
    logger: false,
    disableReverseLookup: true,
    // "451 4.3.0 …": relays log and classify the enhanced code (RFC 2034).
    hideENHANCEDSTATUSCODES: false,
    disabledCommands: disabled,
    ...(tls ? { key: tls.key, cert: tls.cert } : {}),
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: !credentialsOk,
    // With a certificate, credentials travel only after STARTTLS; without one the
    // operator chose a plain connection (loopback, a private network).
    allowInsecureAuth: !tls,

    onConnect(session, callback) {
      if (allowed && !allowed(session.remoteAddress)) {
        log.warn({ client: session.remoteAddress }, 'smtp: client address not in QA_SMTP_ALLOW; refused');
        // 4xx, not 554: a relay that is refused by mistake keeps its copies and retries.
        return callback(new SmtpReply(421, 'client address not allowed here'));
      }
      callback();
    },

    onAuth(auth, session, callback) {
      if (credentialsOk?.({ username: auth.username ?? undefined, password: auth.password ?? undefined })) return callback(null, { user: auth.username });
      log.warn({ client: session.remoteAddress, method: auth.method }, 'smtp: authentication failed');
      callback(new SmtpReply(535, 'authentication credentials invalid'));
    },

    onData(stream: SMTPServerDataStream, session: SMTPServerSession, reply) {
      busy.add(session.id);
      let replied = false;
      const callback: typeof reply = (err, message) => {
        busy.delete(session.id);
        if (!replied) reply(err, message);
        replied = true;
      };
      const chunks: Buffer[] = [];
      let bytes = 0;
      // Kept only up to the limit; past it the rest is read and dropped.
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= maxMessageBytes) chunks.push(chunk);
      });
      stream.once('error', (err) => callback(new SmtpReply(451, `could not read the message: ${err.message}`)));
      stream.once('end', () => {
        if (stream.sizeExceeded || bytes > maxMessageBytes) {
          log.info({ client: session.remoteAddress, bytes }, 'smtp: message over the size limit; refused');
          return callback(new SmtpReply(552, `message exceeds the maximum size of ${maxMessageBytes} bytes`));
        }
        deps.ingest(Buffer.concat(chunks, bytes)).then(
          (outcome) => {
            deps.onIngested?.(outcome);
            callback(null, `${outcome.status} as ${outcome.id}`);
          },
          (err: unknown) => {
            if (err instanceof NotAnEmailError) {
              log.warn({ client: session.remoteAddress, bytes, reason: err.message }, 'smtp: not an email; accepted and dropped');
              return callback(null, 'not an email; dropped');
            }
            if (isRedisUnavailable(err)) log.warn({ client: session.remoteAddress, err: { message: (err as Error).message } }, 'smtp: Redis unavailable; asked the client to retry');
            else log.error({ client: session.remoteAddress, err }, 'smtp: could not queue the message; asked the client to retry');
            callback(new SmtpReply(451, 'the message could not be queued; try again later'));
          },
        );
      });
    },
  });
  server.on('error', (err) => log.warn({ err: { message: err.message } }, 'smtp: connection error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  const close = () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Idle sessions (a relay's cached connection) are told to come back later at once; those in
    // the middle of a message get closeTimeout to finish. A cut one is harmless: the relay
    // retries whatever got no 250, and dedup makes a copy that was queued after all a duplicate.
    for (const connection of (server as unknown as { connections: Set<IdleCandidate> }).connections) {
      if (connection.session && busy.has(connection.session.id)) continue;
      connection.send(421, 'shutting down; try again later');
      connection.close();
    }
    return closed;
  };
  return { port, close: () => (closing ??= close()) };
}
