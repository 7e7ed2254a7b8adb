import type { Evaluator } from '../../rubrics/schema.js';
import { judgeApology } from './apology.js';
import { judgeCommitments } from './commitments.js';
import { judgeEmpathy } from './empathy.js';
import { judgeOwnership } from './ownership.js';
import { judgeSatisfaction } from './satisfaction.js';
import { judgeBySignals } from './signals.js';
import type { Judge } from './types.js';

export const JUDGES: Record<Evaluator, Judge> = {
  apology: judgeApology,
  empathy: judgeEmpathy,
  ownership: judgeOwnership,
  commitments: judgeCommitments,
  satisfaction_check: judgeSatisfaction,
  signals: judgeBySignals,
};
