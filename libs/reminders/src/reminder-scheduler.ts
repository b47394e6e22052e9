import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ReminderScanService } from './reminder-scan.service';
import { REMINDER_SETTINGS, type ReminderSettings } from './reminder-settings';

/**
 * Starts a scan every few minutes in each API process. Safe with many replicas: the scan takes a
 * PostgreSQL advisory lock and reminders are unique per task per day.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly scanner: ReminderScanService,
    @Inject(REMINDER_SETTINGS) private readonly settings: ReminderSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.intervalMinutes <= 0) return;
    this.timer = setInterval(() => this.tick(), this.settings.intervalMinutes * 60_000);
    this.timer.unref();
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.scanner
      .scan()
      .catch((error: unknown) => this.logger.error(`提醒扫描失败：${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = null));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
