import { Context, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { ObjectionWindowModel } from './participant-objection-window.resolver';
import { type PublicisedParticipant, PublicityListService } from './publicity-list.service';

@ObjectType('PublicisedParticipant', { description: '公示中的参与单位（任何登录用户都可对其提出异议）' })
export class PublicisedParticipantModel {
  @Field(() => ID, { description: '参与单位（提出异议时用）' })
  participantId!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => String, { description: '创建工作（批次）名称' })
  campaignName!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => String)
  organisationShortName!: string;

  @Field(() => String, { description: '行政区划代码（组织机构的数据，故为文字）' })
  organisationCode!: string;

  @Field(() => String, { description: '所在省份' })
  province!: string;

  @Field(() => String, { description: '当前状态的名称，如“公示中”（流程定义中的状态名称，故为文字）' })
  status!: string;

  @Field(() => ObjectionWindowModel, { description: '公示期及日期，今天能否提出异议' })
  phase!: ObjectionWindowModel;
}

/**
 * 公示中: every campaign's participants in publicity, for anyone logged in. Filing an objection is
 * open to every logged-in user (fileObjection), so the list is too; it holds no more than the
 * public publicity page does (organisation names and dates).
 */
@Resolver()
export class PublicityListResolver {
  constructor(private readonly lists: PublicityListService) {}

  @Query(() => [PublicisedParticipantModel], { description: '各创建工作中正在公示的参与单位（公示期内任何登录用户都可提出异议）' })
  async publicisedParticipants(@Context() context: object): Promise<PublicisedParticipant[]> {
    requireActor(context);
    return this.lists.everywhere();
  }
}
