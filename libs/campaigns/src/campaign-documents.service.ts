import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@accredit/api-kit';
import { CampaignDocument } from './campaign-document.entity';
import { Campaign } from './campaign.entity';
import { CAMPAIGN_WORKFLOW_VOCABULARY, type CampaignWorkflowVocabulary } from './campaign-workflow-vocabulary';
import { CampaignsService } from './campaigns.service';
import { CampaignsRefusal, campaignsError } from './campaigns.exception';

/** What a new campaign document is, once checked: the campaign (the actor's own), its kind and title. */
export interface CheckedCampaignDocument {
  campaignId: string;
  kind: string;
  title: string;
}

/** A file already stored (by its content hash) to attach to a new record in the same statement. */
export interface CampaignDocumentFile {
  sha256: string;
  size: number;
  mediaType: string;
  name: string;
}

/** A recorded document as the file routes need it: its campaign and the file it holds (null while none). */
export interface StoredCampaignDocument {
  id: string;
  campaignId: string;
  /** `name` is null for a file recorded without one. */
  file: (Omit<CampaignDocumentFile, 'name'> & { name: string | null }) | null;
}

/**
 * Recording a campaign's documents (自评报告 …): the checks (the actor's own campaign, a kind its
 * workflow declares, a title) are shared by the GraphQL mutation and by the upload route, which
 * records the document together with its file so that a refused file leaves no record behind.
 */
@Injectable()
export class CampaignDocumentsService {
  constructor(
    private readonly campaigns: CampaignsService,
    @Inject(CAMPAIGN_WORKFLOW_VOCABULARY) private readonly vocabulary: CampaignWorkflowVocabulary,
  ) {}

  async check(actor: Actor, input: { campaignId?: string | null; kind?: string | null; title?: string | null }): Promise<CheckedCampaignDocument> {
    if (!input.campaignId) throw campaignsError(CampaignsRefusal.CampaignRequired, '请指明创建工作（campaignId）');
    const campaign = await this.campaigns.get(input.campaignId, actor);
    const kind = (input.kind ?? '').trim();
    const title = (input.title ?? '').trim();
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(kind)) throw campaignsError(CampaignsRefusal.BadDocumentKind, '类别键只能用小写字母、数字和短横线，如 self-assessment');
    if (!title) throw campaignsError(CampaignsRefusal.TitleRequired, '请填写文件标题');
    if (title.length > 200) throw campaignsError(CampaignsRefusal.TitleTooLong, '文件标题不能超过 200 个字');
    const kinds = await this.vocabulary.documentKinds(campaign.id);
    if (!Object.hasOwn(kinds, kind)) {
      const known = Object.entries(kinds).map(([key, label]) => `${key}（${label}）`);
      throw campaignsError(CampaignsRefusal.UndeclaredDocumentKind, `本创建工作的流程没有声明文件类别「${kind}」${known.length ? `，可用：${known.join('、')}` : '，流程未声明任何文件类别'}`, {
        kind,
        declared: Object.keys(kinds),
      });
    }
    return { campaignId: campaign.id, kind, title };
  }

  /** Records a checked document (with its file when given) in `em`'s transaction; the caller flushes. */
  record(em: EntityManager, actor: Actor, checked: CheckedCampaignDocument, file?: CampaignDocumentFile): CampaignDocument {
    return em.create(CampaignDocument, {
      campaign: em.getReference(Campaign, checked.campaignId),
      kind: checked.kind,
      title: checked.title,
      recordedBy: actor.userId,
      ...(file ? { fileSha256: file.sha256, fileSize: file.size, fileMediaType: file.mediaType, fileName: file.name, fileUploadedBy: actor.userId, fileUploadedAt: new Date() } : {}),
    });
  }

  /** A document by id with its file, on the caller's `em`, without any access check (the caller checks the campaign). */
  async find(em: EntityManager, documentId: string): Promise<StoredCampaignDocument | null> {
    const [row] = await em.execute<{ campaign_id: string; file_sha256: string | null; file_size: string | null; file_media_type: string | null; file_name: string | null }[]>(
      'select campaign_id, file_sha256, file_size, file_media_type, file_name from campaign_document where id = ?',
      [documentId],
    );
    if (!row) return null;
    const file = row.file_sha256 && row.file_media_type ? { sha256: row.file_sha256, size: Number(row.file_size), mediaType: row.file_media_type, name: row.file_name } : null;
    return { id: documentId, campaignId: row.campaign_id, file };
  }

  /** Links a stored file to a recorded document (replacing the link it had), in `em`'s transaction. */
  async attachFile(em: EntityManager, actor: Actor, documentId: string, file: CampaignDocumentFile): Promise<void> {
    await em.execute('update campaign_document set file_sha256 = ?, file_size = ?, file_media_type = ?, file_name = ?, file_uploaded_by = ?, file_uploaded_at = now() where id = ?', [
      file.sha256,
      file.size,
      file.mediaType,
      file.name,
      actor.userId,
      documentId,
    ]);
  }
}
