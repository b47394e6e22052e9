import { EvidenceRefusal, evidenceError, evidenceNotFound } from '../evidence.exception';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { MemoryLocker, Server, type Upload } from '@tus/server';
import { type Actor, AppError, ErrorCode, httpError, notLoggedIn } from '@accredit/api-kit';
import { EvidenceAccess } from '../evidence-access.service';
import { RESUMABLE_UPLOAD_PATH, type ResumableUploadStatus, type UploadedEvidenceFile } from '@accredit/upload-contract';
import { EvidenceCommands } from '../evidence-commands.service';
import { EVIDENCE_SETTINGS, type EvidenceSettings } from '../evidence-settings';
import { ContentIntents } from '../storage/content-intents.service';
import { EVIDENCE_STORE, type EvidenceStore } from '../storage/evidence-store';
import { SNIFF_BYTES, inspectContainer, sniffContent } from '../upload/content-type';
import { displayName, safeFileName } from '../upload/file-name';
import { refusedType } from '../upload/upload-receiver';
import { type FinishedFile, ResumableUploadStore, type UploadInfo, newUploadId } from './resumable-upload-store';
import { answerAsJson, appErrorOf } from './tus-errors';
import { type ResumableUploadFields, formFieldsOf, resumableFieldsOf } from './upload-metadata';

/** Where tus is mounted (the controller's routes). */
export const RESUMABLE_PATH = RESUMABLE_UPLOAD_PATH;

/** The metadata key the server adds at creation: the user the upload belongs to. */
const OWNER_KEY = 'ownerId';

type ActorRequest = IncomingMessage & { actor?: Actor };
/** The parts of srvx's request that tus hands to its hooks and that we read. */
type HookRequest = { runtime?: { node?: { req: IncomingMessage; res: ServerResponse } } };

/** Mistakes the user can fix by starting again: the upload is removed. Anything else (database down …) keeps it for a retry. */
const REFUSALS = new Set<string>([ErrorCode.Validation, ErrorCode.Forbidden, ErrorCode.NotFound, ErrorCode.TransitionNotAllowed]);

/**
 * Resumable evidence uploads over tus 1.0 (@tus/server with its file store): creation (and
 * creation-with-upload), HEAD for the offset, PATCH, termination, expiration. The partial files
 * stay on this machine's disk under EVIDENCE_DIR/resumable with their owner; once the last byte
 * is in, the upload takes the multipart upload's path: typed by content, hashed, into the
 * content-addressed store, then the file row, the evidence and its event in one transaction.
 * Access, the CSRF header and ownership are checked by the controller before tus sees a request.
 */
@Injectable()
export class ResumableUploads {
  private readonly logger = new Logger('Evidence');
  readonly store: ResumableUploadStore;
  private readonly locker = new MemoryLocker();
  private readonly server: Server;
  /** Checked fields of a creation request, for onUploadCreate (the controller checks; tus creates). */
  private readonly creations = new WeakMap<IncomingMessage, { fields: ResumableUploadFields; ownerId: string }>();

  constructor(
    private readonly commands: EvidenceCommands,
    private readonly access: EvidenceAccess,
    @Inject(EVIDENCE_STORE) private readonly evidenceStore: EvidenceStore,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceSettings,
    private readonly intents: ContentIntents,
  ) {
    this.store = new ResumableUploadStore(join(settings.dir, 'resumable'), this.expiryMs);
    this.server = new Server({
      path: RESUMABLE_PATH,
      datastore: this.store,
      locker: this.locker,
      relativeLocation: true,
      maxSize: settings.maxBytes,
      namingFunction: () => newUploadId(),
      // A finished upload is evidence now; it is deleted as evidence, not as an upload.
      disableTerminationForFinishedUploads: true,
      // Same-origin only: no CORS headers.
      allowedOrigins: [],
      onUploadCreate: async (req, upload) => this.onCreate(req as HookRequest, upload),
      onUploadFinish: async (req, upload) => this.onFinish(req as HookRequest, upload),
      onResponseError: (req, error) => this.errorAnswer(req as HookRequest, error),
    });
  }

  get expiryMs(): number {
    return this.settings.uploadExpiryHours * 3600_000;
  }

  async init(): Promise<void> {
    await this.store.init();
  }

