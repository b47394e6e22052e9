import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { OrganisationsModule } from '@accredit/organisations';
import { CampaignDocument } from './campaign-document.entity';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';
import { CampaignResolver } from './campaign.resolver';
import { CampaignsService } from './campaigns.service';
import { CampaignDocumentPeopleResolver, RequiredCampaignDocumentResolver } from './required-campaign-document.resolver';

/** Campaigns and their phases; recording documents lives in CampaignDocumentsModule (it needs the workflow). */
@Module({
  imports: [MikroOrmModule.forFeature([Campaign, CampaignPhase, CampaignDocument]), IndicatorSystemsModule, OrganisationsModule],
  providers: [CampaignsService, CampaignResolver, RequiredCampaignDocumentResolver, CampaignDocumentPeopleResolver],
  exports: [CampaignsService],
})
export class CampaignsModule {}
