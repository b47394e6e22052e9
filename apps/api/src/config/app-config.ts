import { isIP } from 'node:net';
import { join, resolve } from 'node:path';

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
  /** Limits on what one GraphQL request may ask for, and how long any request may run. */
  requests: {
    maxDepth: number;
    maxCost: number;
    timeoutMs: number;
  };
  sqlDebug: boolean;
  /** 'json': one JSON object per line (log collectors); 'text' for people at a terminal. */
  logFormat: 'json' | 'text';
  /** Express `trust proxy`: which proxies' X-Forwarded-For decides the client address (false: none; a hop count; addresses or ranges). */
  trustProxy: false | number | string[];
  /** Workflow definitions (YAML) registered at start. */
  workflowsDir: string;
  /** Form definitions (YAML) registered at start. */
  formsDir: string;
  reminders: {
    intervalMinutes: number;
    warningDays: number;
    smtpUrl: string | null;
    smtpFrom: string;
    webhookUrl: string | null;
  };
  evidence: {
    /** Stored files (local storage) and upload temp files. */
    dir: string;
    maxBytes: number;
    maxFilesPerUpload: number;
    /** Hours after which a resumable upload (finished or not) is removed. */
    uploadExpiryHours: number;
    /** Minutes before content stored for an upload that never committed is removed. */
    orphanGraceMinutes: number;
    storage:
      | { kind: 'local' }
      | { kind: 's3'; endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; sessionToken?: string; prefix: string; forcePathStyle: boolean };
  };
  identity: {
    sessionTtlHours: number;
    maxFailedLogins: number;
    lockMinutes: number;
    accountMaxDelaySeconds: number;
    loginRatePerMinute: number;
    initialAdminPassword: string | null;
    /** The password `npm run db:seed-demo` gives every demo account (README lists them). */
    demoPassword: string;
    allowedOrigins: string[];
    secureCookies: boolean;
    passwordMemoryKib: number;
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

function nonNegative(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new ConfigError(`环境变量 ${name} 应为非负整数，收到「${value}」`);
  return parsed;
}

function url(env: NodeJS.ProcessEnv, name: string, pattern: RegExp, example: string): string | null {
  const value = env[name]?.trim();
  if (!value) return null;
  if (!pattern.test(value)) throw new ConfigError(`环境变量 ${name} 格式不正确，例如 ${example}`);
  return value;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** A size in bytes, or with a unit (binary: 500MB = 500 MiB). */
function byteSize(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value);
  const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new ConfigError(`环境变量 ${name} 应为字节数或带单位的大小（如 500MB、2GB），收到「${value}」`);
  return bytes;
}

function required(env: NodeJS.ProcessEnv, name: string, why: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${why}时必须设置环境变量 ${name}`);
  return value;
}

function evidenceStorage(env: NodeJS.ProcessEnv): AppConfig['evidence']['storage'] {
  const kind = (env['EVIDENCE_STORAGE'] || 'local').trim().toLowerCase();
  if (kind === 'local') return { kind: 'local' };
  if (kind !== 's3') throw new ConfigError(`环境变量 EVIDENCE_STORAGE 应为 local 或 s3，收到「${env['EVIDENCE_STORAGE']}」`);
  const why = 'EVIDENCE_STORAGE=s3 ';
  const endpoint = required(env, 'S3_ENDPOINT', why);
  if (!/^https?:\/\/[^/\s]+/.test(endpoint)) throw new ConfigError(`环境变量 S3_ENDPOINT 应以 http:// 或 https:// 开头，例如 https://s3.example.gov.cn 或 http://127.0.0.1:9000，收到「${endpoint}」`);
  const prefix = (env['S3_PREFIX'] ?? '').trim().replace(/^\/+/, '');
  return {
    kind: 's3',
    endpoint,
    region: env['S3_REGION']?.trim() || 'us-east-1',
    bucket: required(env, 'S3_BUCKET', why),
    accessKeyId: required(env, 'S3_ACCESS_KEY_ID', why),
    secretAccessKey: required(env, 'S3_SECRET_ACCESS_KEY', why),
    sessionToken: env['S3_SESSION_TOKEN']?.trim() || undefined,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', true),
  };
}

function boundedInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new ConfigError(`环境变量 ${name} 应为 ${min}–${max} 的整数，收到「${value}」`);
  return parsed;
}

/**
 * argon2id's memory cost for new password hashes. Only the test suites may lower it: a login
 * there costs ~12 ms of CPU at 4 MiB where it costs ~190 ms at the 64 MiB every installation uses,
 * and the suites log in some 300 times per run.
 */
function passwordMemory(env: NodeJS.ProcessEnv, mode: AppConfig['env']): number {
  const kib = boundedInteger(env, 'PASSWORD_HASH_MEMORY_KIB', 65536, 4096, 1048576);
  if (kib < 65536 && mode !== 'test') throw new ConfigError(`环境变量 PASSWORD_HASH_MEMORY_KIB 低于 65536 只用于测试（NODE_ENV=test），收到「${kib}」`);
  return kib;
}