  /** A creation request whose fields the controller has checked: tus creates the upload (and takes its first bytes, if sent). */
  async create(req: ActorRequest, res: ServerResponse, fields: ResumableUploadFields, actor: Actor): Promise<void> {
    this.creations.set(req, { fields, ownerId: actor.userId });
    await this.server.handle(req, res);
  }

  /** HEAD, PATCH or DELETE of an upload the controller has found to be the actor's. */
  async handle(req: ActorRequest, res: ServerResponse): Promise<void> {
    await this.server.handle(req, res);
  }

  /** The upload's record when it exists and is the actor's; not found otherwise (another user's upload does not exist for them). */
  async ownUpload(actor: Actor, uploadId: string): Promise<{ info: UploadInfo; fields: ResumableUploadFields }> {
    const info = await this.store.info(uploadId);
    if (!info || info.metadata?.[OWNER_KEY] !== actor.userId) throw evidenceNotFound(EvidenceRefusal.UploadNotFound, '上传', uploadId);
    return { info, fields: resumableFieldsOf(info.metadata ?? {}) };
  }

  /** Before more bytes of an upload are taken: the actor may still change the task's evidence. */
  async assertStillEditable(actor: Actor, fields: ResumableUploadFields): Promise<void> {
    const task = await this.access.task(actor, fields.taskId, 'change');
    await this.commands.assertEditable(task.id, task.state);
  }

  /** Where the upload stands; a complete upload is finished first (so a lost last answer is recovered here). */
  async status(actor: Actor, uploadId: string): Promise<ResumableUploadStatus> {
    const { info } = await this.ownUpload(actor, uploadId);
    const length = info.size ?? 0;
    const finished = await this.store.finishState(uploadId);
    if (finished?.phase === 'recorded') return { uploadId, offset: length, length, complete: true, file: finished.result };
    const upload = await this.store.getUpload(uploadId).catch((error: unknown) => Promise.reject(appErrorOf(error)));
    if (upload.offset < length) return { uploadId, offset: upload.offset, length, complete: false, file: null };
    return { uploadId, offset: length, length, complete: true, file: await this.finish(actor, uploadId) };
  }

  /**
   * Takes a complete upload into the evidence: one at a time per upload (tus's lock, so no
   * HEAD/PATCH/DELETE runs meanwhile), resumable where a crash or a refusal left it.
   */
  async finish(actor: Actor, uploadId: string): Promise<UploadedEvidenceFile> {
    const lock = this.locker.newLock(uploadId);
    // Finishing is short and cannot stop half-way: a request that wants the lock waits for it.
    await lock.lock(new AbortController().signal, () => undefined);
    try {
      return await this.finishLocked(actor, uploadId);
    } finally {
      await lock.unlock();
    }
  }

  private async finishLocked(actor: Actor, uploadId: string): Promise<UploadedEvidenceFile> {
    const { info, fields } = await this.ownUpload(actor, uploadId);
    let state = await this.store.finishState(uploadId);
    if (state?.phase === 'recorded') return state.result;
    try {
      const prepared = await this.commands.prepareUpload(actor, formFieldsOf(fields));
      if (!state) {
        const upload = await this.store.getUpload(uploadId);
        if (upload.size === undefined || upload.offset !== upload.size) {
          throw evidenceError(EvidenceRefusal.Incomplete, `上传尚未完成：服务器已收到 ${upload.offset} / ${upload.size ?? '?'} 字节，请续传剩余部分`, { offset: upload.offset, size: upload.size });
        }
        state = { phase: 'storing', file: await this.inspect(uploadId, fields, upload.size) };
        await this.store.saveFinishState(uploadId, state);
      }
      const intents = await this.intents.announce([state.file.sha256]);
      const newContent = await this.takeIntoStore(uploadId, state.file);
      const [result] = await this.commands.recordUpload(actor, prepared, [{ ...state.file, path: this.store.dataPath(uploadId) }], [newContent], { uploadId });
      await this.intents.settle(intents);
      await this.store.saveFinishState(uploadId, { phase: 'recorded', result });
      this.logger.log(`续传上传完成：${info.id}（${result.size} 字节，${result.mediaType}）`);
      return result;
    } catch (error) {
      if (error instanceof AppError && REFUSALS.has(error.code)) {
        // Cannot become evidence (wrong type, no longer allowed, task frozen): nothing of it is kept.
        await this.store.discard(uploadId);
      }
      throw error;
    }
  }

