import type { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { IndicatorModel } from './indicator.model';
import { indicatorLoader } from './indicator-loaders';
import { IndicatorSystemsService } from './indicator-systems.service';

/**
 * A resolver adding an `indicator` link beside `indicatorId` on `parent` (a score row, an elective
 * choice): one class per parent type, as Nest wants. GraphQL's own arguments, as
 * ScoringRuleResolver: served synchronously once the system's snapshot is cached. The parent's
 * reader reads its campaign, whose system the indicator belongs to: no check of its own.
 */
export function indicatorLinkResolver(parent: Type<{ indicatorId: string }>) {
  @Resolver(() => parent)
  class IndicatorLink {
    constructor(readonly systems: IndicatorSystemsService) {}

    @ResolveField(() => IndicatorModel, { description: '指标（编号、名称、分值、选做组、下级指标等）' })
    indicator(row: { indicatorId: string }, _args: unknown, context: object): IndicatorModel | Promise<IndicatorModel> {
      return this.systems.cachedIndicator(row.indicatorId) ?? indicatorLoader(context, this.systems).load(row.indicatorId);
    }
  }
  return IndicatorLink;
}
