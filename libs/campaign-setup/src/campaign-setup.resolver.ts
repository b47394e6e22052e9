import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { hasRole, requireActor } from '@accredit/api-kit';
import { CampaignSetupService } from './campaign-setup.service';

@InputType({ description: '从模板设置一项创建工作' })
export class SetUpCampaignInput {
  @Field({ description: '创建工作模板（YAML，格式同 libs/campaign-setup/templates/shapingba-2021-2025.yaml）' })
  template!: string;

  @Field({ nullable: true, description: '创建工作所用流程（最新版），默认 campaign' })
  workflowKey?: string;

  @Field({ nullable: true, description: '任务所用流程（最新版），默认 task' })
  taskWorkflowKey?: string;
}

@ObjectType('SetUpCampaignResult', { description: '设置结果' })
export class SetUpCampaignResult {
  @Field(() => ID)
  campaignId!: string;

  @Field({ description: '是否新建（false 表示已存在，未做修改）' })
  created!: boolean;

  @Field(() => Int, { description: '生成的任务数' })
  tasks!: number;
}

@Resolver()
export class CampaignSetupResolver {
  constructor(private readonly setup: CampaignSetupService) {}

  @Mutation(() => SetUpCampaignResult, { description: '从模板设置创建工作：部门、部门组、指标体系、阶段和任务；重复设置不做修改' })
  async setUpCampaign(@Args('input') input: SetUpCampaignInput, @Context() context: object): Promise<SetUpCampaignResult> {
    const actor = requireActor(context);
    // An office admin sets up campaigns of their own district; a platform admin, any.
    const organisationId = hasRole(actor, 'system_admin') && !actor.organisationId ? null : actor.organisationId;
    const result = await this.setup.setUp(input.template, { workflowKey: input.workflowKey, taskWorkflowKey: input.taskWorkflowKey, organisationId, actor });
    return Object.assign(new SetUpCampaignResult(), { campaignId: result.campaignId, created: result.created, tasks: result.tasks });
  }
}
