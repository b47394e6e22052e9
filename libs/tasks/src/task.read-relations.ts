import { readRelation } from '@accredit/db';

// What other modules may read of this module's rows inside a statement of their own (ADR 13).

/** One row per task: a rule × responsible department of a campaign, its workflow state and due date. */
export const TASK_ROWS = readRelation(
  'tasks.task',
  ['id', 'campaign_id', 'scoring_rule_id', 'department_id', 'role', 'position', 'due_on', 'state', 'version', 'created_at', 'updated_at'],
  'select id, campaign_id, scoring_rule_id, department_id, role, position, due_on, state, version, created_at, updated_at from task',
);
