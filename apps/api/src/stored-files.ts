import type { Type } from '@nestjs/common';
import type { ReadRelation } from '@accredit/db';
import { CAMPAIGN_DOCUMENT_FILE_ROWS, CampaignDocumentContents } from '@accredit/campaigns';
import { type ContentReferences, EVIDENCE_FILE_ROWS, type StoredFiles } from '@accredit/evidence';
import { FORM_FILE_ROWS, FormFileContents } from '@accredit/form-filling';

/** A module other than evidence that keeps files in the evidence store. */
export interface FileKeeper {
  /** Its stored files (`sha256`, `size`): the backup copies them, evidence:verify checks them. */
  readonly files: ReadRelation;
  /** Asked by the store's sweep before it removes content no evidence refers to. */
  readonly references: Type<ContentReferences>;
}

/**
 * THE list of the modules keeping files in the evidence store besides evidence itself. The app
 * wires their ContentReferences from it (app.module.ts) and the backup and evidence:verify read
 * their files from it (STORED_FILES): a module added here is kept by all three, one left out by none.
 */
export const FILE_KEEPERS: readonly FileKeeper[] = [
  { files: CAMPAIGN_DOCUMENT_FILE_ROWS, references: CampaignDocumentContents },
  { files: FORM_FILE_ROWS, references: FormFileContents },
];

/** Every stored file, evidence's own first: what `npm run backup` copies and `npm run evidence:verify` checks. */
export const STORED_FILES: StoredFiles = [EVIDENCE_FILE_ROWS, ...FILE_KEEPERS.map((keeper) => keeper.files)];
