import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CampaignModel } from '@accredit/campaigns';
import { TaskModel } from '@accredit/tasks';
import { type WorkflowDefinition, isEvidenceEditable, stateLabels } from '@accredit/workflow-engine';
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
    const { labels } = this.definitions.summaryOf(await this.definitionOf(task, context));
    return labels[task.state] ?? task.state;
  }

  @ResolveField(() => Boolean, { description: '当前状态下能否修改佐证材料（任务流程声明的 evidenceEditable）' })
  async evidenceEditable(@Parent() task: TaskModel, @Context() context: object): Promise<boolean> {
    return isEvidenceEditable(await this.definitionOf(task, context), task.state);
  }

  @ResolveField(() => Boolean, { description: '当前状态表示已提交、等待审核（任务流程声明的 reviewQueue）' })
  async inReviewQueue(@Parent() task: TaskModel, @Context() context: object): Promise<boolean> {
    const definition = await this.definitionOf(task, context);
    return Object.hasOwn(definition.states, task.state) && definition.states[task.state].reviewQueue;
  }

  /** The task workflow the task's campaign pinned: one lookup per request for all campaigns asked, shared with deadlineStatus; none once cached. */
  private definitionOf(task: TaskModel, context: object): Promise<WorkflowDefinition> {
    return this.definitions.taskDefinitionOfCampaign(context, task.campaignId);
  }
}
