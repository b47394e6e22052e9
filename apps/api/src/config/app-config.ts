import { resolve } from 'node:path';

/** Every setting the API reads, validated once at boot; nothing else reads process.env. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** External PostgreSQL; when absent the embedded one is started. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPostgresPort: number;
  migrateOnStart: boolean;
  seedOnStart: boolean;
  /** The built admin UI served at /, if present. */
  adminDist: string;
  introspection: boolean;
  sqlDebug: boolean;
  /** Workflow definitions (YAML) registered at start. */
  workflowsDir: string;
  identity: {
    sessionTtlHours: number;
    maxFailedLogins: number;
    lockMinutes: number;
    initialAdminPassword: string | null;
    allowedOrigins: string[];
    secureCookies: boolean;
  };
}

export class ConfigError extends Error {}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`环境变量 ${name} 应为 true 或 false，收到「${value}」`);
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new ConfigError(`环境变量 ${name} 应为正整数，收到「${value}」`);
  return parsed;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > 65535) throw new ConfigError(`环境变量 ${name} 应为 ${min}–65535 的端口号，收到「${value}」`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = env['NODE_ENV'] === 'production' ? 'production' : env['NODE_ENV'] === 'test' ? 'test' : 'development';
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL 应以 postgresql:// 开头，例如 postgresql://user:password@127.0.0.1:5432/accredit');
  }
  const dataDir = resolve(env['DATA_DIR'] || 'data');
  return {
    env: mode,
    host: env['HOST'] || '127.0.0.1',
    // 0 lets the system choose a free port (tests).
    port: port(env, 'PORT', 3000, 0),
    databaseUrl,
    dataDir,
    embeddedPostgresPort: port(env, 'EMBEDDED_PG_PORT', 54329),
    migrateOnStart: flag(env, 'MIGRATE_ON_START', true),
    seedOnStart: flag(env, 'SEED_ON_START', true),
    adminDist: resolve(env['ADMIN_DIST'] || 'dist/apps/admin'),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', mode !== 'production'),
    sqlDebug: flag(env, 'SQL_DEBUG', false),
    workflowsDir: resolve(env['WORKFLOWS_DIR'] || 'workflows'),
    identity: {
      sessionTtlHours: positive(env, 'SESSION_TTL_HOURS', 12),
      maxFailedLogins: positive(env, 'MAX_FAILED_LOGINS', 5),
      lockMinutes: positive(env, 'LOCK_MINUTES', 15),
      initialAdminPassword: env['ADMIN_PASSWORD'] || null,
      allowedOrigins: (env['ALLOWED_ORIGINS'] ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
      secureCookies: flag(env, 'COOKIE_SECURE', false),
    },
  };
}
