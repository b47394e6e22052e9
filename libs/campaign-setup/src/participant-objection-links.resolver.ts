import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { byKeys, requestLoader } from '@accredit/api-kit';
import { CampaignModel, CampaignParticipant, CampaignParticipantModel, CampaignsService, campaignLoader, toCampaignModel, toParticipantModel } from '@accredit/campaigns';
import { ParticipantObjectionModel } from './participant-objections.resolver';

/**
 * An objection's participant and campaign, for readers who may see the participant
 * (participantPlace): the lists are read only by them, but a filer may be anyone logged in, and
 * the participant's organisation, state and campaign are not every filer's to read — so the links
 * are null for such a filer, while the ids stay (the filer named the participant). Batched per request.
 */
@Resolver(() => ParticipantObjectionModel)
export class ParticipantObjectionLinks {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
  ) {}

  @ResolveField(() => CampaignParticipantModel, { nullable: true, description: '所针对的参与单位；看不到该参与单位的人（如提出异议的其他单位用户）读到空' })
  async participant(@Parent() objection: ParticipantObjectionModel, @Context() context: object): Promise<CampaignParticipantModel | null> {
    if (!objection.linksReadable) return null;
    const loader = requestLoader(context, 'participant.byId', async (ids: readonly string[]) => byKeys(ids, await this.em.find(CampaignParticipant, { id: { $in: [...ids] } }), (row) => row.id));
    return toParticipantModel(await loader.load(objection.participantId));
  }

  @ResolveField(() => CampaignModel, { nullable: true, description: '所属的创建工作；与 participant 同样，看不到该参与单位的人读到空' })
  async campaign(@Parent() objection: ParticipantObjectionModel, @Context() context: object): Promise<CampaignModel | null> {
    if (!objection.linksReadable) return null;
    return toCampaignModel(await campaignLoader(context, this.campaigns).load(objection.campaignId));
  }
}
