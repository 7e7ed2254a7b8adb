import { z } from 'zod';

// The job payload: small and free of message content. The raw bytes wait under
// their own key (keys.raw(id)); the job id is the message id.

export const HintsSchema = z.object({
  agent: z.string().min(1).max(200).optional().describe('agent id to credit, overriding the From address and the agents file'),
  team: z.string().min(1).max(200).optional().describe('team of the agent'),
  rubric: z.string().min(1).max(200).optional().describe('id of the rubric to score with (default: the default rubric)'),
});
export type Hints = z.infer<typeof HintsSchema>;

export const JobDataSchema = z.object({
  /** When the API accepted the message (ms since the epoch). */
  receivedAt: z.number().int().nonnegative(),
  hints: HintsSchema.optional(),
});
export type JobData = z.infer<typeof JobDataSchema>;

export const JOB_NAME = 'score';
