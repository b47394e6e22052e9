/** The multipart upload: fields first, then one or more files; answers `EvidenceUploadAnswer` (201). */
export const EVIDENCE_UPLOAD_PATH = '/api/evidence/upload';

/** Where the resumable (tus) uploads are mounted; GET `<path>/<id>` answers `ResumableUploadStatus`. */
export const RESUMABLE_UPLOAD_PATH = '/api/evidence/uploads';

/**
 * The header (value `1`) a page of ours sends with every upload: a cross-site form cannot set it,
 * so its absence refuses the request (CSRF; the session cookie alone is not enough).
 */
export const UPLOAD_CSRF_HEADER = 'x-accredit-upload';

/** The kinds of evidence, as the schema's EvidenceKind names them (the upload also takes them in lower case). */
export const EVIDENCE_KINDS = ['SEALED_DOCUMENT', 'SCREENSHOT', 'NEWS_ARTICLE', 'PHOTO', 'OTHER'] as const;

export type EvidenceUploadKind = (typeof EVIDENCE_KINDS)[number];

/** The form fields of an evidence upload (multipart fields or tus metadata, same names). */
export interface EvidenceUploadFields {
  taskId: string;
  /** Left out: files only, to replace a version with (replaceEvidence). */
  requirementCode?: string | null;
  kind?: EvidenceUploadKind | null;
  description?: string | null;
  /** YYYY-MM-DD */
  refersTo?: string | null;
}

/** One stored file, as both upload endpoints answer it. */
export interface UploadedEvidenceFile {
  fileId: string;
  /** The evidence created for the file; null for a file uploaded to replace a version. */
  evidenceId: string | null;
  name: string;
  originalName: string;
  size: number;
  sha256: string;
  mediaType: string;
  /** false: identical content was already stored and is shared. */
  newContent: boolean;
}

/** The answer of the multipart upload. */
export interface EvidenceUploadAnswer {
  files: UploadedEvidenceFile[];
}

/** What GET /api/evidence/uploads/:id (and the last PATCH) answer. */
export interface ResumableUploadStatus {
  uploadId: string;
  /** Bytes the server holds. */
  offset: number;
  /** The file's size (Upload-Length). */
  length: number;
  complete: boolean;
  /** Once complete: the stored file and the evidence made from it (as the multipart upload answers). */
  file: UploadedEvidenceFile | null;
}
