import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '@accredit/db';
import { ConfigError, loadConfig } from '../config/app-config';
import { openDatabase } from '../database';
import { ENTITIES } from '../entities';

/** Runs a command against the configured database (embedded or DATABASE_URL), then closes it. */
export async function withOrm(name: string, work: (orm: MikroORM) => Promise<void>): Promise<void> {
  const logger = new Logger(name);
  let exitCode = 0;
  try {
    const config = loadConfig();
    const database = await openDatabase(config, 'command');
    if (database.how === 'attached') logger.log('使用正在运行的内置数据库（不会停止它）');
    try {
      const orm = await MikroORM.init(ormOptions({ clientUrl: database.url, entities: ENTITIES }));
      try {
        await work(orm);
      } finally {
        await orm.close();
      }
    } finally {
      await database.stop();
    }
  } catch (error) {
    logger.error(error instanceof ConfigError ? `配置错误：${error.message}` : error instanceof Error ? error.message : String(error));
    exitCode = 1;
  }
  process.exit(exitCode);
}
