import type { EntityManager } from '@mikro-orm/postgresql';
import type { WorkflowDefinition } from '@accredit/workflow-engine';

/**
 * What the task workflow a campaign pinned says about its states, for code that must not know
 * state names (evidence editability, the review queue). The workflow runtime provides it; tasks
 * and evidence do not read stored workflow definitions themselves.
 */
export abstract class TaskStateVocabulary {
  /** States of the campaign's task workflow that mean "submitted, waiting for review". */
  abstract reviewQueueStates(campaignId: string): Promise<string[]>;
  /** The task workflow a task runs on (its campaign's pinned one); `em`: answer in that transaction. */
  abstract taskDefinition(taskId: string, em?: EntityManager): Promise<WorkflowDefinition>;
}

export const TASK_STATE_VOCABULARY = Symbol('TASK_STATE_VOCABULARY');
