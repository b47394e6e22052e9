import { createReadStream } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { type ByteRange, type EvidenceStore, type StoredObject, StoredObjectMissingError, type VerifiedFile, assertSha256 } from './evidence-store';

export interface S3Settings {
  /** e.g. https://s3.example.com or http://127.0.0.1:9000 (MinIO). */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials (STS) come with a session token. */
  sessionToken?: string;
  /** Key prefix inside the bucket, e.g. 'district-500106/'. */
  prefix: string;
  /** Path-style URLs (endpoint/bucket/key), as MinIO and most S3-compatible servers want. */
  forcePathStyle: boolean;
}

/** Files larger than this go up as a multipart upload of parts this size (S3's minimum part is 5 MiB). */
export const S3_PART_BYTES = 8 * 1024 * 1024;

const SHA256 = /^[0-9a-f]{64}$/;

/** The HTTP status of an SDK failure (also for HEAD answers, which have no error body). */
const statusOf = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);

/**
 * Evidence in an S3-compatible bucket (AWS S3, MinIO, OSS/COS in S3 mode) through the AWS SDK:
 * retries with back-off (bodies are sent from memory, one part at a time, so that they can be
 * sent again), multipart uploads for large files, session tokens. A file up to one part
 * is sent with its sha256 as x-amz-checksum-sha256, so the server itself refuses bytes that do not
 * match the hash computed while receiving the upload; the parts of a larger file are each signed
 * with their own payload hash. Checksums the SDK would add on its own (CRC32, aws-chunked bodies)
 * are off: the hash we already have is the stronger one, and S3-compatible servers vary in theirs.
 */
export class S3EvidenceStore implements EvidenceStore {
  private readonly client: S3Client;
  private readonly origin: string;

  constructor(private readonly settings: S3Settings) {
    this.origin = new URL(settings.endpoint).origin;
    const agentOptions = { keepAlive: true, maxSockets: 32 };
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: {
        accessKeyId: settings.accessKeyId,
        secretAccessKey: settings.secretAccessKey,
        sessionToken: settings.sessionToken,
      },
      maxAttempts: 3,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: {
        connectionTimeout: 5000,
        httpAgent: new http.Agent(agentOptions),
        httpsAgent: new https.Agent(agentOptions),
      },
    });
  }

  get description(): string {
    return `S3 ${this.origin}/${this.settings.bucket}/${this.settings.prefix}`;
  }

  keyOf(sha256: string): string {
    assertSha256(sha256);
    return `${this.settings.prefix}objects/${sha256.slice(0, 2)}/${sha256}`;
  }

  /** A Chinese error naming what failed and S3's own code; a connection failure says so. */
  private failure(what: string, error: unknown): Error {
    if (error instanceof S3ServiceException) return new Error(`S3 ${what}失败：${error.name}（HTTP ${statusOf(error) ?? '?'}）`);
    const message = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error);
    return new Error(`无法连接 S3 存储 ${this.origin}：${message}`);
  }

  async init(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) throw new Error(`S3 存储桶 ${this.settings.bucket} 不存在，请先创建，或检查 S3_BUCKET`);
      if (status === 403) throw new Error(`无权访问 S3 存储桶 ${this.settings.bucket}，请检查 S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY / S3_SESSION_TOKEN`);
      if (status !== undefined) throw new Error(`S3 存储桶 ${this.settings.bucket} 不可用：HTTP ${status}`);
      throw this.failure('连接', error);
    }
  }

  async put(file: VerifiedFile): Promise<{ created: boolean }> {
    const existing = await this.stat(file.sha256);
    if (existing && existing.size === file.size) {
      await unlink(file.path);
      return { created: false };
    }
    const target = {
      Bucket: this.settings.bucket,
      Key: this.keyOf(file.sha256),
      ContentType: 'application/octet-stream',
    };
    try {
      if (file.size <= S3_PART_BYTES) {
        // A buffer, not a stream: the SDK retries only requests whose body it can send again
        // (lib-storage holds each part of a larger file in memory for the same reason).
        const body = await readFile(file.path);
        await this.client.send(
          new PutObjectCommand({
            ...target,
            Body: body,
            ChecksumSHA256: Buffer.from(file.sha256, 'hex').toString('base64'),
          }),
        );
      } else {
        await new Upload({
          client: this.client,
          params: { ...target, Body: createReadStream(file.path, { highWaterMark: 1024 * 1024 }) },
          partSize: S3_PART_BYTES,
          queueSize: 4,
        }).done();
      }
    } catch (error) {
      throw this.failure('上传', error);
    }
    await unlink(file.path);
    return { created: true };
  }

  async stat(sha256: string): Promise<StoredObject | null> {
    const key = this.keyOf(sha256);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      return { sha256, size: Number(head.ContentLength) };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw this.failure('查询', error);
    }
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    const key = this.keyOf(sha256);
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.settings.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (statusOf(error) === 404) throw new StoredObjectMissingError(sha256);
      throw this.failure('读取', error);
    }
  }

  async *list(): AsyncIterable<StoredObject> {
    const pages = paginateListObjectsV2({ client: this.client, pageSize: 1000 }, { Bucket: this.settings.bucket, Prefix: `${this.settings.prefix}objects/` });
    try {
      for await (const page of pages) {
        for (const object of page.Contents ?? []) {
          const key = object.Key ?? '';
          const sha256 = key.slice(key.lastIndexOf('/') + 1);
          if (SHA256.test(sha256)) yield { sha256, size: Number(object.Size) };
        }
      }
    } catch (error) {
      throw this.failure('列出对象', error);
    }
  }

  async remove(sha256: string): Promise<void> {
    const key = this.keyOf(sha256);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
    } catch (error) {
      if (statusOf(error) !== 404) throw this.failure('删除', error);
    }
  }
}
