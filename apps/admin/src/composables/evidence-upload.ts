import { EVIDENCE_UPLOAD_PATH, UPLOAD_CSRF_HEADER, type EvidenceUploadAnswer, type EvidenceUploadFields, type UploadedEvidenceFile } from '@accredit/upload-contract';
import { tr } from '../plugins/i18n';
// Evidence files go over plain HTTP (POST /api/evidence/upload, multipart/form-data): the fields
// first (taskId, requirementCode, kind, description, refersTo), then the file. The session cookie
// authenticates; the header x-accredit-upload: 1 tells the API a page of ours sent it.
// XMLHttpRequest, because fetch cannot report upload progress. Files over 5 MB go resumably
// instead (resumable-upload.ts, tus).

// The fields and the answer are the API's upload contract (libs/upload-contract), shared with libs/evidence.
export type UploadFields = EvidenceUploadFields;
export type UploadedFile = UploadedEvidenceFile;

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export const UPLOAD_URL = EVIDENCE_UPLOAD_PATH;

/** The API's message from an error body `{errors:[{message, extensions:{code}}]}`, else a sentence of ours. */
export function uploadErrorOf(status: number, body: string): UploadError {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
    const first = parsed.errors?.find((e) => typeof e.message === 'string' && e.message.trim());
    if (first) {
      const messages = [...new Set(parsed.errors!.map((e) => (typeof e.message === 'string' ? e.message.trim() : '')).filter(Boolean))];
      return new UploadError(messages.join(tr('messages.listSeparator')), typeof first.extensions?.code === 'string' ? first.extensions.code : null, status);
    }
  } catch {
    // Not JSON (a proxy's page): say it in our words.
  }
  if (status === 0) return new UploadError(tr('messages.upload.offline'), null, status);
  if (status === 401) return new UploadError(tr('messages.sessionInvalid'), 'UNAUTHENTICATED', status);
  if (status === 413) return new UploadError(tr('messages.tooLarge'), null, status);
  if (status >= 500) return new UploadError(tr('messages.unavailable', { status }), null, status);
  return new UploadError(tr('messages.upload.refused', { status }), null, status);
}

export function buildUploadForm(fields: UploadFields, file: File): FormData {
  const form = new FormData();
  // Fields before the file: the API checks them before it reads any byte of the file.
  form.append('taskId', fields.taskId);
  if (fields.requirementCode) form.append('requirementCode', fields.requirementCode);
  if (fields.kind) form.append('kind', fields.kind);
  if (fields.description) form.append('description', fields.description);
  if (fields.refersTo) form.append('refersTo', fields.refersTo);
  form.append('file', file, file.name);
  return form;
}

export interface UploadHandle {
  promise: Promise<UploadedFile[]>;
  abort(): void;
}

/** Uploads one file; `onProgress` gets 0–100 as the bytes leave the browser. */
export function uploadEvidenceFile(fields: UploadFields, file: File, onProgress?: (percent: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadedFile[]>((resolve, reject) => {
    xhr.open('POST', UPLOAD_URL);
    xhr.withCredentials = true;
    xhr.setRequestHeader(UPLOAD_CSRF_HEADER, '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          const body = JSON.parse(xhr.responseText) as EvidenceUploadAnswer;
          onProgress?.(100);
          resolve(body.files);
        } catch {
          reject(new UploadError(tr('messages.upload.unreadable'), null, xhr.status));
        }
      } else reject(uploadErrorOf(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(uploadErrorOf(0, ''));
    xhr.onabort = () => reject(new UploadError(tr('messages.upload.cancelled'), 'ABORTED', 0));
    xhr.send(buildUploadForm(fields, file));
  });
  return { promise, abort: () => xhr.abort() };
}
