import { Module } from '@nestjs/common';
import { IndicatorSystemsModule } from '@accredit/indicator-systems';
import { TasksModule } from '@accredit/tasks';
import { CampaignSetupService } from './campaign-setup.service';

@Module({
  imports: [IndicatorSystemsModule, TasksModule],
  providers: [CampaignSetupService],
  exports: [CampaignSetupService],
})
export class CampaignSetupModule {}
