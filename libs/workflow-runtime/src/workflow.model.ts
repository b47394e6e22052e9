import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode, ErrorCodeEnum } from '@accredit/api-kit';
import { TransitionRefusalCodeEnum, WorkflowEffectTypeEnum, WorkflowSubjectTypeEnum } from './workflow-enums';

@ObjectType('AvailableTransition', { description: '当前可执行或不可执行的操作，及不可执行的原因' })
export class AvailableTransitionModel {
  @Field({ description: '事件名（流程定义中声明，故为文字）' })
  event!: string;

  @Field({ description: '操作名称' })
  label!: string;

  @Field({ description: '当前用户现在能否执行（needsComment 的操作不因尚未填写意见而不能执行：界面执行时弹出意见框，不填仍被拒绝）' })
  allowed!: boolean;

  @Field({ description: '当前状态下是否存在此操作（false 表示此状态不适用）' })
  available!: boolean;

  @Field({ description: '执行时必须填写意见（流程定义的 needsComment）：界面应弹出意见框' })
  needsComment!: boolean;

  @Field(() => String, { nullable: true, description: '执行前请用户确认的提示语（流程定义的 confirm）；为空时无需确认' })
  confirm!: string | null;

  @Field({ description: '执行前检查佐证材料（流程定义的 checksEvidence，或带 hasEvidence 守卫）：界面列出尚无佐证材料的要求，请用户确认' })
  checksEvidence!: boolean;

  @Field(() => String, { nullable: true, description: '执行后的状态（流程定义中的状态，故为文字）' })
  to!: string | null;

  @Field(() => String, { nullable: true, description: '执行后的状态名称' })
  toLabel!: string | null;

  @Field(() => TransitionRefusalCodeEnum, { nullable: true, description: '不能执行时的原因类别；能执行时为空' })
  code!: string | null;

  @Field(() => [String], { description: '不能执行的原因，如「不能提交：尚无佐证材料」' })
  reasons!: string[];
}

@ObjectType('TransitionEffect', { description: '流转时执行的一个动作及其结果' })
export class TransitionEffectModel {
  @Field(() => WorkflowEffectTypeEnum, { description: '动作' })
  type!: string;

  @Field({ description: '执行结果（给人看的说明，如「已通知 3 个接收方」「截止日期设为 2022-11-30」）' })
  outcome!: string;
}

@ObjectType('TransitionLogEntry', { description: '流转记录（只增不改）' })
export class TransitionLogModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '事件名（流程定义中声明，故为文字）' })
  event!: string;

  @Field({ description: '操作名称' })
  eventLabel!: string;

  @Field({ description: '原状态（流程定义中的状态，故为文字）' })
  from!: string;

  @Field({ description: '原状态名称' })
  fromLabel!: string;

  @Field({ description: '新状态（流程定义中的状态，故为文字）' })
  to!: string;

  @Field({ description: '新状态名称' })
  toLabel!: string;

  /** The name the entry stored when written (older entries: the login id); shown through TransitionLogEntryResolver. */
  actorName!: string;

  /** Not in the schema: the user, for the name shown. */
  actorId!: string;

  @Field(() => [String], { description: '操作人角色（内置角色或流程声明的角色，故为文字）' })
  actorRoles!: string[];

  @Field(() => String, { nullable: true, description: '意见' })
  comment!: string | null;

  @Field({ description: '时间' })
  at!: Date;

  @Field(() => Int, { description: '所用流程定义的版本' })
  definitionVersion!: number;

  @Field(() => [TransitionEffectModel], { description: '执行的动作及结果' })
  effects!: TransitionEffectModel[];
}

@ObjectType('TransitionResult', { description: '流转结果' })
export class TransitionResultModel {
  @Field(() => WorkflowSubjectTypeEnum, { description: '对象类型' })
  entityType!: string;

  @Field(() => ID)
  id!: string;

  @Field({ description: '新状态（流程定义中的状态，故为文字）' })
  state!: string;

  @Field({ description: '新状态名称' })
  stateLabel!: string;

  @Field(() => Int, { description: '新版本号：下次修改时作为 expectedVersion 传回' })
  version!: number;

