import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type ChainReport, verifyStoredAuditChain } from '@accredit/audit';
import { loadMigrator, migrationNames, ormOptions } from '@accredit/db';
import { type EvidenceStore, StagingArea } from '@accredit/evidence';
import { BackupError } from './backup-error';
import { type BackupManifest, MANIFEST_CHECKSUM_FILE, MANIFEST_FILE, type TableEntry, parseManifest, quoteIdentifier } from './backup-manifest';
import { writeStreamToFile } from './durable-file';
import { HashingStream, hashFile } from './hashing-stream';

export interface RestoreOptions {
  databaseUrl: string;
  store: EvidenceStore;
  /** The evidence folder (EVIDENCE_DIR): files are staged in its tmp/ before entering the store, as uploads are. */
  evidenceDir: string;
  /** The backup directory. */
  source: string;
  /** Wipe the application's tables in the target database first (in the same transaction). */
  force?: boolean;
  log?: (line: string) => void;
}

export interface RestoreResult {
  migrations: string[];
  tables: number;
  rows: number;
  evidence: { files: number; bytes: number; added: number };
  /** The restored audit chain, checked against the head recorded in the manifest. */
  audit: ChainReport;
}

/** Our own connections carry this name, so the check for other clients can leave them out. */
export const RESTORE_APPLICATION_NAME = 'accredit-restore';
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * `npm run restore`: checks the manifest and every checksum before changing anything; refuses while
 * other clients are connected or the database is not empty (unless `force`); puts the evidence
 * files into the store (verified copies; content-addressed, so extra ones are harmless); then, in
 * ONE transaction, wipes (force), migrates to the level the backup recorded, loads every table
 * with COPY (session_replication_role = replica: append-only triggers and foreign keys do not
 * fire while loading), checks the row counts, sets the sequences and verifies the audit chain
 * against the recorded head. Any failure rolls the database back to what it was.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const source = resolve(options.source);
  const manifest = await readManifest(source);
  const migrations = manifest.database.migrations;
  const settings = ormOptions({ clientUrl: options.databaseUrl, entities: [], poolMax: 3 });
  assertKnownMigrations(migrations, await migrationNames());
  log(`备份创建于 ${manifest.createdAt}：${manifest.tables.length} 张表、${manifest.evidence.files.length} 个佐证文件；正在校验每个文件`);
  await verifyBackupFiles(source, manifest);

  const orm = await MikroORM.init({
    ...settings,
    discovery: { warnWhenNoEntities: false },
    driverOptions: { ...settings.driverOptions, connection: { ...settings.driverOptions?.['connection'], application_name: RESTORE_APPLICATION_NAME } },
  });
  try {
    // Checked before the first evidence file is written, and again inside the transaction.
    await assertNoOtherClients(orm.em.fork());
    if (!options.force) await assertEmpty(orm.em.fork());
    const evidence = await restoreEvidence(options, source, manifest, log);

    const loaded = await orm.em.fork().transactional(async (em) => {
      await assertNoOtherClients(em);
      if (options.force) await wipe(em);
      else await assertEmpty(em);
      const trx = em.getTransactionContext();
      if (migrations.length) await (await loadMigrator(orm)).up({ to: migrations[migrations.length - 1], transaction: trx });
      await em.execute('set local session_replication_role = replica');
      const connection = (await (trx as { client: { acquireConnection(): Promise<Client> } }).client.acquireConnection()) as Client;
      let rows = 0;
      for (const table of manifest.tables) rows += await loadTable(em, connection, source, table);
      for (const sequence of manifest.sequences) {
        await em.execute(`select setval(?::regclass, ?::bigint, ?)`, [`public.${quoteIdentifier(sequence.name)}`, sequence.lastValue, sequence.isCalled]);
      }
      const audit = await verifyStoredAuditChain(em, { expectHead: manifest.audit.head });
      log(`已载入 ${manifest.tables.length} 张表，共 ${rows} 行`);
      return { rows, audit };
    });
    return { migrations, tables: manifest.tables.length, rows: loaded.rows, evidence, audit: loaded.audit };
  } finally {
    await orm.close();
  }
}

async function readManifest(source: string): Promise<BackupManifest> {
  const read = (name: string) =>
    readFile(join(source, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new BackupError('MANIFEST_INVALID', `${source} 中没有 ${name}：这不是一个完整的备份目录（npm run backup 生成）`, { source });
      throw error;
    });
  return parseManifest(await read(MANIFEST_FILE), await read(MANIFEST_CHECKSUM_FILE));
}

