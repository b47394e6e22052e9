// Evidence files go over plain HTTP (POST /api/evidence/upload, multipart/form-data): the fields
// first (taskId, requirementCode, kind, description, refersTo), then the file. The session cookie
// authenticates; the header x-accredit-upload: 1 tells the API a page of ours sent it.
// XMLHttpRequest, because fetch cannot report upload progress. Files over 5 MB go resumably
// instead (resumable-upload.ts, tus).

export interface UploadFields {
  taskId: string;
  /** Leave out to upload a file for replaceEvidence. */
  requirementCode?: string | null;
  kind?: string | null;
  description?: string | null;
  /** YYYY-MM-DD */
  refersTo?: string | null;
}

export interface UploadedFile {
  fileId: string;
  evidenceId: string | null;
  name: string;
  originalName: string;
  size: number;
  sha256: string;
  mediaType: string;
}

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

export const UPLOAD_URL = '/api/evidence/upload';

/** The API's message from an error body `{errors:[{message, extensions:{code}}]}`, else a sentence of ours. */
export function uploadErrorOf(status: number, body: string): UploadError {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
    const first = parsed.errors?.find((e) => typeof e.message === 'string' && e.message.trim());
    if (first) {
      const messages = [...new Set(parsed.errors!.map((e) => (typeof e.message === 'string' ? e.message.trim() : '')).filter(Boolean))];
      return new UploadError(messages.join('；'), typeof first.extensions?.code === 'string' ? first.extensions.code : null, status);
    }
  } catch {
    // Not JSON (a proxy's page): say it in our words.
  }
  if (status === 0) return new UploadError('无法连接服务器，上传未完成，请检查网络后重试。', null, status);
  if (status === 401) return new UploadError('登录已失效，请重新登录。', 'UNAUTHENTICATED', status);
  if (status === 413) return new UploadError('文件太大，服务器拒绝接收。', null, status);
  if (status >= 500) return new UploadError(`服务暂时不可用（HTTP ${status}），请稍后重试。`, null, status);
  return new UploadError(`上传未被受理（HTTP ${status}）。`, null, status);
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
    xhr.setRequestHeader('x-accredit-upload', '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          const body = JSON.parse(xhr.responseText) as { files: UploadedFile[] };
          onProgress?.(100);
          resolve(body.files);
        } catch {
          reject(new UploadError('服务器的答复无法识别，请刷新后查看是否已上传。', null, xhr.status));
        }
      } else reject(uploadErrorOf(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(uploadErrorOf(0, ''));
    xhr.onabort = () => reject(new UploadError('已取消上传', 'ABORTED', 0));
    xhr.send(buildUploadForm(fields, file));
  });
  return { promise, abort: () => xhr.abort() };
}
