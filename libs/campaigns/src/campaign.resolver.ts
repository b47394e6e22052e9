import { Args, Context, Float, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, requireActor } from '@accredit/api-kit';
import { IndicatorModel, IndicatorSystemsService, childIndicatorsLoader, topLevelIndicatorsLoader } from '@accredit/indicator-systems';
import {
  DepartmentModel,
  OrganisationModel,
  OrganisationTreeService,
  OrganisationsService,
  departmentLoader,
  organisationLoader,
  toDepartmentModel,
  toOrganisationModel,
} from '@accredit/organisations';
import { campaignLoader } from './campaign-loaders';
import { CampaignListFilterInput } from './campaign-list-filter';
import { CampaignModel, CampaignPhaseModel } from './campaign.model';
import { CampaignsService } from './campaigns.service';
import { toCampaignModel } from './to-campaign-model';

@Resolver(() => CampaignModel)
export class CampaignResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly indicatorSystems: IndicatorSystemsService,
    private readonly organisations: OrganisationTreeService,
    private readonly directory: OrganisationsService,
  ) {}

  @Query(() => [CampaignModel], { description: '创建工作列表：默认为本单位在做的（见 CampaignListScope.working），可按范围或所参与的创建工作筛选' })
  async campaigns(@Args('filter', { type: () => CampaignListFilterInput, nullable: true }) filter: CampaignListFilterInput | null, @Context() context: object): Promise<CampaignModel[]> {
    return (await this.service.list(requireActor(context), filter ?? {})).map(toCampaignModel);
  }

  @Query(() => CampaignModel, { description: '一项创建工作；编号不存在时返回 NOT_FOUND' })
  async campaign(@Args('id', { type: () => ID }) id: string, @Context() context: object): Promise<CampaignModel> {
    return toCampaignModel(await this.service.getReadable(id, requireActor(context)));
  }

  @ResolveField(() => OrganisationModel, { description: '创建工作所属的单位（上级单位查看下级时据此区分）' })
  async organisation(@Parent() campaign: CampaignModel, @Context() context: object): Promise<OrganisationModel> {
    return toOrganisationModel(await organisationLoader(context, this.organisations).load(campaign.organisationId));
  }

  @ResolveField(() => CampaignModel, {
    nullable: true,
    description: '参与单位的创建工作所参与的创建工作（如全国第二批示范县创建）；能读这项工作的人（参与单位本身、其上级、主办单位）都能读到它的名称等；本单位自己开展的为空',
  })
  async parentCampaign(@Parent() campaign: CampaignModel, @Context() context: object): Promise<CampaignModel | null> {
    if (!campaign.parentCampaignId) return null;
    // The link is part of the work campaign the caller already reads; one read per page of campaigns.
    return toCampaignModel(await campaignLoader(context, this.service).load(campaign.parentCampaignId));
  }

  @ResolveField(() => DepartmentModel, { nullable: true, description: '承担本单位工作的部门（没有责任单位的评分规则由它牵头）；设置时未指定则为空' })
  async officeDepartment(@Parent() campaign: CampaignModel, @Context() context: object): Promise<DepartmentModel | null> {
    if (!campaign.officeDepartmentId) return null;
    // A department of the campaign's own organisation, named on the campaign its reader already reads.
    return toDepartmentModel(await departmentLoader(context, this.directory).load(campaign.officeDepartmentId));
  }

  @ResolveField(() => [CampaignPhaseModel], { description: '阶段及其计划日期，按时间顺序' })
  async phases(@Parent() campaign: CampaignModel, @Context() context: object): Promise<CampaignPhaseModel[]> {
    const cached = this.service.cachedPhaseTree(campaign.id, campaign.version);
    if (cached) return cached;
    const loader = requestLoader(context, 'campaign.phases', async (keys: readonly string[]) => {
      const campaigns = keys.map((key) => ({ id: key.slice(0, key.indexOf(':')), version: Number(key.slice(key.indexOf(':') + 1)) }));
      return this.service.readPhaseTrees(campaigns);
    });
    return loader.load(`${campaign.id}:${campaign.version}`);
  }

  @ResolveField(() => [IndicatorModel], { description: '顶层指标，按表中顺序' })
  async indicators(@Parent() campaign: CampaignModel, @Context() context: object): Promise<IndicatorModel[]> {
    return topLevelIndicatorsLoader(context, this.indicatorSystems).load(campaign.indicatorSystemId);
  }

  @ResolveField(() => [IndicatorModel], {
    description: '全部指标（任意层级），按表中顺序（先上级后下级、深度优先）平铺；用 level 和 parentId 还原树。四级体系不必逐层嵌套查询',
  })
  async indicatorNodes(@Parent() campaign: CampaignModel, @Context() context: object): Promise<IndicatorModel[]> {
    // One batch per level (the loaders serve the process-wide cache of immutable snapshots).
    const children = childIndicatorsLoader(context, this.indicatorSystems);
    const childrenOf = new Map<string, IndicatorModel[]>();
    let level = await topLevelIndicatorsLoader(context, this.indicatorSystems).load(campaign.indicatorSystemId);
    const top = level;
    while (level.length > 0) {
      const found = await Promise.all(level.map((node) => children.load(node.id)));
      level.forEach((node, index) => childrenOf.set(node.id, found[index]));
      level = found.flat();
    }
    const ordered: IndicatorModel[] = [];
    const visit = (node: IndicatorModel): void => {
      ordered.push(node);
      (childrenOf.get(node.id) ?? []).forEach(visit);
    };
    top.forEach(visit);
    return ordered;
  }

  @ResolveField(() => Float, { description: '满分：顶层指标分值合计' })
  async totalScore(@Parent() campaign: CampaignModel, @Context() context: object): Promise<number> {
    const indicators = await topLevelIndicatorsLoader(context, this.indicatorSystems).load(campaign.indicatorSystemId);
    return Math.round(indicators.reduce((sum, indicator) => sum + Number(indicator.maxScore ?? 0), 0) * 100) / 100;
  }
}
