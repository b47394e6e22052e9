import type { EntityManager } from '@mikro-orm/postgresql';
import type { ElectiveGroupFact, WorkflowDefinition } from '@accredit/workflow-engine';
import type { ElectiveFactsSource } from './runtime-ports';

/** Whether any transition of the definition checks elective choices: only then are they read. */
export function usesElectives(definition: WorkflowDefinition): boolean {
  return definition.transitions.some((transition) => transition.guards.some((guard) => guard.type === 'electivesChosen'));
}

/**
 * The elective groups of the campaigns, or an empty map when no source is wired (then the facts
 * stay absent and the guard refuses: "缺少选做项的选择情况"). One read for all the campaigns.
 */
export async function readElectives(source: ElectiveFactsSource | null, em: EntityManager, campaignIds: readonly string[]): Promise<Map<string, ElectiveGroupFact[]>> {
  if (!source || campaignIds.length === 0) return new Map();
  return source.electiveGroups([...new Set(campaignIds)], em);
}
