import { Args, Context, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { type ParticipantQuotaFigure, ParticipantQuotasService } from './participant-quotas.service';

@ObjectType('ParticipantQuota', { description: '参与单位流程中一个名额限制的当前用量，如“已推荐 3 / 名额 5”（与名额不足时的拒绝理由同一算法）' })
export class ParticipantQuotaModel {
  @Field(() => String, { description: '受名额限制的操作（事件键，如 recommend；流程定义中声明，故为文字）' })
  event!: string;

  @Field(() => String, { description: '操作名称，如“推荐”' })
  eventLabel!: string;

  @Field(() => String, { nullable: true, description: '按区域计算时的区域（如“四川省”）；全创建工作统一计算时为空' })
  region!: string | null;

  @Field(() => Int, { description: '已占名额（处于该名额所计状态的数量）' })
  taken!: number;

  @Field(() => Int, { description: '此前已占（如本省此前批次已命名的县），已从 allowed 中扣除' })
  already!: number;

  @Field(() => Int, { description: '名额基数算出的上限（如县级单位数的 20% 取整）' })
  cap!: number;

  @Field(() => Int, { description: '本次可占的名额（cap − already）；taken 达到它时操作被拒绝' })
  allowed!: number;
}

/** Quota figures of a campaign's participant workflow, for the page that recommends. */
@Resolver()
export class ParticipantQuotasResolver {
  constructor(private readonly quotas: ParticipantQuotasService) {}

  @Query(() => [ParticipantQuotaModel], { description: '参与单位流程各名额的用量（按省计算的逐省给出，只含本人能看到的参与单位所在的省）' })
  async participantQuotas(@Args('campaignId', { type: () => ID }) campaignId: string, @Context() context: object): Promise<ParticipantQuotaFigure[]> {
    return this.quotas.ofCampaign(requireActor(context), campaignId);
  }
}
