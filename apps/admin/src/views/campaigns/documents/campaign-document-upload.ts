import { UploadError, uploadErrorOf } from '../../../composables/evidence-upload';
import { tr } from '../../../plugins/i18n';

// A campaign document goes over plain HTTP with its file: a new one to POST /api/campaign-documents
// (fields campaignId, kind, title, then the file: recorded only once the file is stored), a file
// for a record still without one to POST /api/campaign-documents/:id/file. Multipart, one file; the
// header x-accredit-upload: 1 tells the API a page of ours sent it. XMLHttpRequest, with
// XMLHttpRequest for the progress. The API types the file by its content and answers refusals in
// Chinese ({errors:[{message}]}), which are shown as they are.

export interface UploadedDocumentFile {
  id: string;
  fileName: string;
  fileSize: number;
  mediaType: string;
}

export const documentFileUrl = (documentId: string): string => `/api/campaign-documents/${encodeURIComponent(documentId)}/file`;

export interface DocumentUploadHandle {
  promise: Promise<UploadedDocumentFile>;
  abort(): void;
}

export const NEW_DOCUMENT_URL = '/api/campaign-documents';

/** Where a file goes: a new document (recorded with it), or an existing record without a file. */
export type DocumentUploadTarget = { campaignId: string; kind: string; title: string } | { documentId: string };

/** Uploads `file`; `onProgress` gets 0–100 as the bytes leave the browser. */
export function uploadDocumentFile(target: DocumentUploadTarget, file: File, onProgress?: (percent: number) => void): DocumentUploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadedDocumentFile>((resolve, reject) => {
    xhr.open('POST', 'documentId' in target ? documentFileUrl(target.documentId) : NEW_DOCUMENT_URL);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-accredit-upload', '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          const body = JSON.parse(xhr.responseText) as { document: UploadedDocumentFile };
          onProgress?.(100);
          resolve(body.document);
        } catch {
          reject(new UploadError(tr('documents.unreadable'), null, xhr.status));
        }
      } else reject(uploadErrorOf(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(uploadErrorOf(0, ''));
    xhr.onabort = () => reject(new UploadError(tr('documents.aborted'), 'ABORTED', 0));
    const form = new FormData();
    // Fields before the file: the API checks them before it reads any byte of the file.
    if (!('documentId' in target)) {
      form.append('campaignId', target.campaignId);
      form.append('kind', target.kind);
      form.append('title', target.title);
    }
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
