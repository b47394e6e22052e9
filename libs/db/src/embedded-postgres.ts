import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { claimOwnership, liveOwner, readOwner, releaseOwnership, runningServer } from './embedded/cluster-state';
import { type PostgresBinaries, type RunAs, SUPERUSER, SUPERUSER_PASSWORD, binaries, initialiseCluster, letPostgresReach, runAs, runProgram } from './embedded/postgres-binaries';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created on first start. */
  dataDir: string;
  port: number;
  database: string;
  /**
   * 'api' is responsible for the server: it adopts one left running (after a kill -9), restarts
   * it when it dies and stops it on shutdown. A 'command' (migrate, seed, verify …) uses a server
   * that is already running and never stops one it did not start.
   */
  role: 'api' | 'command';
  log?: (line: string) => void;
}

export interface RunningDatabase {
  url: string;
  /** How this process came to the database: its own server, another process's, or DATABASE_URL. */
  how: 'external' | 'started' | 'attached' | 'adopted';
  /** Watches the embedded server and restarts it when it dies (the API's job); null for DATABASE_URL. */
  supervise?(): DatabaseSupervisor;
  stop(): Promise<void>;
}

export interface DatabaseSupervisor {
  /** Restarts done so far. */
  restarts(): number;
  stop(): void;
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

const urlOf = (port: number, database: string) => `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`;

/** Our SQL runs against the server over TCP with the superuser's password. */
async function withClient<T>(port: number, database: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: urlOf(port, database), connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function logTail(dataDir: string): string {
  try {
    return readFileSync(join(dataDir, 'server.log'), 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}

class EmbeddedCluster {
  constructor(
    readonly dataDir: string,
    private readonly bin: PostgresBinaries,
    private readonly ids: RunAs,
    private readonly log: (line: string) => void,
  ) {}

  /** Starts the server detached (pg_ctl), waiting until it accepts connections. */
  async start(port: number): Promise<void> {
    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) {
      this.log(`初始化内置数据库：${this.dataDir}`);
      await initialiseCluster(this.bin, this.dataDir, this.ids);
    }
    // Durability stays on: a reported success must survive a kill.
    const settings = ['-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'max_connections=100'].join(' ');
    const result = await runProgram(this.bin.pg_ctl, ['start', '-D', this.dataDir, '-w', '-t', '60', '-l', join(this.dataDir, 'server.log'), '-o', settings], this.ids);
    if (result.code !== 0) {
      throw new Error(
        `内置数据库启动失败（端口 ${port}，目录 ${this.dataDir}）：${result.output.trim().slice(-500)}。请检查端口是否被占用，或设置 DATABASE_URL 使用外部 PostgreSQL。最近的日志：\n${logTail(this.dataDir)}`,
      );
    }
  }

  /** A fast shutdown (open transactions roll back), immediate if that does not finish in time. */
  async stop(): Promise<void> {
    if (!runningServer(this.dataDir)) return;
    const fast = await runProgram(this.bin.pg_ctl, ['stop', '-D', this.dataDir, '-m', 'fast', '-w', '-t', '3'], this.ids, 4000);
    if (fast.code !== 0 && runningServer(this.dataDir)) {
      await runProgram(this.bin.pg_ctl, ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '1'], this.ids, 2000);
    }
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  await withClient(port, 'postgres', async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount) return;
    await client.query(`create database ${client.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // created meanwhile by another process
    });
  });
}

/** Whether clients other than this connection are connected (someone else still uses the server). */
async function otherClients(port: number): Promise<number> {
  try {
    return await withClient(port, 'postgres', async (client) => {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`);
      return Number(rows[0].n);
    });
  } catch {
    return 0;
  }
}

/**
 * Opens the embedded PostgreSQL under `dataDir`: uses the server already running there (the API's,
 * while a command runs beside it) or starts one. Nothing here ever stops a server another live
 * process of ours is responsible for.
 */
export async function openEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = reachableDataDir(resolve(options.dataDir), (line) => {
    log(line);
    process.stderr.write(`${line}\n`);
  });
  const programs = await binaries();
  const opened = letPostgresReach(programs.postgres);
  if (opened.length) log(`以 root 运行：postgres 用户须能进入内置数据库程序所在目录，已为 ${opened.join('、')} 加上“其他用户可通过”（o+x）`);
  const cluster = new EmbeddedCluster(dataDir, programs, runAs(), log);

  let how: RunningDatabase['how'];
  let port = options.port;
  const running = runningServer(dataDir);
  if (running) {
    port = running.port || port;
    const owner = liveOwner(dataDir);
    // A server nobody looks after (its API was killed) or that a command started: the API takes it on.
    if (options.role === 'api' && (!owner || owner.role === 'command')) {
      claimOwnership(dataDir, 'api');
      how = 'adopted';
    } else {
      how = 'attached';
    }
  } else {
    try {
      await cluster.start(port);
      claimOwnership(dataDir, options.role);
      how = 'started';
    } catch (error) {
      // Another process started it at the same moment: use theirs.
      const raced = runningServer(dataDir);
      if (!raced) throw error;
      port = raced.port || port;
      how = 'attached';
    }
  }
  await ensureDatabase(port, options.database);

  const stop = async () => {
    if (readOwner(dataDir)?.pid !== process.pid) return;
    // A command that started the server leaves it running when an API began to use it meanwhile.
    if (options.role === 'command' && (await otherClients(port)) > 0) {
      releaseOwnership(dataDir);
      return;
    }
    await cluster.stop();
    releaseOwnership(dataDir);
  };

  const supervise = (): DatabaseSupervisor => {
    let restarts = 0;
    let busy = false;
    let down = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      void (async () => {
        if (runningServer(dataDir)) {
          if (down) log('内置数据库已恢复');
          down = false;
          // Left by a command, or its API is gone: this API looks after it from now on.
          const owner = liveOwner(dataDir);
          if (!owner || owner.role === 'command') claimOwnership(dataDir, 'api');
          return;
        }
        const owner = liveOwner(dataDir);
        if (owner && owner.pid !== process.pid && owner.role === 'api') return; // another API restarts it
        if (!down) process.stderr.write(`内置数据库已停止（目录 ${dataDir}），正在重启\n`);
        down = true;
        try {
          await cluster.start(port);
          claimOwnership(dataDir, 'api');
          restarts++;
          down = false;
          process.stderr.write(`内置数据库已重启（第 ${restarts} 次）\n`);
        } catch (error) {
          log(error instanceof Error ? error.message : String(error));
        }
      })().finally(() => {
        busy = false;
      });
    }, 1000);
    timer.unref();
    return { restarts: () => restarts, stop: () => clearInterval(timer) };
  };

  return { url: urlOf(port, options.database), how, stop, supervise };
}