/** The backup's migrations must be this program's, in the same order (a prefix of them). */
function assertKnownMigrations(recorded: string[], known: string[]): void {
  recorded.forEach((name, index) => {
    if (known[index] === name) return;
    if (!known.includes(name)) {
      throw new BackupError('NEWER_BACKUP', `备份来自更新版本的程序（含本程序没有的数据库迁移 ${name}）；请先升级程序再恢复`, { migration: name });
    }
    throw new BackupError('MANIFEST_INVALID', `备份记录的数据库迁移顺序与本程序不同（第 ${index + 1} 个为 ${name}），不能恢复`, { migration: name });
  });
}

/** Every data and evidence file against the manifest, before anything is changed. */
async function verifyBackupFiles(source: string, manifest: BackupManifest): Promise<void> {
  const files = [
    ...manifest.tables.map((table) => ({ file: table.file, sha256: table.sha256, bytes: table.bytes, what: `表 ${table.name} 的数据文件` })),
    ...manifest.evidence.files.map((file) => ({ file: file.file, sha256: file.sha256, bytes: file.size, what: `佐证文件 ${file.sha256}` })),
  ];
  const bad: string[] = [];
  for (const entry of files) {
    const actual = await hashFile(join(source, entry.file)).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    if (!actual) bad.push(`${entry.what}（${entry.file}）缺失`);
    else if (actual.sha256 !== entry.sha256 || actual.bytes !== entry.bytes) bad.push(`${entry.what}（${entry.file}）校验值不符`);
  }
  if (bad.length) {
    const shown = bad.slice(0, 10).join('；');
    throw new BackupError('CHECKSUM_MISMATCH', `备份已损坏，未做任何恢复：${shown}${bad.length > 10 ? `；……共 ${bad.length} 处` : ''}`, { problems: bad });
  }
}

async function assertNoOtherClients(em: EntityManager): Promise<void> {
  const [row] = await em.execute<{ n: number; who: string | null }[]>(
    `select count(*)::int as n, string_agg(distinct coalesce(nullif(application_name, ''), client_addr::text, '本机'), '、') as who
       from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
        and coalesce(application_name, '') <> ?`,
    [RESTORE_APPLICATION_NAME],
  );
  if (row.n > 0) {
    throw new BackupError('CLIENTS_CONNECTED', `目标数据库还有 ${row.n} 个其他连接（${row.who ?? '未知'}）：请先停止 API 再恢复`, { connections: row.n });
  }
}

/** Application objects in the public schema (MikroORM's migration bookkeeping aside). */
async function applicationTables(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ name: string }[]>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') and c.relname <> ?
        and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
      order by c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => row.name);
}

async function assertEmpty(em: EntityManager): Promise<void> {
  const tables = await applicationTables(em);
  const [migrations] = await em.execute<{ found: string | null }[]>('select to_regclass(?) as found', [`public.${MIGRATIONS_TABLE}`]);
  const applied = migrations.found ? Number((await em.execute<{ n: number }[]>(`select count(*)::int as n from ${MIGRATIONS_TABLE}`))[0].n) : 0;
  if (tables.length || applied) {
    throw new BackupError('DATABASE_NOT_EMPTY', `目标数据库不是空的（已有 ${tables.length} 张表、${applied} 条迁移记录）；恢复会覆盖其中的全部数据，确认要覆盖请加 --force`, { tables: tables.length });
  }
}

/** --force: drops the application's tables, views, sequences, functions and types, in the restore's transaction. */
async function wipe(em: EntityManager): Promise<void> {
  const notExtension = (column: string) => `not exists (select 1 from pg_depend d where d.objid = ${column} and d.deptype = 'e')`;
  for (const row of await em.execute<{ name: string; kind: string }[]>(
    `select c.relname as name, c.relkind as kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') and c.relname <> ? and ${notExtension('c.oid')}`,
    [MIGRATIONS_TABLE],
  )) {
    const kind = row.kind === 'v' ? 'view' : row.kind === 'm' ? 'materialized view' : row.kind === 'f' ? 'foreign table' : 'table';
    await em.execute(`drop ${kind} if exists public.${quoteIdentifier(row.name)} cascade`);
  }
  for (const row of await em.execute<{ name: string }[]>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'S' and c.relname <> ? and ${notExtension('c.oid')}`,
    [`${MIGRATIONS_TABLE}_id_seq`],
  )) {
    await em.execute(`drop sequence if exists public.${quoteIdentifier(row.name)} cascade`);
  }
  for (const row of await em.execute<{ signature: string }[]>(
    `select p.oid::regprocedure::text as signature from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.prokind in ('f', 'p') and ${notExtension('p.oid')}`,
  )) {
    await em.execute(`drop routine if exists ${row.signature} cascade`);
  }
  for (const row of await em.execute<{ name: string }[]>(
    `select t.typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' and t.typtype in ('e', 'd') and ${notExtension('t.oid')}`,
  )) {
    await em.execute(`drop type if exists public.${quoteIdentifier(row.name)} cascade`);
  }
  const [migrations] = await em.execute<{ found: string | null }[]>('select to_regclass(?) as found', [`public.${MIGRATIONS_TABLE}`]);
  if (migrations.found) await em.execute(`delete from ${MIGRATIONS_TABLE}`);
}

