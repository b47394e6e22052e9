import { Logger } from '@nestjs/common';
import { createBackup, defaultBackupTarget } from '@accredit/backup';
import { createEvidenceStore } from '@accredit/evidence';
import { loadConfig } from '../config/app-config';
import { STORED_FILES } from '../stored-files';
import { option, positional } from './cli-args';
import { withOrm } from './with-orm';

/**
 * `npm run backup [-- <directory>]`: the database (every application table, one consistent
 * snapshot), the evidence files and a manifest with checksums, into a new directory (default
 * ./backups/<time stamp>). The API may keep running. See docs/reliability.md.
 */
void withOrm('backup', async (orm) => {
  const logger = new Logger('backup');
  const args = process.argv.slice(2);
  const target = option(args, 'out') ?? positional(args, ['out'])[0] ?? defaultBackupTarget();
  const store = createEvidenceStore(loadConfig().evidence);
  logger.log(`备份到 ${target}（佐证文件来自 ${store.description}）`);
  // Every module keeping files in the evidence store, each through its own read relation.
  const { directory, manifest } = await createBackup({ databaseUrl: orm.config.getClientUrl(), store, storedFiles: STORED_FILES, target, log: (line) => logger.log(line) });
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  logger.log(
    `备份完成：${directory}：${manifest.tables.length} 张表 ${rows} 行，${manifest.evidence.files.length} 个佐证文件（${(manifest.evidence.bytes / 1024 ** 2).toFixed(1)} MB），` +
      `审计日志 ${manifest.audit.events} 条${manifest.audit.head ? `（最后一条 ${manifest.audit.head.id}:${manifest.audit.head.hash}）` : ''}`,
  );
});
