import type { AttachmentRef } from '@accredit/forms/browser';
import { uploadErrorOf, UploadError } from '../../composables/evidence-upload';
import { httpApiErrorOf, networkErrorOf } from '../../composables/http-api';
import { tr } from '../../plugins/i18n';

// Files of a form (attachments, seal and signature images) go over plain HTTP to
// POST /api/forms/files, stored by the evidence storage; the form keeps only the reference
// { fileId, name, mediaType }. Fields before the file, so the API checks them before reading any
// byte; the header x-accredit-upload: 1 tells the API one of our pages sent it (CSRF).

export const FORM_FILES_URL = '/api/forms/files';

export interface StoredFormFile extends AttachmentRef {
  size: number;
  sha256: string;
}

export interface FormFileTarget {
  campaignId: string;
  /** The organisation filling the form; the caller's own when absent. */
  organisationId?: string | null;
}

/** Uploads one file of a form; `onProgress` gets 0–100 as the bytes leave the browser. */
export function uploadFormFile(target: FormFileTarget, file: File, onProgress?: (percent: number) => void): Promise<StoredFormFile> {
  return new Promise<StoredFormFile>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', FORM_FILES_URL);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-accredit-upload', '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status !== 200 && xhr.status !== 201) return reject(uploadErrorOf(xhr.status, xhr.responseText));
      try {
        const body = JSON.parse(xhr.responseText) as StoredFormFile;
        if (typeof body.fileId !== 'string') throw new Error('no fileId');
        onProgress?.(100);
        resolve(body);
      } catch {
        reject(new UploadError(tr('documents.unreadable'), null, xhr.status));
      }
    };
    xhr.onerror = () => reject(uploadErrorOf(0, ''));
    xhr.onabort = () => reject(new UploadError(tr('documents.aborted'), 'ABORTED', 0));
    const form = new FormData();
    form.append('campaignId', target.campaignId);
    if (target.organisationId) form.append('organisationId', target.organisationId);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * Deletes a stored file no form holds any more (DELETE /api/forms/files/:id, the upload's CSRF
 * header). The API refuses (CONFLICT, naming the form and field) while a form still holds it;
 * rejects with an HttpApiError carrying the API's message.
 */
export async function deleteFormFile(fileId: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  let response: Response;
  try {
    response = await fetchImpl(`${FORM_FILES_URL}/${encodeURIComponent(fileId)}`, {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { 'x-accredit-upload': '1', Accept: 'application/json' },
    });
  } catch (error) {
    throw networkErrorOf(error);
  }
  if (!response.ok) throw httpApiErrorOf(response.status, await response.text());
}

/** The reference a form keeps of a stored file. */
export function attachmentRefOf(file: StoredFormFile): AttachmentRef {
  return { fileId: file.fileId, name: file.name, mediaType: file.mediaType };
}
