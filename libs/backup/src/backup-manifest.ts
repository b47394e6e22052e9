import { createHash } from 'node:crypto';
import { BackupError } from './backup-error';

export const MANIFEST_FILE = 'manifest.json';
/** sha256sum format ("<hex>  manifest.json"): `sha256sum -c manifest.sha256` checks it too. */
export const MANIFEST_CHECKSUM_FILE = 'manifest.sha256';
export const BACKUP_FORMAT = 'accredit-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface TableEntry {
  name: string;
  /** The columns in the order of the data file (COPY text format). */
  columns: string[];
  rows: number;
  /** Relative to the backup directory. */
  file: string;
  bytes: number;
  sha256: string;
}

export interface SequenceEntry {
  name: string;
  /** bigint as text. */
  lastValue: string;
  isCalled: boolean;
}

export interface EvidenceEntry {
  /** The store's key: evidence is content-addressed, so the key is the content's sha256. */
  key: string;
  sha256: string;
  size: number;
  file: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  createdAt: string;
  database: {
    serverVersion: string;
    /** Applied migrations, oldest first: restore migrates to exactly this level. */
    migrations: string[];
  };
  tables: TableEntry[];
  sequences: SequenceEntry[];
  evidence: { store: string; files: EvidenceEntry[]; bytes: number };
  /** The audit chain's head at backup time: `audit:verify --expect-head id:hash` after a restore. */
  audit: { events: number; head: { id: number; hash: string } | null };
}

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function manifestChecksumLine(manifestText: string): string {
  return `${sha256Hex(manifestText)}  ${MANIFEST_FILE}\n`;
}

const SHA256 = /^[0-9a-f]{64}$/;
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
/** Relative paths the backup itself writes; anything else (.., absolute) is refused. */
const SAFE_FILE = /^(db\/[a-z_][a-z0-9_]{0,62}\.copy|evidence\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64})$/;

function fail(what: string): never {
  throw new BackupError('MANIFEST_INVALID', `备份清单 ${MANIFEST_FILE} 内容不完整或格式不对（${what}），不能恢复；请使用 npm run backup 生成的完整备份目录`);
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * Checks a manifest read from disk against its checksum file, then its shape: every name, path
 * and checksum is checked before anything is read or written by it.
 */
export function parseManifest(manifestText: string, checksumText: string): BackupManifest {
  const expected = /^([0-9a-f]{64})\s+\*?manifest\.json\s*$/.exec(checksumText.trim());
  if (!expected) throw new BackupError('MANIFEST_INVALID', `校验文件 ${MANIFEST_CHECKSUM_FILE} 格式不对，不能恢复`);
  if (sha256Hex(manifestText) !== expected[1]) {
    throw new BackupError('MANIFEST_MISMATCH', `备份清单 ${MANIFEST_FILE} 与其校验值不符：清单已被改动或损坏，不能恢复`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(manifestText);
  } catch {
    fail('不是有效的 JSON');
  }
  const manifest = raw as BackupManifest;
  if (manifest?.format !== BACKUP_FORMAT) fail('format 应为 accredit-backup');
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError('MANIFEST_INVALID', `备份格式版本 ${String(manifest.formatVersion)} 不受本程序支持（支持 ${BACKUP_FORMAT_VERSION}）；请用生成该备份的程序版本恢复`);
  }
  if (!Array.isArray(manifest.database?.migrations) || !manifest.database.migrations.every((name) => typeof name === 'string' && /^Migration\w+$/.test(name))) fail('database.migrations');
  if (!Array.isArray(manifest.tables)) fail('tables');
  const names = new Set<string>();
  for (const table of manifest.tables) {
    if (!IDENTIFIER.test(table?.name ?? '') || names.has(table.name)) fail(`表名 ${String(table?.name)}`);
    names.add(table.name);
    if (!Array.isArray(table.columns) || table.columns.length === 0 || !table.columns.every((column) => IDENTIFIER.test(column))) fail(`表 ${table.name} 的列`);
    if (!isCount(table.rows) || !isCount(table.bytes) || !SHA256.test(table.sha256 ?? '') || !SAFE_FILE.test(table.file ?? '')) fail(`表 ${table.name} 的行数、大小、校验值或文件`);
  }
  if (!Array.isArray(manifest.sequences) || !manifest.sequences.every((s) => IDENTIFIER.test(s?.name ?? '') && /^-?\d{1,19}$/.test(s.lastValue) && typeof s.isCalled === 'boolean')) fail('sequences');
  if (!Array.isArray(manifest.evidence?.files)) fail('evidence.files');
  for (const file of manifest.evidence.files) {
    if (!SHA256.test(file?.sha256 ?? '') || file.key !== file.sha256 || !isCount(file.size) || file.file !== evidencePath(file.sha256)) fail(`佐证文件 ${String(file?.key)}`);
  }
  return manifest;
}

/** Where a stored object goes inside the backup: evidence/ab/cd/<sha256>, like the local store. */
export const evidencePath = (sha256: string): string => `evidence/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;

export const tablePath = (table: string): string => `db/${table}.copy`;

export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export function assertIdentifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) throw new BackupError('UNSUPPORTED_SCHEMA', `${what}「${name}」的名称不受备份支持（只支持小写字母、数字和下划线）`);
  return name;
}
