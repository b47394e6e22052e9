import { join } from 'node:path';
import { type RunningDatabase, openEmbeddedPostgres } from '@accredit/db';
import type { AppConfig } from './config/app-config';

/**
 * DATABASE_URL when given, otherwise the embedded PostgreSQL under the data directory. The API
 * is responsible for the embedded server; a command run beside it uses the same server and
 * leaves it running.
 */
export async function openDatabase(config: AppConfig, role: 'api' | 'command', log: (line: string) => void = () => undefined): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, how: 'external', stop: async () => undefined };
  return openEmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    port: config.embeddedPostgresPort,
    database: 'accredit',
    role,
    log,
  });
}
