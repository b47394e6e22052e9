import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';
import { CampaignResolver } from './campaign.resolver';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [MikroOrmModule.forFeature([Campaign, CampaignPhase]), IndicatorSystemsModule],
  providers: [CampaignsService, CampaignResolver],
  exports: [CampaignsService],
})
export class CampaignsModule {}
