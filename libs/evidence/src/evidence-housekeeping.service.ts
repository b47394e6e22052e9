import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EVIDENCE_STORE, type EvidenceStore } from './storage/evidence-store';
import { StagingArea } from './storage/staging-area';

/** At start-up: the store is reachable, and temp files of uploads that never finished are removed. */
@Injectable()
export class EvidenceHousekeeping implements OnApplicationBootstrap {
  private readonly logger = new Logger('Evidence');

  constructor(
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    private readonly staging: StagingArea,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.staging.init();
    await this.store.init();
    const removed = await this.staging.removeAbandoned();
    if (removed.length) this.logger.warn(`已清理 ${removed.length} 个未完成上传留下的临时文件`);
  }
}
