import { z } from 'zod';

// The result object of ../shared/contract.md: one per message, the same from the
// CLI, the API and the feed. The schema is the type.

export const VerdictSchema = z.enum(['pass', 'fail', 'na']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const EvidenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  signal: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const CriterionResultSchema = z.object({
  verdict: VerdictSchema,
  score: z.number().min(0).max(1).nullable(),
  evidence: z.array(EvidenceSchema),
  feedback: z.string(),
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

const PartySchema = z.object({
  email: z.string().nullable(),
  name: z.string().nullable(),
});

export const ResultSchema = z.object({
  id: z.string(),
  messageId: z.string().nullable(),
  source: z.string(),
  status: z.enum(['scored', 'unscorable']),
  reason: z.string().optional(),
  agent: PartySchema.extend({ id: z.string().nullable(), team: z.string().nullable().optional() }),
  customer: PartySchema,
  subject: z.string().nullable(),
  sentAt: z.string().nullable(),
  language: z.string().nullable(),
  rubric: z.object({ id: z.string(), version: z.string() }),
  score: z.number().min(0).max(100).nullable(),
  criteria: z.record(z.string(), CriterionResultSchema),
  reply: z.object({ text: z.string(), quoted: z.string().nullable() }),
  scoredAt: z.string(),
});
export type Result = z.infer<typeof ResultSchema>;
