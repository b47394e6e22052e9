import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, requireActor } from '@accredit/api-kit';
import { CampaignModel, CampaignsService, readableCampaignLoader, toCampaignModel } from '@accredit/campaigns';
import { EvidenceQueries } from '../evidence-queries.service';
import { CarriedEvidenceSourceModel, EvidenceModel } from './evidence.model';

/**
 * The earlier cycle behind carried evidence (docs/adr #15). Reading this cycle's evidence does not
 * vouch for the earlier cycle: each link resolves to the object only when the reader may read it
 * under the rules that already hold for it — the campaign as `campaign(id)` decides, the evidence as
 * `taskEvidence` / `Task.evidence` decide — and is null otherwise (an inspection-team member assigned
 * in the new cycle only). The ids and campaignName stay as before. Each link is one batch per request.
 */
@Resolver(() => CarriedEvidenceSourceModel)
export class CarriedEvidenceSourceLinks {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly queries: EvidenceQueries,
  ) {}

  @ResolveField(() => CampaignModel, { nullable: true, description: '上一轮的创建工作；读者按现有规则不能读它时为空（如只在本轮被指派角色的检查组成员）' })
  async campaign(@Parent() source: CarriedEvidenceSourceModel, @Context() context: object): Promise<CampaignModel | null> {
    const campaign = await readableCampaignLoader(context, this.campaigns).load(source.campaignId);
    return campaign ? toCampaignModel(campaign) : null;
  }

  @ResolveField(() => EvidenceModel, { nullable: true, description: '上一轮的那份材料（当前版本；已删除的也在）；读者按现有规则不能读它时为空（同 campaign）' })
  async evidence(@Parent() source: CarriedEvidenceSourceModel, @Context() context: object): Promise<EvidenceModel | null> {
    const loader = requestLoader<string, EvidenceModel | null>(context, 'evidence.readableById', async (ids) => {
      const byId = new Map((await this.queries.readableByIds(requireActor(context), ids)).map((evidence) => [evidence.id, evidence]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    return loader.load(source.evidenceId);
  }
}
