import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { CampaignDashboardModel } from './dashboard.model';
import { DashboardService } from './dashboard.service';

@Resolver()
export class ReportingResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => CampaignDashboardModel, { description: '创建工作总览：按指标、按部门的完成率（已通过/全部），状态分布，逾期任务，红黑榜' })
  async campaignDashboard(@Args('campaignId', { type: () => ID }) campaignId: string, @Context() context: object): Promise<CampaignDashboardModel> {
    return this.dashboards.dashboard(requireActor(context), campaignId);
  }
}
