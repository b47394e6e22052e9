import { Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalDateScalar, requestLoader } from '@accredit/api-kit';
import { CampaignParticipantModel } from '@accredit/campaigns';
import { type ObjectionWindow, ParticipantObjectionsService } from './participant-objections.service';

@ObjectType('ObjectionWindow', { description: '参与单位当前状态接受异议的阶段（如公示期）及其日期' })
export class ObjectionWindowModel {
  @Field(() => String, { description: '阶段名称，如“公示期”' })
  label!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '开始日期；未安排时为空' })
  startsOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '结束日期；未安排时为空' })
  endsOn!: string | null;

  @Field(() => Boolean, { description: '今天能否提出异议（在该阶段的日期之内）' })
  open!: boolean;
}

/**
 * The participant's objection window on its row: the page shows the publicity dates and offers
 * 提出异议 only while they run, instead of letting the user type one the API would refuse.
 */
@Resolver(() => CampaignParticipantModel)
export class ParticipantObjectionWindowResolver {
  constructor(private readonly objections: ParticipantObjectionsService) {}

  @ResolveField(() => ObjectionWindowModel, { nullable: true, description: '当前状态接受异议的阶段（公示期）及日期；当前状态不接受异议时为空' })
  async objectionWindow(@Parent() participant: CampaignParticipantModel, @Context() context: object): Promise<ObjectionWindow | null> {
    if (!participant.state) return null;
    // Rows of a page share campaign and state: one answer per pair.
    const loader = requestLoader<string, ObjectionWindow | null>(context, 'participant.objectionWindow', (keys) =>
      Promise.all(
        keys.map((key) => {
          const [campaignId, state] = key.split('|') as [string, string];
          return this.objections.windowOf(campaignId, state);
        }),
      ),
    );
    return loader.load(`${participant.campaignId}|${participant.state}`);
  }
}
