import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CampaignModel, CampaignsService, campaignLoader, toCampaignModel } from '@accredit/campaigns';
import { StartNewCycleResult } from './campaign-cycle.resolver';
import { SetUpCampaignResult } from './campaign-setup.resolver';

// The campaign a set-up or a new cycle just made (or found): the caller's own organisation's
// campaign, which they may read, so the result links to it instead of making them fetch it by id.

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
