import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { requestLoader } from '@accredit/api-kit';
import {
  ElectiveChoiceSummaryModel,
  type ElectiveGroupModel,
  IndicatorModel,
  IndicatorSystemsService,
  childIndicatorsLoader,
  indicatorLoader,
  toElectiveChoiceSummary,
} from '@accredit/indicator-systems';
import type { ElectiveCounting, ElectiveGroup } from '@accredit/scoring';
import { CampaignElectivesService, type SystemElectiveChoice } from './campaign-electives.service';

/** System id → the choices of its campaign; null for a system no campaign works on (a template). */
function choicesLoader(context: object, electives: CampaignElectivesService): DataLoader<string, SystemElectiveChoice[] | null> {
  return requestLoader(context, 'indicator.electiveChoices', async (systemIds: readonly string[]) => {
    const found = await electives.choicesBySystem(systemIds);
    return systemIds.map((id) => found.get(id) ?? null);
  });
}

const toGroup = (model: ElectiveGroupModel): ElectiveGroup => ({ min: model.min, max: model.max, counting: model.counting as ElectiveCounting, ...(model.best !== null ? { best: model.best } : {}) });

/**
 * The campaign's elective choices on its indicator tree: the recorded choices (campaign-setup owns
 * them) shown on the indicators they concern, so the tree says what was chosen, by whom and when.
 * Indicators of systems without elective groups cost no statement.
 */
@Resolver(() => IndicatorModel)
export class IndicatorElectiveChoiceResolver {
  constructor(
    private readonly electives: CampaignElectivesService,
    private readonly indicators: IndicatorSystemsService,
  ) {}

  @ResolveField(() => ElectiveChoiceSummaryModel, { nullable: true, description: '选做组在本创建工作中的选择情况（已选几项、选择人和时间）；不是选做组或不属于创建工作（模板）时为空' })
  async electiveChoice(@Parent() indicator: IndicatorModel, @Context() context: object): Promise<ElectiveChoiceSummaryModel | null> {
    if (!indicator.elective) return null;
    const choices = await choicesLoader(context, this.electives).load(indicator.systemId);
    if (!choices) return null;
    const options = await childIndicatorsLoader(context, this.indicators).load(indicator.id);
    return toElectiveChoiceSummary(
      toGroup(indicator.elective),
      options.length,
      choices.filter((choice) => choice.groupId === indicator.id),
    );
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: '选做组的可选项是否被选中：未选的项没有任务、不计入得分；不是可选项、或本组尚未选择（各项都计入）时为空',
  })
  async electiveChosen(@Parent() indicator: IndicatorModel, @Context() context: object): Promise<boolean | null> {
    if (!indicator.parentId) return null;
    const parent = await indicatorLoader(context, this.indicators).load(indicator.parentId);
    if (!parent.elective) return null;
    const choices = await choicesLoader(context, this.electives).load(indicator.systemId);
    const ofGroup = (choices ?? []).filter((choice) => choice.groupId === parent.id);
    return ofGroup.length === 0 ? null : ofGroup.some((choice) => choice.optionId === indicator.id);
  }
}
