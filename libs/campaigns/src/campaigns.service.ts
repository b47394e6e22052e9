import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId, organisationScope } from '@accredit/api-kit';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';

@Injectable()
export class CampaignsService {
  constructor(private readonly em: EntityManager) {}

  /** Campaigns of the actor's organisation; others do not exist for them. */
  list(actor: Actor): Promise<Campaign[]> {
    const organisation = organisationScope(actor);
    return this.em.find(Campaign, organisation ? { organisation } : {}, { orderBy: { createdAt: 'desc', name: 'asc' } });
  }

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
