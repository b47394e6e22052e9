import type { S3Settings } from './storage/s3-evidence-store';

/** What the evidence module needs from the app's configuration. */
export interface EvidenceSettings {
  /** Local folder: stored files (local storage) and upload temp files (always). */
  dir: string;
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Most files in one upload request. */
  maxFilesPerUpload: number;
  /** Resumable uploads are removed this many hours after they were created (finished or not). */
  uploadExpiryHours: number;
  /** Content stored for an upload that never got its rows is removed after this many minutes (see ContentIntents). */
  orphanGraceMinutes: number;
  storage: { kind: 'local' } | ({ kind: 's3' } & S3Settings);
}

export const EVIDENCE_SETTINGS = Symbol('EVIDENCE_SETTINGS');
