import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { type Actor, requireActor } from '@accredit/api-kit';
import type { Campaign } from '@accredit/campaigns';
import type { ObjectionState } from './participant-objection.entity';
import type { ParticipantObjection } from './participant-objection.entity';
import { ParticipantObjectionsService } from './participant-objections.service';

export const ObjectionStateEnum: { [K in ObjectionState]: K } = { open: 'open', answered: 'answered' };
registerEnumType(ObjectionStateEnum, {
  name: 'ObjectionState',
  description: '异议的状态',
  valuesMap: { open: { description: '待答复' }, answered: { description: '已答复' } },
});

@ObjectType('ParticipantObjection', { description: '公示期内对参与单位提出的异议及主办单位的答复' })
export class ParticipantObjectionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '所针对的参与单位；读 participant' })
  participantId!: string;

  @Field(() => ID, { description: '所属的创建工作；读 campaign' })
  campaignId!: string;

  /** Whether the reader may see the participant (and so its campaign): not a field, it gates the links. */
  linksReadable!: boolean;

  @Field(() => String, { description: '异议内容' })
  content!: string;

  @Field(() => ObjectionStateEnum)
  state!: ObjectionState;

  @Field(() => Date)
  filedAt!: Date;

  @Field(() => String, { nullable: true, description: '提出人：只有主办单位看得到；其他人看到的是空' })
  filedByName!: string | null;

  @Field(() => String, { nullable: true, description: '答复内容；待答复时为空' })
  answer!: string | null;

  @Field(() => String, { nullable: true })
  answeredByName!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

@InputType({ description: '对公示中的参与单位提出异议' })
export class FileObjectionInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => String, { description: '异议内容（不超过 2000 字）' })
  content!: string;
}

@InputType({ description: '答复一条异议' })
export class AnswerObjectionInput {
  @Field(() => ID)
  objectionId!: string;

  @Field(() => String, { description: '答复内容（不超过 2000 字）' })
  answer!: string;
}

/** Objections during publicity (公示期异议): filed by anyone logged in, answered by the owner's office. */
@Resolver(() => ParticipantObjectionModel)
export class ParticipantObjectionsResolver {
  constructor(private readonly objections: ParticipantObjectionsService) {}

  @Query(() => [ParticipantObjectionModel], { description: '对一个参与单位提出的异议（能看到该参与单位的人可以查看）' })
  async participantObjections(@Args('participantId', { type: () => ID }) participantId: string, @Context() context: object): Promise<ParticipantObjectionModel[]> {
    const actor = requireActor(context);
    const rows = await this.objections.ofParticipant(actor, participantId);
    return rows.map((row) => this.toModel(actor, row));
  }

  @Query(() => [ParticipantObjectionModel], { description: '本单位主办的创建工作收到的异议（openOnly：只看待答复的）' })
  async campaignObjections(
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('openOnly', { type: () => Boolean, nullable: true, defaultValue: false }) openOnly: boolean,
    @Context() context: object,
  ): Promise<ParticipantObjectionModel[]> {
    const actor = requireActor(context);
    return (await this.objections.ofCampaign(actor, campaignId, openOnly)).map((row) => this.toModel(actor, row));
  }

  @Mutation(() => ParticipantObjectionModel, { description: '在公示期内对公示中的参与单位提出异议（任何登录用户）' })
  async fileObjection(@Args('input') input: FileObjectionInput, @Context() context: object): Promise<ParticipantObjectionModel> {
    const actor = requireActor(context);
    return this.toModel(actor, await this.objections.file(actor, input.participantId, input.content), true);
  }

  @Mutation(() => ParticipantObjectionModel, { description: '主办单位的办公室管理员答复异议' })
  async answerObjection(@Args('input') input: AnswerObjectionInput, @Context() context: object): Promise<ParticipantObjectionModel> {
    const actor = requireActor(context);
    return this.toModel(actor, await this.objections.answer(actor, input.objectionId, input.answer));
  }

  /** The filer's name goes to the owner's office only (and back to the filer who just filed). */
  private toModel(actor: Actor, row: ParticipantObjection, ownFiling = false): ParticipantObjectionModel {
    const campaign = row.campaign.getEntity() as Campaign;
    // The lists are read only by those who see the participant (or own the campaign); a filer
    // may be anyone logged in, who sees the participant only if its place says so.
    return {
      linksReadable: !ownFiling || this.objections.seesParticipant(actor, row),
      id: row.id,
      participantId: row.participant.id,
      campaignId: row.campaign.id,
      content: row.content,
      state: row.state,
      filedAt: row.filedAt,
      filedByName: ownFiling || this.objections.showsFiler(actor, campaign) ? row.filedByName : null,
      answer: row.answer ?? null,
      answeredByName: row.answer ? (row.answeredByName ?? null) : null,
      answeredAt: row.answeredAt ?? null,
    };
  }
}
