import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId, grantedCampaigns, hasCampaignGrant, isCampaignRoleOnly, organisationScope } from '@accredit/api-kit';
import { readableOrganisations } from '@accredit/organisations';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';

@Injectable()
export class CampaignsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Campaigns the actor may read: their organisation's; for an office admin of a province or the
   * nation also those of every organisation below it (read-only). Others do not exist for them.
   */
  async list(actor: Actor): Promise<Campaign[]> {
    // An account with campaign roles only sees the campaigns it is assigned in, nothing else.
    if (isCampaignRoleOnly(actor)) {
      return this.em.find(Campaign, { id: { $in: grantedCampaigns(actor, 'campaign') } }, { orderBy: { createdAt: 'desc', name: 'asc' } });
    }
    const readable = await readableOrganisations(this.em, actor);
    return this.em.find(Campaign, readable ? { organisation: readable } : {}, { orderBy: { createdAt: 'desc', name: 'asc' } });
  }

  /** One campaign to read (the campaign query, its dashboard): as list(); NOT_FOUND otherwise. */
  async getReadable(id: string, actor: Actor): Promise<Campaign> {
    if (isCampaignRoleOnly(actor)) {
      const campaign = hasCampaignGrant(actor, assertId(id), 'campaign') ? await this.em.findOne(Campaign, { id }) : null;
      if (!campaign) throw AppError.notFound('创建工作', id);
      return campaign;
    }
    const readable = await readableOrganisations(this.em, actor);
    const campaign = await this.em.findOne(Campaign, readable ? { id: assertId(id), organisation: readable } : { id: assertId(id) });
    if (!campaign) throw AppError.notFound('创建工作', id);
    return campaign;
  }

  /** One campaign of the actor's own organisation, for anything that changes it or reads its details. */
  async get(id: string, actor: Actor): Promise<Campaign> {
    const organisation = organisationScope(actor);
    const campaign = await this.em.findOne(Campaign, organisation ? { id: assertId(id), organisation } : { id: assertId(id) });
    if (!campaign) throw AppError.notFound('创建工作', id);
    return campaign;
  }

  phases(campaignIds: readonly string[]): Promise<CampaignPhase[]> {
    return this.em.find(CampaignPhase, { campaign: { $in: [...campaignIds] } }, { orderBy: { sortOrder: 'asc' } });
  }
}
