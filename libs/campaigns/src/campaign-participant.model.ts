import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JOINED_BY, type JoinedBy } from './campaign-participant.entity';
import type { CampaignParticipant } from './campaign-participant.entity';

export const ParticipantJoin = Object.fromEntries(JOINED_BY.map((value) => [value, value])) as { [K in JoinedBy]: K };
registerEnumType(ParticipantJoin, {
  name: 'ParticipantJoin',
  description: '参与单位如何加入',
  valuesMap: { owner: { description: '主办单位本身' }, invitation: { description: '主办单位邀请' }, application: { description: '自行申报' } },
});

@ObjectType('CampaignParticipant', { description: '创建工作的参与单位：它的申报、推荐、命名等环节和结果；工作（任务、佐证材料、评分）在它自己的创建工作中' })
export class CampaignParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '所参与的创建工作的编号；创建工作本身请读 campaign' })
  campaignId!: string;

  @Field(() => ID, { description: '参与单位的编号；单位本身请读 organisation' })
  organisationId!: string;

  @Field(() => ParticipantJoin, { description: '如何加入' })
  joinedBy!: JoinedBy;

  @Field(() => String, { nullable: true, description: '参与单位流程中的状态（流程定义中的状态，故为文字）；没有参与单位流程（主办单位自己开展）时为空' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: '结果：流程定义 outcomes 中声明的键，如 named（故为文字）；尚无结果时为空' })
  outcome!: string | null;

  @Field(() => Date, { nullable: true, description: '得出结果的时间' })
  outcomeAt!: Date | null;

  @Field(() => ID, { nullable: true, description: '参与单位自己的创建工作的编号；创建工作本身请读 workCampaign' })
  workCampaignId!: string | null;

  @Field(() => Int, { description: '版本号：流转时作为 expectedVersion 传回' })
  version!: number;

  @Field({ description: '加入时间' })
  createdAt!: Date;
}

export function toParticipantModel(row: CampaignParticipant): CampaignParticipantModel {
  return Object.assign(new CampaignParticipantModel(), {
    id: row.id,
    campaignId: row.campaign.id,
    organisationId: row.organisation.id,
    joinedBy: row.joinedBy,
    state: row.state ?? null,
    outcome: row.outcome ?? null,
    outcomeAt: row.outcomeAt ?? null,
    workCampaignId: row.workCampaign?.id ?? null,
    version: row.version,
    createdAt: row.createdAt,
  });
}
