import { z } from 'zod';
import { ResultSchema } from '../result.js';
import { HintsSchema } from '../queue/job.js';
import { SkippedSchema } from '../store/results.js';
import { JsonFeedSchema } from '../store/feed.js';
import { RetentionReportSchema } from '../store/retention.js';
import { ErasureReportSchema } from '../privacy/erasure.js';
import { HttpError } from './errors.js';

// The API's boundaries, one schema each; routes parse with them and
// GET /v1/openapi.json is generated from them (the named ones become its components).

export const apiSchemas = z.registry<{ id: string }>();
apiSchemas.add(JsonFeedSchema, { id: 'JsonFeed' });

export { HintsSchema, JsonFeedSchema };

export const IngestJsonSchema = HintsSchema.extend({
  raw: z.string().min(1).optional().describe('the whole message as text (RFC 822: headers, blank line, body)'),
  rawBase64: z.string().min(1).optional().describe('the whole message, base64-encoded (for 8-bit or binary messages)'),
})
  .refine((b) => (b.raw === undefined) !== (b.rawBase64 === undefined), { message: 'give exactly one of "raw" or "rawBase64"' })
  .register(apiSchemas, { id: 'IngestJson' });

export const IngestResponseSchema = z
  .object({
    id: z.string().describe('stable id of the message (from its Message-ID, else from its bytes)'),
    status: z.enum(['queued', 'duplicate', 'skipped']),
    reason: z.string().optional().describe('why the message is skipped (not an agent reply)'),
  })
  .register(apiSchemas, { id: 'IngestResponse' });

export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).register(apiSchemas, { id: 'Error' });

export const PendingSchema = z.object({ id: z.string(), status: z.enum(['queued', 'active']) }).register(apiSchemas, { id: 'Pending' });

export const FailedSchema = z
  .object({
    id: z.string(),
    status: z.literal('failed'),
    reason: z.string(),
    attempts: z.number().int(),
    failedAt: z.string().nullable(),
  })
  .register(apiSchemas, { id: 'Failed' });

export const StoredResultSchema = z.union([ResultSchema.register(apiSchemas, { id: 'Result' }), SkippedSchema.register(apiSchemas, { id: 'Skipped' }), FailedSchema]);

const time = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date or date-time, e.g. 2026-11-23 or 2026-11-23T13:38:00Z')
  .transform((s) => Date.parse(s));
const id = z.string().min(1).max(200);

export const IdParamsSchema = z.object({ id });
export const AgentParamsSchema = z.object({ agent: id });

export const FeedQuerySchema = z.object({
  agent: id.optional().describe('only this agent id'),
  team: id.optional().describe('only this team'),
  since: time.optional().describe('received at or after (ISO 8601)'),
  until: time.optional().describe('received at or before (ISO 8601)'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional().describe('from next_url of the previous page'),
});

export const PeriodQuerySchema = z.object({
  from: time.optional().describe('first day (ISO 8601; default: 30 days before "to")'),
  to: time.optional().describe('last day (ISO 8601; default: now)'),
});

export const FailedQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

const Criterion = z.object({ pass: z.number(), fail: z.number(), na: z.number(), passRate: z.number().nullable(), reviewed: z.number().int().describe('verdicts of this criterion that come from a human review') });
const AgentFigures = z.object({
  agent: z.string(),
  name: z.string().nullable(),
  team: z.string().nullable(),
  count: z.number().int(),
  scored: z.number().int(),
  unscorable: z.number().int(),
  meanScore: z.number().nullable(),
  reviewed: z.number().int().describe('results with at least one human review'),
  verdicts: z.enum(['human', 'machine']).describe('human: reviewed results count with the reviewers\' verdicts and score (QA_PREFER_HUMAN)'),
  criteria: z.record(z.string(), Criterion),
});

export const AgentsReportSchema = z.object({ from: z.string(), to: z.string(), agents: z.array(AgentFigures) }).register(apiSchemas, { id: 'AgentsReport' });

export const AgentReportSchema = AgentFigures.extend({
  from: z.string(),
  to: z.string(),
  trend: z.array(z.object({ day: z.string(), count: z.number().int(), meanScore: z.number().nullable() })),
  lowest: z.array(z.object({ id: z.string(), url: z.string(), score: z.number(), subject: z.string().nullable(), sentAt: z.string().nullable() })),
}).register(apiSchemas, { id: 'AgentReport' });

export const FailedListSchema = z.object({ total: z.number().int(), jobs: z.array(FailedSchema) }).register(apiSchemas, { id: 'FailedList' });

export const ErasureRequestSchema = z
  .object({
    customer: z
      .string()
      .trim()
      .min(3)
      .max(320)
      .regex(/^[^\s@]+@[^\s@]+$/, 'an e-mail address, e.g. someone@example.com')
      .describe('the customer\'s e-mail address: results where it is the customer (To), and raw messages it receives (To, Cc), are erased'),
  })
  .register(apiSchemas, { id: 'ErasureRequest' });

ErasureReportSchema.register(apiSchemas, { id: 'ErasureReport' });
RetentionReportSchema.register(apiSchemas, { id: 'RetentionReport' });
export { ErasureReportSchema, RetentionReportSchema };

/** Parses or answers 400 with every problem named. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  throw new HttpError(400, 'bad_request', `invalid ${what}: ${problems}`);
}