  /** Types the complete file by content and hashes it (the running hash when the writes allowed one, else one pass). */
  private async inspect(uploadId: string, fields: ResumableUploadFields, size: number): Promise<FinishedFile> {
    const path = this.store.dataPath(uploadId);
    const originalName = displayName(fields.filename);
    if (size === 0) throw evidenceError(EvidenceRefusal.Empty, `文件「${originalName}」是空文件（0 字节），请检查后重新选择`, { file: originalName });
    const sniffed = await sniffContent(await readHead(path, SNIFF_BYTES));
    let mediaType: string;
    if (sniffed.kind === 'type') mediaType = sniffed.mediaType;
    else if (sniffed.kind === 'zip' || sniffed.kind === 'cfb') {
      const inspected = await inspectContainer(path, sniffed.kind);
      if ('refused' in inspected) throw refusedType(originalName, inspected.refused);
      mediaType = inspected.mediaType;
    } else throw refusedType(originalName, sniffed.detected);
    const sha256 = this.store.takeDigest(uploadId, size) ?? (await hashFile(path));
    return { sha256, size, mediaType, originalName, name: safeFileName(fields.filename) };
  }

  /** Into the content-addressed store; after a crash past this point the content is there and the partial gone. */
  private async takeIntoStore(uploadId: string, file: FinishedFile): Promise<boolean> {
    if (await this.store.hasData(uploadId)) return (await this.evidenceStore.put({ path: this.store.dataPath(uploadId), sha256: file.sha256, size: file.size })).created;
    const stored = await this.evidenceStore.stat(file.sha256);
    if (stored?.size === file.size) return false;
    throw evidenceError(EvidenceRefusal.Lost, '上传的文件内容已丢失（服务器中断时未能保存），请重新上传', { uploadId });
  }

  /** Removes uploads older than the expiry (unfinished ones, and the records of finished ones). */
  async removeExpired(now = Date.now()): Promise<number> {
    let removed = 0;
    for (const [uploadId, touched] of await this.store.uploads()) {
      const info = await this.store.info(uploadId);
      const created = info?.creation_date ? Date.parse(info.creation_date) : touched;
      if (now - created <= this.expiryMs) continue;
      const lock = this.locker.newLock(uploadId);
      try {
        await lock.lock(AbortSignal.timeout(5000), () => undefined);
      } catch {
        continue; // busy: next time
      }
      try {
        await this.store.discard(uploadId);
        removed += 1;
      } finally {
        await lock.unlock();
      }
    }
    return removed;
  }

  private async onCreate(req: HookRequest, _upload: Upload): Promise<{ metadata: Record<string, string> }> {
    const node = req.runtime?.node?.req;
    const creation = node && this.creations.get(node);
    if (!creation) throw evidenceError(EvidenceRefusal.NotCreatedHere, '上传须经由 /api/evidence/uploads 创建');
    const { fields, ownerId } = creation;
    // Only what was checked is kept (the client's other keys are dropped), and the owner.
    const metadata: Record<string, string> = { taskId: fields.taskId, filename: fields.filename, [OWNER_KEY]: ownerId };
    for (const key of ['requirementCode', 'kind', 'description', 'refersTo'] as const) if (fields[key] !== null) metadata[key] = fields[key];
    return { metadata };
  }

  private async onFinish(req: HookRequest, upload: Upload): Promise<{ status_code: number; headers: Record<string, string>; body: string }> {
    const actor = (req.runtime?.node?.req as ActorRequest | undefined)?.actor;
    if (!actor) throw notLoggedIn();
    const file = await this.finish(actor, upload.id);
    const status: ResumableUploadStatus = { uploadId: upload.id, offset: file.size, length: file.size, complete: true, file };
    // tus answers a PATCH with 204; clients accept any 2xx, and this one carries the evidence.
    // A creation that brought the whole file (creation-with-upload) stays 201, with its Location.
    const method = (req as { method?: string }).method;
    return { status_code: method === 'POST' ? 201 : 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(status) };
  }

  private errorAnswer(req: HookRequest, error: unknown): { status_code: number; body: string } {
    const { status, body } = httpError(appErrorOf(error));
    const res = req.runtime?.node?.res;
    if (res) answerAsJson(res);
    return { status_code: status, body: JSON.stringify(body) };
  }
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** One streaming pass: memory stays at the read buffer whatever the size. */
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
