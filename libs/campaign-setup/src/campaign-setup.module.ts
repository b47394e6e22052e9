import { Module } from '@nestjs/common';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { TasksModule } from '@accredit/tasks';
import { CampaignSetupResolver } from './campaign-setup.resolver';
import { CampaignSetupService } from './campaign-setup.service';

@Module({
  imports: [IndicatorSystemsModule, TasksModule],
  providers: [CampaignSetupService, CampaignSetupResolver],
  exports: [CampaignSetupService],
})
export class CampaignSetupModule {}
