import { Module } from '@nestjs/common';
import { CampaignsModule } from '@accredit/campaigns';
import { DashboardService } from './dashboard.service';
import { CampaignExportsController } from './exports/campaign-exports.controller';
import { CampaignExportsService } from './exports/campaign-exports.service';
import { ReportingResolver } from './reporting.resolver';

/**
 * What a campaign reports: the dashboard, and the documents for delivery (the task table .xlsx
 * and the self-assessment report .docx), built from the scores module's scoreboard so that
 * every figure agrees with the API's campaignScores.
 */
@Module({
  imports: [CampaignsModule],
  controllers: [CampaignExportsController],
  providers: [DashboardService, ReportingResolver, CampaignExportsService],
})
export class ReportingModule {}
