import { ResolveField, Resolver } from '@nestjs/graphql';
import type { ScoringMode } from '@accredit/scoring';
import { EvidenceRequirementModel, IndicatorModel, ScoringRuleModel } from './indicator.model';
import { childIndicatorsLoader, effectiveModesLoader, indicatorLoader, requirementsLoader, rulesOfIndicatorLoader } from './indicator-loaders';
import { IndicatorSystemsService } from './indicator-systems.service';

// GraphQL's own arguments instead of @Parent()/@Context(): Nest then calls these directly, and
// once the snapshot is cached they answer synchronously (see ScoringRuleResolver).
@Resolver(() => IndicatorModel)
export class IndicatorResolver {
  constructor(private readonly service: IndicatorSystemsService) {}

  @ResolveField(() => IndicatorModel, { nullable: true, description: '上级指标；顶层指标为空' })
  parent(indicator: IndicatorModel, _args: unknown, context: object): IndicatorModel | null | Promise<IndicatorModel> {
    if (!indicator.parentId) return null;
    return this.service.cachedIndicator(indicator.parentId) ?? indicatorLoader(context, this.service).load(indicator.parentId);
  }

  @ResolveField(() => [IndicatorModel], { description: '下级指标；两级体系为空' })
  children(indicator: IndicatorModel, _args: unknown, context: object): IndicatorModel[] | Promise<IndicatorModel[]> {
    return this.service.cachedChildren(indicator.id) ?? childIndicatorsLoader(context, this.service).load(indicator.id);
  }

  @ResolveField(() => [EvidenceRequirementModel], { description: '相关指标考察内容（1-1 …）' })
  requirements(indicator: IndicatorModel, _args: unknown, context: object): EvidenceRequirementModel[] | Promise<EvidenceRequirementModel[]> {
    return this.service.cachedRequirements(indicator.id) ?? requirementsLoader(context, this.service).load(indicator.id);
  }

  @ResolveField(() => [ScoringRuleModel], { description: '评分规则，按表中顺序' })
  scoringRules(indicator: IndicatorModel, _args: unknown, context: object): ScoringRuleModel[] | Promise<ScoringRuleModel[]> {
    return this.service.cachedRulesOfIndicator(indicator.id) ?? rulesOfIndicatorLoader(context, this.service).load(indicator.id);
  }

  @ResolveField(() => Boolean, { description: '是否计分：为 false 时本指标不计分（达标判定，或位于不计分的部分之下），只显示进度和判定结果' })
  scored(indicator: IndicatorModel, _args: unknown, context: object): boolean | Promise<boolean> {
    const isScored = (modes: ReadonlyMap<string, ScoringMode>) => modes.get(indicator.id) !== 'verdicts';
    const cached = this.service.cachedModes(indicator.systemId);
    return cached ? isScored(cached) : effectiveModesLoader(context, this.service).load(indicator.systemId).then(isScored);
  }
}
