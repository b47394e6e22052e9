import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small S3-compatible server for tests (no S3 server can run here): path-style buckets, objects
 * in memory, PUT/GET (with Range)/HEAD/DELETE of objects, HEAD of a bucket, ListObjectsV2 and
 * multipart uploads (create, upload part, complete, abort). It checks every request's SigV4
 * signature with its own implementation and, like S3, refuses a body whose sha256 differs from
 * x-amz-content-sha256 or x-amz-checksum-sha256 (BadDigest). What it cannot check it refuses
 * (aws-chunked bodies, other checksum algorithms), so a client that starts sending them fails here.
 */
export interface FakeS3 {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  objects: Map<string, Buffer>;
  createBucket(name: string): void;
  /** Requests seen, as "METHOD /path?query" (for assertions). */
  requests: string[];
  /** Multipart uploads begun and not yet completed or aborted. */
  openUploads(): number;
  /** Answers the next `count` requests with 503 SlowDown (a server under load), after reading them. */
  failNext(count: number): void;
  close(): Promise<void>;
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function xmlError(res: http.ServerResponse, status: number, code: string): void {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`);
}

function signatureValid(req: http.IncomingMessage, url: URL, secret: string, region: string, accessKeyId: string): boolean {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? '');
  if (!auth || auth[1] !== accessKeyId || auth[3] !== region) return false;
  const signed = auth[4].split(';');
  if (!signed.includes('host') || !signed.includes('x-amz-date') || !signed.includes('x-amz-content-sha256')) return false;
  const canonicalHeaders = signed
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .sort()
    .join('&');
  const path = decodeURIComponent(url.pathname)
    .split('/')
    .map((segment) => encode(segment))
    .join('/');
  const canonical = [req.method, path, query, canonicalHeaders, auth[4], String(req.headers['x-amz-content-sha256'])].join('\n');
  const date = String(req.headers['x-amz-date']);
  const scope = `${auth[2]}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', date, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, auth[2]), region), 's3'), 'aws4_request');
  return createHmac('sha256', key).update(toSign).digest('hex') === auth[5];
}

/** With `sessionToken`, every request must carry it (signed) as temporary STS credentials do. */
export async function startFakeS3(options: { region?: string; sessionToken?: string } = {}): Promise<FakeS3> {
  const accessKeyId = 'AKIAFAKES3TEST';
  const secretAccessKey = 'fake/secret+key';
  const region = options.region ?? 'cn-test-1';
  const buckets = new Set<string>();
  const objects = new Map<string, Buffer>();
  const requests: string[] = [];
  const uploads = new Map<string, { id: string; parts: Map<number, Buffer> }>();
  let nextUpload = 1;
  let failures = 0;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (failures > 0) {
        failures -= 1;
        return xmlError(res, 503, 'SlowDown');
      }
      if (!signatureValid(req, url, secretAccessKey, region, accessKeyId)) return xmlError(res, 403, 'SignatureDoesNotMatch');
      if (options.sessionToken !== undefined && (req.headers['x-amz-security-token'] !== options.sessionToken || !/SignedHeaders=[^,]*x-amz-security-token/.test(req.headers.authorization ?? ''))) {
        return xmlError(res, 403, 'InvalidToken');
      }
      const [, bucket, ...rest] = decodeURIComponent(url.pathname).split('/');
      const key = rest.join('/');
      if (!buckets.has(bucket)) return xmlError(res, 404, 'NoSuchBucket');
      const id = `${bucket}/${key}`;
      if (!key) {
        if (req.method === 'HEAD') return res.writeHead(200).end();
        if (req.method === 'GET' && url.searchParams.get('list-type') === '2') {
          const prefix = url.searchParams.get('prefix') ?? '';
          const max = Number(url.searchParams.get('max-keys') ?? 1000);
          const after = url.searchParams.get('continuation-token') ?? '';
          const keys = [...objects.keys()]
            .filter((k) => k.startsWith(`${bucket}/${prefix}`))
            .map((k) => k.slice(bucket.length + 1))
            .sort()
            .filter((k) => k > after);
          const page = keys.slice(0, max);
          const truncated = keys.length > max;
          res.writeHead(200, { 'content-type': 'application/xml' });
          return res.end(
            `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${bucket}</Name><KeyCount>${page.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>` +
              page.map((k) => `<Contents><Key>${k}</Key><Size>${objects.get(`${bucket}/${k}`)!.length}</Size></Contents>`).join('') +
              (truncated ? `<NextContinuationToken>${page[page.length - 1]}</NextContinuationToken>` : '') +
              '</ListBucketResult>',
          );
        }
        return xmlError(res, 400, 'InvalidRequest');
      }
      if (String(req.headers['content-encoding'] ?? '').includes('aws-chunked')) return xmlError(res, 501, 'NotImplemented');
      if (Object.keys(req.headers).some((name) => name.startsWith('x-amz-checksum-') && name !== 'x-amz-checksum-sha256')) return xmlError(res, 501, 'NotImplemented');
      const declared = String(req.headers['x-amz-content-sha256']);
      if (declared !== 'UNSIGNED-PAYLOAD' && declared !== sha256(body)) return xmlError(res, 400, 'XAmzContentSHA256Mismatch');
      const checksum = req.headers['x-amz-checksum-sha256'];
      if (checksum !== undefined && checksum !== Buffer.from(sha256(body), 'hex').toString('base64')) return xmlError(res, 400, 'BadDigest');
      const etag = `"${createHash('md5').update(body).digest('hex')}"`;
      const uploadId = url.searchParams.get('uploadId');
      if (req.method === 'POST' && url.searchParams.has('uploads')) {
        const upload = { id: `upload-${nextUpload++}`, parts: new Map<number, Buffer>() };
        uploads.set(upload.id, upload);
        res.writeHead(200, { 'content-type': 'application/xml' });
        return res.end(
          `<?xml version="1.0" encoding="UTF-8"?><InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${upload.id}</UploadId></InitiateMultipartUploadResult>`,
        );
      }
      if (uploadId !== null) {
        const upload = uploads.get(uploadId);
        if (!upload) return xmlError(res, 404, 'NoSuchUpload');
        if (req.method === 'PUT') {
          upload.parts.set(Number(url.searchParams.get('partNumber')), body);
          return res.writeHead(200, { etag }).end();
        }
        if (req.method === 'DELETE') {
          uploads.delete(uploadId);
          return res.writeHead(204).end();
        }
        if (req.method === 'POST') {
          const numbers = [...body.toString('utf8').matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((match) => Number(match[1]));
          if (!numbers.length || numbers.some((n) => !upload.parts.has(n))) return xmlError(res, 400, 'InvalidPart');
          // Every part but the last must be at least 5 MiB, as on S3.
          if (numbers.slice(0, -1).some((n) => upload.parts.get(n)!.length < 5 * 1024 * 1024)) return xmlError(res, 400, 'EntityTooSmall');
          objects.set(id, Buffer.concat(numbers.map((n) => upload.parts.get(n)!)));
          uploads.delete(uploadId);
          res.writeHead(200, { 'content-type': 'application/xml' });
          return res.end(
            `<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>"multipart-${numbers.length}"</ETag></CompleteMultipartUploadResult>`,
          );
        }
      }
      switch (req.method) {
        case 'PUT': {
          if (req.headers['content-length'] !== String(body.length)) return xmlError(res, 400, 'IncompleteBody');
          objects.set(id, body);
          return res.writeHead(200, { etag }).end();
        }
        case 'HEAD':
        case 'GET': {
          const object = objects.get(id);
          if (!object) return req.method === 'HEAD' ? res.writeHead(404).end() : xmlError(res, 404, 'NoSuchKey');
          const range = /^bytes=(\d+)-(\d+)$/.exec(String(req.headers.range ?? ''));
          if (range) {
            const start = Number(range[1]);
            const end = Math.min(Number(range[2]), object.length - 1);
            res.writeHead(206, { 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${object.length}` });
            return res.end(req.method === 'HEAD' ? undefined : object.subarray(start, end + 1));
          }
          res.writeHead(200, { 'content-length': object.length });
          return res.end(req.method === 'HEAD' ? undefined : object);
        }
        case 'DELETE':
          objects.delete(id);
          return res.writeHead(204).end();
        default:
          return xmlError(res, 405, 'MethodNotAllowed');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId,
    secretAccessKey,
    region,
    objects,
    requests,
    openUploads: () => uploads.size,
    failNext: (count) => {
      failures = count;
    },
    createBucket: (name) => buckets.add(name),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
