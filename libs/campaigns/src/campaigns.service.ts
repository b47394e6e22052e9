import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertId } from '@accredit/api-kit';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';

@Injectable()
export class CampaignsService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<Campaign[]> {
    return this.em.find(Campaign, {}, { orderBy: { createdAt: 'desc', name: 'asc' } });
  }

  async get(id: string): Promise<Campaign> {
    const campaign = await this.em.findOne(Campaign, { id: assertId(id) });
    if (!campaign) throw AppError.notFound('创建工作', id);
    return campaign;
  }

  phases(campaignIds: readonly string[]): Promise<CampaignPhase[]> {
    return this.em.find(CampaignPhase, { campaign: { $in: [...campaignIds] } }, { orderBy: { sortOrder: 'asc' } });
  }
}
