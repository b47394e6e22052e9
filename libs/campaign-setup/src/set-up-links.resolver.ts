import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CampaignModel, CampaignsService, campaignLoader, toCampaignModel } from '@accredit/campaigns';
import { IndicatorModel, IndicatorSystemsService, indicatorLoader } from '@accredit/indicator-systems';
import { OrganisationModel, OrganisationTreeService, organisationLoader, toOrganisationModel } from '@accredit/organisations';
import { StartNewCycleResult } from './campaign-cycle.resolver';
import { CampaignSetUpPreviewModel, CampaignTemplateChoiceModel } from './campaign-designer.model';
import { ElectiveGroupModel, ElectiveOptionModel } from './campaign-electives.resolver';
import { SetUpCampaignResult } from './campaign-setup.resolver';

// What setting up a campaign names: the caller's own organisation's campaign and the indicators
// of the template it uses, and the organisation that shares a template (its own or
// an ancestor, which Organisation.ancestors shows anyway). Every one is the caller's to read, so
// the links check nothing of their own; each is batched per request.

@Resolver(() => SetUpCampaignResult)
export class SetUpCampaignResultLinks {
  constructor(private readonly campaigns: CampaignsService) {}

  @ResolveField(() => CampaignModel, { description: '设置（或已存在、未做修改）的创建工作' })
  async campaign(@Parent() result: SetUpCampaignResult, @Context() context: object): Promise<CampaignModel> {
    return toCampaignModel(await campaignLoader(context, this.campaigns).load(result.campaignId));
  }
}

@Resolver(() => StartNewCycleResult)
export class StartNewCycleResultLinks {
  constructor(private readonly campaigns: CampaignsService) {}

  @ResolveField(() => CampaignModel, { description: '新一轮的创建工作' })
  async campaign(@Parent() result: StartNewCycleResult, @Context() context: object): Promise<CampaignModel> {
    return toCampaignModel(await campaignLoader(context, this.campaigns).load(result.campaignId));
  }
}

@Resolver(() => CampaignSetUpPreviewModel)
export class CampaignSetUpPreviewLinks {
  constructor(private readonly campaigns: CampaignsService) {}

  @ResolveField(() => CampaignModel, { nullable: true, description: 'YAML 模板对应的创建工作已存在时为它：设置不做任何修改，也不生成任务' })
  async existingCampaign(@Parent() preview: CampaignSetUpPreviewModel, @Context() context: object): Promise<CampaignModel | null> {
    if (!preview.existingCampaignId) return null;
    return toCampaignModel(await campaignLoader(context, this.campaigns).load(preview.existingCampaignId));
  }
}

@Resolver(() => CampaignTemplateChoiceModel)
export class CampaignTemplateChoiceLinks {
  constructor(private readonly tree: OrganisationTreeService) {}

  @ResolveField(() => OrganisationModel, { nullable: true, description: '所属单位（本单位或共享它的上级）；平台的为空' })
  async owner(@Parent() choice: CampaignTemplateChoiceModel, @Context() context: object): Promise<OrganisationModel | null> {
    if (!choice.ownerId) return null;
    return toOrganisationModel(await organisationLoader(context, this.tree).load(choice.ownerId));
  }
}

const INDICATOR = '指标（编号、名称、分值、下级指标等）';

@Resolver(() => ElectiveGroupModel)
export class ElectiveGroupLinks {
  constructor(private readonly systems: IndicatorSystemsService) {}

  @ResolveField(() => IndicatorModel, { description: INDICATOR })
  indicator(group: ElectiveGroupModel, _args: unknown, context: object): IndicatorModel | Promise<IndicatorModel> {
    return this.systems.cachedIndicator(group.indicatorId) ?? indicatorLoader(context, this.systems).load(group.indicatorId);
  }
}

@Resolver(() => ElectiveOptionModel)
export class ElectiveOptionLinks {
  constructor(private readonly systems: IndicatorSystemsService) {}

  @ResolveField(() => IndicatorModel, { description: INDICATOR })
  indicator(option: ElectiveOptionModel, _args: unknown, context: object): IndicatorModel | Promise<IndicatorModel> {
    return this.systems.cachedIndicator(option.indicatorId) ?? indicatorLoader(context, this.systems).load(option.indicatorId);
  }
}

export const SET_UP_LINKS = [SetUpCampaignResultLinks, StartNewCycleResultLinks, CampaignSetUpPreviewLinks, CampaignTemplateChoiceLinks, ElectiveGroupLinks, ElectiveOptionLinks];
