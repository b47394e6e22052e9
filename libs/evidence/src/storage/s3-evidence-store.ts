import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { type ByteRange, type EvidenceStore, type StoredObject, StoredObjectMissingError, type VerifiedFile, assertSha256 } from './evidence-store';
import { EMPTY_SHA256, signS3Request } from './sigv4';

export interface S3Settings {
  /** e.g. https://s3.example.com or http://127.0.0.1:9000 (MinIO). */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Key prefix inside the bucket, e.g. 'district-500106/'. */
  prefix: string;
  /** Path-style URLs (endpoint/bucket/key), as MinIO and most S3-compatible servers want. */
  forcePathStyle: boolean;
}

interface S3Response {
  status: number;
  headers: IncomingMessage['headers'];
  body: IncomingMessage;
}

async function readText(body: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const xmlValues = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1]);
const xmlUnescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Evidence in an S3-compatible bucket (AWS S3, MinIO, OSS/COS in S3 mode), spoken with node's
 * http(s) and SigV4 signing. Uploads carry the content's sha256 as x-amz-content-sha256, so the
 * server itself refuses bytes that do not match the hash computed while receiving the upload.
 */
export class S3EvidenceStore implements EvidenceStore {
  private readonly endpoint: URL;
  private readonly agent: http.Agent;

  constructor(private readonly settings: S3Settings) {
    this.endpoint = new URL(settings.endpoint);
    this.agent = this.endpoint.protocol === 'https:' ? new https.Agent({ keepAlive: true, maxSockets: 32 }) : new http.Agent({ keepAlive: true, maxSockets: 32 });
  }

  get description(): string {
    return `S3 ${this.endpoint.origin}/${this.settings.bucket}/${this.settings.prefix}`;
  }

  keyOf(sha256: string): string {
    assertSha256(sha256);
    return `${this.settings.prefix}objects/${sha256.slice(0, 2)}/${sha256}`;
  }

  private url(key: string | null, query: Record<string, string> = {}): URL {
    const encodedKey = key === null ? '' : key.split('/').map(encodeURIComponent).join('/');
    const url = this.settings.forcePathStyle
      ? new URL(`${this.endpoint.origin}${this.endpoint.pathname.replace(/\/$/, '')}/${this.settings.bucket}/${encodedKey}`)
      : new URL(`${this.endpoint.protocol}//${this.settings.bucket}.${this.endpoint.host}${this.endpoint.pathname.replace(/\/$/, '')}/${encodedKey}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url;
  }

  private request(method: string, url: URL, options: { headers?: Record<string, string>; body?: Readable; payloadHash?: string; contentLength?: number } = {}): Promise<S3Response> {
    const signed = signS3Request({ method, url, headers: options.headers ?? {}, payloadHash: options.payloadHash ?? EMPTY_SHA256 }, this.settings);
    if (options.contentLength !== undefined) signed['content-length'] = String(options.contentLength);
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = client.request(url, { method, headers: signed, agent: this.agent }, (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }));
      req.on('error', (error) => reject(new Error(`无法连接 S3 存储 ${this.endpoint.origin}：${error.message}`)));
      if (options.body) {
        options.body.on('error', (error) => req.destroy(error));
        options.body.pipe(req);
      } else req.end();
    });
  }

  private async failure(what: string, response: S3Response): Promise<Error> {
    const text = await readText(response.body).catch(() => '');
    const code = xmlValues(text, 'Code')[0] ?? `HTTP ${response.status}`;
    return new Error(`S3 ${what}失败：${code}`);
  }

  async init(): Promise<void> {
    const response = await this.request('HEAD', this.url(null));
    response.body.resume();
    if (response.status === 404) throw new Error(`S3 存储桶 ${this.settings.bucket} 不存在，请先创建，或检查 S3_BUCKET`);
    if (response.status === 403) throw new Error(`无权访问 S3 存储桶 ${this.settings.bucket}，请检查 S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY`);
    if (response.status >= 300) throw new Error(`S3 存储桶 ${this.settings.bucket} 不可用：HTTP ${response.status}`);
  }

  async put(file: VerifiedFile): Promise<{ created: boolean }> {
    const existing = await this.stat(file.sha256);
    if (existing && existing.size === file.size) {
      await unlink(file.path);
      return { created: false };
    }
    const response = await this.request('PUT', this.url(this.keyOf(file.sha256)), {
      headers: { 'content-type': 'application/octet-stream' },
      body: createReadStream(file.path, { highWaterMark: 1024 * 1024 }),
      payloadHash: file.sha256,
      contentLength: file.size,
    });
    if (response.status !== 200) throw await this.failure('上传', response);
    response.body.resume();
    await unlink(file.path);
    return { created: true };
  }

  async stat(sha256: string): Promise<StoredObject | null> {
    const response = await this.request('HEAD', this.url(this.keyOf(sha256)));
    response.body.resume();
    if (response.status === 404) return null;
    if (response.status !== 200) throw new Error(`S3 查询失败：HTTP ${response.status}`);
    return { sha256, size: Number(response.headers['content-length']) };
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    const response = await this.request('GET', this.url(this.keyOf(sha256)), { headers: range ? { range: `bytes=${range.start}-${range.end}` } : {} });
    if (response.status === 404) {
      response.body.resume();
      throw new StoredObjectMissingError(sha256);
    }
    if (response.status !== 200 && response.status !== 206) throw await this.failure('读取', response);
    return response.body;
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | null = null;
    const prefix = `${this.settings.prefix}objects/`;
    do {
      const query: Record<string, string> = { 'list-type': '2', prefix, 'max-keys': '1000' };
      if (token) query['continuation-token'] = token;
      const response = await this.request('GET', this.url(null, query));
      if (response.status !== 200) throw await this.failure('列出对象', response);
      const xml = await readText(response.body);
      for (const block of xml.split('<Contents>').slice(1)) {
        const key = xmlUnescape(xmlValues(block, 'Key')[0] ?? '');
        const size = Number(xmlValues(block, 'Size')[0]);
        const sha256 = key.slice(key.lastIndexOf('/') + 1);
        if (/^[0-9a-f]{64}$/.test(sha256)) yield { sha256, size };
      }
      token = xmlValues(xml, 'IsTruncated')[0] === 'true' ? xmlUnescape(xmlValues(xml, 'NextContinuationToken')[0] ?? '') || null : null;
    } while (token);
  }

  async remove(sha256: string): Promise<void> {
    const response = await this.request('DELETE', this.url(this.keyOf(sha256)));
    response.body.resume();
    if (response.status !== 204 && response.status !== 200 && response.status !== 404) throw new Error(`S3 删除失败：HTTP ${response.status}`);
  }
}
