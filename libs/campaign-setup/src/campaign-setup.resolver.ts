import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, hasRole, requireActor } from '@accredit/api-kit';
import { CampaignFormsService } from '@accredit/form-filling';
import { type OrganisationLevel, OrganisationLevelEnum } from '@accredit/organisations';
import type { DueDateScope } from '@accredit/campaign-planning';
import { type CampaignDesign, CampaignDesignerService, type SetupPreview, previewOf } from './campaign-designer.service';
import { BackScheduleInput, CampaignPhasePlanInput, CampaignSetUpPreviewModel, CampaignTemplateChoiceModel, DueDateOverrideInput } from './campaign-designer.model';
import { CampaignSetupService, type SetupOptions } from './campaign-setup.service';

@InputType({ description: '参与单位：它们走的流程和可以申报的层级' })
export class CampaignParticipationInput {
  @Field(() => ID, { nullable: true, description: '参与单位流程（流程定义 id，entityType 为 participant）；不给时用本单位默认的 participant 流程' })
  workflowDefinitionId?: string;

  @Field(() => OrganisationLevelEnum, { nullable: true, description: '可以申报的单位层级（province、city、county），须低于本单位；不给时只能由本单位邀请' })
  applicantLevel?: OrganisationLevel;
}

@InputType({ description: '从模板设置一项创建工作：完整的 YAML 模板（template），或已存储的指标体系模板（templateId，或 templateKey 和版本）加名称、流程和阶段' })
export class SetUpCampaignInput {
  @Field({ nullable: true, description: '创建工作模板（YAML，格式同 libs/campaign-setup/templates/shapingba-2021-2025.yaml）；给出时忽略下列已存储模板的字段' })
  template?: string;

  @Field(() => ID, { nullable: true, description: '已存储的指标体系模板（导入或编辑所得）' })
  templateId?: string;

  @Field({ nullable: true, description: '已存储模板的键，不给 templateId 时使用（导入或上传模板时确定，故为文字）' })
  templateKey?: string;

  @Field(() => Int, { nullable: true, description: '已存储模板的版本；不给时用本单位可用的最新版' })
  templateVersion?: number;

  @Field({ nullable: true, description: '创建工作名称（用已存储模板时必填）' })
  name?: string;

  @Field({ nullable: true, description: '创建工作的键，本单位内唯一；不给时由模板键和开始日期生成（由使用者确定，故为文字）' })
  key?: string;

  @Field(() => ID, { nullable: true, description: '创建工作流程（流程定义 id，须为本单位可用）；不给时用本单位默认的 campaign 流程' })
  workflowDefinitionId?: string;

  @Field(() => ID, { nullable: true, description: '任务流程（流程定义 id，须为本单位可用）；不给时用本单位默认的 task 流程' })
  taskWorkflowDefinitionId?: string;

  @Field(() => [CampaignPhasePlanInput], { nullable: true, description: '各阶段及起止日期（与 backSchedule 二选一）' })
  phases?: CampaignPhasePlanInput[];

  @Field(() => BackScheduleInput, { nullable: true, description: '倒排工期：目标认定日期和各阶段天数（与 phases 二选一）' })
  backSchedule?: BackScheduleInput;

  @Field({ nullable: true, description: '任务所在阶段：任务默认在该阶段结束日截止；默认 creation，没有时为第一个阶段（阶段键，由模板或计划定义，故为文字）' })
  taskPhaseKey?: string;

  @Field(() => [DueDateOverrideInput], { nullable: true, description: '批量设置截止日期（按指标、部门或评分规则）；规则优先于指标，指标优先于部门' })
  dueDates?: DueDateOverrideInput[];

  @Field(() => ID, { nullable: true, description: '承担本单位工作的部门：没有责任单位的评分规则（本单位）成为该部门的牵头任务；不给时这些规则不生成任务（见预览的 rulesWithoutTasks）' })
  officeDepartmentId?: string;

  @Field(() => CampaignParticipationInput, { nullable: true, description: '有参与单位（如全国示范县的申报）：本单位不生成任务，下级单位申报或受邀后各自按本指标体系开展；不给时本单位自己开展' })
  participation?: CampaignParticipationInput;

  @Field({ nullable: true, description: '创建工作所用流程（最新版），默认 campaign（流程定义的键，故为文字）' })
  workflowKey?: string;

  @Field({ nullable: true, description: '任务所用流程（最新版），默认 task（流程定义的键，故为文字）' })
  taskWorkflowKey?: string;

  @Field(() => [String], {
    nullable: true,
    description: '要求填写的表单（表单标识，如 first-batch-application，按顺序；用本单位可用的最新版）；仅用于已存储的模板；新一轮不给时沿用上一轮的表单；之后可用 setCampaignForms 修改',
  })
  forms?: string[];
}

@ObjectType('SetUpCampaignResult', { description: '设置结果' })
export class SetUpCampaignResult {
  @Field(() => ID, { description: '创建工作的编号；创建工作本身请读 campaign' })
  campaignId!: string;

  @Field({ description: '是否新建（false 表示已存在，未做修改）' })
  created!: boolean;

  @Field(() => Int, { description: '生成的任务数' })
  tasks!: number;
}

