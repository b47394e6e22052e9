import http from 'node:http';

/** One file of a multipart upload: its bytes in memory, or produced chunk by chunk. */
export interface UploadFile {
  filename: string;
  data: Buffer | (() => AsyncIterable<Buffer>);
  contentType?: string;
  field?: string;
  /** Send the name as RFC 5987 filename*=UTF-8''… (percent-encoded: any byte, control characters included). */
  encodedName?: boolean;
}

export interface UploadOptions {
  /** Bearer token; without it the request is anonymous (or uses `cookie`). */
  token?: string;
  headers?: Record<string, string>;
  /** Fields written after the files instead of before. */
  fieldsLast?: boolean;
  /** Cut the connection after this many body bytes (an aborted upload). */
  abortAfterBytes?: number;
}

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json: any;
  /** True when the client cut the connection itself (abortAfterBytes). */
  aborted?: boolean;
}

const CRLF = '\r\n';
const quote = (value: string) => value.replace(/"/g, '%22').replace(/\r|\n/g, ' ');

/**
 * A streaming multipart/form-data client, written the way browsers write it (UTF-8 file names
 * in filename="…"). It keeps reading the response even when the server answers early and closes
 * while the body is still being sent (a refused over-size upload).
 */
export function uploadMultipart(url: string, fields: Record<string, string>, files: UploadFile[], options: UploadOptions = {}): Promise<HttpResult> {
  const boundary = `----accredit${Math.random().toString(16).slice(2)}`;
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked', ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (result: HttpResult | Error) => {
      if (settled) return;
      settled = true;
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const req = http.request(url, { method: 'POST', headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        let json: unknown = null;
        try {
          json = JSON.parse(body.toString('utf8'));
        } catch {
          json = null;
        }
        done({ status: res.statusCode ?? 0, headers: res.headers, body, json });
      });
      res.on('error', (error) => done(error));
    });
    let responded = false;
    req.on('response', () => (responded = true));
    req.on('error', (error) => {
      // The server may close after answering early; the answer is what counts.
      if (!responded) setTimeout(() => done(error), 200);
    });

    let written = 0;
    const write = async (chunk: Buffer | string): Promise<boolean> => {
      if (req.destroyed || responded) return false;
      let buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (options.abortAfterBytes !== undefined && written + buffer.length >= options.abortAfterBytes) {
        buffer = buffer.subarray(0, options.abortAfterBytes - written);
        req.write(buffer);
        await new Promise((r) => setTimeout(r, 100));
        req.destroy();
        done({ status: 0, headers: {}, body: Buffer.alloc(0), json: null, aborted: true });
        return false;
      }
      written += buffer.length;
      if (!req.write(buffer)) {
        await new Promise<void>((r) => {
          const go = () => {
            req.off('drain', go).off('close', go);
            r();
          };
          req.on('drain', go).on('close', go);
        });
      }
      return !req.destroyed;
    };
    const writeFields = async () => {
      for (const [name, value] of Object.entries(fields)) {
        if (!(await write(`--${boundary}${CRLF}Content-Disposition: form-data; name="${quote(name)}"${CRLF}${CRLF}${value}${CRLF}`))) return false;
      }
      return true;
    };
    void (async () => {
      if (!options.fieldsLast && !(await writeFields())) return;
      for (const file of files) {
        const head = `--${boundary}${CRLF}Content-Disposition: form-data; name="${quote(file.field ?? 'file')}"; ${file.encodedName ? `filename*=UTF-8''${encodeURIComponent(file.filename)}` : `filename="${quote(file.filename)}"`}${CRLF}Content-Type: ${file.contentType ?? 'application/octet-stream'}${CRLF}${CRLF}`;
        if (!(await write(head))) return;
        if (Buffer.isBuffer(file.data)) {
          for (let at = 0; at < file.data.length; at += 256 * 1024) if (!(await write(file.data.subarray(at, at + 256 * 1024)))) return;
        } else {
          for await (const chunk of file.data()) if (!(await write(chunk))) return;
        }
        if (!(await write(CRLF))) return;
      }
      if (options.fieldsLast && !(await writeFields())) return;
      if (await write(`--${boundary}--${CRLF}`)) req.end();
    })().catch((error: Error) => done(error));
  });
}

/** A GET (or HEAD) with a bearer token, the body read whole. */
export async function httpGet(url: string, options: { token?: string; headers?: Record<string, string>; method?: 'GET' | 'HEAD' | 'DELETE' } = {}): Promise<HttpResult> {
  const response = await fetch(url, { method: options.method ?? 'GET', headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers } });
  const body = Buffer.from(await response.arrayBuffer());
  let json: unknown = null;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    json = null;
  }
  return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body, json };
}
