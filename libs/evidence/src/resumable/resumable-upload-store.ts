import { EvidenceRefusal, evidenceError } from '../evidence.exception';
import { type Hash, createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { ERRORS, Upload } from '@tus/server';
import type { UploadedEvidenceFile } from '@accredit/upload-contract';
import { SNIFF_BYTES } from '../upload/content-type';
import { ChunkInspector } from './chunk-inspector';

/** Upload ids: 32 lower-case hex characters (128 random bits), the only names this store takes. */
export const UPLOAD_ID = /^[0-9a-f]{32}$/;

export function newUploadId(): string {
  return randomBytes(16).toString('hex');
}

/** A complete upload, hashed and typed, on its way into the evidence store. */
export interface FinishedFile {
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
  name: string;
}

/**
 * How far finishing an upload got, kept beside it (`<id>.finish.json`) so a crash or a lost
 * answer resumes the work instead of redoing or losing it: `storing` is written before the
 * file goes into the evidence store, `recorded` once its rows are committed.
 */
export type FinishState = { phase: 'storing'; file: FinishedFile } | { phase: 'recorded'; result: UploadedEvidenceFile };

/** What tus keeps in `<id>.json`. */
export interface UploadInfo {
  id: string;
  size?: number;
  offset: number;
  metadata?: Record<string, string | null>;
  creation_date?: string;
}

interface RunningDigest {
  hash: Hash;
  bytes: number;
}

const ignoreMissing = (error: unknown) => ((error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : Promise.reject(error));

/**
 * The partial files of resumable uploads, on local disk always: tus's file store (`<id>` the
 * bytes so far, `<id>.json` the length, metadata and owner), which survives a restart — the
 * offset is the file's size. On top of it, for evidence:
 * - the first bytes are typed by content as they arrive; a refused type removes the upload;
 * - the sha256 runs along with the writes while they follow on from each other (a restart or
 *   an interrupted chunk drops it, and the file is hashed in one pass at the end instead);
 * - a finished upload (`<id>.finish.json`) answers HEAD as complete and takes no more bytes.
 */
export class ResumableUploadStore extends FileStore {
  private readonly digests = new Map<string, RunningDigest>();

  constructor(directory: string, expiryMs: number) {
    super({ directory, expirationPeriodInMilliseconds: expiryMs });
  }

  async init(): Promise<void> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    await chmod(this.directory, 0o700);
  }

  dataPath(id: string): string {
    return join(this.directory, this.checkedId(id));
  }

  private finishPath(id: string): string {
    return join(this.directory, `${this.checkedId(id)}.finish.json`);
  }

  private checkedId(id: string): string {
    if (!UPLOAD_ID.test(id)) throw ERRORS.FILE_NOT_FOUND;
    return id;
  }

  /** The upload's tus record (length, metadata, creation date), or null when there is none. */
  async info(id: string): Promise<UploadInfo | null> {
    if (!UPLOAD_ID.test(id)) return null;
    return ((await this.configstore.get(id)) as UploadInfo | undefined) ?? null;
  }

  async finishState(id: string): Promise<FinishState | null> {
    const text = await readFile(this.finishPath(id), 'utf8').catch(ignoreMissing);
    return text ? (JSON.parse(text) as FinishState) : null;
  }

  /** Written whole and synced before it replaces the previous state: a crash leaves the old or the new, never half. */
  async saveFinishState(id: string, state: FinishState): Promise<void> {
    const path = this.finishPath(id);
    const temp = `${path}.${process.pid}.tmp`;
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(state));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  }

  async hasData(id: string): Promise<boolean> {
    return (await stat(this.dataPath(id)).catch(ignoreMissing)) !== undefined;
  }

  /** The sha256 computed along the writes, when it covers exactly `size` bytes; else null. */
  takeDigest(id: string, size: number): string | null {
    const running = this.digests.get(id);
    this.digests.delete(id);
    return running && running.bytes === size ? running.hash.digest('hex') : null;
  }

  /** Removes everything of an upload; missing parts are fine. */
  async discard(id: string): Promise<void> {
    this.digests.delete(id);
    await Promise.all([this.dataPath(id), join(this.directory, `${id}.json`), this.finishPath(id)].map((path) => unlink(path).catch(ignoreMissing)));
  }

  /** Ids of every upload with anything on disk, with the newest modification time of its files. */
  async uploads(): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (const name of await readdir(this.directory).catch(() => [] as string[])) {
      const id = name.slice(0, 32);
      if (!UPLOAD_ID.test(id)) continue;
      const info = await stat(join(this.directory, name)).catch(() => null);
      if (info) found.set(id, Math.max(found.get(id) ?? 0, info.mtimeMs));
    }
    return found;
  }

  override async create(upload: Upload): Promise<Upload> {
    const created = await super.create(upload);
    await Promise.all([chmod(this.dataPath(upload.id), 0o600), chmod(join(this.directory, `${upload.id}.json`), 0o600)]);
    return created;
  }

  override async getUpload(id: string): Promise<Upload> {
    const finished = await this.finishState(this.checkedId(id));
    if (!finished) return super.getUpload(id);
    // Finished (its file may already be in the evidence store): complete as far as tus is concerned.
    const info = await this.info(id);
    if (!info) throw ERRORS.FILE_NOT_FOUND;
    return new Upload({ id, size: info.size, offset: info.size ?? 0, metadata: info.metadata, creation_date: info.creation_date });
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    if (await this.finishState(this.checkedId(id))) throw evidenceError(EvidenceRefusal.Finished, '这个上传已经完成，不能再追加内容', { uploadId: id });
    let running = this.digests.get(id);
    if (offset === 0) running = { hash: createHash('sha256'), bytes: 0 };
    else if (running && running.bytes !== offset) running = undefined;
    if (running) this.digests.set(id, running);
    else this.digests.delete(id);

    let head: Buffer | null = null;
    let fileName = '';
    if (offset < SNIFF_BYTES) {
      head = offset === 0 ? Buffer.alloc(0) : await this.readHead(id, offset);
      fileName = (await this.info(id))?.metadata?.['filename'] ?? '';
    }
    const inspector = new ChunkInspector({ head, hash: running?.hash ?? null, fileName });
    readable.on('error', (error) => inspector.destroy(error));
    readable.pipe(inspector);
    try {
      const written = await super.write(inspector, id, offset);
      if (running) {
        running.bytes += inspector.bytes;
        if (running.bytes !== written) this.digests.delete(id);
      }
      return written;
    } catch (error) {
      this.digests.delete(id);
      if (inspector.refusal) {
        // Not evidence: nothing of it is kept.
        await this.discard(id);
        throw inspector.refusal;
      }
      throw error;
    }
  }

  override async remove(id: string): Promise<void> {
    if (!(await this.info(id))) throw ERRORS.FILE_NOT_FOUND;
    await this.discard(id);
  }

  private async readHead(id: string, length: number): Promise<Buffer> {
    const handle = await open(this.dataPath(id), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }
}
