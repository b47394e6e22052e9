import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError, restoreBackup } from '@accredit/backup';
import { createEvidenceStore } from '@accredit/evidence';
import type { AppConfig } from '../config/app-config';
import { positional, withDatabase } from './with-database';

/** The embedded database belongs to a running API when its postmaster is alive. */
function assertEmbeddedDatabaseFree(config: AppConfig): void {
  if (config.databaseUrl) return;
  const pidFile = join(config.dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 0);
    else return;
  } catch {
    return;
  }
  throw new BackupError('CLIENTS_CONNECTED', `内置数据库正在被另一个进程（${pid}）使用：请先停止 API 再恢复`, { pid });
}

/**
 * `npm run restore -- <backup directory> [--force]`: into an empty database, or with --force over the
 * existing one (wiped in the same transaction). Refuses while the API is connected, and when the
 * manifest or any checksum does not match. See docs/reliability.md.
 */
const args = process.argv.slice(2);
const [source] = positional(args);
// Nx forwards a flag as --force=true.
const force = args.some((arg) => arg === '--force' || arg === '--force=true');

void withDatabase(
  'restore',
  async (databaseUrl, config, logger) => {
    const store = createEvidenceStore(config.evidence);
    logger.log(`从 ${source} 恢复${force ? '（--force：覆盖目标数据库的现有数据）' : ''}；佐证文件放入 ${store.description}`);
    const result = await restoreBackup({ databaseUrl, store, evidenceDir: config.evidence.dir, source, force, log: (line) => logger.log(line) });
    logger.log(`恢复完成：迁移到 ${result.migrations[result.migrations.length - 1] ?? '（无）'}，${result.tables} 张表 ${result.rows} 行，佐证文件 ${result.evidence.files} 个`);
    if (result.audit.ok) logger.log(`审计日志校验无误：${result.audit.checked} 条，最后一条与备份时一致`);
    else logger.warn(`审计日志校验发现 ${result.audit.problemCount} 处问题（备份时即已存在）：请运行 npm run audit:verify 查看`);
    logger.log('可以用 npm run evidence:verify 复核佐证文件');
  },
  (config) => {
    if (!source) throw new BackupError('MANIFEST_INVALID', '请指定要恢复的备份目录：npm run restore -- <备份目录> [--force]');
    assertEmbeddedDatabaseFree(config);
  },
);
