import { Injectable } from '@nestjs/common';
import { type TaskStateKinds, type WorkflowDefinition, expertScoringStates, taskStateKinds } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from './workflow-definitions.service';

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
 * What readers of a stored workflow definition version need to know of it (scores, the dashboard,
 * the task fields): its state labels, final states, expert-scoring states and task-state
 * meanings. Definitions are parsed once by WorkflowDefinitionsService and never change, so the
 * answer is computed once per definition.
 */
@Injectable()
export class WorkflowLabelsService {
  private readonly computed = new WeakMap<WorkflowDefinition, WorkflowLabels>();

  constructor(private readonly definitions: WorkflowDefinitionsService) {}

  /** Labels of the definition record a campaign pinned (campaign.workflowDefinitionId / taskWorkflowDefinitionId). */
  async of(definitionId: string): Promise<WorkflowLabels> {
    return this.ofDefinition(await this.definitions.definitionById(definitionId));
  }

  /** Labels of a parsed definition; synchronous for the per-row task fields. */
  ofDefinition(definition: WorkflowDefinition): WorkflowLabels {
    let result = this.computed.get(definition);
    if (!result) {
      const { labels, finals } = this.definitions.summaryOf(definition);
      result = { labels, finals, expertScoring: new Set(expertScoringStates(definition)), taskStates: taskStateKinds(definition) };
      this.computed.set(definition, result);
    }
    return result;
  }
}
