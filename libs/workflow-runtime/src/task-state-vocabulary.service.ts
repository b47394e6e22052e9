import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@accredit/api-kit';
import { TaskStateVocabulary } from '@accredit/tasks';
import { type WorkflowDefinition, reviewQueueStates } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from './workflow-definitions.service';

/** Answers questions about task states from the definition each campaign pinned. */
@Injectable()
export class TaskStateVocabularyService extends TaskStateVocabulary {
  constructor(
    private readonly em: EntityManager,
    private readonly definitions: WorkflowDefinitionsService,
  ) {
    super();
  }

  async reviewQueueStates(campaignId: string): Promise<string[]> {
    const [row] = await this.em.execute<{ id: string }[]>(`select task_workflow_definition_id as id from campaign where id = ?`, [campaignId]);
    // A campaign the caller cannot see yields an empty page anyway.
    return row ? reviewQueueStates(await this.definitions.definitionById(row.id)) : [];
  }

  async taskDefinition(taskId: string, em: EntityManager = this.em): Promise<WorkflowDefinition> {
    const [row] = await em.execute<{ id: string }[]>(
      `select c.task_workflow_definition_id as id from task t join campaign c on c.id = t.campaign_id where t.id = ?`,
      [taskId],
    );
    if (!row) throw AppError.notFound('任务', taskId);
    return this.definitions.definitionById(row.id);
  }
}
