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
  stateLabel(@Parent() task: TaskModel, @Context() context: object): string | Promise<string> {
    return this.withDefinition(task, context, (definition) => this.definitions.summaryOf(definition).labels[task.state] ?? task.state);
  }

  @ResolveField(() => Boolean, { description: '当前状态下能否修改佐证材料（任务流程声明的 evidenceEditable）' })
  evidenceEditable(@Parent() task: TaskModel, @Context() context: object): boolean | Promise<boolean> {
    return this.withDefinition(task, context, (definition) => isEvidenceEditable(definition, task.state));
  }

  @ResolveField(() => Boolean, { description: '当前状态表示已提交、等待审核（任务流程声明的 reviewQueue）' })
  inReviewQueue(@Parent() task: TaskModel, @Context() context: object): boolean | Promise<boolean> {
    return this.withDefinition(task, context, (definition) => Object.hasOwn(definition.states, task.state) && definition.states[task.state].reviewQueue);
  }

  /** `read` of the task's workflow: at once when this process knows it (the usual case), else after one batched lookup. */
  private withDefinition<T>(task: TaskModel, context: object, read: (definition: WorkflowDefinition) => T): T | Promise<T> {
    const known = this.definitions.knownTaskDefinition(task.campaignId);
    return known ? read(known) : this.definitionOf(task, context).then(read);
  }

  /** The task workflow the task's campaign pinned: one lookup per request for all campaigns asked, shared with deadlineStatus; none once cached. */
  private definitionOf(task: TaskModel, context: object): Promise<WorkflowDefinition> {
    return this.definitions.taskDefinitionOfCampaign(context, task.campaignId);
  }
}
