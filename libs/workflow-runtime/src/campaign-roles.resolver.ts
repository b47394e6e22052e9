import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { requireActor } from '@accredit/api-kit';
import { campaignLinkResolver } from '@accredit/campaigns';
import { UserModel, toUserModel, userLoader } from '@accredit/identity';
import { type CampaignRoleView, CampaignRolesService } from './campaign-roles.service';
import { CampaignViewEnum } from './workflow-enums';

@ObjectType('DeclaredCampaignRole', { description: '创建工作的流程声明的、可按创建工作指派的角色' })
export class DeclaredCampaignRoleModel {
  @Field({ description: '角色标识，如 inspector（流程自行声明，故为文字）' })
  role!: string;

  @Field({ description: '中文名称，如 检查组成员' })
  label!: string;

  @Field(() => [CampaignViewEnum], { description: '被指派者在本创建工作中可查看的内容' })
  views!: string[];
}

@ObjectType('CampaignRoleAssignment', { description: '一个用户在一个创建工作中担任的流程角色' })
export class CampaignRoleAssignmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: '创建工作的编号；创建工作本身请读 campaign' })
  campaignId!: string;

  @Field(() => ID, { description: '被指派用户的编号；用户本身请读 user' })
  userId!: string;

  @Field({ description: '登录名' })
  username!: string;

  @Field({ description: '姓名' })
  displayName!: string;

  @Field({ description: '角色标识（流程自行声明，故为文字）' })
  role!: string;

  @Field(() => [CampaignViewEnum], { description: '可查看的内容' })
  views!: string[];

  @Field({ description: '指派时间' })
  assignedAt!: Date;
}

@ObjectType('CampaignRoles', { description: '创建工作的流程角色：可指派的角色和已指派的人员' })
export class CampaignRolesModel {
  @Field(() => [DeclaredCampaignRoleModel])
  declared!: DeclaredCampaignRoleModel[];

  @Field(() => [CampaignRoleAssignmentModel])
  assignments!: CampaignRoleAssignmentModel[];
}

@InputType({ description: '在一个创建工作中指派或撤销一个流程角色' })
export class CampaignRoleInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  userId!: string;

  @Field({ description: '流程声明的角色，如 inspector（流程自行声明，故为文字）' })
  role!: string;
}

const toModel = ({ assignment, username, displayName }: CampaignRoleView): CampaignRoleAssignmentModel =>
  Object.assign(new CampaignRoleAssignmentModel(), {
    id: assignment.id,
    campaignId: assignment.campaign.id,
    userId: assignment.userId,
    username,
    displayName,
    role: assignment.role,
    views: assignment.views,
    assignedAt: assignment.assignedAt,
  });

@Resolver()
export class CampaignRolesResolver {
  constructor(private readonly roles: CampaignRolesService) {}

  @Query(() => CampaignRolesModel, { description: '本单位创建工作的流程角色：流程声明了哪些、指派给了谁（办公室管理员）' })
  async campaignRoleAssignments(@Args('campaignId', { type: () => ID }) campaignId: string, @Context() context: object): Promise<CampaignRolesModel> {
    const { declared, assignments } = await this.roles.list(requireActor(context), campaignId);
    return Object.assign(new CampaignRolesModel(), { declared, assignments: assignments.map(toModel) });
  }

  @Mutation(() => CampaignRoleAssignmentModel, { description: '把流程声明的角色指派给本单位或下级单位的用户，只在这个创建工作中有效' })
  async assignCampaignRole(@Args('input') input: CampaignRoleInput, @Context() context: object): Promise<CampaignRoleAssignmentModel> {
    return toModel(await this.roles.assign(requireActor(context), input));
  }

  @Mutation(() => Boolean, { description: '撤销一个用户在创建工作中的流程角色；没有这个指派时返回 false' })
  async revokeCampaignRole(@Args('input') input: CampaignRoleInput, @Context() context: object): Promise<boolean> {
    return this.roles.revoke(requireActor(context), input);
  }
}

/** The assigned user: the campaign's office admin reads the assignments and assigns from the users they may assign. */
@Resolver(() => CampaignRoleAssignmentModel)
export class CampaignRoleAssignmentLinks {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => UserModel, { description: '被指派的用户（本单位或下级单位的）' })
  async user(@Parent() assignment: CampaignRoleAssignmentModel, @Context() context: object): Promise<UserModel> {
    return toUserModel(await userLoader(context, this.em).load(assignment.userId));
  }
}

/** The office admin who reads the assignments reads their campaign. */
export const CampaignRoleAssignmentCampaignLink = campaignLinkResolver(CampaignRoleAssignmentModel, (assignment) => assignment.campaignId, { description: '创建工作' });