/** COPY one table in on the transaction's connection; the file is re-hashed on the way and the rows counted. */
async function loadTable(em: EntityManager, connection: Client, source: string, table: TableEntry): Promise<number> {
  const name = `public.${quoteIdentifier(table.name)}`;
  const columns = (await em.execute<{ name: string }[]>(`select attname as name from pg_attribute where attrelid = to_regclass(?) and attnum > 0 and not attisdropped`, [name])).map((row) => row.name);
  const missing = table.columns.filter((column) => !columns.includes(column));
  if (!columns.length || missing.length) {
    throw new BackupError('MANIFEST_INVALID', `迁移后的数据库中没有备份里的表 ${table.name}${missing.length ? ` 的列 ${missing.join('、')}` : ''}：备份与程序版本不一致`, { table: table.name });
  }
  // Rows a migration may have inserted are in the backup too: the backup's rows are the truth.
  if ((await em.execute<{ found: boolean }[]>(`select exists (select 1 from ${name}) as found`))[0].found) await em.execute(`delete from ${name}`);
  const hashing = new HashingStream();
  const copy = connection.query(copyFrom(`copy ${name} (${table.columns.map(quoteIdentifier).join(', ')}) from stdin`));
  await pipeline(createReadStream(join(source, table.file), { highWaterMark: 1024 * 1024 }), hashing, copy);
  if (hashing.digest() !== table.sha256) throw new BackupError('CHECKSUM_MISMATCH', `表 ${table.name} 的数据文件在恢复过程中被改动，已撤销恢复`, { table: table.name });
  if (copy.rowCount !== table.rows) {
    throw new BackupError('ROW_COUNT_MISMATCH', `表 ${table.name} 载入 ${copy.rowCount} 行，备份记录为 ${table.rows} 行，已撤销恢复`, { table: table.name });
  }
  return copy.rowCount;
}

/**
 * Puts every evidence file into the store through a verified staged copy. Content already stored is
 * re-hashed and kept when intact, replaced when damaged. Files are content-addressed: what is put
 * here before a failed database step is only unreferenced content (evidence:verify lists it).
 */
async function restoreEvidence(options: RestoreOptions, source: string, manifest: BackupManifest, log: (line: string) => void): Promise<RestoreResult['evidence']> {
  const { store } = options;
  const staging = new StagingArea(options.evidenceDir);
  await staging.init();
  await store.init();
  let added = 0;
  let bytes = 0;
  let lastReport = Date.now();
  for (const [index, file] of manifest.evidence.files.entries()) {
    bytes += file.size;
    const existing = await store.stat(file.sha256);
    if (existing && existing.size === file.size && (await storedHash(store, file.sha256)) === file.sha256) continue;
    if (existing) await store.remove(file.sha256);
    const path = staging.newPath();
    try {
      const written = await writeStreamToFile(createReadStream(join(source, file.file), { highWaterMark: 1024 * 1024 }), path);
      if (written.sha256 !== file.sha256 || written.bytes !== file.size) {
        throw new BackupError('CHECKSUM_MISMATCH', `佐证文件 ${file.sha256} 在恢复过程中被改动，已停止恢复（数据库未改动）`, { sha256: file.sha256 });
      }
      await store.put({ path, sha256: file.sha256, size: file.size });
      added++;
    } finally {
      await staging.discard(path);
    }
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      log(`已恢复佐证文件 ${index + 1}/${manifest.evidence.files.length}`);
    }
  }
  log(`佐证文件：${manifest.evidence.files.length} 个（${(bytes / 1024 ** 2).toFixed(1)} MB），新放入存储 ${added} 个`);
  return { files: manifest.evidence.files.length, bytes, added };
}

async function storedHash(store: EvidenceStore, sha256: string): Promise<string> {
  const hashing = new HashingStream();
  await pipeline(await store.read(sha256), hashing, async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) void chunk;
  });
  return hashing.digest();
}
