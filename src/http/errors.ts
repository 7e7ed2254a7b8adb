import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { NotAnEmailError } from '../ingest/headers.js';
import { isRedisUnavailable } from '../queue/redis.js';

// Every error answer is {"error": {"code", "message"}}. Messages say what to do
// and never echo a token, an address or a body.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const RETRY_AFTER_SECONDS = 5;

export function toHttpError(err: unknown): HttpError | null {
  if (err instanceof HttpError) return err;
  if (err instanceof NotAnEmailError) return new HttpError(400, 'not_an_email', `not an email: ${err.message}`);
  const e = err as { type?: string; status?: number; limit?: number };
  if (e?.type === 'entity.too.large') return new HttpError(413, 'too_large', `the message is larger than the limit of ${e.limit} bytes`);
  if (e?.type === 'entity.parse.failed') return new HttpError(400, 'bad_json', 'the body is not valid JSON');
  if (e?.type === 'request.aborted') return new HttpError(400, 'aborted', 'the request was aborted before its body was read');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new HttpError(415, 'unsupported_encoding', 'unsupported content encoding or charset');
  if (isRedisUnavailable(err)) {
    return new HttpError(503, 'unavailable', 'the queue is unavailable; retry later (a retry of a message that did get queued is answered "duplicate", never scored twice)', { 'Retry-After': String(RETRY_AFTER_SECONDS) });
  }
  return null;
}

export function errorHandler(log: Logger, onError?: (e: HttpError) => void): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const http = toHttpError(err) ?? new HttpError(500, 'internal', 'internal error; see the service log');
    if (http.status >= 500) log.error({ err: http.status === 500 ? err : { message: (err as Error).message }, method: req.method, path: req.path }, 'request failed');
    onError?.(http);
    if (res.headersSent) return;
    res.status(http.status).set(http.headers).json({ error: { code: http.code, message: http.message } });
  };
}

export const notFound: RequestHandler = (req, _res, next) => next(new HttpError(404, 'not_found', `no such endpoint: ${req.method} ${req.path}`));
