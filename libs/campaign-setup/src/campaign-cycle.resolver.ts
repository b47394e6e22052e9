import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, OmitType, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { CampaignCycleService } from './campaign-cycle.service';
import { SetUpCampaignInput, toDesign } from './campaign-setup.resolver';

@InputType({ description: '带入上一轮的佐证材料：全部，或按佐证要求编号选择' })
export class CarryOverInput {
  @Field({ nullable: true, description: '带入全部（未删除的）材料' })
  all?: boolean;

  @Field(() => [String], { nullable: true, description: '只带入这些佐证要求（如 1-1、2-3）下的材料（指标体系中的编号，故为文字）' })
  requirementCodes?: string[];
}

/**
 * A new cycle is set up as any campaign from a stored template (the same input, the same planning
 * path): the set-up input without the YAML way in and without choosing the template by key (a
 * new cycle names its template version by id, or keeps the earlier cycle's), plus where it comes
 * from and what evidence it carries over.
 */
@InputType({ description: '从一项创建工作开始新一轮（下一年度或重新申报）：与设置创建工作相同的名称、流程、阶段或倒排工期、截止日期和承担本单位工作的部门，另加上一轮和带入的材料' })
export class StartNewCycleInput extends OmitType(
  SetUpCampaignInput,
  ['template', 'templateKey', 'templateVersion', 'workflowKey', 'taskWorkflowKey', 'templateId', 'name', 'officeDepartmentId'] as const,
  InputType,
) {
  @Field(() => ID, { description: '上一轮的创建工作' })
  fromCampaignId!: string;

  @Field(() => ID, { nullable: true, description: '所用模板：上一轮模板的同一版本或更新版本；不给时沿用上一轮的模板' })
  templateId?: string;

  @Field({ description: '新一轮的名称' })
  name!: string;

  @Field(() => ID, { nullable: true, description: '承担本单位工作的部门（没有责任单位的评分规则成为它的牵头任务）；不给时沿用上一轮的' })
  officeDepartmentId?: string;

  @Field(() => CarryOverInput, { nullable: true, description: '带入上一轮的哪些佐证材料（按内容哈希关联，不复制文件）；不给时不带入' })
  carryOver?: CarryOverInput;
}

@ObjectType('StartNewCycleResult', { description: '新一轮的设置结果' })
export class StartNewCycleResult {
  @Field(() => ID, { description: '新一轮的创建工作的编号；创建工作本身请读 campaign' })
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
      design: toDesign(input),
      carryOver: input.carryOver ?? null,
      forms: input.forms ?? null,
    });
    return Object.assign(new StartNewCycleResult(), { campaignId: outcome.campaign.id, tasks: outcome.tasks, carriedEvidence: outcome.carried, notCarried: outcome.notCarried });
  }
}
