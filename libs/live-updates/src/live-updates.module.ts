import { Module } from '@nestjs/common';
import { ChangeListener } from './change-listener.service';
import { LiveUpdatesController } from './live-updates.controller';

/** Server-sent change events for the admin's screens (GET /api/live). */
@Module({
  providers: [ChangeListener],
  controllers: [LiveUpdatesController],
  exports: [ChangeListener],
})
export class LiveUpdatesModule {}