export function toDesign(input: SetUpCampaignInput): CampaignDesign {
  return {
    templateId: input.templateId ?? null,
    templateKey: input.templateKey ?? null,
    templateVersion: input.templateVersion ?? null,
    name: input.name ?? '',
    key: input.key ?? null,
    workflowDefinitionId: input.workflowDefinitionId ?? null,
    taskWorkflowDefinitionId: input.taskWorkflowDefinitionId ?? null,
    phases: input.phases ?? null,
    backSchedule: input.backSchedule ?? null,
    taskPhaseKey: input.taskPhaseKey ?? null,
    dueDates: (input.dueDates ?? []).map((override) => ({ scope: override.scope as DueDateScope, target: override.target, dueOn: override.dueOn })),
    officeDepartmentId: input.officeDepartmentId ?? null,
    participation: input.participation ? { workflowDefinitionId: input.participation.workflowDefinitionId ?? null, applicantLevel: input.participation.applicantLevel ?? null } : null,
  };
}

export function toPreviewModel(preview: SetupPreview): CampaignSetUpPreviewModel {
  const byDate = new Map<string, number>();
  preview.tasks.forEach((task) => byDate.set(task.dueOn, (byDate.get(task.dueOn) ?? 0) + 1));
  return Object.assign(new CampaignSetUpPreviewModel(), {
    existingCampaignId: preview.existingCampaignId,
    templateId: preview.template.id,
    templateKey: preview.template.key,
    templateVersion: preview.template.version,
    templateName: preview.template.name,
    workflowDefinitionId: preview.workflowDefinitionId,
    taskWorkflowDefinitionId: preview.taskWorkflowDefinitionId,
    phases: preview.phases,
    taskPhaseKey: preview.taskPhaseKey,
    defaultDueOn: preview.defaultDueOn,
    taskCount: preview.tasks.length,
    departmentCount: new Set(preview.tasks.map((task) => task.departmentId)).size,
    ruleCount: preview.ruleCount,
    rulesWithoutTasks: preview.rulesWithoutTasks,
    dueDates: [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([dueOn, tasks]) => ({ dueOn, tasks })),
    tasks: preview.tasks,
  });
}

@Resolver()
export class CampaignSetupResolver {
  constructor(
    private readonly setup: CampaignSetupService,
    private readonly designer: CampaignDesignerService,
    private readonly campaignForms: CampaignFormsService,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [CampaignTemplateChoiceModel], { description: '本单位可用于设置创建工作的指标体系模板（本单位的、上级共享的、平台的），按键排列，新版本在前' })
  async campaignTemplateChoices(@Context() context: object): Promise<CampaignTemplateChoiceModel[]> {
    return (await this.designer.templateChoices(requireActor(context))).map((system) =>
      Object.assign(new CampaignTemplateChoiceModel(), {
        id: system.id,
        key: system.key,
        version: system.version,
        name: system.name,
        source: system.source ?? null,
        ownerId: system.owner?.id ?? null,
      }),
    );
  }

  @Query(() => CampaignSetUpPreviewModel, {
    description:
      '预览设置创建工作：阶段、将生成的任务（N 项任务、M 个部门）及截止日期；不保存。已存储的模板按所给阶段和截止日期计算；YAML 模板（template）按文件中的部门、阶段试设置一遍后撤销，与设置的结果完全相同',
  })
  async previewCampaignSetUp(@Args('input') input: SetUpCampaignInput, @Context() context: object): Promise<CampaignSetUpPreviewModel> {
    const actor = requireActor(context);
    if (input.template) return toPreviewModel(await this.setup.preview(input.template, this.yamlOptions(actor, input)));
    return toPreviewModel(previewOf(await this.designer.preview(actor, toDesign(input))));
  }

  @Mutation(() => SetUpCampaignResult, {
    description: '设置创建工作：从 YAML 模板（部门、部门组、指标体系、阶段和任务；重复设置不做修改），或从已存储的指标体系模板（名称、流程、阶段或倒排工期、截止日期）',
  })
  async setUpCampaign(@Args('input') input: SetUpCampaignInput, @Context() context: object): Promise<SetUpCampaignResult> {
    const actor = requireActor(context);
    if (!input.template) return this.fromStored(actor, input);
    const result = await this.setup.setUp(input.template, this.yamlOptions(actor, input));
    return Object.assign(new SetUpCampaignResult(), { campaignId: result.campaignId, created: result.created, tasks: result.tasks });
  }

  /** A YAML set-up (or its preview): an office admin sets up campaigns of their own district; a platform admin, any. */
  private yamlOptions(actor: Actor, input: SetUpCampaignInput): SetupOptions {
    const organisationId = hasRole(actor, 'system_admin') && !actor.organisationId ? null : actor.organisationId;
    return { workflowKey: input.workflowKey, taskWorkflowKey: input.taskWorkflowKey, organisationId, actor };
  }

  private async fromStored(actor: Actor, input: SetUpCampaignInput): Promise<SetUpCampaignResult> {
    const forms = input.forms ?? [];
    // The forms are checked before the set-up, and set in its transaction: all or nothing.
    if (forms.length) await this.campaignForms.checkKeys(actor.organisationId, forms);
    const { campaign, plan } = await this.em.transactional(async (em) => {
      const result = await this.designer.setUpIn(em, actor, toDesign(input));
      if (forms.length) await this.campaignForms.setKeysIn(em, actor, result.campaign, forms);
      return result;
    });
    return Object.assign(new SetUpCampaignResult(), { campaignId: campaign.id, created: true, tasks: plan.tasks.length });
  }
}
