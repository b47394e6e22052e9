import { Module } from '@nestjs/common';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { TasksModule } from '@accredit/tasks';
import { CampaignSetupResolver } from './campaign-setup.resolver';
import { CampaignSetupService } from './campaign-setup.service';
import { CampaignDesignerService } from './campaign-designer.service';

@Module({
  imports: [IndicatorSystemsModule, TasksModule],
  providers: [CampaignSetupService, CampaignDesignerService, CampaignSetupResolver],
  exports: [CampaignSetupService, CampaignDesignerService],
})
export class CampaignSetupModule {}
