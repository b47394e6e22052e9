import { ResolveField, Resolver } from '@nestjs/graphql';
import { IndicatorModel, ResponsibleUnitModel, ScoringRuleModel } from './indicator.model';
import { indicatorLoader, unitsOfRuleLoader } from './indicator-loaders';
import { IndicatorSystemsService } from './indicator-systems.service';

// The field resolvers take GraphQL's own arguments (parent, args, context) instead of @Parent()
// and @Context(): without parameter decorators Nest calls them directly, not through its
// per-field pipeline of promises, and a page of tasks resolves these on every row. Once the
// snapshot is cached they answer synchronously; the loader is for the first request only.
@Resolver(() => ScoringRuleModel)
export class ScoringRuleResolver {
  constructor(private readonly service: IndicatorSystemsService) {}

  @ResolveField(() => IndicatorModel, { description: '所属指标（含其考察内容）' })
  indicator(rule: ScoringRuleModel, _args: unknown, context: object): IndicatorModel | Promise<IndicatorModel> {
    return this.service.cachedIndicator(rule.indicatorId) ?? indicatorLoader(context, this.service).load(rule.indicatorId);
  }

  @ResolveField(() => [ResponsibleUnitModel], { description: '责任单位，牵头单位在前（空格继承上一行）' })
  responsibleUnits(rule: ScoringRuleModel, _args: unknown, context: object): ResponsibleUnitModel[] | Promise<ResponsibleUnitModel[]> {
    return this.service.cachedUnitsOfRule(rule.id) ?? unitsOfRuleLoader(context, this.service).load(rule.id);
  }
}
