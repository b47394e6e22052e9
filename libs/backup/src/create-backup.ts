import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Client, type QueryResultRow } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { AUDIT_EVENT_ROWS } from '@accredit/audit';
import { type EvidenceStore, type StoredFiles, StoredObjectMissingError, assertStoredFiles } from '@accredit/evidence';
import { BackupError } from './backup-error';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type EvidenceEntry,
  MANIFEST_CHECKSUM_FILE,
  MANIFEST_FILE,
  type SequenceEntry,
  type TableEntry,
  assertIdentifier,
  evidencePath,
  manifestChecksumLine,
  quoteIdentifier,
  tablePath,
} from './backup-manifest';
import { syncDirectory, writeStreamToFile, writeTextFile } from './durable-file';

export interface BackupOptions {
  databaseUrl: string;
  store: EvidenceStore;
  /**
   * Every module's files in the store, each as its owner's read relation with the columns
   * `sha256` and `size` (evidence's, campaign documents', forms' …): the backup copies the content
   * they name and reads no module's tables itself. The app's one list (STORED_FILES).
   */
  storedFiles: StoredFiles;
  /** The directory to create; it must not exist yet, or be empty. */
  target: string;
  log?: (line: string) => void;
}

export interface BackupResult {
  directory: string;
  manifest: BackupManifest;
}

/** MikroORM's own bookkeeping: a restore rebuilds it by running the migrations. */
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
/** PostgreSQL's SQLSTATE for a table that does not exist. */
const UNDEFINED_TABLE = '42P01';

interface DatabaseSnapshot {
  serverVersion: string;
  migrations: string[];
  tables: TableEntry[];
  sequences: SequenceEntry[];
  evidence: { sha256: string; size: number }[];
  audit: BackupManifest['audit'];
}

/** Default target: ./backups/<local time stamp>. */
export function defaultBackupTarget(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return resolve('backups', `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`);
}

/**
 * `npm run backup`: every application table as a COPY data file, taken in one snapshot
 * (REPEATABLE READ) so the tables agree with each other; then every evidence file the snapshot
 * refers to, read through the store port (local disk or S3) and re-hashed; then a manifest with
 * the migrations, row counts and checksums. Everything streams. It is written to
 * `<target>.partial-<pid>` and renamed into place only when complete, so a directory named like
 * a backup is a whole backup. The API may keep running.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  assertStoredFiles(options.storedFiles);
  const target = resolve(options.target);
  const entries = await readdir(target).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
  if (entries && entries.length) throw new BackupError('TARGET_NOT_EMPTY', `备份目录 ${target} 已存在且不为空；请指定一个新目录`, { target });
  const work = `${target}.partial-${process.pid}`;
  await rm(work, { recursive: true, force: true });
  await mkdir(join(work, 'db'), { recursive: true });
  try {
    const snapshot = await dumpDatabase(options.databaseUrl, options.storedFiles, work, log);
    const evidence = await copyEvidence(options.store, snapshot.evidence, work, log);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: { serverVersion: snapshot.serverVersion, migrations: snapshot.migrations },
      tables: snapshot.tables,
      sequences: snapshot.sequences,
      evidence: { store: options.store.description, files: evidence, bytes: evidence.reduce((sum, file) => sum + file.size, 0) },
      audit: snapshot.audit,
    };
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeTextFile(join(work, MANIFEST_FILE), text);
    await writeTextFile(join(work, MANIFEST_CHECKSUM_FILE), manifestChecksumLine(text));
    for (const dir of new Set([join(work, 'db'), ...evidence.map((file) => dirname(join(work, file.file)))])) await syncDirectory(dir);
    await syncDirectory(work);
    if (entries) await rmdir(target);
    await rename(work, target);
    await syncDirectory(dirname(target));
    return { directory: target, manifest };
  } catch (error) {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

async function dumpDatabase(databaseUrl: string, storedFiles: StoredFiles, work: string, log: (line: string) => void): Promise<DatabaseSnapshot> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'accredit-backup' });
  await client.connect();
  try {
    // One snapshot for every table: rows committed during the backup are in none of them.
    await client.query('begin isolation level repeatable read read only');
    const exists = async (table: string) => (await client.query<{ found: string | null }>('select to_regclass($1) as found', [`public.${table}`])).rows[0].found !== null;
    if (!(await exists(MIGRATIONS_TABLE))) throw new BackupError('NOT_INITIALISED', '数据库尚未初始化（没有迁移记录），没有可备份的数据；请确认 DATABASE_URL 或数据目录');
    const serverVersion = (await client.query<{ server_version: string }>('show server_version')).rows[0].server_version;
    const migrations = (await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`)).rows.map((row) => row.name);

    const tableNames = (
      await client.query<{ name: string }>(
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and c.relname <> $1 order by c.relname`,
        [MIGRATIONS_TABLE],
      )
    ).rows.map((row) => assertIdentifier(row.name, '表'));
    const tables: TableEntry[] = [];
    for (const name of tableNames) {
      const columns = (
        await client.query<{ name: string }>(`select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`, [
          `public.${quoteIdentifier(name)}`,
        ])
      ).rows.map((row) => assertIdentifier(row.name, `表 ${name} 的列`));
      const file = tablePath(name);
      const copy = client.query(copyTo(`copy public.${quoteIdentifier(name)} (${columns.map(quoteIdentifier).join(', ')}) to stdout`));
      const written = await writeStreamToFile(copy, join(work, file));
      tables.push({ name, columns, rows: copy.rowCount, file, bytes: written.bytes, sha256: written.sha256 });
    }
    log(`已导出 ${tables.length} 张表，共 ${tables.reduce((sum, table) => sum + table.rows, 0)} 行`);

    const sequences: SequenceEntry[] = [];
    const sequenceNames = (
      await client.query<{ name: string }>(
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'S' and c.relname <> $1 order by c.relname`,
        [`${MIGRATIONS_TABLE}_id_seq`],
      )
    ).rows.map((row) => assertIdentifier(row.name, '序列'));
    for (const name of sequenceNames) {
      const [row] = (await client.query<{ last_value: string; is_called: boolean }>(`select last_value::text, is_called from public.${quoteIdentifier(name)}`)).rows;
      sequences.push({ name, lastValue: row.last_value, isCalled: row.is_called });
    }

    // Read through the owners' relations (ADR 13), one owner at a time: a schema migrated before
    // a module existed has none of its rows, and that must not lose the other owners' files.
    const sizes = new Map<string, number>();
    for (const relation of storedFiles) {
      const rows = await rowsUnlessAbsent<{ sha256: string; size: string }>(client, `select sha256, max(size)::text as size from ${relation} f group by sha256`);
      for (const row of rows) sizes.set(row.sha256, Math.max(sizes.get(row.sha256) ?? 0, Number(row.size)));
    }
    const evidence = [...sizes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([sha256, size]) => ({ sha256, size }));
    const [head] = await rowsUnlessAbsent<{ events: number; id: string | null; hash: string | null }>(
      client,
      `select (select count(*)::int from ${AUDIT_EVENT_ROWS} a) as events, last.id::text as id, last.hash
         from (select 1) one left join lateral (select id, hash from ${AUDIT_EVENT_ROWS} a order by id desc limit 1) last on true`,
    );
    const audit: BackupManifest['audit'] = head ? { events: head.events, head: head.id === null ? null : { id: Number(head.id), hash: head.hash as string } } : { events: 0, head: null };
    await client.query('commit');
    return { serverVersion, migrations, tables, sequences, evidence, audit };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A read inside the snapshot's transaction; when a table it reads does not exist (a schema
 * migrated before its module existed) it gives no rows, and the transaction goes on.
 */
