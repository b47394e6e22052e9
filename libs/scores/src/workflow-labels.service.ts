import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type TaskStateKinds, type WorkflowDefinition, expertScoringStates, parseDefinition, stateLabels, taskStateKinds } from '@accredit/workflow-engine';

export interface WorkflowLabels {
  /** State path → label (creation.evidence → 完善佐证材料及自评报告). */
  labels: Record<string, string>;
  /** Final state paths (accredited, rejected …). */
  finals: Set<string>;
  /** States in which experts score (the definition's expertScoring flag: 认定). */
  expertScoring: Set<string>;
  /** For a task workflow: which states are done, submitted for review, or returned (taskStateKinds). */
  taskStates: TaskStateKinds;
}

const EMPTY: WorkflowLabels = { labels: {}, finals: new Set(), expertScoring: new Set(), taskStates: { done: new Set(), submitted: new Set(), returned: new Set() } };

/**
 * State labels of a stored workflow definition version, for messages and exports. Reads the
 * stored YAML (table workflow_definition, written by the workflow runtime) and parses it with
 * the pure engine, so this module does not depend on the workflow runtime (which calls it for
 * the snapshotScores effect). Versions never change, so parsed labels are cached.
 */
@Injectable()
export class WorkflowLabelsService {
  private readonly cache = new Map<string, WorkflowLabels>();

  /** Labels of the definition record a campaign pinned (campaign.workflowDefinitionId / taskWorkflowDefinitionId). */
  async of(em: EntityManager, definitionId: string): Promise<WorkflowLabels> {
    const cached = this.cache.get(definitionId);
    if (cached) return cached;
    const [row] = await em.execute<{ source: string; file_name: string }[]>('select source, file_name from workflow_definition where id = ?', [definitionId]);
    if (!row) return EMPTY;
    const parsed = parseDefinition(row.source, row.file_name);
    if (!parsed.ok) return EMPTY;
    const labels = { labels: stateLabels(parsed.definition), finals: finalStates(parsed.definition), expertScoring: new Set(expertScoringStates(parsed.definition)), taskStates: taskStateKinds(parsed.definition) };
    this.cache.set(definitionId, labels);
    return labels;
  }
}

function finalStates(definition: WorkflowDefinition): Set<string> {
  return new Set(Object.values(definition.states).filter((state) => state.final).map((state) => state.path));
}
