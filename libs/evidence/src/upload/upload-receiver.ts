import { EvidenceRefusal, evidenceError } from '../evidence.exception';
import { setMaxListeners } from 'node:events';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { AsyncResource } from 'node:async_hooks';
import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { Transform, type TransformCallback, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { AppError } from '@accredit/api-kit';
import type { StagingArea } from '../storage/staging-area';
import { ALLOWED_TYPES_TEXT, SNIFF_BYTES, type Sniffed, inspectContainer, sniffContent } from './content-type';
import { displayName, safeFileName } from './file-name';

/** A file received completely into the staging area, hashed and typed by content. */
export interface ReceivedFile {
  path: string;
  sha256: string;
  size: number;
  mediaType: string;
  /** As the client named it (for display). */
  originalName: string;
  /** Sanitised (for downloads). */
  name: string;
}

export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  files: ReceivedFile[];
}

const MAX_FIELDS = 32;
const MAX_FIELD_BYTES = 16 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} 字节`;
}

export const tooLarge = (name: string, maxBytes: number) =>
  evidenceError(EvidenceRefusal.TooLarge, `文件「${name}」超过大小上限 ${formatBytes(maxBytes)}，请压缩或拆分后再上传`, { status: 413, maxBytes, file: name });

/** Hashes, counts and types the bytes as they flow to disk; refuses a wrong type after the first bytes. */
class Inspector extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  sniffed: Sniffed | null = null;
  private head: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly fileName: string) {
    super({ highWaterMark: 1024 * 1024 });
  }

  private async decide(): Promise<Error | null> {
    this.sniffed = await sniffContent(Buffer.concat(this.head));
    this.head = [];
    return this.sniffed.kind === 'refused' ? refusedType(this.fileName, this.sniffed.detected) : null;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (this.sniffed) return callback(null, chunk);
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SNIFF_BYTES) return callback(null, chunk);
    this.decide().then((refusal) => (refusal ? callback(refusal) : callback(null, chunk)), callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.sniffed || this.headLength === 0) return callback();
    this.decide().then((refusal) => callback(refusal), callback);
  }
}

export function refusedType(name: string, detected: string): AppError {
  return evidenceError(EvidenceRefusal.TypeNotAllowed, `文件「${name}」的类型不允许上传（检测为：${detected}）。只能上传 ${ALLOWED_TYPES_TEXT}`, {
    file: name,
    detected,
  });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return evidenceError(EvidenceRefusal.DiskFull, '服务器存储空间不足，请联系系统管理员');
  if (error instanceof Error && /Unexpected end of form|Malformed|boundary|Unexpected end of (multipart|file)/i.test(error.message)) {
    return evidenceError(EvidenceRefusal.Malformed, '上传的数据不完整或格式不正确，请重新上传');
  }
  throw error;
}

/**
 * Reads a multipart/form-data request as it arrives (busboy): fields first, then each file
 * streamed to a temp file while its sha256 and size are computed and its type checked by the
 * first bytes, the size limit enforced on the way (from the parser's limit event, and again from
 * the count). Nothing is held whole in memory. On any refusal or an aborted request every temp
 * file of the request is removed before the promise settles, so nothing half-written stays.
 *
 * `beforeFirstFile` runs once, with the fields received so far, before any file byte is written:
 * the caller checks access and the task's state there.
 */
export function receiveUpload(req: IncomingMessage, staging: StagingArea, limits: UploadLimits, beforeFirstFile: (fields: Record<string, string>) => Promise<void>): Promise<ReceivedUpload> {
  return new Promise<ReceivedUpload>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        preservePath: true, // the full name as sent; sanitised by us, kept for display
        defParamCharset: 'utf8', // browsers send UTF-8 names in filename="…"
        // busboy reports its limit on reaching it exactly: one byte more, so a file of exactly maxBytes passes.
        limits: { fileSize: limits.maxBytes + 1, files: limits.maxFiles, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: limits.maxFiles + MAX_FIELDS, headerPairs: 64 },
      });
    } catch {
      reject(evidenceError(EvidenceRefusal.NotMultipart, '请使用 multipart/form-data 格式上传文件'));
      return;
    }

    const fields: Record<string, string> = {};
    const files: ReceivedFile[] = []; // in the order of the request, whatever order they finish in
    const work: Promise<void>[] = [];
    const tempPaths = new Set<string>();
    const abort = new AbortController();
    // One abort listener per file of the request is expected, not a leak.
    setMaxListeners(limits.maxFiles + 2, abort.signal);
    let failure: AppError | Error | null = null;
    let checked: Promise<void> | null = null;
    let settled = false;

    const finish = async () => {
      if (settled) return;
      settled = true;
      await Promise.allSettled(work);
      if (failure) {
        await Promise.allSettled([...tempPaths].map((path) => staging.discard(path)));
        reject(failure);
      } else resolve({ fields, files: files.filter(Boolean) });
    };

    const fail = (error: unknown) => {
      if (failure) return;
      try {
        failure = toAppError(error);
      } catch (unexpected) {
        failure = unexpected as Error;
      }
      abort.abort(failure);
      req.unpipe(parser);
      req.resume(); // drain what the client still sends; the response says why
      void finish();
    };

    // Parser events arrive from the socket: run the check in the request's own async context
    // (the ORM's request context lives there).
    const check = AsyncResource.bind(beforeFirstFile);
    const receiveFile = async (stream: Readable, filename: string, index: number): Promise<void> => {
      checked ??= check({ ...fields });
      await checked;
      const originalName = displayName(filename);
      const name = safeFileName(filename);
      const path = staging.newPath();
      tempPaths.add(path);
      const inspector = new Inspector(originalName);
      const onLimit = () => inspector.destroy(tooLarge(originalName, limits.maxBytes));
      stream.once('limit', onLimit);
      const out = createWriteStream(path, { flags: 'wx', mode: 0o600, flush: true, highWaterMark: 1024 * 1024 });
      try {
        await pipeline(stream, inspector, out, { signal: abort.signal });
      } catch (error) {
        // The temp file is removed by the caller of fail(); let its descriptor close first.
        if (!out.closed) await once(out, 'close').catch(() => undefined);
        throw error;
      }
      if ((stream as Readable & { truncated?: boolean }).truncated || inspector.size > limits.maxBytes) throw tooLarge(originalName, limits.maxBytes);
      if (inspector.size === 0 && filename === '') {
        // A browser form's file input left empty: nothing was chosen, nothing to keep.
        await staging.discard(path);
        tempPaths.delete(path);
        return;
      }
      if (inspector.size === 0) throw evidenceError(EvidenceRefusal.Empty, `文件「${originalName}」是空文件（0 字节），请检查后重新选择`, { file: originalName });
      let mediaType: string;
      const sniffed = inspector.sniffed!;
      if (sniffed.kind === 'type') mediaType = sniffed.mediaType;
      else if (sniffed.kind === 'zip' || sniffed.kind === 'cfb') {
        const inspected = await inspectContainer(path, sniffed.kind);
        if ('refused' in inspected) throw refusedType(originalName, inspected.refused);
        mediaType = inspected.mediaType;
      } else throw refusedType(originalName, sniffed.detected);
      files[index] = { path, sha256: inspector.hash.digest('hex'), size: inspector.size, mediaType, originalName, name };
    };

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) return fail(evidenceError(EvidenceRefusal.FieldTooLong, `表单字段 ${name} 过长`, { field: name }));
      fields[name] = value;
    });
    parser.on('file', (_field, stream, info) => {
      if (failure) {
        stream.resume();
        return;
      }
      work.push(
        receiveFile(stream, info.filename ?? '', work.length).catch((error: unknown) => {
          stream.resume();
          fail(error);
        }),
      );
    });
    parser.on('filesLimit', () => fail(evidenceError(EvidenceRefusal.TooManyFiles, `一次最多上传 ${limits.maxFiles} 个文件，请分批上传`, { maxFiles: limits.maxFiles })));
    parser.on('fieldsLimit', () => fail(evidenceError(EvidenceRefusal.TooManyFields, '表单字段过多')));
    parser.on('partsLimit', () => fail(evidenceError(EvidenceRefusal.TooManyParts, '表单内容过多')));
    parser.on('error', (error) => fail(error));
    parser.on('close', () => {
      if (failure) return;
      void Promise.allSettled(work).then(() => {
        if (!failure && !files.some(Boolean)) fail(evidenceError(EvidenceRefusal.NoFile, '没有收到文件，请选择要上传的文件'));
        void finish();
      });
    });
    req.on('error', (error) => fail(evidenceError(EvidenceRefusal.Aborted, '上传连接出错，文件未保存，请重新上传', { cause: error.message })));
    req.on('close', () => {
      if (!req.complete) fail(evidenceError(EvidenceRefusal.Aborted, '上传被中断，文件未保存，请重新上传'));
    });
    req.pipe(parser);
  });
}
