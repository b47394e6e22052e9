import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/app-config';
import { startApi } from './bootstrap';

const logger = new Logger('Main');

async function main(): Promise<void> {
  const config = loadConfig();
  const api = await startApi(config);
  logger.log(`GraphQL：${api.url}/graphql    管理界面：${api.url}/`);
  logger.log(config.databaseUrl ? '数据库：DATABASE_URL' : `数据库：内置 PostgreSQL（${config.dataDir}/postgres，端口 ${config.embeddedPostgresPort}）`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`收到 ${signal}，正在关闭`);
    // Whatever hangs, the process is gone within 5 s (load balancers and supervisors count on it).
    setTimeout(() => process.exit(1), 4800).unref();
    await api.close().catch((error: unknown) => logger.error(String(error)));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

// A stray rejection (a socket error after its request ended) is a fault to log, not a reason to stop serving everyone.
process.on('unhandledRejection', (reason: unknown) =>
  logger.error(`未处理的异步错误：${reason instanceof Error ? reason.message : String(reason)}`, reason instanceof Error ? reason.stack : undefined),
);

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? `配置错误：${error.message}` : error instanceof Error ? error.message : String(error));
  process.exit(1);
});
