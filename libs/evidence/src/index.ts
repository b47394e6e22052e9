import { ContentIntent } from './storage/content-intent.entity';
export * from './evidence.entity';
export * from './evidence-version.entity';
export * from './evidence-file.entity';
export * from './evidence-event.entity';
export * from './evidence-kind';
export * from './evidence-editable-states';
export * from './evidence-settings';
export * from './evidence-queries.service';
export * from './evidence-commands.service';
export * from './evidence-carry-over.writes';
export * from './evidence-verifier';
export * from './evidence.module';
export * from './storage/evidence-store';
export * from './storage/local-evidence-store';
// Types only: the adapter itself pulls in the AWS SDK (~0.2 s of every start), so it is loaded
// where it is configured (createEvidenceStore) or asked for (loadS3EvidenceStore).
export type { S3Settings } from './storage/s3-evidence-store';
export { loadS3EvidenceStore } from './storage/load-s3-evidence-store';
export * from './storage/staging-area';
export * from './storage/create-evidence-store';
export * from './storage/content-intents.service';
export * from './storage/content-references';
export * from './storage/stored-files';
export * from './storage/stored-file-intake.service';
export { assertUploadHeader, refuseUpload } from './http/upload-guards';
export { downloadName } from './upload/file-name';
export { UPLOAD_CSRF_HEADER } from './http/evidence-files.controller';
export { ResumableUploads } from './resumable/resumable-uploads.service';
export { EvidenceHousekeeping } from './evidence-housekeeping.service';
export { encodeUploadMetadata } from './resumable/upload-metadata';

import { EvidenceEvent } from './evidence-event.entity';
import { EvidenceFile } from './evidence-file.entity';
import { EvidenceVersion } from './evidence-version.entity';
import { Evidence } from './evidence.entity';
export const EVIDENCE_ENTITIES = [EvidenceFile, Evidence, EvidenceVersion, EvidenceEvent, ContentIntent];
export * from './evidence.exception';
export * from './evidence.read-relations';
