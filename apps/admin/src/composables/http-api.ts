import { tr } from '../plugins/i18n';
// The API's plain HTTP routes (/api/…): file bodies and downloads that do not fit GraphQL. The
// session cookie authenticates (same origin); errors come as JSON {errors:[{message,
// extensions:{code}}]} and are shown with the API's own (Chinese) message.

export class HttpApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly status: number,
  ) {
    super(message);
    this.name = 'HttpApiError';
  }
}

/** The API's message from an error body, else a sentence of ours for the status. */
export function httpApiErrorOf(status: number, body: string): HttpApiError {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
    const messages = [...new Set((parsed.errors ?? []).map((e) => (typeof e.message === 'string' ? e.message.trim() : '')).filter(Boolean))];
    if (messages.length > 0) {
      const code = parsed.errors?.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
      return new HttpApiError(messages.join(tr('messages.listSeparator')), typeof code === 'string' ? code : null, status);
    }
  } catch {
    // Not JSON (a proxy's page): say it in our words.
  }
  if (status === 0) return new HttpApiError(tr('messages.offline'), null, status);
  if (status === 401) return new HttpApiError(tr('messages.sessionInvalid'), 'UNAUTHENTICATED', status);
  if (status === 403) return new HttpApiError(tr('messages.forbidden'), 'FORBIDDEN', status);
  if (status === 413) return new HttpApiError(tr('messages.tooLarge'), null, status);
  if (status >= 500) return new HttpApiError(tr('messages.unavailable', { status }), null, status);
  return new HttpApiError(tr('messages.refused', { status }), null, status);
}

/** A failed fetch (network down, aborted) as an HttpApiError. */
export function networkErrorOf(error: unknown): HttpApiError {
  if (error instanceof HttpApiError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new HttpApiError(tr('messages.cancelled'), 'ABORTED', 0);
  return httpApiErrorOf(0, '');
}

/** POSTs a file as the raw body (application/octet-stream) and reads the JSON answer. */
export async function postFile<T>(path: string, file: Blob, query: Record<string, string | null | undefined>, fetchImpl: typeof fetch = fetch): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== null && value !== undefined && value !== '') params.set(key, value);
  let response: Response;
  try {
    response = await fetchImpl(`${path}?${params.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
      body: file,
    });
  } catch (error) {
    throw networkErrorOf(error);
  }
  const text = await response.text();
  if (!response.ok) throw httpApiErrorOf(response.status, text);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new HttpApiError(tr('messages.unreadable'), null, response.status);
  }
}
