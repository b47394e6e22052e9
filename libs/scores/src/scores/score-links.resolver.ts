import type { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { personLinkResolver } from '@accredit/identity';
import { IndicatorSystemsService, ScoringRuleModel, indicatorLinkResolver, scoringRuleLoader } from '@accredit/indicator-systems';
import { IndicatorScoreModel, PointsAtRiskModel, RuleScoreLineModel, RuleScoreModel } from './scores.model';

// The rule or indicator (indicatorLinkResolver) a score row is about. Every row comes from a campaign the caller may read,
// and the rule or indicator belongs to that campaign's system, so the link needs no check of its
// own. GraphQL's own arguments instead of @Parent()/@Context(), as ScoringRuleResolver: once the
// system's snapshot is cached these answer synchronously; the loader batches the first request.

/** A `rule` link beside `ruleId` on `parent`: one resolver class per parent type, as Nest wants. */
function ruleLinkResolver(parent: Type<{ ruleId: string }>) {
  @Resolver(() => parent)
  class RuleLink {
    constructor(readonly systems: IndicatorSystemsService) {}

    @ResolveField(() => ScoringRuleModel, { description: '评分规则（原文、计分方式、所属指标、责任单位）' })
    rule(row: { ruleId: string }, _args: unknown, context: object): ScoringRuleModel | Promise<ScoringRuleModel> {
      return this.systems.cachedRule(row.ruleId) ?? scoringRuleLoader(context, this.systems).load(row.ruleId);
    }
  }
  return RuleLink;
}

// Who scored: whoever reads the score reads the scorer's name already; a Person adds only the organisation's name.
const RuleScoreScorer = personLinkResolver(RuleScoreModel, (score) => score.scoredById, { name: 'scoredByPerson', description: '评分人（姓名和所属单位名称）' });

export const SCORE_LINKS = [RuleScoreScorer, ruleLinkResolver(RuleScoreModel), ruleLinkResolver(RuleScoreLineModel), ruleLinkResolver(PointsAtRiskModel), indicatorLinkResolver(IndicatorScoreModel)];
