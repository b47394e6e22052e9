import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@accredit/api-kit';
import { ResponsibleRoleEnum } from '@accredit/indicator-systems';
import { DueDateScopeEnum } from './campaign-plan-enums';

@InputType({ description: '一个有起止日期的阶段' })
export class CampaignPhasePlanInput {
  @Field({ description: '阶段键，如 preparation、creation、accreditation，创建工作内唯一（由计划定义，故为文字）' })
  key!: string;

  @Field({ description: '阶段名称（筹备阶段 …）' })
  name!: string;

  @Field(() => LocalDateScalar, { description: '开始日期（含）' })
  startsOn!: string;

  @Field(() => LocalDateScalar, { description: '结束日期（含）' })
  endsOn!: string;

  @Field({ nullable: true, description: '说明' })
  description?: string;
}

@InputType({ description: '倒排工期用的阶段：名称和天数' })
export class PhaseDurationInput {
  @Field({ description: '阶段键，创建工作内唯一（由计划定义，故为文字）' })
  key!: string;

  @Field({ description: '阶段名称' })
  name!: string;

  @Field(() => Int, { description: '天数（含首尾两天），至少 1' })
  days!: number;

  @Field({ nullable: true, description: '说明' })
  description?: string;
}

@InputType({ description: '倒排工期：从目标认定日期往前排各阶段' })
export class BackScheduleInput {
  @Field(() => LocalDateScalar, { description: '目标认定日期：最后一个阶段在这天结束' })
  targetDate!: string;

  @Field(() => [PhaseDurationInput], { description: '各阶段，按先后顺序' })
  phases!: PhaseDurationInput[];
}

@InputType({ description: '批量设置截止日期：某指标（含下级）、某部门或某条评分规则的全部任务' })
export class DueDateOverrideInput {
  @Field(() => DueDateScopeEnum, { description: '范围：某指标、某部门或某条评分规则' })
  scope!: string;

  @Field({ description: '按 scope：指标编号、部门 id 或评分规则编号（均为数据，故为文字）' })
  target!: string;

  @Field(() => LocalDateScalar, { description: '截止日期' })
  dueOn!: string;
}

@ObjectType('PlannedCampaignPhase', { description: '计划中的阶段' })
export class PlannedCampaignPhaseModel {
  @Field({ description: '阶段键（由模板或计划定义，故为文字）' })
  key!: string;

  @Field({ description: '阶段名称' })
  name!: string;

  @Field(() => LocalDateScalar, { description: '开始日期' })
  startsOn!: string;

  @Field(() => LocalDateScalar, { description: '结束日期' })
  endsOn!: string;
}

@ObjectType('PlannedTask', { description: '将要生成的一项任务' })
export class PlannedTaskModel {
  @Field({ description: '评分规则编号（指标体系中的编号，故为文字）' })
  ruleCode!: string;

  @Field({ description: '评分规则内容' })
  ruleText!: string;

  @Field({ description: '所属指标编号（指标体系中的编号，故为文字）' })
  indicatorCode!: string;

  @Field(() => ID, { description: '责任部门' })
  departmentId!: string;

  @Field({ description: '责任部门名称' })
  departmentName!: string;

  @Field(() => ResponsibleRoleEnum, { description: '牵头或配合' })
  role!: string;

  @Field(() => LocalDateScalar, { description: '截止日期' })
  dueOn!: string;
}

@ObjectType('PlannedDueDate', { description: '某一截止日期的任务数' })
export class PlannedDueDateModel {
  @Field(() => LocalDateScalar, { description: '截止日期' })
  dueOn!: string;

  @Field(() => Int, { description: '任务数' })
  tasks!: number;
}

@ObjectType('CampaignSetUpPreview', { description: '设置创建工作的预览：将要生成什么（不保存）' })
export class CampaignSetUpPreviewModel {
  @Field(() => ID, { nullable: true, description: '已存在的创建工作的编号；创建工作本身请读 existingCampaign' })
  existingCampaignId!: string | null;

  @Field(() => ID, { description: '所用模板（YAML 模板预览时为将要保存的模板，尚未保存）' })
  templateId!: string;

  @Field({ description: '模板键（导入或上传模板时确定，故为文字）' })
  templateKey!: string;

  @Field(() => Int, { description: '模板版本' })
  templateVersion!: number;

  @Field({ description: '模板名称' })
  templateName!: string;

  @Field(() => ID, { description: '创建工作流程（流程定义 id）；流程本身请读 workflowDefinition' })
  workflowDefinitionId!: string;

  @Field(() => ID, { description: '任务流程（流程定义 id）；流程本身请读 taskWorkflowDefinition' })
  taskWorkflowDefinitionId!: string;

  @Field(() => [PlannedCampaignPhaseModel], { description: '阶段（倒排工期时为算出的日期）' })
  phases!: PlannedCampaignPhaseModel[];

  @Field({ description: '任务所在阶段（阶段键，由模板或计划定义，故为文字）' })
  taskPhaseKey!: string;

  @Field(() => LocalDateScalar, { description: '任务默认截止日期（任务所在阶段的结束日期）' })
  defaultDueOn!: string;

  @Field(() => Int, { description: '将生成的任务数' })
  taskCount!: number;

  @Field(() => Int, { description: '涉及的部门数' })
  departmentCount!: number;

  @Field(() => Int, { description: '评分规则数' })
  ruleCount!: number;

  @Field(() => [String], { description: '不生成任务的评分规则（责任单位展开后没有部门）' })
  rulesWithoutTasks!: string[];

  @Field(() => [PlannedDueDateModel], { description: '按截止日期统计的任务数' })
  dueDates!: PlannedDueDateModel[];

  @Field(() => [PlannedTaskModel], { description: '将生成的任务，按任务表顺序' })
  tasks!: PlannedTaskModel[];
}

@ObjectType('CampaignTemplateChoice', { description: '可用于设置创建工作的指标体系模板（一个版本）' })
export class CampaignTemplateChoiceModel {
  @Field(() => ID, { description: '模板版本 id' })
  id!: string;

  @Field({ description: '模板键（导入或上传模板时确定，故为文字）' })
  key!: string;

  @Field(() => Int, { description: '版本' })
  version!: number;

  @Field({ description: '名称' })
  name!: string;

  @Field(() => String, { nullable: true, description: '来源文件名（导入的表格或模板文件）；自由文字' })
  source!: string | null;

  @Field(() => ID, { nullable: true, description: '所属单位的编号；平台的为空；单位本身请读 owner' })
  ownerId!: string | null;
}
