import { Logger } from '@nestjs/common';
import { createEvidenceStore, verifyEvidenceStore } from '@accredit/evidence';
import { loadConfig } from '../config/app-config';
import { STORED_FILES } from '../stored-files';
import { withOrm } from './with-orm';

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/**
 * `npm run evidence:verify`: re-hashes every stored file (evidence, campaign documents, forms:
 * STORED_FILES) against the sha256 the database recorded, and lists files that are missing or
 * altered (exit code 1) and stored content no record of any module refers to (informational).
 * Reads every byte: run it off-peak.
 */
void withOrm('evidence:verify', async (orm) => {
  const logger = new Logger('evidence:verify');
  const config = loadConfig();
  const store = createEvidenceStore(config.evidence);
  logger.log(`检查 ${store.description}`);
  await store.init();
  let lastReport = Date.now();
  const report = await verifyEvidenceStore(orm.em.fork(), store, STORED_FILES, (done, total) => {
    if (Date.now() - lastReport > 5000 || done === total) {
      lastReport = Date.now();
      logger.log(`已检查 ${done}/${total}`);
    }
  });
  for (const problem of report.missing) logger.error(`缺失：${problem.sha256}（${problem.size} 字节，${problem.files} 个上传记录引用）`);
  for (const problem of report.altered) {
    logger.error(`已改动：${problem.sha256}（应为 ${problem.size} 字节，实际 ${problem.found?.size} 字节、sha256 ${problem.found?.sha256}）`);
  }
  for (const object of report.unreferenced) logger.warn(`未被任何记录引用：${object.sha256}（${object.size} 字节）`);
  logger.log(`共检查 ${report.checked} 个文件（${mb(report.bytes)}）：缺失 ${report.missing.length}，已改动 ${report.altered.length}，未被引用 ${report.unreferenced.length}`);
  if (report.missing.length || report.altered.length) {
    throw new Error(`发现 ${report.missing.length} 个缺失、${report.altered.length} 个被改动的佐证文件，请从备份恢复`);
  }
});
