import { EvidenceRefusal, evidenceError, evidenceNotFound } from '../evidence.exception';
import { Controller, Delete, Get, Inject, Param, Patch, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Actor, HttpErrorFilter, notLoggedIn } from '@accredit/api-kit';
import { EvidenceCommands } from '../evidence-commands.service';
import { EVIDENCE_SETTINGS, type EvidenceSettings } from '../evidence-settings';
import { UPLOAD_ID } from '../resumable/resumable-upload-store';
import { ResumableUploads } from '../resumable/resumable-uploads.service';
import { formFieldsOf, parseUploadMetadata, resumableFieldsOf } from '../resumable/upload-metadata';
import { tooLarge } from '../upload/upload-receiver';
import { assertUploadHeader, refuseUpload } from './upload-guards';

type ActorRequest = Request & { actor?: Actor };

function actorOf(req: ActorRequest): Actor {
  if (!req.actor) throw notLoggedIn();
  return req.actor;
}

function assertTusVersion(req: Request): void {
  if (req.headers['tus-resumable'] !== '1.0.0') {
    throw evidenceError(EvidenceRefusal.TusVersion, '请使用 tus 1.0 协议：请求头 Tus-Resumable: 1.0.0', { status: 412, tusVersion: '1.0.0' });
  }
}

/** The declared size: required (deferred lengths are not taken), positive, within EVIDENCE_MAX_BYTES. */
function uploadLength(req: Request, maxBytes: number, fileName: string): number {
  if (req.headers['upload-defer-length'] !== undefined || req.headers['upload-concat'] !== undefined) {
    throw evidenceError(EvidenceRefusal.LengthRequired, '创建上传时须给出文件大小 Upload-Length（不支持延后声明大小或分片合并）');
  }
  const text = req.headers['upload-length'];
  const length = typeof text === 'string' && /^\d{1,16}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(length)) throw evidenceError(EvidenceRefusal.LengthRequired, '缺少或无效的文件大小 Upload-Length（字节数）');
  if (length === 0) throw evidenceError(EvidenceRefusal.Empty, `文件「${fileName}」是空文件（0 字节），请检查后重新选择`, { file: fileName });
  if (length > maxBytes) throw tooLarge(fileName, maxBytes);
  return length;
}

/**
 * Resumable uploads (tus 1.0) for large files on weak networks: POST creates (fields in
 * Upload-Metadata, checked like the multipart form before any byte), HEAD tells the offset,
 * PATCH appends, DELETE cancels; GET answers where the upload stands and, once complete, the
 * file and evidence made from it. Behind the same authentication, access policy ('HTTP PATCH
 * /api/evidence/uploads/:uploadId' …) and CSRF header as the multipart upload; an upload is its
 * creator's only — to anyone else it does not exist.
 */
@Controller('api/evidence/uploads')
@UseFilters(HttpErrorFilter)
export class EvidenceUploadsController {
  constructor(
    private readonly uploads: ResumableUploads,
    private readonly commands: EvidenceCommands,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceSettings,
  ) {}

  @Post()
  async create(@Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    try {
      const actor = actorOf(req);
      assertUploadHeader(req);
      assertTusVersion(req);
      const fields = resumableFieldsOf(parseUploadMetadata(req.get('upload-metadata')));
      uploadLength(req, this.settings.maxBytes, fields.filename);
      // Access to the task and its state, the requirement code, kind, date: refused before any byte.
      await this.commands.prepareUpload(actor, formFieldsOf(fields));
      await this.uploads.create(req, res, fields, actor);
    } catch (error) {
      refuseUpload(req, res, error);
    }
  }

  /** GET: where the upload stands (and its evidence once complete). HEAD (routed here too): tus's offset. */
  @Get(':uploadId')
  async status(@Param('uploadId') uploadId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = actorOf(req);
    if (req.method === 'HEAD') {
      await this.own(actor, uploadId);
      await this.uploads.handle(req, res);
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).json(await this.uploads.status(actor, this.checkedId(uploadId)));
  }

  @Patch(':uploadId')
  async append(@Param('uploadId') uploadId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    try {
      const actor = actorOf(req);
      assertUploadHeader(req);
      assertTusVersion(req);
      const { fields } = await this.own(actor, uploadId);
      await this.uploads.assertStillEditable(actor, fields);
      await this.uploads.handle(req, res);
    } catch (error) {
      refuseUpload(req, res, error);
    }
  }

  @Delete(':uploadId')
  async cancel(@Param('uploadId') uploadId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = actorOf(req);
    assertUploadHeader(req);
    assertTusVersion(req);
    await this.own(actor, uploadId);
    await this.uploads.handle(req, res);
  }

  private checkedId(uploadId: string): string {
    if (!UPLOAD_ID.test(uploadId)) throw evidenceNotFound(EvidenceRefusal.UploadNotFound, '上传', uploadId);
    return uploadId;
  }

  private own(actor: Actor, uploadId: string) {
    return this.uploads.ownUpload(actor, this.checkedId(uploadId));
  }
}
