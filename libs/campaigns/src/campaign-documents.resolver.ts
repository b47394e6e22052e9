import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { groupByKeys, requestLoader, requireActor } from '@accredit/api-kit';
import { CampaignDocument } from './campaign-document.entity';
import { CampaignModel } from './campaign.model';
import { CampaignDocumentsService } from './campaign-documents.service';

@ObjectType('CampaignDocument', { description: '创建工作的文件（如自评报告），流程条件据此判断是否具备' })
export class CampaignDocumentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '文件类别键，如 self-assessment（流程定义 documents 中声明，故为文字）' })
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

  @Field(() => String, { nullable: true, description: '按内容识别的媒体类型（MIME），如 application/pdf：互联网媒体类型的标准写法，下载和预览原样使用，故为文字' })
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

  @Field({ description: '类别键：与流程定义 documents 中的键一致，如 self-assessment（流程定义中声明，故为文字）' })
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
    private readonly recorder: CampaignDocumentsService,
    private readonly em: EntityManager,
  ) {}

  @Mutation(() => CampaignDocumentModel, { description: '登记创建工作的文件（如自评报告已完成）；连同文件一起登记用 POST /api/campaign-documents' })
  async recordCampaignDocument(@Args('input') input: RecordCampaignDocumentInput, @Context() context: object): Promise<CampaignDocumentModel> {
    const actor = requireActor(context);
    const checked = await this.recorder.check(actor, input);
    const document = this.recorder.record(this.em, actor, checked);
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
