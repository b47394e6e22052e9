import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { byKeys, requestLoader, requireActor } from '@accredit/api-kit';
import type { Campaign } from './campaign.entity';
import { CampaignModel } from './campaign.model';
import { CampaignsService } from './campaigns.service';
import { toCampaignModel } from './to-campaign-model';

/**
 * Campaigns by id, one statement per request level, for links from rows the caller already reads
 * (a participant's campaigns, a set-up result, a role assignment). It does not check access: each
 * link says why its parent's reader may read the campaign.
 */
export function campaignLoader(context: object, service: CampaignsService): DataLoader<string, Campaign> {
  return requestLoader(context, 'campaign.byId', async (ids: readonly string[]) => byKeys(ids, await service.byIds(ids), (row) => row.id));
}

/**
 * Campaigns by id for links from rows that do not vouch for them (an earlier cycle's campaign
 * behind carried evidence): null where the request's actor may not read the campaign (the
 * `campaign(id)` rule, campaign roles included). One statement per request level.
 */
export function readableCampaignLoader(context: object, service: CampaignsService): DataLoader<string, Campaign | null> {
  return requestLoader(context, 'campaign.readableById', async (ids: readonly string[]) => {
    const byId = new Map((await service.readableByIds(requireActor(context), ids)).map((campaign) => [campaign.id, campaign]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * A resolver adding a campaign link (`campaign` unless named) beside an id on `parent`: one
 * class per parent type, as Nest wants, without writing the same field each time.
 */
export function campaignLinkResolver<P>(parent: Type<P>, idOf: (row: P) => string | null, field: { name?: string; description: string; nullable?: boolean }) {
  @Resolver(() => parent)
  class CampaignLink {
    constructor(readonly campaigns: CampaignsService) {}

    @ResolveField(field.name ?? 'campaign', () => CampaignModel, { nullable: field.nullable ?? false, description: field.description })
    async campaign(@Parent() row: P, @Context() context: object): Promise<CampaignModel | null> {
      const id = idOf(row);
      return id ? toCampaignModel(await campaignLoader(context, this.campaigns).load(id)) : null;
    }
  }
  return CampaignLink;
}
