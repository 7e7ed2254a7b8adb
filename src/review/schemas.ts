import { z } from 'zod';
import { VerdictSchema } from '../result.js';
import { apiSchemas } from '../http/schemas.js';

// The boundaries of the QA workflows (samples, reviews, assignments,
// calibration, exports): one schema each; the named ones appear in the OpenAPI document.

const time = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date or date-time, e.g. 2026-11-23 or 2026-11-23T13:38:00Z')
  .transform((s) => Date.parse(s));
/** A date alone ends at the end of that day (UTC), so ?to=2026-11-23 includes the 23rd. */
const timeEnd = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date or date-time, e.g. 2026-11-23 or 2026-11-23T13:38:00Z')
  .transform((s) => Date.parse(s) + (/^\d{4}-\d{2}-\d{2}$/.test(s.trim()) ? 86_400_000 - 1 : 0));
const name = z.string().trim().min(1).max(200);
/** "a,b" or ?x=a&x=b → ["a", "b"] */
const several = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean));
const CriterionId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a criterion id such as "empathy"');

export const ReviewerSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}._@+-]{1,100}$/u, 'a reviewer id: letters, digits and . _ @ + - (e.g. "maria" or "maria@example.com")');

/** "empathy:fail" → { criterion: "empathy", verdict: "fail" } */
export const CriterionFilterSchema = z.string().transform((s, ctx) => {
  const [criterion, verdict, more] = s.split(':');
  const c = CriterionId.safeParse(criterion);
  const v = VerdictSchema.safeParse(verdict);
  if (!c.success || !v.success || more !== undefined) {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not criterion:verdict (e.g. empathy:fail; verdicts pass, fail, na)` });
    return z.NEVER;
  }
  return { criterion: c.data, verdict: v.data };
});

/** The filters that samples, calibration and exports share. Period: when the service received the reply. */
export const FiltersSchema = z.object({
  from: time.optional().describe('received at or after (ISO 8601; default: 30 days before "to")'),
  to: timeEnd.optional().describe('received at or before (ISO 8601; default: now; a date alone means the whole day)'),
  agent: name.optional().describe('only this agent id'),
  team: name.optional().describe('only this team'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code such as "en"')
    .optional()
    .describe('only replies in this language'),
  criterion: several
    .pipe(z.array(CriterionFilterSchema))
    .optional()
    .describe('criterion:verdict, e.g. empathy:fail; several (comma-separated or repeated) must all hold'),
});
export type FiltersInput = z.infer<typeof FiltersSchema>;

export const StrategySchema = z.enum(['random', 'stratified', 'lowest', 'spotlight']);
export type Strategy = z.infer<typeof StrategySchema>;

export const SampleQuerySchema = FiltersSchema.extend({
  strategy: StrategySchema.default('random').describe(
    'random: uniform; stratified: n per agent; lowest: the n lowest scores; spotlight: failed critical criteria, outliers against the agent\'s own mean, angry customers',
  ),
  n: z.coerce.number().int().min(1).max(500).default(20).describe('replies in the sample (stratified: per agent)'),
  seed: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('the same seed and filters give the same sample (default: a new seed, returned in the answer)'),
  critical: several.pipe(z.array(CriterionId)).optional().describe('spotlight: the critical criteria (default: QA_CRITICAL_CRITERIA and the rubric\'s critical ones)'),
});
export type SampleQuery = z.infer<typeof SampleQuerySchema>;

const Reason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('critical_fail'), criteria: z.array(z.string()) }),
  z.object({ kind: z.literal('outlier'), score: z.number(), agentMean: z.number(), gap: z.number() }),
  z.object({ kind: z.literal('angry_customer'), cues: z.array(z.string()) }),
]);
export type SpotlightReason = z.infer<typeof Reason>;

export const SampleItemSchema = z.object({
  id: z.string(),
  url: z.string(),
  agent: z.string(),
  team: z.string().nullable(),
  language: z.string().nullable(),
  sentAt: z.string().nullable(),
  receivedAt: z.string(),
  subject: z.string().nullable(),
  score: z.number().nullable(),
  reasons: z.array(Reason).optional().describe('spotlight: why this reply is in it'),
});

export const SampleSchema = z
  .object({
    strategy: StrategySchema,
    seed: z.string(),
    n: z.number().int(),
    from: z.string(),
    to: z.string(),
    filters: z.record(z.string(), z.unknown()),
    candidates: z.number().int().describe('scored replies that match the filters'),
    truncated: z.boolean().describe('true when the period held more replies than a sample looks at (the newest are used)'),
    items: z.array(SampleItemSchema),
  })
  .register(apiSchemas, { id: 'Sample' });

export const ReviewBodySchema = z
  .object({
    reviewer: ReviewerSchema,
    verdicts: z
      .record(CriterionId, VerdictSchema)
      .refine((v) => Object.keys(v).length > 0, 'give a verdict for at least one criterion')
      .describe('criterion id → pass | fail | na; criteria left out are not reviewed'),
    comment: z.string().max(5000).nullable().optional(),
  })
  .strict()
  .register(apiSchemas, { id: 'ReviewBody' });

export const ReviewSchema = z
  .object({
    reviewer: z.string(),
    verdicts: z.record(z.string(), VerdictSchema),
    comment: z.string().nullable(),
    reviewedAt: z.string(),
  })
  .register(apiSchemas, { id: 'Review' });
export type Review = z.infer<typeof ReviewSchema>;

export const ReviewsSchema = z
  .object({
    id: z.string(),
    machine: z.record(z.string(), VerdictSchema).describe('the automatic verdicts, unchanged'),
    human: z.record(z.string(), VerdictSchema).describe('per criterion, the verdict most reviewers gave (a tie: the latest review among the tied)'),
    machineScore: z.number().nullable(),
    humanScore: z.number().nullable().describe('the score with the human verdicts in place of the machine\'s'),
    reviews: z.array(ReviewSchema),
  })
  .register(apiSchemas, { id: 'Reviews' });

export const AssignmentBodySchema = z
  .object({
    name: name,
    reviewer: ReviewerSchema,
    sample: SampleQuerySchema.optional().describe('the sample to review (its query parameters as JSON)'),
    ids: z.array(z.string().min(1).max(200)).min(1).max(500).optional().describe('or the result ids to review'),
  })
  .strict()
  .refine((b) => (b.sample === undefined) !== (b.ids === undefined), { message: 'give exactly one of "sample" or "ids"' })
  .register(apiSchemas, { id: 'AssignmentBody' });

export const AssignmentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    reviewer: z.string(),
    createdAt: z.string(),
    sample: z.record(z.string(), z.unknown()).nullable().describe('the sample query it was drawn with (with its seed), or null for a list of ids'),
    items: z.array(z.object({ id: z.string(), url: z.string(), reviewed: z.boolean() })),
    progress: z.object({ total: z.number().int(), reviewed: z.number().int(), remaining: z.number().int() }),
  })
  .register(apiSchemas, { id: 'Assignment' });
export type Assignment = z.infer<typeof AssignmentSchema>;

export const AssignmentsQuerySchema = z.object({ reviewer: ReviewerSchema.optional(), limit: z.coerce.number().int().min(1).max(500).default(50) });

export const CalibrationQuerySchema = FiltersSchema.omit({ criterion: true }).extend({
  limit: z.coerce.number().int().min(0).max(200).default(10).describe('how many of the most disputed replies to list'),
});

const Agreement = z.object({
  n: z.number().int(),
  agreement: z.number().nullable(),
  kappa: z.number().nullable().describe("Cohen's kappa; null when undefined (no items, or both always gave one verdict)"),
  matrix: z.array(z.array(z.number().int())).describe('3×3, rows: first rater, columns: second, order pass, fail, na'),
});

export const CalibrationSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    reviewedReplies: z.number().int(),
    reviews: z.number().int(),
    criteria: z.record(
      z.string(),
      z.object({
        machineVsHuman: Agreement.describe('every review against the machine (rows: machine)'),
        humanVsHuman: Agreement.describe('every pair of reviewers of the same reply, pooled'),
        pairs: z.array(Agreement.extend({ reviewers: z.tuple([z.string(), z.string()]) })),
      }),
    ),
    disputed: z.array(
      z.object({
        id: z.string(),
        url: z.string(),
        agent: z.string(),
        score: z.number().nullable(),
        disagreements: z.number().int().describe('pairs of raters (machine and reviewers) that gave different verdicts, over all criteria'),
        criteria: z.record(z.string(), z.object({ machine: VerdictSchema, reviewers: z.record(z.string(), VerdictSchema) })),
      }),
    ),
  })
  .register(apiSchemas, { id: 'Calibration' });

export const ExportQuerySchema = FiltersSchema.extend({
  bom: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((b) => b === '1' || b === 'true')
    .describe('1: start with a UTF-8 byte order mark (for Excel)'),
});
