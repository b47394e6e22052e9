import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { byKeys, requestLoader } from '@accredit/api-kit';
import { CampaignModel } from '@accredit/campaigns';
import type { WorkflowDefinitionRecord } from './workflow-definition.entity';
import { WorkflowDefinitionModel, toWorkflowDefinitionModel } from './workflow-definition.model';
import { WorkflowDefinitionsService } from './workflow-definitions.service';

/**
 * Stored workflow definitions by id, one statement per request level, for links from rows that
 * pinned them. It does not check access: each link says why its parent's reader may read it.
 */
export function workflowDefinitionLoader(context: object, definitions: WorkflowDefinitionsService): DataLoader<string, WorkflowDefinitionRecord> {
  return requestLoader(context, 'workflowDefinition.byId', async (ids: readonly string[]) => byKeys(ids, await definitions.records(ids), (row) => row.id));
}

/** A row naming the campaign and task workflows it runs on (or will): a campaign, a set-up preview. */
export interface PinnedWorkflowIds {
  workflowDefinitionId: string;
  taskWorkflowDefinitionId: string;
}

/**
 * A resolver adding `workflowDefinition` and `taskWorkflowDefinition` beside the two ids on
 * `parent`, each batched per request: one class per parent type, as Nest wants.
 */
export function pinnedWorkflowsResolver<P extends PinnedWorkflowIds>(parent: Type<P>, descriptions: { workflowDefinition: string; taskWorkflowDefinition: string }) {
  @Resolver(() => parent)
  class PinnedWorkflowLinks {
    constructor(readonly definitions: WorkflowDefinitionsService) {}

    @ResolveField(() => WorkflowDefinitionModel, { description: descriptions.workflowDefinition })
    async workflowDefinition(@Parent() row: P, @Context() context: object): Promise<WorkflowDefinitionModel> {
      return toWorkflowDefinitionModel(await workflowDefinitionLoader(context, this.definitions).load(row.workflowDefinitionId));
    }

    @ResolveField(() => WorkflowDefinitionModel, { description: descriptions.taskWorkflowDefinition })
    async taskWorkflowDefinition(@Parent() row: P, @Context() context: object): Promise<WorkflowDefinitionModel> {
      return toWorkflowDefinitionModel(await workflowDefinitionLoader(context, this.definitions).load(row.taskWorkflowDefinitionId));
    }
  }
  return PinnedWorkflowLinks;
}

// Whoever reads a campaign may read the definitions that drive it: its states, events and task
// states already come from them. So the links check nothing of their own, and an office above
// reads a county's own uploaded workflow this way, which workflowDefinition(key) would not give it.
const READER = '能读这项创建工作的人都能读它（其状态、操作和任务状态本就来自它），即使它不是读者本单位可用的流程';
export const CampaignPinnedWorkflows = pinnedWorkflowsResolver(CampaignModel, {
  workflowDefinition: `创建工作所用的流程定义（设置时固定的版本，进行中不变）；${READER}`,
  taskWorkflowDefinition: `任务所用的流程定义（设置时固定的版本，进行中不变）；${READER}`,
});
