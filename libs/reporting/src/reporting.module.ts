import { Module } from '@nestjs/common';
import { CampaignsModule } from '@accredit/campaigns';
import { DashboardService } from './dashboard.service';
import { ReportingResolver } from './reporting.resolver';

@Module({
  imports: [CampaignsModule],
  providers: [DashboardService, ReportingResolver],
})
export class ReportingModule {}
