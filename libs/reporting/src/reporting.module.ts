import { type DynamicModule, Module } from '@nestjs/common';
import { CampaignsModule } from '@accredit/campaigns';
import { OrganisationsModule } from '@accredit/organisations';
import { ScoresModule } from '@accredit/scores';
import { WorkflowDefinitionsModule } from '@accredit/workflow-runtime';
import { DashboardService } from './dashboard.service';
import { DepartmentProgressLinks, OverdueTaskLinks } from './dashboard-links.resolver';
import { CampaignExportsController } from './exports/campaign-exports.controller';
import { CampaignExportsService } from './exports/campaign-exports.service';
import { REPORTING_SETTINGS, type ReportingSettings } from './reporting-settings';
import { ReportingResolver } from './reporting.resolver';

/**
 * What a campaign reports: the dashboard, and the documents for delivery (the task table .xlsx
 * and the self-assessment report .docx), built from the scores module's scoreboard so that
 * every figure agrees with the API's campaignScores.
 */
@Module({})
export class ReportingModule {
  /** `evidence`: the app's EvidenceModule instance (the exports list each task's evidence). */
  static forRoot(settings: ReportingSettings, evidence: DynamicModule): DynamicModule {
    return {
      module: ReportingModule,
      imports: [CampaignsModule, OrganisationsModule, ScoresModule, WorkflowDefinitionsModule, evidence],
      controllers: [CampaignExportsController],
      providers: [{ provide: REPORTING_SETTINGS, useValue: settings }, DashboardService, ReportingResolver, OverdueTaskLinks, DepartmentProgressLinks, CampaignExportsService],
    };
  }
}
