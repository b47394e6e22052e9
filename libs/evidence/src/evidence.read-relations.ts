import { readRelation } from '@accredit/db';

// What other modules may read of this module's rows inside a statement of their own (ADR 13).

/** Uploaded files: who uploaded which content (its key in the store) for which task. */
export const EVIDENCE_FILE_ROWS = readRelation(
  'evidence.evidence-file',
  ['id', 'task_id', 'sha256', 'size', 'media_type', 'original_name', 'name', 'uploaded_by_id', 'uploaded_at'],
  'select id, task_id, sha256, size, media_type, original_name, name, uploaded_by_id, uploaded_at from evidence_file',
);
