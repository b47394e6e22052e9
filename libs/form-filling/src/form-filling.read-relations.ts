import { readRelation } from '@accredit/db';

// What other modules may read of this module's rows inside a statement of their own (ADR 13).

/** Files uploaded into forms (seals, attachments), by content hash. */
export const FORM_FILE_ROWS = readRelation(
  'form-filling.form-file',
  ['id', 'campaign_id', 'organisation_id', 'sha256', 'size', 'media_type', 'name', 'uploaded_by', 'uploaded_at'],
  'select id, campaign_id, organisation_id, sha256, size, media_type, name, uploaded_by, uploaded_at from form_file',
);
