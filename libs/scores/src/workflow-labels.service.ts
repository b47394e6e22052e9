import { Injectable } from '@nestjs/common';
import { type TaskStateKinds, expertScoringStates, taskStateKinds } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from '@accredit/workflow-runtime';

export interface WorkflowLabels {
  /** State path → label (creation.evidence → 完善佐证材料及自评报告). */
  labels: Record<string, string>;
  /** Final state paths (accredited, rejected …). */
  finals: ReadonlySet<string>;
  /** States in which experts score (the definition's expertScoring flag: 认定). */
  expertScoring: ReadonlySet<string>;
  /** For a task workflow: which states are done, submitted for review, or returned (taskStateKinds). */
  taskStates: TaskStateKinds;
}

/**
 * What scoring needs to know of a stored workflow definition version: its state labels, final
 * states, expert-scoring states and task-state meanings. Asked of the workflow runtime, which
 * owns the definitions and keeps them parsed; versions never change, so the answer is cached.
 */
@Injectable()
export class WorkflowLabelsService {
  private readonly cache = new Map<string, WorkflowLabels>();

  constructor(private readonly definitions: WorkflowDefinitionsService) {}

  /** Labels of the definition record a campaign pinned (campaign.workflowDefinitionId / taskWorkflowDefinitionId). */
  async of(definitionId: string): Promise<WorkflowLabels> {
    const cached = this.cache.get(definitionId);
    if (cached) return cached;
    const definition = await this.definitions.definitionById(definitionId);
    const { labels, finals } = this.definitions.summaryOf(definition);
    const result = { labels, finals, expertScoring: new Set(expertScoringStates(definition)), taskStates: taskStateKinds(definition) };
    this.cache.set(definitionId, result);
    return result;
  }
}
