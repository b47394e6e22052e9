import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IndicatorModel, ResponsibleUnitModel, ScoringRuleModel } from './indicator.model';
import { indicatorLoader, unitsOfRuleLoader } from './indicator-loaders';
import { IndicatorSystemsService } from './indicator-systems.service';

@Resolver(() => ScoringRuleModel)
export class ScoringRuleResolver {
  constructor(private readonly service: IndicatorSystemsService) {}

  @ResolveField(() => IndicatorModel, { description: '所属指标（含其考察内容）' })
  async indicator(@Parent() rule: ScoringRuleModel, @Context() context: object): Promise<IndicatorModel> {
    return indicatorLoader(context, this.service).load(rule.indicatorId);
  }

  @ResolveField(() => [ResponsibleUnitModel], { description: '责任单位，牵头单位在前（空格继承上一行）' })
  async responsibleUnits(@Parent() rule: ScoringRuleModel, @Context() context: object): Promise<ResponsibleUnitModel[]> {
    return unitsOfRuleLoader(context, this.service).load(rule.id);
  }
}
