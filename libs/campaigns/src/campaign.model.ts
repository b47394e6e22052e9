import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@accredit/api-kit';
import { type OrganisationLevel, OrganisationLevelEnum } from '@accredit/organisations';

@ObjectType('CampaignPhase', { description: '创建工作的阶段（筹备/创建/认定）或阶段内的步骤' })
export class CampaignPhaseModel {
  @Field({ description: '阶段键，如 preparation、creation、creation.publicity（由模板或计划定义，故为文字）' })
  key!: string;

  @Field({ description: '阶段名称' })
  name!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '计划开始日期' })
  startsOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '计划结束日期' })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: '说明' })
  description!: string | null;

  @Field(() => [CampaignPhaseModel], { description: '阶段内的步骤' })
  steps!: CampaignPhaseModel[];
}

@ObjectType('Campaign', { description: '一次创建工作（如沙坪坝区创建全国科普示范区）' })
export class CampaignModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '名称' })
  name!: string;

  @Field({ description: '当前状态（创建工作流程定义中的状态，故为文字）' })
  state!: string;

  @Field({ description: '任务默认在此阶段结束时到期（阶段键，由模板或计划定义，故为文字）' })
  taskPhaseKey!: string;

  @Field(() => Int, { description: '版本号（乐观锁：修改时传回）' })
  version!: number;

  @Field(() => ID, { nullable: true, description: '参与单位的创建工作所参与的创建工作的编号；本单位自己开展的为空；创建工作本身请读 parentCampaign' })
  parentCampaignId!: string | null;

  @Field({ description: '是否有其他单位参与（申报或受邀），参与单位各自在自己的创建工作中开展工作' })
  hasParticipants!: boolean;

  @Field(() => OrganisationLevelEnum, { nullable: true, description: '可以申报的单位层级（county 等）；只能受邀参与时为空' })
  applicantLevel!: OrganisationLevel | null;
  @Field(() => ID, { nullable: true, description: '承担本单位工作的部门的编号；部门本身请读 officeDepartment' })
  officeDepartmentId!: string | null;

  organisationId!: string;
  participantWorkflowDefinitionId!: string | null;
  indicatorSystemId!: string;
  workflowDefinitionId!: string;
  taskWorkflowDefinitionId!: string;
}
