import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CampaignModel } from '@accredit/campaigns';
import { TaskModel } from '@accredit/tasks';
import { stateLabels } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from './workflow-definitions.service';

/** Workflow fields of campaigns and tasks: the Chinese name of their state, their definition. */
@Resolver(() => CampaignModel)
export class CampaignWorkflowFieldsResolver {
  constructor(private readonly definitions: WorkflowDefinitionsService) {}

  @ResolveField(() => String, { description: '当前状态名称' })
  async stateLabel(@Parent() campaign: CampaignModel): Promise<string> {
    const labels = stateLabels(await this.definitions.definitionById(campaign.workflowDefinitionId));
    return labels[campaign.state] ?? campaign.state;
  }

  @ResolveField(() => String, { description: '所用流程及版本，如 campaign v1' })
  workflow(@Parent() campaign: CampaignModel): string {
    return `${campaign.workflowKey} v${campaign.workflowVersion}`;
  }

  @ResolveField(() => String, { description: '任务所用流程及版本，如 task v2' })
  taskWorkflow(@Parent() campaign: CampaignModel): string {
    return `${campaign.taskWorkflowKey} v${campaign.taskWorkflowVersion}`;
  }
}

@Resolver(() => TaskModel)
export class TaskWorkflowFieldsResolver {
  constructor(private readonly definitions: WorkflowDefinitionsService) {}

  @ResolveField(() => String, { description: '当前状态名称' })
  async stateLabel(@Parent() task: TaskModel, @Context() context: object): Promise<string> {
    // One lookup per request for all tasks of a campaign, shared with deadlineStatus; none once cached.
    const { labels } = this.definitions.summaryOf(await this.definitions.taskDefinitionOfCampaign(context, task.campaignId));
    return labels[task.state] ?? task.state;
  }
}
