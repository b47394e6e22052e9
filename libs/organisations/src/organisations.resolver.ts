import { Args, ArgsType, Context, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, PageArgs, requireActor } from '@accredit/api-kit';
import { DepartmentConnection, DepartmentGroupConnection, DepartmentGroupModel, DepartmentModel } from './department.model';
import { groupMembersLoader } from './department-loaders';
import { OrganisationsService } from './organisations.service';
import { toDepartmentGroupModel, toDepartmentModel } from './to-department-model';

@ArgsType()
export class DirectoryListArgsType extends PageArgs {
  @Field(() => ID, { nullable: true, description: '只看某个单位的（本单位用户只能看本单位；平台系统管理员可看任一单位）' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: '搜索：名称、全称或标签（部门组：名称或说明）中包含的文字' })
  search?: string | null;
}

@Resolver(() => DepartmentGroupModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => DepartmentConnection, { description: '责任单位，按单位、任务分解表习惯排序（排序号、名称）；可按单位和文字筛选，分页' })
  async departments(@Args() args: DirectoryListArgsType, @Context() context: object): Promise<Connection<DepartmentModel>> {
    const page = await this.service.departmentPage(requireActor(context), args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toDepartmentModel(edge.node) })) };
  }

  @Query(() => DepartmentGroupConnection, { description: '部门组及其成员，按单位、排序号、名称排列；可按单位和文字筛选，分页' })
  async departmentGroups(@Args() args: DirectoryListArgsType, @Context() context: object): Promise<Connection<DepartmentGroupModel>> {
    const page = await this.service.groupPage(requireActor(context), args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toDepartmentGroupModel(edge.node) })) };
  }

  @ResolveField(() => [DepartmentModel], { description: '成员单位' })
  async members(@Parent() group: DepartmentGroupModel, @Context() context: object): Promise<DepartmentModel[]> {
    return (await groupMembersLoader(context, this.service).load(group.id)).map(toDepartmentModel);
  }
}