  @Field(() => TransitionLogModel, { description: '本次的流转记录' })
  entry!: TransitionLogModel;
}

@InputType({ description: '执行一个流转' })
export class TransitionInput {
  @Field(() => WorkflowSubjectTypeEnum, { description: '对象类型' })
  entityType!: string;

  @Field(() => ID)
  id!: string;

  @Field({ description: '事件名，如 submit、approve、return（流程定义中声明，故为文字）' })
  event!: string;

  @Field(() => String, { nullable: true, description: '意见（退回等操作必填）' })
  comment?: string | null;

  @Field(() => Int, { description: '读取时的版本号；已被他人修改时返回 CONFLICT' })
  expectedVersion!: number;
}

@InputType({ description: '上传新的流程定义版本' })
export class UploadWorkflowDefinitionInput {
  @Field({ description: 'YAML 原文' })
  source!: string;

  @Field({ nullable: true, description: '文件名（用于错误提示）' })
  fileName?: string;

  @Field({ nullable: true, description: '是否供本单位的下级单位使用（默认只供本单位使用）' })
  shareWithDescendants?: boolean;
}

/** What both batch inputs send per item: the object and the version it was read at. */
@InputType({ isAbstract: true })
abstract class VersionedItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '读取时的版本号；已被他人修改时该项返回 CONFLICT' })
  expectedVersion!: number;
}

/** What both batch transitions answer per item, besides its id and its result. */
@ObjectType({ isAbstract: true })
abstract class TransitionOutcomeBase {
  @Field({ description: '是否已执行' })
  ok!: boolean;

  @Field(() => ErrorCodeEnum, { nullable: true, description: '未执行时的错误代码（与单独执行时相同，如 CONFLICT、TRANSITION_NOT_ALLOWED）' })
  code!: ErrorCode | null;

  @Field(() => String, { nullable: true, description: '未执行时的原因' })
  message!: string | null;
}

@InputType('TaskVersionInput', { description: '一项任务及读取时的版本号' })
export class TaskVersionInput extends VersionedItemInput {}

@InputType({ description: '对多项任务执行同一流转（如批量通过、批量退回），每项任务单独处理' })
export class TransitionTasksInput {
  @Field({ description: '事件名，如 approve、return（流程定义中声明，故为文字）' })
  event!: string;

  @Field(() => String, { nullable: true, description: '意见（退回等操作必填），对每项任务相同' })
  comment?: string | null;

  @Field(() => [TaskVersionInput], { description: '任务及其版本号，一次最多 50 项' })
  tasks!: TaskVersionInput[];
}

@ObjectType('TaskTransitionOutcome', { description: '批量流转中一项任务的结果' })
export class TaskTransitionOutcomeModel extends TransitionOutcomeBase {
  @Field(() => ID)
  taskId!: string;

  @Field(() => TransitionResultModel, { nullable: true, description: '已执行时的流转结果（新状态、版本号、流转后的任务）' })
  result!: TransitionResultModel | null;
}

@InputType('ParticipantVersionInput', { description: '一个参与单位及读取时的版本号' })
export class ParticipantVersionInput extends VersionedItemInput {}

@InputType({ description: '对多个参与单位执行同一流转（如催报全部未报送的县），每个单独处理' })
export class TransitionParticipantsInput {
  @Field({ description: '事件名，如 remind（流程定义中声明，故为文字）' })
  event!: string;

  @Field(() => String, { nullable: true, description: '意见（需要意见的操作必填），对每个参与单位相同' })
  comment?: string | null;

  @Field(() => [ParticipantVersionInput], { description: '参与单位及其版本号，一次最多 50 个' })
  participants!: ParticipantVersionInput[];
}

@ObjectType('ParticipantTransitionOutcome', { description: '批量流转中一个参与单位的结果' })
export class ParticipantTransitionOutcomeModel extends TransitionOutcomeBase {
  @Field(() => ID)
  participantId!: string;

  @Field(() => TransitionResultModel, { nullable: true, description: '已执行时的流转结果（新状态、版本号）' })
  result!: TransitionResultModel | null;
}
