import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { OrganisationsModule } from '@accredit/organisations';
import { CampaignDocument } from './campaign-document.entity';
import { CampaignDocumentsResolver } from './campaign-documents.resolver';
import { CampaignDocumentsService } from './campaign-documents.service';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';
import { CampaignResolver } from './campaign.resolver';
import { CampaignsService } from './campaigns.service';
import { CampaignDocumentPeopleResolver, RequiredCampaignDocumentResolver } from './required-campaign-document.resolver';

@Module({
  imports: [MikroOrmModule.forFeature([Campaign, CampaignPhase, CampaignDocument]), IndicatorSystemsModule, OrganisationsModule],
  providers: [CampaignsService, CampaignDocumentsService, CampaignResolver, CampaignDocumentsResolver, RequiredCampaignDocumentResolver, CampaignDocumentPeopleResolver],
  exports: [CampaignsService, CampaignDocumentsService],
})
export class CampaignsModule {}
