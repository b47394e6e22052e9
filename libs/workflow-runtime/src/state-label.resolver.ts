import { Field, ObjectType, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { CampaignModel, RequiredCampaignDocumentModel } from '@accredit/campaigns';
import { TaskModel } from '@accredit/tasks';
import { type WorkflowDefinition, declaredDocuments, isEvidenceEditable } from '@accredit/workflow-engine';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import { type WorkflowLabels, WorkflowLabelsService } from './workflow-labels.service';

/** What a task state means to lists, counts and colours, read from the task workflow (never from a state's name). */
export enum TaskStateKind {
  open = 'open',
  submitted = 'submitted',
  returned = 'returned',
  done = 'done',
}
registerEnumType(TaskStateKind, {
  name: 'TaskStateKind',
  description: '任务状态的含义（由任务流程定义决定）',
  valuesMap: {
    open: { description: '待办：尚未提交' },
    submitted: { description: '已提交，等待审核（reviewQueue）' },
    returned: { description: '审核后退回整改（从审核队列带意见退回）' },
    done: { description: '已完成（流程终态）' },
  },
});

@ObjectType('TaskStateOption', { description: '任务流程的一个状态：键、名称和含义，按流程中的顺序' })
export class TaskStateOptionModel {
  @Field({ description: '状态键（任务流程定义中的状态，故为文字）' })
  key!: string;

  @Field({ description: '状态名称' })
  label!: string;

  @Field(() => TaskStateKind, { description: '含义' })
  kind!: TaskStateKind;
}

function kindOf({ taskStates: kinds }: WorkflowLabels, state: string): TaskStateKind {
  if (kinds.done.has(state)) return TaskStateKind.done;
  if (kinds.submitted.has(state)) return TaskStateKind.submitted;
  if (kinds.returned.has(state)) return TaskStateKind.returned;
  return TaskStateKind.open;
}

/** Workflow fields of campaigns and tasks: their state's Chinese name, task states, documents (the definitions: workflow-definition-links.ts). */
@Resolver(() => CampaignModel)
export class CampaignWorkflowFieldsResolver {
  constructor(
    private readonly definitions: WorkflowDefinitionsService,
    private readonly labels: WorkflowLabelsService,
  ) {}

  @ResolveField(() => String, { description: '当前状态名称' })
  async stateLabel(@Parent() campaign: CampaignModel): Promise<string> {
    const { labels } = await this.labels.of(campaign.workflowDefinitionId);
    return labels[campaign.state] ?? campaign.state;
  }

  @ResolveField(() => [TaskStateOptionModel], { description: '任务流程的全部状态（不含复合状态本身），供筛选和图例使用' })
  async taskStates(@Parent() campaign: CampaignModel): Promise<TaskStateOptionModel[]> {
    const definition = await this.definitions.definitionById(campaign.taskWorkflowDefinitionId);
    const labels = this.labels.ofDefinition(definition);
    return Object.values(definition.states)
      .filter((state) => state.children.length === 0)
      .map((state) => Object.assign(new TaskStateOptionModel(), { key: state.path, label: state.label, kind: kindOf(labels, state.path) }));
  }

  @ResolveField(() => [RequiredCampaignDocumentModel], {
    description: '流程要求的文件（定义中的 documents，如自评报告）：名称、需要它的操作，以及已登记的文件；按定义中的顺序',
  })
  async requiredDocuments(@Parent() campaign: CampaignModel): Promise<RequiredCampaignDocumentModel[]> {
    const definition = await this.definitions.definitionById(campaign.workflowDefinitionId);
    return declaredDocuments(definition).map((declared) =>
      Object.assign(new RequiredCampaignDocumentModel(), {
        campaignId: campaign.id,
        kind: declared.kind,
        label: declared.label,
        neededBy: declared.neededBy.map((use) => ({ ...use })),
      }),
    );
  }
}

// Per-row fields of every task list: GraphQL's own arguments instead of @Parent()/@Context(), so
// that Nest calls them directly (no per-field pipeline of promises), and synchronous once the
// campaign's task workflow is known to the process.
@Resolver(() => TaskModel)
export class TaskWorkflowFieldsResolver {
  constructor(
    private readonly definitions: WorkflowDefinitionsService,
    private readonly labels: WorkflowLabelsService,
  ) {}

  @ResolveField(() => String, { description: '当前状态名称' })
  stateLabel(task: TaskModel, _args: unknown, context: object): string | Promise<string> {
    return this.withDefinition(task, context, (definition) => this.labels.ofDefinition(definition).labels[task.state] ?? task.state);
  }

  @ResolveField(() => Boolean, { description: '当前状态下能否修改佐证材料（任务流程声明的 evidenceEditable）' })
  evidenceEditable(task: TaskModel, _args: unknown, context: object): boolean | Promise<boolean> {
    return this.withDefinition(task, context, (definition) => isEvidenceEditable(definition, task.state));
  }

  @ResolveField(() => Boolean, { description: '当前状态表示已提交、等待审核（任务流程声明的 reviewQueue）' })
  inReviewQueue(task: TaskModel, _args: unknown, context: object): boolean | Promise<boolean> {
    return this.withDefinition(task, context, (definition) => Object.hasOwn(definition.states, task.state) && definition.states[task.state].reviewQueue);
  }

  @ResolveField(() => TaskStateKind, { description: '当前状态的含义：待办、已提交、已退回或已完成（由任务流程定义决定）' })
  stateKind(task: TaskModel, _args: unknown, context: object): TaskStateKind | Promise<TaskStateKind> {
    return this.withDefinition(task, context, (definition) => kindOf(this.labels.ofDefinition(definition), task.state));
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
