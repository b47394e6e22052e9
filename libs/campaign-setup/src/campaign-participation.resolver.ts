import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { byKeys, requestLoader, requireActor } from '@accredit/api-kit';
import { Campaign, CampaignModel, CampaignParticipantModel, CampaignsService, campaignLoader, toCampaignModel, toParticipantModel } from '@accredit/campaigns';
import { Organisation, OrganisationModel, toOrganisationModel } from '@accredit/organisations';
import { TaskCounts } from '@accredit/tasks';
import { stateLabels } from '@accredit/workflow-engine';
import { AvailableTransitionModel, WorkflowDefinitionsService, WorkflowService, toAvailableTransitionModels } from '@accredit/workflow-runtime';
import { CampaignParticipationService } from './campaign-participation.service';
import { type RegionLevel, RegionLevelEnum } from './campaign-plan-enums';

@InputType({ description: '邀请下级单位参与创建工作' })
export class InviteParticipantsInput {
  @Field(() => ID, { description: '本单位的创建工作（设置时选择了“有参与单位”）' })
  campaignId!: string;

  @Field(() => [ID], { description: '被邀请的下级单位（1 到 200 个）' })
  organisationIds!: string[];
}

@InputType({ description: '本单位申报参与上级的创建工作' })
export class ApplyToCampaignInput {
  @Field(() => ID, { description: '上级单位接受本层级申报的创建工作（见 campaignsOpenForApplication）' })
  campaignId!: string;
}

@ObjectType('ParticipantProgress', { description: '参与单位的工作进度（它自己的创建工作中的任务）' })
export class ParticipantProgressModel {
  @Field(() => Int, { description: '任务数' })
  taskCount!: number;

  @Field(() => Int, { description: '已完成（处于流程终态）的任务数' })
  finishedCount!: number;
}

@ObjectType('ParticipantRegionSummary', { description: '按省（或市）汇总的参与单位：总数、已办结数和尚未办结的单位（如“谁还没有报送”）' })
export class ParticipantRegionSummaryModel {
  @Field(() => OrganisationModel, { nullable: true, description: '省（或市）；参与单位不在任何省之下时为空' })
  region!: OrganisationModel | null;

  @Field(() => Int, { description: '参与单位数' })
  total!: number;

  @Field(() => Int, { description: '已处于流程终止状态（如已报送）的单位数' })
  finished!: number;

  @Field(() => [CampaignParticipantModel], { description: '尚未办结的单位（如未报送的）' })
  open!: CampaignParticipantModel[];
}

interface WorkCampaignCounts {
  campaignId: string;
  byState: Map<string, number>;
  taskWorkflowDefinitionId: string;
}

@Resolver(() => CampaignParticipantModel)
export class CampaignParticipationResolver {
  constructor(
    private readonly participation: CampaignParticipationService,
    private readonly workflows: WorkflowService,
    private readonly definitions: WorkflowDefinitionsService,
    private readonly em: EntityManager,
    private readonly taskCounts: TaskCounts,
    private readonly campaigns: CampaignsService,
  ) {}

  @Query(() => [CampaignParticipantModel], { description: '创建工作的参与单位：主办单位看到全部，参与单位看到自己，上级单位看到其下的' })
  async campaignParticipants(@Args('campaignId', { type: () => ID }) campaignId: string, @Context() context: object): Promise<CampaignParticipantModel[]> {
    return (await this.participation.list(requireActor(context), campaignId)).map(toParticipantModel);
  }

  @Query(() => [ParticipantRegionSummaryModel], { description: '参与单位按省（level: city 时按市）汇总：总数、已办结数和尚未办结的单位（如各省还有谁没有报送）；范围同 campaignParticipants' })
  async participantsByRegion(
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('level', { type: () => RegionLevelEnum, nullable: true, defaultValue: 'province', description: '汇总层级，默认按省' }) level: RegionLevel | null,
    @Context() context: object,
  ): Promise<ParticipantRegionSummaryModel[]> {
    const groups = await this.participation.byRegion(requireActor(context), campaignId, level ?? 'province');
    return groups.map((group) => ({ region: group.region ? toOrganisationModel(group.region) : null, total: group.total, finished: group.finished, open: group.open.map(toParticipantModel) }));
  }

  @Query(() => [CampaignModel], { description: '本单位可以申报的创建工作（上级主办、接受本层级申报、尚未申报）' })
  async campaignsOpenForApplication(@Context() context: object): Promise<CampaignModel[]> {
    return (await this.participation.openForApplication(requireActor(context))).map(toCampaignModel);
  }

  @Mutation(() => CampaignParticipantModel, { description: '本单位申报参与上级的创建工作：成为参与单位，并按其指标体系和阶段生成本单位的创建工作和任务' })
  async applyToCampaign(@Args('input') input: ApplyToCampaignInput, @Context() context: object): Promise<CampaignParticipantModel> {
    return toParticipantModel(await this.participation.apply(requireActor(context), input.campaignId));
  }

