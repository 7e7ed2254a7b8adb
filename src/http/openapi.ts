import { z } from 'zod';
import * as S from './schemas.js';
import { reviewPaths } from './routes/review-openapi.js';

// OpenAPI 3.1 from the very schemas that validate the API (JSON Schema 2020-12 is
// OpenAPI 3.1's own dialect, so z.toJSONSchema's output fits as it is).

type Io = 'input' | 'output';
const uri = (id: string) => `#/components/schemas/${id}`;
/** A named schema by reference, any other inline. */
const schema = (s: z.ZodType, io: Io = 'output'): Record<string, unknown> => {
  const id = S.apiSchemas.get(s)?.id;
  if (id) return { $ref: uri(id) };
  const { $schema: _, $defs: __, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any', metadata: S.apiSchemas }) as Record<string, unknown>;
  // Named schemas inside are the components' ones.
  return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', '"#/components/schemas/'));
};
const json = (s: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema: schema(s) } } });
const error = (description: string) => json(S.ErrorSchema, description);

function queryParams(s: z.ZodObject) {
  const js = schema(s, 'input') as { properties: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(js.properties).map(([name, p]) => ({ name, in: 'query', required: js.required?.includes(name) ?? false, description: p.description, schema: p }));
}
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });

export function openApiDocument(version: string) {
  const read = [{ readToken: [] }];
  return {
    openapi: '3.1.0',
    info: {
      title: 'email-qa',
      version,
      description:
        'Scores customer-support email replies against a QA rubric. Every endpoint under /v1/ and /metrics may answer 429 (rate_limited) with Retry-After and the RateLimit/RateLimit-Policy headers past the client\'s rate limit.',
    },
    components: {
      schemas: z.toJSONSchema(S.apiSchemas, { io: 'output', unrepresentable: 'any', uri }).schemas,
      securitySchemes: {
        ingestToken: { type: 'http', scheme: 'bearer', description: 'QA_INGEST_TOKEN' },
        readToken: { type: 'http', scheme: 'bearer', description: 'QA_READ_TOKEN (or QA_ADMIN_TOKEN)' },
        adminToken: { type: 'http', scheme: 'bearer', description: 'QA_ADMIN_TOKEN only' },
      },
    },
    paths: {
      '/v1/messages': {
        post: {
          summary: 'Ingest one raw message (the BCC copy of an outbound reply)',
          security: [{ ingestToken: [] }],
          parameters: queryParams(S.HintsSchema),
          requestBody: {
            required: true,
            content: {
              'message/rfc822': { schema: { type: 'string', contentMediaType: 'message/rfc822' } },
              'application/json': { schema: schema(S.IngestJsonSchema, 'input') },
            },
          },
          responses: {
            202: json(S.IngestResponseSchema, 'accepted: durably queued, a duplicate of a message received before, or skipped (not an agent reply)'),
            400: error('not an email, or a bad JSON body'),
            401: error('missing or wrong token'),
            413: error('larger than QA_MAX_MESSAGE_SIZE'),
            415: error('not message/rfc822 or application/json'),
            429: error('over this client\'s ingest rate limit: nothing was accepted, retry after Retry-After seconds'),
            503: error('the queue is unavailable: retry after Retry-After seconds (a message that did get queued is answered "duplicate" on retry and scored once)'),
          },
        },
      },
      '/v1/results/{id}': {
        get: {
          summary: 'The result of one message',
          security: read,
          parameters: [pathParam('id')],
          responses: {
            200: json(S.StoredResultSchema, 'the result object (status scored or unscorable), or a skipped or failed record'),
            202: json(S.PendingSchema, 'not scored yet'),
            401: error('missing or wrong token'),
            404: error('unknown id'),
          },
        },
      },
      '/v1/feed.json': {
        get: {
          summary: 'JSON Feed 1.1 of results, newest first, paged by next_url',
          security: read,
          parameters: queryParams(S.FeedQuerySchema),
          responses: { 200: { description: 'a JSON Feed', content: { 'application/feed+json': { schema: schema(S.JsonFeedSchema) } } }, 400: error('bad query'), 401: error('missing or wrong token') },
        },
      },
      '/v1/agents': {
        get: {
          summary: 'Per-agent figures over a period (whole UTC days)',
          security: read,
          parameters: queryParams(S.PeriodQuerySchema),
          responses: { 200: json(S.AgentsReportSchema, 'one entry per agent with replies in the period'), 400: error('bad query'), 401: error('missing or wrong token') },
        },
      },
      '/v1/agents/{agent}': {
        get: {
          summary: 'One agent: figures, daily trend, lowest-scoring recent replies',
          security: read,
          parameters: [pathParam('agent'), ...queryParams(S.PeriodQuerySchema)],
          responses: { 200: json(S.AgentReportSchema, 'the agent report'), 401: error('missing or wrong token'), 404: error('no replies from this agent in the period') },
        },
      },
      '/v1/failed': {
        get: {
          summary: 'Jobs that could not be processed, with their reason',
          security: read,
          parameters: queryParams(S.FailedQuerySchema),
          responses: { 200: json(S.FailedListSchema, 'failed jobs, newest first'), 401: error('missing or wrong token') },
        },
      },
      '/v1/admin/erasure': {
        post: {
          summary: 'Right to erasure: remove everything stored about one customer address, and say what was removed',
          security: [{ adminToken: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: schema(S.ErasureRequestSchema, 'input') } } },
          responses: {
            200: json(S.ErasureReportSchema, 'what was removed: counts per kind and the result ids'),
            400: error('not a JSON body with an e-mail address'),
            401: error('missing or wrong token (only the admin token is accepted)'),
            403: error('QA_ADMIN_TOKEN is not configured'),
          },
        },
      },
      '/v1/admin/retention': {
        get: {
          summary: 'The retention in force and what is held now',
          security: [{ adminToken: [] }],
          responses: { 200: json(S.RetentionReportSchema, 'settings, counts, the last sweep'), 401: error('missing or wrong token'), 403: error('QA_ADMIN_TOKEN is not configured') },
        },
      },
      ...reviewPaths({ json, error, queryParams, pathParam, read }),
      '/v1/openapi.json': { get: { summary: 'This document', security: read, responses: { 200: { description: 'OpenAPI 3.1' } } } },
      '/healthz': { get: { summary: 'The process is alive (no token)', responses: { 200: { description: 'ok' } } } },
      '/readyz': { get: { summary: 'Redis answers and workers are alive (no token)', responses: { 200: { description: 'ready' }, 503: { description: 'not ready' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', security: read, responses: { 200: { description: 'text exposition format' } } } },
    },
  };
}
