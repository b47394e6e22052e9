import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { CampaignDocumentsService, type CheckedCampaignDocument, CampaignsService } from '@accredit/campaigns';
import { EvidenceRefusal, evidenceError, evidenceNotFound } from '../evidence.exception';
import { StoredFileIntake } from '../storage/stored-file-intake.service';

/** What an upload answers: the document and its stored file. */
export interface CampaignDocumentUploadAnswer {
  document: { id: string; kind?: string; title?: string; fileName: string; fileSize: number; fileSha256: string; mediaType: string };
}

/**
 * A campaign document's file (检查报告, 自评报告 …) taken in through the stored-file intake:
 * streamed, typed by content, hashed, stored once per content. The campaigns module records the
 * document; this service runs that and its audit in one transaction once the file is stored.
 */
@Injectable()
export class CampaignDocumentUploads {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly documents: CampaignDocumentsService,
    private readonly intake: StoredFileIntake,
  ) {}

  /**
   * A new document together with its file (fields campaignId, kind, title first, then one file):
   * the fields are checked before any file byte is read, and the record is written only once the
   * file is stored, so a refused or broken upload leaves no document without its file behind.
   */
  async create(actor: Actor, req: Request): Promise<CampaignDocumentUploadAnswer> {
    let checked: CheckedCampaignDocument | undefined;
    return this.intake.receiveOne(
      req,
      async (fields) => {
        // Another organisation's campaign does not exist for this actor (NOT_FOUND, from check).
        checked = await this.documents.check(actor, { campaignId: fields['campaignId'], kind: fields['kind'], title: fields['title'] });
      },
      async (file) => {
        // The intake runs the check before it takes a file, so a stored file always has one.
        const document = checked;
        if (!document) throw evidenceError(EvidenceRefusal.NoFile, '请选择一个文件上传');
        const row = await this.em.transactional(async (em) => {
          const created = this.documents.record(em, actor, document, { sha256: file.sha256, size: file.size, mediaType: file.mediaType, name: file.name });
          await em.flush();
          await appendAudit(em, {
            action: 'campaign_document_file',
            actor,
            entityType: 'campaign_document',
            entityId: created.id,
            details: { campaignId: document.campaignId, kind: document.kind, title: document.title, sha256: file.sha256, size: file.size, name: file.originalName },
          });
          return created;
        });
        return { document: { id: row.id, kind: row.kind, title: row.title, fileName: file.name, fileSize: file.size, fileSha256: file.sha256, mediaType: file.mediaType } };
      },
    );
  }

  /** Another file for an existing document: a new version; the earlier content stays in the store. */
  async replaceFile(actor: Actor, documentId: string, req: Request): Promise<CampaignDocumentUploadAnswer> {
    const document = await this.documents.find(this.em, assertId(documentId, 'documentId'));
    if (!document) throw evidenceNotFound(EvidenceRefusal.DocumentNotFound, '创建工作的文件', documentId);
    // Another organisation's campaign (and so its documents) does not exist for this actor.
    const campaignId = (await this.campaigns.get(document.campaignId, actor).catch(() => Promise.reject(evidenceNotFound(EvidenceRefusal.DocumentNotFound, '创建工作的文件', documentId)))).id;
    return this.intake.receiveOne(
      req,
      async () => undefined,
      async (file) => {
        await this.em.transactional(async (em) => {
          await this.documents.attachFile(em, actor, documentId, { sha256: file.sha256, size: file.size, mediaType: file.mediaType, name: file.name });
          await appendAudit(em, {
            action: 'campaign_document_file',
            actor,
            entityType: 'campaign_document',
            entityId: documentId,
            details: { campaignId, sha256: file.sha256, size: file.size, name: file.originalName },
          });
        });
        return { document: { id: documentId, fileName: file.name, fileSize: file.size, fileSha256: file.sha256, mediaType: file.mediaType } };
      },
    );
  }
}
