import { join } from 'node:path';
import { type RunningDatabase, startEmbeddedPostgres } from '@accredit/db';
import type { AppConfig } from './config/app-config';

/** DATABASE_URL when given, otherwise the embedded PostgreSQL under the data directory. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  return startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    port: config.embeddedPostgresPort,
    database: 'accredit',
    log,
  });
}
