import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { CampaignModel, Campaign, CampaignParticipant, CampaignParticipantModel, toCampaignModel, toParticipantModel } from '@accredit/campaigns';
import { Task, TaskModel, toTaskModel } from '@accredit/tasks';
import { TransitionResultModel } from './workflow.model';

/**
 * The object a transition changed, as the client's cache knows it (`Task:<id>`,
 * `Campaign:<id>`): selecting it in the mutation updates every screen showing that object.
 */
@Resolver(() => TransitionResultModel)
export class TransitionResultResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => TaskModel, { nullable: true, description: '流转后的任务（对象类型为 task 时）' })
  async task(@Parent() result: TransitionResultModel): Promise<TaskModel | null> {
    if (result.entityType !== 'task') return null;
    const task = await this.em.findOne(Task, result.id, { refresh: true });
    return task ? toTaskModel(task) : null;
  }

  @ResolveField(() => CampaignModel, { nullable: true, description: '流转后的创建工作（对象类型为 campaign 时）' })
  async campaign(@Parent() result: TransitionResultModel): Promise<CampaignModel | null> {
    if (result.entityType !== 'campaign') return null;
    const campaign = await this.em.findOne(Campaign, result.id, { refresh: true });
    return campaign ? toCampaignModel(campaign) : null;
  }

  @ResolveField(() => CampaignParticipantModel, { nullable: true, description: '流转后的参与单位（对象类型为 participant 时）' })
  async participant(@Parent() result: TransitionResultModel): Promise<CampaignParticipantModel | null> {
    if (result.entityType !== 'participant') return null;
    const participant = await this.em.findOne(CampaignParticipant, result.id, { refresh: true });
    return participant ? toParticipantModel(participant) : null;
  }
}
