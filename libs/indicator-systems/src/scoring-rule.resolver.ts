import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ResponsibleUnitModel, ScoringRuleModel } from './indicator.model';
import { unitsOfRuleLoader } from './indicator-loaders';
import { IndicatorSystemsService } from './indicator-systems.service';
import { toResponsibleUnitModel } from './to-indicator-models';

@Resolver(() => ScoringRuleModel)
export class ScoringRuleResolver {
  constructor(private readonly service: IndicatorSystemsService) {}

  @ResolveField(() => [ResponsibleUnitModel], { description: '责任单位，牵头单位在前（空格继承上一行）' })
  async responsibleUnits(@Parent() rule: ScoringRuleModel, @Context() context: object): Promise<ResponsibleUnitModel[]> {
    return (await unitsOfRuleLoader(context, this.service).load(rule.id)).map(toResponsibleUnitModel);
  }
}
