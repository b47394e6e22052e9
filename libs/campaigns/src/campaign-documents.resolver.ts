import { Inject, Optional } from '@nestjs/common';
import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppError, groupByKeys, requestLoader, requireActor } from '@accredit/api-kit';
import { CampaignDocument } from './campaign-document.entity';
import { CAMPAIGN_WORKFLOW_VOCABULARY, type CampaignWorkflowVocabulary } from './campaign-workflow-vocabulary';
import { CampaignModel } from './campaign.model';
import { CampaignsService } from './campaigns.service';

@ObjectType('CampaignDocument', { description: '创建工作的文件（如自评报告），流程条件据此判断是否具备' })
export class CampaignDocumentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '文件类别键，如 self-assessment（自评报告）' })
  kind!: string;

  @Field({ description: '标题' })
  title!: string;

  @Field({ description: '登记时间' })
  recordedAt!: Date;

  @Field({ description: '是否已附文件（POST /api/campaign-documents/:id/file 上传）' })
  hasFile!: boolean;

  @Field(() => String, { nullable: true, description: '文件名' })
  fileName!: string | null;

  @Field(() => Int, { nullable: true, description: '文件大小（字节）' })
  fileSize!: number | null;

  @Field(() => String, { nullable: true, description: '文件内容的 sha256' })
  fileSha256!: string | null;

  @Field(() => String, { nullable: true, description: '文件类型（按内容识别），如 application/pdf' })
  fileMediaType!: string | null;

  @Field(() => Date, { nullable: true, description: '文件上传时间' })
  fileUploadedAt!: Date | null;

  /** Who recorded it and who attached the file (user ids); named by CampaignDocumentPeopleResolver. */
  recordedBy!: string;
  fileUploadedBy!: string | null;
}

@InputType({ description: '登记创建工作的文件' })
export class RecordCampaignDocumentInput {
  @Field(() => ID)
  campaignId!: string;

  @Field({ description: '类别键：与流程定义 documents 中的键一致，如 self-assessment' })
  kind!: string;

  @Field({ description: '标题，如「沙坪坝区创建全国科普示范区自评报告」' })
  title!: string;
}

export const toCampaignDocumentModel = (document: CampaignDocument) =>
  Object.assign(new CampaignDocumentModel(), {
    id: document.id,
    kind: document.kind,
    title: document.title,
    recordedAt: document.recordedAt,
    hasFile: Boolean(document.fileSha256),
    fileName: document.fileName ?? null,
    fileSize: document.fileSize == null ? null : Number(document.fileSize),
    fileSha256: document.fileSha256 ?? null,
    fileMediaType: document.fileMediaType ?? null,
    fileUploadedAt: document.fileUploadedAt ?? null,
    recordedBy: document.recordedBy,
    fileUploadedBy: document.fileUploadedBy ?? null,
  });
const toModel = toCampaignDocumentModel;

@Resolver(() => CampaignModel)
export class CampaignDocumentsResolver {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly em: EntityManager,
    @Optional() @Inject(CAMPAIGN_WORKFLOW_VOCABULARY) private readonly vocabulary: CampaignWorkflowVocabulary | null = null,
  ) {}

  @Mutation(() => CampaignDocumentModel, { description: '登记创建工作的文件（如自评报告已完成）' })
  async recordCampaignDocument(@Args('input') input: RecordCampaignDocumentInput, @Context() context: object): Promise<CampaignDocumentModel> {
    const actor = requireActor(context);
    const campaign = await this.campaigns.get(input.campaignId, actor);
    const kind = input.kind.trim();
    const title = input.title.trim();
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(kind)) throw AppError.validation('类别键只能用小写字母、数字和短横线，如 self-assessment');
    if (!title) throw AppError.validation('请填写文件标题');
    if (this.vocabulary) {
      const kinds = await this.vocabulary.documentKinds(campaign.id);
      if (!Object.hasOwn(kinds, kind)) {
        const known = Object.entries(kinds).map(([key, label]) => `${key}（${label}）`);
        throw AppError.validation(`本创建工作的流程没有声明文件类别「${kind}」${known.length ? `，可用：${known.join('、')}` : '，流程未声明任何文件类别'}`, { kind, declared: Object.keys(kinds) });
      }
    }
    const document = this.em.create(CampaignDocument, { campaign, kind, title, recordedBy: actor.userId });
    await this.em.flush();
    return toModel(document);
  }

  @ResolveField(() => [CampaignDocumentModel], { description: '已登记的文件' })
  async documents(@Parent() campaign: CampaignModel, @Context() context: object): Promise<CampaignDocumentModel[]> {
    return (await campaignDocumentsOf(this.em, context, campaign.id)).map(toModel);
  }
}

/** A campaign's recorded documents, oldest first: one statement per request for every campaign asked. */
export function campaignDocumentsOf(em: EntityManager, context: object, campaignId: string): Promise<CampaignDocument[]> {
  const loader = requestLoader(context, 'campaign.documents', async (ids: readonly string[]) =>
    groupByKeys(ids, await em.find(CampaignDocument, { campaign: { $in: [...ids] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } }), (document) => document.campaign.id),
  );
  return loader.load(campaignId);
}