async function rowsUnlessAbsent<R extends QueryResultRow>(client: Client, sql: string): Promise<R[]> {
  await client.query('savepoint module_read');
  try {
    const { rows } = await client.query<R>(sql);
    await client.query('release savepoint module_read');
    return rows;
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_TABLE) throw error;
    await client.query('rollback to savepoint module_read');
    return [];
  }
}

/** Copies the evidence the snapshot refers to, re-hashing every byte: a damaged file stops the backup. */
async function copyEvidence(store: EvidenceStore, files: { sha256: string; size: number }[], work: string, log: (line: string) => void): Promise<EvidenceEntry[]> {
  const copied: EvidenceEntry[] = [];
  let bytes = 0;
  let lastReport = Date.now();
  for (const expected of files) {
    const file = evidencePath(expected.sha256);
    const source = await store.read(expected.sha256).catch((error: unknown) => {
      if (error instanceof StoredObjectMissingError) {
        throw new BackupError('EVIDENCE_DAMAGED', `佐证文件 ${expected.sha256} 在存储中缺失，备份未完成；请先运行 npm run evidence:verify 查明并修复`, { sha256: expected.sha256 });
      }
      throw error;
    });
    const written = await writeStreamToFile(source, join(work, file));
    if (written.sha256 !== expected.sha256 || written.bytes !== expected.size) {
      throw new BackupError(
        'EVIDENCE_DAMAGED',
        `佐证文件 ${expected.sha256} 在存储中已损坏（读到 ${written.bytes} 字节、sha256 ${written.sha256}），备份未完成；请先运行 npm run evidence:verify 查明并修复`,
        {
          sha256: expected.sha256,
        },
      );
    }
    copied.push({ key: expected.sha256, sha256: written.sha256, size: written.bytes, file });
    bytes += written.bytes;
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      log(`已复制佐证文件 ${copied.length}/${files.length}（${(bytes / 1024 ** 2).toFixed(1)} MB）`);
    }
  }
  log(`已复制 ${copied.length} 个佐证文件（${(bytes / 1024 ** 2).toFixed(1)} MB）`);
  return copied;
}
