import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EvidenceRequirementModel, IndicatorModel, ScoringRuleModel } from './indicator.model';
import { childIndicatorsLoader, effectiveModesLoader, requirementsLoader, rulesOfIndicatorLoader } from './indicator-loaders';
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

  @ResolveField(() => Boolean, { description: '是否计分：为 false 时本指标不计分（达标判定，或位于不计分的部分之下），只显示进度和判定结果' })
  async scored(@Parent() indicator: IndicatorModel, @Context() context: object): Promise<boolean> {
    return (await effectiveModesLoader(context, this.service).load(indicator.systemId)).get(indicator.id) !== 'verdicts';
  }
}