  @Mutation(() => [CampaignParticipantModel], { description: '邀请下级单位参与本单位的创建工作（每个单位生成它自己的创建工作和任务）' })
  async inviteParticipants(@Args('input') input: InviteParticipantsInput, @Context() context: object): Promise<CampaignParticipantModel[]> {
    return (await this.participation.invite(requireActor(context), input.campaignId, input.organisationIds)).map(toParticipantModel);
  }

  @ResolveField(() => OrganisationModel, { description: '参与单位' })
  async organisation(@Parent() participant: CampaignParticipantModel, @Context() context: object): Promise<OrganisationModel> {
    const loader = requestLoader(context, 'participant.organisation', async (ids: readonly string[]) => byKeys(ids, await this.em.find(Organisation, { id: { $in: [...ids] } }), (row) => row.id));
    return toOrganisationModel(await loader.load(participant.organisationId));
  }

  @ResolveField(() => CampaignModel, { description: '所参与的创建工作（能读到参与单位的人都能读到它的名称等）' })
  async campaign(@Parent() participant: CampaignParticipantModel, @Context() context: object): Promise<CampaignModel> {
    return toCampaignModel(await campaignLoader(context, this.campaigns).load(participant.campaignId));
  }

  @ResolveField(() => CampaignModel, {
    nullable: true,
    description: '参与单位自己的创建工作（任务、佐证材料、评分都在其中）；能读到参与单位的人（它本身、其上级、主办单位）都能读这项工作；尚未生成时为空',
  })
  async workCampaign(@Parent() participant: CampaignParticipantModel, @Context() context: object): Promise<CampaignModel | null> {
    if (!participant.workCampaignId) return null;
    return toCampaignModel(await campaignLoader(context, this.campaigns).load(participant.workCampaignId));
  }

  @ResolveField(() => String, { nullable: true, description: '状态名称' })
  async stateLabel(@Parent() participant: CampaignParticipantModel, @Context() context: object): Promise<string | null> {
    if (!participant.state) return null;
    const labels = stateLabels(await this.definitionOf(participant, context));
    return labels[participant.state] ?? participant.state;
  }

  @ResolveField(() => String, { nullable: true, description: '结果名称（推荐、命名 …）' })
  async outcomeLabel(@Parent() participant: CampaignParticipantModel, @Context() context: object): Promise<string | null> {
    if (!participant.outcome) return null;
    return (await this.definitionOf(participant, context)).outcomes[participant.outcome] ?? participant.outcome;
  }

  @ResolveField(() => [AvailableTransitionModel], { description: '当前用户对该参与单位能执行的操作（推荐、命名 …），不能时给出原因' })
  async availableTransitions(@Parent() participant: CampaignParticipantModel, @Context() context: object): Promise<AvailableTransitionModel[]> {
    if (!participant.state) return [];
    const actor = requireActor(context);
    // One batch for the page: the participant workflow's facts (quotas per province, each one's work) read once for all rows.
    const loader = requestLoader<string, AvailableTransitionModel[]>(context, 'participant.availableTransitions', async (ids) =>
      (await this.workflows.availableForParticipants(actor, ids)).map((answer) => (answer instanceof Error ? answer : toAvailableTransitionModels(answer.definition, answer.events))),
    );
    return loader.load(participant.id);
  }

  @ResolveField(() => ParticipantProgressModel, { nullable: true, description: '工作进度；尚无自己的创建工作时为空' })
  async progress(@Parent() participant: CampaignParticipantModel, @Context() context: object): Promise<ParticipantProgressModel | null> {
    if (!participant.workCampaignId) return null;
    const counts = await requestLoader(context, 'participant.progress', (ids: readonly string[]) => this.workCounts(ids)).load(participant.workCampaignId);
    const definition = await this.definitions.definitionById(counts.taskWorkflowDefinitionId);
    let taskCount = 0;
    let finishedCount = 0;
    for (const [state, n] of counts.byState) {
      taskCount += n;
      if (definition.states[state]?.final) finishedCount += n;
    }
    return Object.assign(new ParticipantProgressModel(), { taskCount, finishedCount });
  }

  private async definitionOf(participant: CampaignParticipantModel, context: object) {
    const campaign = await campaignLoader(context, this.campaigns).load(participant.campaignId);
    return this.definitions.definitionById(campaign.participantWorkflowDefinitionId as string);
  }

  private async workCounts(campaignIds: readonly string[]): Promise<WorkCampaignCounts[]> {
    const campaigns = await this.em.find(Campaign, { id: { $in: [...campaignIds] } }, { fields: ['id', 'taskWorkflowDefinitionId'] });
    const counts = await this.taskCounts.byState(campaignIds);
    return campaignIds.map((id) => ({
      campaignId: id,
      taskWorkflowDefinitionId: campaigns.find((campaign) => campaign.id === id)?.taskWorkflowDefinitionId as string,
      byState: counts.get(id) ?? new Map(),
    }));
  }
}
