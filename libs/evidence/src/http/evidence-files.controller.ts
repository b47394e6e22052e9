import { Controller, Get, Inject, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { type Actor, ErrorCode, notLoggedIn } from '@accredit/api-kit';
import { EvidenceCommands, type PreparedUpload } from '../evidence-commands.service';
import { EvidenceQueries } from '../evidence-queries.service';
import { EVIDENCE_SETTINGS, type EvidenceSettings } from '../evidence-settings';
import { EVIDENCE_STORE, type EvidenceStore } from '../storage/evidence-store';
import { StagingArea } from '../storage/staging-area';
import { PREVIEWABLE } from '../upload/content-type';
import { create as contentDisposition } from 'content-disposition';
import { downloadName } from '../upload/file-name';
import { type ReceivedUpload, receiveUpload, tooLarge } from '../upload/upload-receiver';
import { parseRange } from './byte-range';
import { HttpErrorFilter } from '@accredit/api-kit';
import type { EvidenceUploadAnswer } from '@accredit/upload-contract';
import { assertUploadHeader, refuseUpload } from './upload-guards';
import { EvidenceRefusal, evidenceError } from '../evidence.exception';

export { UPLOAD_CSRF_HEADER } from './upload-guards';

type ActorRequest = Request & { actor?: Actor };

function parseVersion(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(number) || number < 1) throw evidenceError(EvidenceRefusal.BadVersion, `版本号 version 应为正整数，收到「${String(value)}」`, { version: value });
  return number;
}

/**
 * Evidence files over plain HTTP: a streamed multipart upload (returns ids as JSON, followed by
 * GraphQL), and download / inline preview with Range support. Access is decided by the one
 * access policy (AccessGuard: 'HTTP POST /api/evidence/upload' …) and, per row, by the services.
 */
@Controller('api/evidence')
@UseFilters(HttpErrorFilter)
export class EvidenceFilesController {
  constructor(
    private readonly commands: EvidenceCommands,
    private readonly queries: EvidenceQueries,
    private readonly staging: StagingArea,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceSettings,
  ) {}

  /**
   * multipart/form-data: fields taskId, requirementCode (1-1 …; leave out to upload a file for
   * replaceEvidence), kind, description, refersTo (YYYY-MM-DD), then one or more files.
   */
  @Post('upload')
  async upload(@Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    assertUploadHeader(req);
    const { maxBytes, maxFilesPerUpload } = this.settings;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes * maxFilesPerUpload + 1024 * 1024) {
      return refuseUpload(req, res, tooLarge('（本次上传）', maxBytes));
    }

    let prepared: PreparedUpload | null = null;
    let received: ReceivedUpload;
    try {
      received = await receiveUpload(req, this.staging, { maxBytes, maxFiles: maxFilesPerUpload }, async (fields) => {
        prepared = await this.commands.prepareUpload(actor, fields);
      });
    } catch (error) {
      return refuseUpload(req, res, error);
    }
    const files = await this.commands.commitUpload(actor, prepared!, received.files, this.staging);
    res.status(201).json({ files } satisfies EvidenceUploadAnswer);
  }

  @Get(':evidenceId/download')
  download(@Param('evidenceId') evidenceId: string, @Query('version') version: unknown, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    return this.serve(req, res, evidenceId, parseVersion(version), 'attachment');
  }

  @Get(':evidenceId/preview')
  preview(@Param('evidenceId') evidenceId: string, @Query('version') version: unknown, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    return this.serve(req, res, evidenceId, parseVersion(version), 'inline');
  }

  private async serve(req: ActorRequest, res: Response, evidenceId: string, version: number | undefined, mode: 'inline' | 'attachment'): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    const file = await this.queries.fileForDownload(actor, evidenceId, version);
    const stored = await this.store.stat(file.sha256);
    if (!stored || stored.size !== Number(file.size)) {
      throw evidenceError(EvidenceRefusal.ContentMissing, '文件内容在存储中缺失或已损坏，请联系系统管理员（可运行 evidence:verify 检查）', { fileId: file.id, sha256: file.sha256 });
    }
    const size = stored.size;
    const inline = mode === 'inline' && PREVIEWABLE.has(file.mediaType);
    const etag = `"${file.sha256}"`;
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', contentDisposition(downloadName(file.name, file.mediaType), { type: inline ? 'inline' : 'attachment' }));
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', file.uploadedAt.toUTCString());
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!(inline && file.mediaType === 'application/pdf')) res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const ifRange = req.headers['if-range'];
    const range = ifRange && ifRange !== etag ? null : parseRange(req.headers.range, size);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${size}`);
      res.removeHeader('Content-Disposition');
      res.status(416).json({ errors: [{ message: `请求的字节范围超出文件大小（${size} 字节）`, extensions: { code: ErrorCode.Validation, details: { size } } }] });
      return;
    }
    if (range) {
      res.status(206);
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.status(200);
      res.setHeader('Content-Length', String(size));
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const body = await this.store.read(file.sha256, range ?? undefined);
    await pipeline(body, res).catch(() => {
      // The client went away or the store failed mid-way; the connection is closed either way.
      if (!res.writableEnded) res.destroy();
    });
  }
}
