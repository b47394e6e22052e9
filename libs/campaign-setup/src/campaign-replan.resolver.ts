import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { LocalDateScalar, requireActor } from '@accredit/api-kit';
import type { DueDateScope } from '@accredit/campaign-planning';
import { DueDateOverrideInput } from './campaign-designer.model';
import type { CampaignPlanChange } from './campaign-plan-change.entity';
import { CampaignReplanService } from './campaign-replan.service';
import { PlanChangeFieldEnum, PlanChangeSubjectEnum } from './campaign-plan-enums';

@InputType({ description: '一个阶段或阶段内工作步骤的新日期（只给要改的）；步骤须落在所属阶段之内' })
export class PhaseDatesInput {
  @Field({ description: '阶段键（creation），或工作步骤的键（creation.evidence）（由模板或计划定义，故为文字）' })
  key!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '新的开始日期' })
  startsOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '新的结束日期' })
  endsOn?: string;
}

@InputType({ description: '单个任务的新截止日期' })
export class TaskDueDateInput {
  @Field(() => ID, { description: '任务' })
  taskId!: string;

  @Field(() => LocalDateScalar, { description: '新的截止日期' })
  dueOn!: string;
}

@InputType({ description: '调整一项进行中的创建工作的计划：阶段日期、批量或单个任务截止日期，须填写原因' })
export class ReplanCampaignInput {
  @Field(() => ID, { description: '创建工作' })
  campaignId!: string;

  @Field({ description: '调整原因（必填，记入计划变更记录）' })
  reason!: string;

  @Field(() => [PhaseDatesInput], { nullable: true, description: '阶段的新日期' })
  phases?: PhaseDatesInput[];

  @Field(() => [DueDateOverrideInput], { nullable: true, description: '批量截止日期：某指标（含下级）、某部门或某条评分规则的全部任务' })
  dueDates?: DueDateOverrideInput[];

  @Field(() => [TaskDueDateInput], { nullable: true, description: '单个任务的截止日期（优先于批量设置）' })
  tasks?: TaskDueDateInput[];

  @Field({ nullable: true, description: '任务所在阶段的结束日期改变时，截止日期等于原结束日期的任务随之移动（默认是）' })
  moveDefaultDueDates?: boolean;
}

@ObjectType('CampaignPlanChange', { description: '计划变更记录的一条：谁、何时、为何、原日期 → 新日期' })
export class CampaignPlanChangeModel {
  @Field(() => ID, { description: '记录 id' })
  id!: string;

  @Field(() => ID, { description: '同一次调整的编号' })
  batchId!: string;

  @Field({ description: '调整时间' })
  at!: Date;

  @Field({ description: '调整人（用户名）' })
  actorName!: string;

  @Field({ description: '调整原因' })
  reason!: string;

  @Field(() => PlanChangeSubjectEnum, { description: '调整对象：阶段或任务' })
  subjectType!: string;

  @Field(() => ID, { description: '阶段或任务的 id' })
  subjectId!: string;

  @Field({ description: '调整对象（阶段名称；评分规则编号和部门）' })
  subjectLabel!: string;

  @Field(() => PlanChangeFieldEnum, { description: '改动的日期：开始日期、结束日期或截止日期' })
  field!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '原日期' })
  oldValue!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '新日期' })
  newValue!: string | null;
}

@ObjectType('ReplanCampaignResult', { description: '调整结果' })
export class ReplanCampaignResult {
  @Field(() => ID, { description: '本次调整的编号' })
  batchId!: string;

  @Field(() => Int, { description: '改动的阶段日期数' })
  phaseChanges!: number;

  @Field(() => Int, { description: '改动截止日期的任务数' })
  taskChanges!: number;
}

const toModel = (change: CampaignPlanChange): CampaignPlanChangeModel =>
  Object.assign(new CampaignPlanChangeModel(), {
    id: change.id,
    batchId: change.batchId,
    at: change.at,
    actorName: change.actorName,
    reason: change.reason,
    subjectType: change.subjectType,
    subjectId: change.subjectId,
    subjectLabel: change.subjectLabel,
    field: change.field,
    oldValue: change.oldValue ?? null,
    newValue: change.newValue ?? null,
  });

@Resolver()
export class CampaignReplanResolver {
  constructor(private readonly replans: CampaignReplanService) {}

  @Mutation(() => ReplanCampaignResult, { description: '调整计划：改阶段日期和任务截止日期（批量或单个），须填写原因；每处改动记入计划变更记录' })
  async replanCampaign(@Args('input') input: ReplanCampaignInput, @Context() context: object): Promise<ReplanCampaignResult> {
    const outcome = await this.replans.replan(requireActor(context), {
      campaignId: input.campaignId,
      reason: input.reason,
      phases: input.phases ?? null,
      dueDates: (input.dueDates ?? []).map((override) => ({ scope: override.scope as DueDateScope, target: override.target, dueOn: override.dueOn })),
      tasks: input.tasks ?? null,
      moveDefaultDueDates: input.moveDefaultDueDates ?? null,
    });
    return Object.assign(new ReplanCampaignResult(), { batchId: outcome.batchId, phaseChanges: outcome.phaseChanges, taskChanges: outcome.taskChanges });
  }

  @Query(() => [CampaignPlanChangeModel], { description: '一项创建工作的计划变更记录，最新的在前' })
  async campaignPlanChanges(@Args('campaignId', { type: () => ID }) campaignId: string, @Context() context: object): Promise<CampaignPlanChangeModel[]> {
    return (await this.replans.changes(requireActor(context), campaignId)).map(toModel);
  }
}
