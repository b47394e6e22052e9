import type { ReadRelation } from '@accredit/db';

/**
 * Every module's files in the evidence store, each given as its owner's read relation (ADR 13)
 * with the columns `sha256` and `size`: evidence's EVIDENCE_FILE_ROWS, campaigns'
 * CAMPAIGN_DOCUMENT_FILE_ROWS, form filling's FORM_FILE_ROWS. The app keeps the one list
 * (apps/api/src/stored-files.ts) that the backup and evidence:verify are given, so neither
 * reads another module's tables nor can miss an owner the other knows.
 */
export type StoredFiles = readonly ReadRelation[];

/** Refuses an empty list or a relation without `sha256` and `size`: a programming error, not bad input. */
export function assertStoredFiles(storedFiles: StoredFiles): void {
  const wrong = storedFiles.filter((relation) => !relation.columns.includes('sha256') || !relation.columns.includes('size'));
  if (!storedFiles.length || wrong.length) {
    throw new Error(`storedFiles: every relation needs the columns sha256 and size (${wrong.map((relation) => relation.name).join(', ') || 'none given'})`);
  }
}

/** One select of every stored file's `sha256` and `size` (a row per owner's row), for a statement of the caller's. */
export function storedFilesSelect(storedFiles: StoredFiles): string {
  assertStoredFiles(storedFiles);
  return storedFiles.map((relation, index) => `select sha256, size from ${relation} f${index}`).join(' union all ');
}
