import { Logger } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { stateLabels } from '@accredit/workflow-engine';
import {
  AvailableTransitionModel,
  ParticipantTransitionOutcomeModel,
  TransitionInput,
  TransitionParticipantsInput,
  TransitionLogModel,
  TaskTransitionOutcomeModel,
  TransitionResultModel,
  TransitionTasksInput,
  UploadWorkflowDefinitionInput,
} from './workflow.model';
import { WorkflowDefinitionModel, toWorkflowDefinitionModel } from './workflow-definition.model';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import { type AppliedTransition, WorkflowService } from './workflow.service';
import { applyEach, checkBatch } from './batch-transition';
import { toLogModel } from './to-log-model';
import { WorkflowSubjectTypeEnum } from './workflow-enums';
import { toAvailableTransitionModels } from './to-available-transition-models';

function toResultModel(applied: AppliedTransition): TransitionResultModel {
  const labels = stateLabels(applied.definition);
  return Object.assign(new TransitionResultModel(), {
    entityType: applied.subject.entityType,
    id: applied.subject.id,
    state: applied.state,
    stateLabel: labels[applied.state] ?? applied.state,
    version: applied.version,
    entry: toLogModel(applied.log, applied.definition),
  });
}

@Resolver()
export class WorkflowResolver {
  private readonly logger = new Logger('TransitionTasks');

  constructor(
    private readonly workflows: WorkflowService,
    private readonly definitions: WorkflowDefinitionsService,
  ) {}

  @Query(() => [AvailableTransitionModel], { description: '对象当前的全部操作：能否执行，不能时的原因' })
  async availableTransitions(
    @Args('entityType', { type: () => WorkflowSubjectTypeEnum, description: '对象类型' }) entityType: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: object,
  ): Promise<AvailableTransitionModel[]> {
    const { definition, events } = await this.workflows.available(requireActor(context), entityType, id);
    return toAvailableTransitionModels(definition, events);
  }

  @Mutation(() => TransitionResultModel, { description: '执行一个流转（新状态、流转记录和动作在同一事务中）' })
  async transition(@Args('input') input: TransitionInput, @Context() context: object): Promise<TransitionResultModel> {
    return toResultModel(await this.workflows.transition(requireActor(context), input));
  }

  @Mutation(() => [TaskTransitionOutcomeModel], {
    description: '对多项任务执行同一流转（批量通过、批量退回）：每项任务单独在自己的事务中执行，一项被拒绝不影响其他项；按提交顺序返回每项的结果',
  })
  async transitionTasks(@Args('input') input: TransitionTasksInput, @Context() context: object): Promise<TaskTransitionOutcomeModel[]> {
    const actor = requireActor(context);
    checkBatch(input.tasks);
    const outcomes = await applyEach(
      input.tasks,
      (task) => this.workflows.transition(actor, { entityType: 'task', id: task.id, event: input.event, comment: input.comment, expectedVersion: task.expectedVersion }),
      (error) => this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
    return outcomes.map((outcome) =>
      Object.assign(new TaskTransitionOutcomeModel(), {
        taskId: outcome.id,
        ok: outcome.ok,
        code: outcome.ok ? null : outcome.code,
        message: outcome.ok ? null : outcome.message,
        result: outcome.ok ? toResultModel(outcome.applied) : null,
      }),
    );
  }

  @Mutation(() => [ParticipantTransitionOutcomeModel], {
    description: '对多个参与单位执行同一流转（如催报全部未报送的县）：每个单独在自己的事务中执行，一个被拒绝不影响其他；按提交顺序返回每个的结果',
  })
  async transitionParticipants(@Args('input') input: TransitionParticipantsInput, @Context() context: object): Promise<ParticipantTransitionOutcomeModel[]> {
    const actor = requireActor(context);
    checkBatch(input.participants, { measure: '个', what: '参与单位' });
    const outcomes = await applyEach(
      input.participants,
      (participant) => this.workflows.transition(actor, { entityType: 'participant', id: participant.id, event: input.event, comment: input.comment, expectedVersion: participant.expectedVersion }),
      (error) => this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    );
    return outcomes.map((outcome) =>
      Object.assign(new ParticipantTransitionOutcomeModel(), {
        participantId: outcome.id,
        ok: outcome.ok,
        code: outcome.ok ? null : outcome.code,
        message: outcome.ok ? null : outcome.message,
        result: outcome.ok ? toResultModel(outcome.applied) : null,
      }),
    );
  }

  @Query(() => [TransitionLogModel], { description: '对象的流转记录，按时间先后' })
  async transitionHistory(
    @Args('entityType', { type: () => WorkflowSubjectTypeEnum, description: '对象类型' }) entityType: string,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: object,
  ): Promise<TransitionLogModel[]> {
    const { logs, definitions } = await this.workflows.history(requireActor(context), entityType, id);
    return logs.map((log) => toLogModel(log, definitions.get(log.definitionVersion)!));
  }

  @Query(() => [WorkflowDefinitionModel], { description: '本单位可用的流程定义及其各个版本：本单位的、上级共享的和平台默认的（平台系统管理员：全部）' })
  async workflowDefinitions(@Context() context: object): Promise<WorkflowDefinitionModel[]> {
    return (await this.definitions.list(requireActor(context))).map(toWorkflowDefinitionModel);
  }

  @Query(() => WorkflowDefinitionModel, { description: '一个流程定义；不给版本号时为本单位新建创建工作将使用的版本（本单位最新版，否则上级共享的，否则平台默认）' })
  async workflowDefinition(
    @Args('key', { description: '流程键，如 campaign、task（流程定义文件中声明，故为文字）' }) key: string,
    @Context() context: object,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ): Promise<WorkflowDefinitionModel> {
    return toWorkflowDefinitionModel(await this.definitions.record(requireActor(context), key, version));
  }

  @Mutation(() => WorkflowDefinitionModel, { description: '上传新的流程定义版本，归本单位所有（先校验，出错时列出行号和字段）；其他单位不受影响，进行中的对象继续使用原版本' })
  async uploadWorkflowDefinition(@Args('input') input: UploadWorkflowDefinitionInput, @Context() context: object): Promise<WorkflowDefinitionModel> {
    return toWorkflowDefinitionModel(await this.definitions.upload(requireActor(context), input.source, input.fileName?.trim() || 'upload.yaml', input.shareWithDescendants ?? false));
  }
}
