import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { campaignLinkResolver } from '@accredit/campaigns';
import { ScoreCommands } from './score-commands.service';
import { ScoreQueries } from './score-queries.service';
import { CampaignScoresModel, RuleScoreModel, ScoreRuleInput, ScoreRuleResultModel, ScoreSnapshotModel } from './scores.model';
import { toCampaignScoresModel, toRuleScoreModel, toSnapshotModel, toTotalsModel } from './to-score-models';

@Resolver()
export class ScoresResolver {
  constructor(
    private readonly commands: ScoreCommands,
    private readonly queries: ScoreQueries,
  ) {}

  @Mutation(() => ScoreRuleResultModel, { description: '对一条评分规则评分：自评由办公室管理员填写，专家评分由评审专家在认定阶段填写；旧评分保留' })
  async scoreRule(@Args('input') input: ScoreRuleInput, @Context() context: object): Promise<ScoreRuleResultModel> {
    const actor = requireActor(context);
    const { score, changed } = await this.commands.scoreRule(actor, input);
    const board = await this.queries.scoreboard(actor, input.campaignId);
    return Object.assign(new ScoreRuleResultModel(), { score: toRuleScoreModel(score), changed, totals: toTotalsModel(board.totals[score.source], board.data) });
  }

  @Query(() => CampaignScoresModel, { description: '创建工作的得分：各指标与规则的自评、专家评分、预计得分，合计（封顶、一票否决），可能失分' })
  async campaignScores(@Args('campaignId', { type: () => ID }) campaignId: string, @Context() context: object): Promise<CampaignScoresModel> {
    const board = await this.queries.scoreboard(requireActor(context), campaignId);
    // Snapshots are read only when asked for (CampaignScoresFieldsResolver): the score screens do not show them.
    return toCampaignScoresModel(board, await this.queries.window(board.data.campaign), []);
  }

  @Query(() => [RuleScoreModel], { description: '一条评分规则的全部评分记录（含已被取代的），最新的在前' })
  async scoreHistory(@Args('campaignId', { type: () => ID }) campaignId: string, @Args('ruleId', { type: () => ID }) ruleId: string, @Context() context: object): Promise<RuleScoreModel[]> {
    return (await this.queries.history(requireActor(context), campaignId, ruleId)).map(toRuleScoreModel);
  }
}

/** Fields of a campaign's scores read only when a document asks for them. */
@Resolver(() => CampaignScoresModel)
export class CampaignScoresFieldsResolver {
  constructor(private readonly queries: ScoreQueries) {}

  @ResolveField(() => [ScoreSnapshotModel], { description: '评分快照，按时间先后' })
  async snapshots(@Parent() scores: CampaignScoresModel): Promise<ScoreSnapshotModel[]> {
    // The campaign was checked by campaignScores, which built the parent.
    return (await this.queries.snapshotsOf(scores.campaignId)).map(toSnapshotModel);
  }
}

/** campaignScores checked the campaign before building the parent. */
export const CampaignScoresCampaignLink = campaignLinkResolver(CampaignScoresModel, (scores) => scores.campaignId, { description: '创建工作' });
