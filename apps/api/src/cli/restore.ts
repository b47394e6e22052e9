import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { restoreBackup } from '@accredit/backup';
import { createEvidenceStore } from '@accredit/evidence';
import { type AppConfig, loadConfig } from '../config/app-config';
import { flag, positional } from './cli-args';
import { withOrm } from './with-orm';

const logger = new Logger('restore');

/** The pid of a live server on the embedded data directory (the API's), or null. */
function embeddedServerInUse(config: AppConfig): number | null {
  if (config.databaseUrl) return null;
  const pidFile = join(config.dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Checked before the database is opened: nothing is started, stopped or changed when these fail. */
function refusal(source: string | undefined): string | null {
  if (!source) return '请指定要恢复的备份目录：npm run restore -- <备份目录> [--force]';
  try {
    const pid = embeddedServerInUse(loadConfig());
    return pid ? `内置数据库正在被另一个进程（${pid}）使用：请先停止 API 再恢复` : null;
  } catch {
    return null; // A configuration error is reported by withOrm below.
  }
}

/**
 * `npm run restore -- <backup directory> [--force]`: into an empty database, or with --force over
 * the existing one (wiped in the same transaction). Refuses while the API is connected, and when
 * the manifest or any checksum does not match. See docs/reliability.md.
 */
const args = process.argv.slice(2);
const [source] = positional(args);
const force = flag(args, 'force');
const refused = refusal(source);
if (refused) {
  logger.error(refused);
  process.exit(1);
}

void withOrm('restore', async (orm) => {
  const databaseUrl = orm.config.getClientUrl();
  // The restore opens its own, named connections; this command's pool must not count as "another client".
  await orm.close(true);
  const config = loadConfig();
  const store = createEvidenceStore(config.evidence);
  logger.log(`从 ${source} 恢复${force ? '（--force：覆盖目标数据库的现有数据）' : ''}；佐证文件放入 ${store.description}`);
  const result = await restoreBackup({ databaseUrl, store, evidenceDir: config.evidence.dir, source: source as string, force, log: (line) => logger.log(line) });
  logger.log(`恢复完成：迁移到 ${result.migrations[result.migrations.length - 1] ?? '（无）'}，${result.tables} 张表 ${result.rows} 行，佐证文件 ${result.evidence.files} 个`);
  if (result.audit.ok) logger.log(`审计日志校验无误：${result.audit.checked} 条，最后一条与备份时一致`);
  else logger.warn(`审计日志校验发现 ${result.audit.problemCount} 处问题（备份中即如此）：请运行 npm run audit:verify 查看`);
  logger.log('可以用 npm run evidence:verify 复核佐证文件');
});
