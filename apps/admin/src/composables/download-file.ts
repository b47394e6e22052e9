import { httpApiErrorOf, networkErrorOf } from './http-api';

// Downloads from the API's export routes with fetch: the answer is read as a stream, so the
// progress is the bytes received over Content-Length, then saved through a Blob URL. A refusal
// ({errors:[{message}]}) becomes an HttpApiError with the API's message. The whole file sits in
// memory before it is saved: beyond STREAM_LIMIT a plain link download is used instead.

/** Above this, the browser downloads the file itself (no progress, nothing held in memory). */
export const STREAM_LIMIT = 500 * 1024 * 1024;

export interface DownloadProgress {
  received: number;
  /** Content-Length; null when the server did not say. */
  total: number | null;
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first). */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || null;
}

/** Saves a Blob under a name (an <a download> on a Blob URL). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the save before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A plain link download: the browser streams the file to disk itself. */
export function linkDownload(url: string, fileName?: string): void {
  const link = document.createElement('a');
  link.href = url;
  if (fileName) link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Fetches a file with progress and saves it; resolves with the saved file's name. */
export async function downloadWithProgress(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', signal });
  } catch (error) {
    throw networkErrorOf(error);
  }
  if (!response.ok) throw httpApiErrorOf(response.status, await response.text().catch(() => ''));
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName;

  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  try {
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        onProgress({ received, total });
      }
    } else {
      const whole = new Uint8Array(await response.arrayBuffer());
      chunks.push(whole);
      received = whole.length;
      onProgress({ received, total });
    }
  } catch (error) {
    throw networkErrorOf(error);
  }
  if (total !== null && received !== total) throw httpApiErrorOf(0, '');
  saveBlob(new Blob(chunks as BlobPart[], { type }), fileName);
  return fileName;
}
