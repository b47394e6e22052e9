import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CampaignDocumentUse', { description: '需要某文件的流程操作' })
export class CampaignDocumentUseModel {
  @Field({ description: '操作键（availableTransitions 的 event；流程定义中声明，故为文字）' })
  event!: string;

  @Field({ description: '操作名称，如 申报认定' })
  label!: string;

  @Field({ description: '是否须附有文件（仅登记不够）' })
  needsFile!: boolean;
}

/**
 * A document the campaign's workflow asks for (its `documents:`). The workflow runtime fills in
 * kind, label and neededBy from the pinned definition; this module adds what was recorded.
 */
@ObjectType('RequiredCampaignDocument', { description: '创建工作的流程要求的文件（如自评报告），及已登记的情况' })
export class RequiredCampaignDocumentModel {
  /** The campaign it belongs to (for the document fields; not exposed). */
  campaignId!: string;

  @Field({ description: '文件类别键，如 self-assessment（流程定义 documents 中声明，故为文字）' })
  kind!: string;

  @Field({ description: '文件类别名称（流程定义中的名称），如 自评报告' })
  label!: string;

  @Field(() => [CampaignDocumentUseModel], { description: '需要此文件的流程操作（其条件检查此文件），按流程定义中的顺序' })
  neededBy!: CampaignDocumentUseModel[];
}
