import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ResumableUploads } from './resumable/resumable-uploads.service';
import { EVIDENCE_STORE, type EvidenceStore } from './storage/evidence-store';
import { StagingArea } from './storage/staging-area';
import { ContentIntents } from './storage/content-intents.service';
import { EVIDENCE_SETTINGS, type EvidenceSettings } from './evidence-settings';

/** How often expired resumable uploads are looked for (each process cleans its own disk). */
const EXPIRY_SCAN_MS = 15 * 60 * 1000;

/**
 * At start-up: the store is reachable, temp files of uploads that never finished are removed, and
 * content stored for uploads that never committed (ContentIntents) is removed after its grace period.
 * Resumable uploads are kept across restarts (they resume); those older than
 * EVIDENCE_UPLOAD_EXPIRY_HOURS are removed at start-up and every quarter of an hour.
 */
@Injectable()
export class EvidenceHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Evidence');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    private readonly staging: StagingArea,
    private readonly resumable: ResumableUploads,
    private readonly intents: ContentIntents,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.staging.init();
    await this.resumable.init();
    await this.store.init();
    const removed = await this.staging.removeAbandoned();
    if (removed.length) this.logger.warn(`已清理 ${removed.length} 个未完成上传留下的临时文件`);
    await this.removeExpiredUploads();
    await this.removeOrphanedContent();
    this.timer = setInterval(() => {
      void this.removeExpiredUploads();
      void this.removeOrphanedContent();
    }, EXPIRY_SCAN_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Content stored for uploads whose rows never came (killed mid-upload, refused after storing). */
  async removeOrphanedContent(): Promise<number> {
    try {
      const removed = await this.intents.sweep(this.settings.orphanGraceMinutes * 60_000);
      if (removed.length) this.logger.warn(`已清理 ${removed.length} 个未被任何材料引用的文件内容（上传未完成提交）`);
      return removed.length;
    } catch (error) {
      this.logger.error(`清理未引用的文件内容失败：${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }

  /** Resumable uploads past their expiry: their partial files and records go. */
  async removeExpiredUploads(now = Date.now()): Promise<number> {
    try {
      const removed = await this.resumable.removeExpired(now);
      if (removed) this.logger.log(`已清理 ${removed} 个过期的续传上传`);
      return removed;
    } catch (error) {
      this.logger.error(`清理过期的续传上传失败：${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