const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** Whose X-Forwarded-For to believe. `true` (everyone's) is refused: any client could then choose its own address. */
function trustProxy(env: NodeJS.ProcessEnv): false | number | string[] {
  const value = env['TRUST_PROXY']?.trim() ?? '';
  const lower = value.toLowerCase();
  if (['', 'false', 'off', 'no', '0'].includes(lower)) return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (['true', 'on', 'yes'].includes(lower)) {
    throw new ConfigError('环境变量 TRUST_PROXY 不能为 true：那样任何客户端都能用 X-Forwarded-For 冒充别的地址；请填写反向代理的层数（如 1）或代理的地址（如 loopback 或 10.0.0.0/8）');
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (PROXY_RANGES.includes(entry.toLowerCase())) continue;
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!family || !bitsOk || extra !== undefined) {
      throw new ConfigError(`环境变量 TRUST_PROXY 中的「${entry}」不是地址或网段；应为 false、代理层数（如 1），或以逗号分隔的 loopback、linklocal、uniquelocal、IP 地址、CIDR 网段（如 10.0.0.0/8）`);
    }
  }
  return entries.map((entry) => (PROXY_RANGES.includes(entry.toLowerCase()) ? entry.toLowerCase() : entry));
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > 65535) throw new ConfigError(`环境变量 ${name} 应为 ${min}–65535 的端口号，收到「${value}」`);
  return parsed;
}

function logFormat(env: NodeJS.ProcessEnv, mode: AppConfig['env']): AppConfig['logFormat'] {
  const value = env['LOG_FORMAT']?.trim().toLowerCase();
  if (!value) return mode === 'production' && !process.stdout.isTTY ? 'json' : 'text';
  if (value !== 'json' && value !== 'text') throw new ConfigError(`环境变量 LOG_FORMAT 应为 json 或 text，收到「${env['LOG_FORMAT']}」`);
  return value;
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
    requests: {
      maxDepth: positive(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxCost: positive(env, 'GRAPHQL_MAX_COST', 30_000),
      timeoutMs: positive(env, 'REQUEST_TIMEOUT_SECONDS', 30) * 1000,
    },
    sqlDebug: flag(env, 'SQL_DEBUG', false),
    logFormat: logFormat(env, mode),
    trustProxy: trustProxy(env),
    workflowsDir: resolve(env['WORKFLOWS_DIR'] || 'workflows'),
    formsDir: resolve(env['FORMS_DIR'] || 'forms'),
    reminders: {
      intervalMinutes: nonNegative(env, 'REMINDER_INTERVAL_MINUTES', 60),
      warningDays: nonNegative(env, 'REMINDER_WARNING_DAYS', 7),
      smtpUrl: url(env, 'SMTP_URL', /^smtps?:\/\//, 'smtp://user:password@smtp.example.gov.cn:587'),
      smtpFrom: env['SMTP_FROM'] || '科普示范区创建工作平台 <noreply@localhost>',
      webhookUrl: url(env, 'REMINDER_WEBHOOK_URL', /^https?:\/\//, 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…'),
    },
    evidence: {
      dir: resolve(env['EVIDENCE_DIR'] || join(dataDir, 'evidence')),
      maxBytes: byteSize(env, 'EVIDENCE_MAX_BYTES', 500 * 1024 ** 2),
      maxFilesPerUpload: positive(env, 'EVIDENCE_MAX_FILES', 20),
      uploadExpiryHours: positive(env, 'EVIDENCE_UPLOAD_EXPIRY_HOURS', 24),
      orphanGraceMinutes: nonNegative(env, 'EVIDENCE_ORPHAN_GRACE_MINUTES', 10),
      storage: evidenceStorage(env),
    },
    identity: {
      sessionTtlHours: positive(env, 'SESSION_TTL_HOURS', 12),
      maxFailedLogins: positive(env, 'MAX_FAILED_LOGINS', 5),
      lockMinutes: positive(env, 'LOCK_MINUTES', 15),
      // Short by design: strangers can make an account wait this long at most (see docs/reliability.md).
      accountMaxDelaySeconds: boundedInteger(env, 'ACCOUNT_MAX_DELAY_SECONDS', 30, 0, 60),
      loginRatePerMinute: positive(env, 'LOGIN_RATE_PER_MINUTE', 30),
      initialAdminPassword: env['ADMIN_PASSWORD'] || null,
      demoPassword: env['DEMO_PASSWORD'] || 'Kepu@2026demo',
      allowedOrigins: (env['ALLOWED_ORIGINS'] ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      secureCookies: flag(env, 'COOKIE_SECURE', false),
      passwordMemoryKib: passwordMemory(env, mode),
    },
  };
}
