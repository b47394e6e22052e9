import { EvidenceRefusal, evidenceError } from '../evidence.exception';
import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, HttpErrorFilter, assertId, notLoggedIn } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { CampaignDocumentsService, type CheckedCampaignDocument, CampaignsService } from '@accredit/campaigns';
import { EVIDENCE_SETTINGS, type EvidenceSettings } from '../evidence-settings';
import { assertUploadHeader, refuseUpload } from '../http/upload-guards';
import { ContentIntents } from '../storage/content-intents.service';
import { EVIDENCE_STORE, type EvidenceStore } from '../storage/evidence-store';
import { StagingArea } from '../storage/staging-area';
import { type ReceivedFile, receiveUpload } from '../upload/upload-receiver';
import { downloadName } from '../upload/file-name';

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
    private readonly staging: StagingArea,
    private readonly intents: ContentIntents,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Inject(EVIDENCE_SETTINGS) private readonly settings: EvidenceSettings,
  ) {}

  /**
   * A new document together with its file (fields campaignId, kind, title first, then one file):
   * the fields are checked before any file byte is read, and the record is written only once the
   * file is stored, so a refused or broken upload leaves no document without its file behind.
   * Replacing is another upload: a new version; the earlier ones stay.
   */
  @Post()
  async create(@Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    let received: ReceivedFile[];
    let checked: CheckedCampaignDocument | undefined;
    try {
      assertUploadHeader(req);
      ({ files: received } = await receiveUpload(req, this.staging, { maxBytes: this.settings.maxBytes, maxFiles: 1 }, async (fields) => {
        // Another organisation's campaign does not exist for this actor (NOT_FOUND, from get).
        checked = await this.documents.check(actor, { campaignId: fields['campaignId'], kind: fields['kind'], title: fields['title'] });
      }));
      if (received.length !== 1 || !checked) throw evidenceError(EvidenceRefusal.NoFile, '请选择一个文件上传');
    } catch (error) {
      return refuseUpload(req, res, error);
    }
    const [file] = received;
    const document = checked;
    let intents: string[] = [];
    try {
      intents = await this.intents.announce([file.sha256]);
      await this.store.put(file);
    } finally {
      await this.staging.discard(file.path).catch(() => undefined);
    }
    const recorded = await this.em.transactional(async (em) => {
      const row = this.documents.record(em, actor, document, { sha256: file.sha256, size: file.size, mediaType: file.mediaType, name: file.name });
      await em.flush();
      await appendAudit(em, { action: 'campaign_document_file', actor, entityType: 'campaign_document', entityId: row.id, details: { campaignId: document.campaignId, kind: document.kind, title: document.title, sha256: file.sha256, size: file.size, name: file.originalName } });
      return row;
    });
    await this.intents.settle(intents);
    res.status(201).json({ document: { id: recorded.id, kind: recorded.kind, title: recorded.title, fileName: file.name, fileSize: file.size, fileSha256: file.sha256, mediaType: file.mediaType } });
  }

  @Post(':documentId/file')
  async upload(@Param('documentId') documentId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    let received: ReceivedFile[];
    let campaignId = '';
    try {
      assertUploadHeader(req);
      const document = await this.documents.find(this.em, assertId(documentId, 'documentId'));
      if (!document) throw AppError.notFound('创建工作的文件', documentId);
      // Another organisation's campaign (and so its documents) does not exist for this actor.
      campaignId = (await this.campaigns.get(document.campaignId, actor).catch(() => Promise.reject(AppError.notFound('创建工作的文件', documentId)))).id;
      ({ files: received } = await receiveUpload(req, this.staging, { maxBytes: this.settings.maxBytes, maxFiles: 1 }, async () => undefined));
      if (received.length !== 1) throw evidenceError(EvidenceRefusal.NoFile, '请选择一个文件上传');
    } catch (error) {
      return refuseUpload(req, res, error);
    }
    const [file] = received;
    let intents: string[] = [];
    try {
      intents = await this.intents.announce([file.sha256]);
      await this.store.put(file);
    } finally {
      await this.staging.discard(file.path).catch(() => undefined);
    }
    await this.em.transactional(async (em) => {
      await this.documents.attachFile(em, actor, documentId, { sha256: file.sha256, size: file.size, mediaType: file.mediaType, name: file.name });
      await appendAudit(em, { action: 'campaign_document_file', actor, entityType: 'campaign_document', entityId: documentId, details: { campaignId, sha256: file.sha256, size: file.size, name: file.originalName } });
    });
    await this.intents.settle(intents);
    res.status(201).json({ document: { id: documentId, fileName: file.name, fileSize: file.size, fileSha256: file.sha256, mediaType: file.mediaType } });
  }

  /** The document's file, as an attachment, to whoever may read the campaign. */
  @Get(':documentId/file')
  async download(@Param('documentId') documentId: string, @Req() req: ActorRequest, @Res() res: Response): Promise<void> {
    const actor = req.actor;
    if (!actor) throw notLoggedIn();
    const document = await this.documents.find(this.em, assertId(documentId, 'documentId'));
    if (!document) throw AppError.notFound('创建工作的文件', documentId);
    await this.campaigns.getReadable(document.campaignId, actor).catch(() => Promise.reject(AppError.notFound('创建工作的文件', documentId)));
    const { file } = document;
    if (!file) throw AppError.notFound('文件的附件', documentId);
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
