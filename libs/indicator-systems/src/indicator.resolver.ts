import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EvidenceRequirementModel, IndicatorModel, ScoringRuleModel } from './indicator.model';
import { childIndicatorsLoader, requirementsLoader, rulesOfIndicatorLoader } from './indicator-loaders';
import { IndicatorSystemsService } from './indicator-systems.service';

@Resolver(() => IndicatorModel)
export class IndicatorResolver {
  constructor(private readonly service: IndicatorSystemsService) {}

  @ResolveField(() => [IndicatorModel], { description: '下级指标；两级体系为空' })
  async children(@Parent() indicator: IndicatorModel, @Context() context: object): Promise<IndicatorModel[]> {
    return childIndicatorsLoader(context, this.service).load(indicator.id);
  }

  @ResolveField(() => [EvidenceRequirementModel], { description: '相关指标考察内容（1-1 …）' })
  async requirements(@Parent() indicator: IndicatorModel, @Context() context: object): Promise<EvidenceRequirementModel[]> {
    return requirementsLoader(context, this.service).load(indicator.id);
  }

  @ResolveField(() => [ScoringRuleModel], { description: '评分规则，按表中顺序' })
  async scoringRules(@Parent() indicator: IndicatorModel, @Context() context: object): Promise<ScoringRuleModel[]> {
    return rulesOfIndicatorLoader(context, this.service).load(indicator.id);
  }
}
