import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EvidenceStore } from './storage/evidence-store';
import { type StoredFiles, storedFilesSelect } from './storage/stored-files';

export interface VerifiedProblem {
  sha256: string;
  /** Size the database expects. */
  size: number;
  /** How many stored files (rows of any owner) share this content. */
  files: number;
  /** What was found: missing, or the size and hash actually stored. */
  found: { size: number; sha256: string } | null;
}

export interface VerificationReport {
  /** Distinct contents the database refers to (every owner's). */
  checked: number;
  bytes: number;
  missing: VerifiedProblem[];
  altered: VerifiedProblem[];
  /** Stored content no owner's row refers to (e.g. a failed commit); harmless, listed for pruning. */
  unreferenced: { sha256: string; size: number }[];
}

/**
 * Re-hashes every stored file the database refers to and reports what is missing or altered,
 * and what is stored but referred to by nothing. `storedFiles`: every module keeping files in the
 * store (evidence, campaign documents, forms …; the app's one list): content only another module
 * holds is checked like evidence and never listed as unreferenced. Reads everything; run it off-peak.
 */
export async function verifyEvidenceStore(em: EntityManager, store: EvidenceStore, storedFiles: StoredFiles, onProgress?: (done: number, total: number) => void): Promise<VerificationReport> {
  const rows = await em.execute<{ sha256: string; size: string; files: string }[]>(
    `select sha256, max(size) as size, count(*) as files from (${storedFilesSelect(storedFiles)}) stored group by sha256 order by sha256`,
  );
  const report: VerificationReport = { checked: rows.length, bytes: 0, missing: [], altered: [], unreferenced: [] };
  let done = 0;
  for (const row of rows) {
    const expected = { sha256: row.sha256, size: Number(row.size), files: Number(row.files) };
    const stored = await store.stat(row.sha256);
    if (!stored) report.missing.push({ ...expected, found: null });
    else {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of await store.read(row.sha256)) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      report.bytes += size;
      const actual = hash.digest('hex');
      if (actual !== row.sha256 || size !== expected.size) report.altered.push({ ...expected, found: { size, sha256: actual } });
    }
    onProgress?.(++done, rows.length);
  }
  const referenced = new Set(rows.map((row) => row.sha256));
  for await (const object of store.list()) if (!referenced.has(object.sha256)) report.unreferenced.push(object);
  return report;
}
