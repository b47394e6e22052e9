import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ImmutableCache } from '@accredit/api-kit';
import { CAMPAIGN_ROWS } from '@accredit/campaigns';
import { TASK_ROWS, TaskStateVocabulary } from '@accredit/tasks';
import { type WorkflowDefinition, reviewQueueStates } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import { subjectNotFound } from './workflow.exception';

/** Answers questions about task states from the definition each campaign pinned. */
@Injectable()
export class TaskStateVocabularyService extends TaskStateVocabulary {
  /**
   * Campaign id → the task workflow definition it pinned. A campaign's pinned record never changes
   * once set up, and a stored definition version never changes either: the review queue's states
   * cost no statement once known (issue 15: the queue sent one statement more than other lists).
   */
  private readonly campaignDefinitions = new ImmutableCache<string, string>(20_000);
  /** A parsed definition (kept per record by WorkflowDefinitionsService) → its review-queue states. */
  private readonly queueStates = new WeakMap<WorkflowDefinition, readonly string[]>();

  constructor(
    private readonly em: EntityManager,
    private readonly definitions: WorkflowDefinitionsService,
  ) {
    super();
  }

  async reviewQueueStates(campaignId: string): Promise<string[]> {
    let definitionId = this.campaignDefinitions.get(campaignId);
    if (definitionId === undefined) {
      const [row] = await this.em.execute<{ id: string }[]>(`select c.task_workflow_definition_id as id from ${CAMPAIGN_ROWS} c where c.id = ?`, [campaignId]);
      // A campaign the caller cannot see yields an empty page anyway.
      if (!row) return [];
      this.campaignDefinitions.set(campaignId, (definitionId = row.id));
    }
    const definition = await this.definitions.definitionById(definitionId);
    let states = this.queueStates.get(definition);
    if (!states) this.queueStates.set(definition, (states = reviewQueueStates(definition)));
    return [...states];
  }

  async taskDefinition(taskId: string, em: EntityManager = this.em): Promise<WorkflowDefinition> {
    const [row] = await em.execute<{ id: string }[]>(`select c.task_workflow_definition_id as id from ${TASK_ROWS} t join ${CAMPAIGN_ROWS} c on c.id = t.campaign_id where t.id = ?`, [taskId]);
    if (!row) throw subjectNotFound('task', taskId);
    return this.definitions.definitionById(row.id);
  }
}
