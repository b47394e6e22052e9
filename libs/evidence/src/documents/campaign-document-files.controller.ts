import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, HttpErrorFilter, assertId, notLoggedIn } from '@accredit/api-kit';
import { CampaignDocumentsService, CampaignsService } from '@accredit/campaigns';
import { assertUploadHeader, refuseUpload } from '../http/upload-guards';
import { EVIDENCE_STORE, type EvidenceStore } from '../storage/evidence-store';
import { downloadName } from '../upload/file-name';
import { CampaignDocumentUploads } from './campaign-document-uploads.service';
import { EvidenceRefusal, evidenceNotFound } from '../evidence.exception';

type ActorRequest = Request & { actor?: Actor };

/**
 * A campaign document's file (检查报告, 自评报告 …), through the evidence storage: streamed,
 * typed by content, hashed, stored once per content. One file per document; uploading again
 * replaces the link (the old content stays in the store). Access: the campaign's own office
 * (AccessGuard: 'HTTP POST /api/campaign-documents/:documentId/file', then the campaign's owner).
 */
@Controller('api/campaign-documents')
@UseFilters(HttpErrorFilter)
export class CampaignDocumentFilesController {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly documents: CampaignDocumentsService,
    private readonly uploads: CampaignDocumentUploads,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
  ) {}

  /** A new document with its file (fields campaignId, kind, title first, then one file). */
  @Post()
  async create(@Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    try {
      assertUploadHeader(req);
      res.status(201).json(await this.uploads.create(actor, req));
    } catch (error) {
      refuseUpload(req, res, error);
    }
  }

  /** Another file for a document: a new version; the earlier ones stay. */
  @Post(':documentId/file')
  async upload(@Param('documentId') documentId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    try {
      assertUploadHeader(req);
      res.status(201).json(await this.uploads.replaceFile(actor, documentId, req));
    } catch (error) {
      refuseUpload(req, res, error);
    }
  }

  /** The document's file, as an attachment, to whoever may read the campaign. */
  @Get(':documentId/file')
  async download(@Param('documentId') documentId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    const document = await this.documents.find(this.em, assertId(documentId, 'documentId'));
    if (!document) throw evidenceNotFound(EvidenceRefusal.DocumentNotFound, '创建工作的文件', documentId);
    await this.campaigns.getReadable(document.campaignId, actor).catch(() => Promise.reject(evidenceNotFound(EvidenceRefusal.DocumentNotFound, '创建工作的文件', documentId)));
    const { file } = document;
    if (!file) throw evidenceNotFound(EvidenceRefusal.DocumentFileNotFound, '文件的附件', documentId);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', contentDisposition(downloadName(file.name ?? 'document', file.mediaType), { type: 'attachment' }));
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.status(200);
    await pipeline(await this.store.read(file.sha256), res).catch(() => {
      if (!res.writableEnded) res.destroy();
    });
  }
}
