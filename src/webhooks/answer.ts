import express from 'express';
import type { Response, Request } from 'express';
import type { Logger } from 'pino';
import { RETRY_AFTER_SECONDS } from '../http/errors.js';
import { NotAnEmailError } from '../ingest/headers.js';
import type { Ingest, IngestOutcome } from '../ingest/ingest.js';
import { isRedisUnavailable } from '../queue/redis.js';

// What every provider door shares: reading the body within a limit, handing the
// raw message to createIngest, and answering in the provider's own terms. Each
// provider reads a status code as "delivered" (2xx), "retry later" or "give up";
// `GiveUp` holds its codes for the ways of giving up.

export interface GiveUp {
  provider: string;
  /** Bad credentials or signature. */
  unauthorized: number;
  /** Not a message, or a payload without one: a retry cannot help. */
  refused: number;
  tooLarge: number;
}

export interface DoorDeps {
  ingest: Ingest;
  maxMessageBytes: number;
  log: Logger;
  onIngested?: (outcome: IngestOutcome) => void;
}

export const errorBody = (code: string, message: string) => ({ error: { code, message } });

export function giveUp(res: Response, codes: GiveUp, log: Logger, why: keyof Omit<GiveUp, 'provider'>, code: string, message: string, headers: Record<string, string> = {}) {
  log.warn({ provider: codes.provider, code }, `webhook refused: ${message}`);
  res.status(codes[why]).set(headers).json(errorBody(code, message));
}

/** 503 with Retry-After: every provider retries it. */
export function unavailable(res: Response) {
  res
    .status(503)
    .set('Retry-After', String(RETRY_AFTER_SECONDS))
    .json(errorBody('unavailable', 'the queue is unavailable; retry later (a retry of a message that did get queued is answered "duplicate", never scored twice)'));
}

type BodyReader = (req: Request, res: Response) => Promise<unknown>;

/** The body as express's raw or json parser reads it (size limit, content encodings), as a promise. */
export function bodyReader(kind: 'raw' | 'json', limit: number): BodyReader {
  const parse = kind === 'raw' ? express.raw({ type: () => true, limit }) : express.json({ type: () => true, limit });
  return (req, res) =>
    new Promise((resolve, reject) =>
      parse(req, res, (err?: unknown) => (err ? reject(err) : resolve(kind === 'raw' && !Buffer.isBuffer(req.body) ? Buffer.alloc(0) : req.body))),
    );
}

/** What a body parser's error means for the provider: too large, unreadable, or the client went away. */
export function answerBodyError(res: Response, err: unknown, codes: GiveUp, log: Logger, limit: number) {
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') return giveUp(res, codes, log, 'tooLarge', 'too_large', `the request is larger than the limit of ${limit} bytes`);
  if (type === 'request.aborted') return void res.end();
  giveUp(res, codes, log, 'refused', 'bad_body', `the request body could not be read (${type ?? 'error'})`);
}

/** Queues the message and answers 200, or the provider's refusal, or 503 (retry) when Redis is away. */
export async function deliver(deps: DoorDeps, res: Response, codes: GiveUp, raw: Buffer) {
  if (raw.length > deps.maxMessageBytes) {
    return giveUp(res, codes, deps.log, 'tooLarge', 'too_large', `the message is larger than the limit of ${deps.maxMessageBytes} bytes`);
  }
  try {
    const outcome = await deps.ingest(raw);
    deps.onIngested?.(outcome);
    res.status(200).json(outcome);
  } catch (err) {
    if (err instanceof NotAnEmailError) return giveUp(res, codes, deps.log, 'refused', 'not_an_email', `not an email: ${err.message}`);
    answerTransient(res, err, deps.log, codes.provider);
  }
}

/** Redis away → 503; anything unexpected → 500 (both retried by every provider). */
export function answerTransient(res: Response, err: unknown, log: Logger, provider: string) {
  if (isRedisUnavailable(err)) return unavailable(res);
  log.error({ provider, err }, 'webhook failed');
  res.status(500).json(errorBody('internal', 'internal error; see the service log'));
}
