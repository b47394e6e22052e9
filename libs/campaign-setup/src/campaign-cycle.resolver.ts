import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import type { DueDateScope } from '@accredit/campaign-planning';
import { BackScheduleInput, CampaignPhasePlanInput, DueDateOverrideInput } from './campaign-designer.model';
import { CampaignCycleService } from './campaign-cycle.service';

@InputType({ description: '带入上一轮的佐证材料：全部，或按佐证要求编号选择' })
export class CarryOverInput {
  @Field({ nullable: true, description: '带入全部（未删除的）材料' })
  all?: boolean;

  @Field(() => [String], { nullable: true, description: '只带入这些佐证要求（如 1-1、2-3）下的材料' })
  requirementCodes?: string[];
}

@InputType({ description: '从一项创建工作开始新一轮（下一年度或重新申报）' })
export class StartNewCycleInput {
  @Field(() => ID, { description: '上一轮的创建工作' })
  fromCampaignId!: string;

  @Field(() => ID, { nullable: true, description: '所用模板：上一轮模板的同一版本或更新版本；不给时沿用上一轮的模板' })
  templateId?: string;

  @Field({ description: '新一轮的名称' })
  name!: string;

  @Field({ nullable: true, description: '新一轮的键（本单位内唯一）' })
  key?: string;

  @Field(() => ID, { nullable: true, description: '创建工作流程（流程定义 id）' })
  workflowDefinitionId?: string;

  @Field(() => ID, { nullable: true, description: '任务流程（流程定义 id）' })
  taskWorkflowDefinitionId?: string;

  @Field(() => [CampaignPhasePlanInput], { nullable: true, description: '各阶段及起止日期（与 backSchedule 二选一）' })
  phases?: CampaignPhasePlanInput[];

  @Field(() => BackScheduleInput, { nullable: true, description: '倒排工期（与 phases 二选一）' })
  backSchedule?: BackScheduleInput;

  @Field({ nullable: true, description: '任务所在阶段' })
  taskPhaseKey?: string;

  @Field(() => [DueDateOverrideInput], { nullable: true, description: '批量设置截止日期' })
  dueDates?: DueDateOverrideInput[];

  @Field(() => CarryOverInput, { nullable: true, description: '带入上一轮的哪些佐证材料（按内容哈希关联，不复制文件）；不给时不带入' })
  carryOver?: CarryOverInput;
}

@ObjectType('StartNewCycleResult', { description: '新一轮的设置结果' })
export class StartNewCycleResult {
  @Field(() => ID, { description: '新一轮的创建工作' })
  campaignId!: string;

  @Field(() => Int, { description: '生成的任务数' })
  tasks!: number;

  @Field(() => Int, { description: '带入的佐证材料数' })
  carriedEvidence!: number;

  @Field(() => [String], { description: '有材料但新一轮没有对应任务、未能带入的佐证要求编号' })
  notCarried!: string[];
}

@Resolver()
export class CampaignCycleResolver {
  constructor(private readonly cycles: CampaignCycleService) {}

  @Mutation(() => StartNewCycleResult, { description: '新一轮：用同一模板的相同或更新版本设置新的创建工作，并按佐证要求编号带入上一轮的材料（可替换）' })
  async startNewCycle(@Args('input') input: StartNewCycleInput, @Context() context: object): Promise<StartNewCycleResult> {
    const outcome = await this.cycles.startNewCycle(requireActor(context), {
      fromCampaignId: input.fromCampaignId,
      templateId: input.templateId ?? null,
      name: input.name,
      key: input.key ?? null,
      workflowDefinitionId: input.workflowDefinitionId ?? null,
      taskWorkflowDefinitionId: input.taskWorkflowDefinitionId ?? null,
      phases: input.phases ?? null,
      backSchedule: input.backSchedule ?? null,
      taskPhaseKey: input.taskPhaseKey ?? null,
      dueDates: (input.dueDates ?? []).map((override) => ({ scope: override.scope as DueDateScope, target: override.target, dueOn: override.dueOn })),
      carryOver: input.carryOver ?? null,
    });
    return Object.assign(new StartNewCycleResult(), { campaignId: outcome.campaign.id, tasks: outcome.tasks, carriedEvidence: outcome.carried, notCarried: outcome.notCarried });
  }
}
