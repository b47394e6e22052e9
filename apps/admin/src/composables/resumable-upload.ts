import { tr } from '../plugins/i18n';
// Large evidence files go over tus 1.0 (tus-js-client) to /api/evidence/uploads: 5 MB chunks,
// each retried after a network failure, and resumable after a page reload — the client keeps the
// upload's address in localStorage under a fingerprint of the file and its fields, so choosing
// the same file with the same tags again continues from the server's offset.
import { type DetailedError, Upload } from 'tus-js-client';
import { RESUMABLE_UPLOAD_PATH, UPLOAD_CSRF_HEADER, UploadRefusal, type ResumableUploadStatus } from '@accredit/upload-contract';
import type { UploadFields, UploadHandle, UploadedFile } from './evidence-upload';
import { UploadError, uploadEvidenceFile, uploadErrorOf } from './evidence-upload';

export const RESUMABLE_URL = RESUMABLE_UPLOAD_PATH;
/** Files over this size are sent resumably; smaller ones in one multipart request. */
export const RESUMABLE_THRESHOLD = 5 * 1024 * 1024;
export const CHUNK_SIZE = 5 * 1024 * 1024;
/** Waits before each retry of a failed chunk (ms): quick at first, then patient for a phone on a weak network. */
export const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000, 30_000, 60_000, 60_000, 60_000];

export const retryingNotice = (): string => tr('messages.upload.retrying');

export interface ResumableCallbacks {
  /** 0–100 as the server acknowledges bytes (a resumed upload starts where it stopped). */
  onProgress?: (percent: number) => void;
  /** true when a chunk failed and a retry is scheduled; false once bytes flow again. */
  onRetrying?: (retrying: boolean) => void;
}

export function usesResumableUpload(file: Pick<File, 'size'>): boolean {
  return file.size > RESUMABLE_THRESHOLD;
}

/** The fields as tus Upload-Metadata (the client base64-encodes them); empty ones left out. */
export function resumableMetadata(fields: UploadFields, file: Pick<File, 'name'>): Record<string, string> {
  const metadata: Record<string, string> = { taskId: fields.taskId, filename: file.name };
  if (fields.requirementCode) metadata['requirementCode'] = fields.requirementCode;
  if (fields.kind) metadata['kind'] = fields.kind;
  if (fields.description) metadata['description'] = fields.description;
  if (fields.refersTo) metadata['refersTo'] = fields.refersTo;
  return metadata;
}

/**
 * The key a stored upload is found by after a reload: the same file (name, size, type, date)
 * with the same fields. Different tags make a new upload rather than resume one recorded
 * with other tags.
 */
export function resumableFingerprint(fields: UploadFields, file: Pick<File, 'name' | 'size' | 'type' | 'lastModified'>): string {
  return [
    'accredit-evidence',
    fields.taskId,
    fields.requirementCode ?? '',
    fields.kind ?? '',
    fields.refersTo ?? '',
    fields.description ?? '',
    file.name,
    file.size,
    file.type,
    file.lastModified,
  ].join('|');
}

/**
 * Whether a failed request is worth retrying: no answer (network), the server busy or failing
 * (5xx, 423), or an offset the server does not hold (409 offset-mismatch: the client asks for
 * the offset and goes on). The API's own refusals (type, access, task state …) are final.
 */
export function shouldRetryUpload(status: number, body: string): boolean {
  if (status === 0 || status === 423 || status >= 500) return true;
  if (status !== 409) return false;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { details?: { reason?: unknown } } }> };
    return parsed.errors?.[0]?.extensions?.details?.reason === UploadRefusal.OffsetMismatch;
  } catch {
    return false;
  }
}

/** The evidence from an answer that carries the upload's status, else null. */
export function uploadedFileOf(body: string): UploadedFile | null {
  try {
    const status = JSON.parse(body) as ResumableUploadStatus;
    return status.complete && status.file ? status.file : null;
  } catch {
    return null;
  }
}

function errorOf(error: Error | DetailedError): UploadError {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  if (!response || response.getStatus() === 0) {
    return new UploadError(tr('messages.upload.gaveUp'), null, 0);
  }
  return uploadErrorOf(response.getStatus(), response.getBody());
}

/** Asks the server for the finished upload's evidence (also finishes one whose last answer was lost). */
async function fetchResult(url: string): Promise<UploadedFile> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.text();
  if (!response.ok) throw uploadErrorOf(response.status, body);
  const file = uploadedFileOf(body);
  if (!file) throw new UploadError(tr('messages.upload.incomplete'), null, response.status);
  return file;
}

/** Uploads one file resumably; resolves with the evidence made from it. */
export function uploadEvidenceResumable(fields: UploadFields, file: File, callbacks: ResumableCallbacks = {}): UploadHandle {
  let upload: Upload | null = null;
  let aborted = false;
  let cancel: (error: UploadError) => void = () => undefined;
  const promise = new Promise<UploadedFile[]>((resolve, reject) => {
    cancel = reject;
    upload = new Upload(file, {
      endpoint: RESUMABLE_URL,
      chunkSize: CHUNK_SIZE,
      retryDelays: RETRY_DELAYS,
      metadata: resumableMetadata(fields, file),
      // The session cookie authenticates (same origin); this header tells the API a page of ours sent it.
      headers: { [UPLOAD_CSRF_HEADER]: '1' },
      fingerprint: async () => resumableFingerprint(fields, file),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => {
        callbacks.onRetrying?.(false);
        callbacks.onProgress?.(total ? Math.min(99, Math.round((sent / total) * 100)) : 0);
      },
      onShouldRetry: (error) => {
        const response = error.originalResponse;
        const retry = shouldRetryUpload(response ? response.getStatus() : 0, response ? response.getBody() : '');
        if (retry) callbacks.onRetrying?.(true);
        return retry;
      },
      onSuccess: ({ lastResponse }) => {
        callbacks.onRetrying?.(false);
        const done = uploadedFileOf(lastResponse.getBody());
        const result = done ? Promise.resolve(done) : fetchResult(upload!.url!);
        result.then(
          (uploaded) => {
            callbacks.onProgress?.(100);
            resolve([uploaded]);
          },
          (error: unknown) => reject(error instanceof UploadError ? error : new UploadError(tr('messages.upload.unreadable'), null, 0)),
        );
      },
      onError: (error) => {
        callbacks.onRetrying?.(false);
        reject(errorOf(error));
      },
    });
    const started = upload;
    void started
      .findPreviousUploads()
      .then((previous) => {
        const latest = previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
        if (latest) started.resumeFromPreviousUpload(latest);
      })
      .catch(() => undefined)
      .finally(() => {
        if (!aborted) started.start();
      });
  });
  return {
    promise,
    abort: () => {
      aborted = true;
      // Removed from the queue: the partial upload is deleted on the server too.
      void (upload as Upload | null)?.abort(true).catch(() => undefined);
      cancel(new UploadError(tr('messages.upload.cancelled'), 'ABORTED', 0));
    },
  };
}

/** Uploads one evidence file the way its size calls for: resumably over 5 MB, else in one multipart request. */
export function uploadEvidence(fields: UploadFields, file: File, callbacks: ResumableCallbacks = {}): UploadHandle {
  return usesResumableUpload(file) ? uploadEvidenceResumable(fields, file, callbacks) : uploadEvidenceFile(fields, file, callbacks.onProgress);
}
