import { Args, ArgsType, Context, Field, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { DepartmentGroupModel, DepartmentModel } from './department.model';
import { groupMembersLoader } from './department-loaders';
import { OrganisationsService } from './organisations.service';
import { toDepartmentGroupModel, toDepartmentModel } from './to-department-model';

@ArgsType()
export class DirectoryListArgsType {
  @Field(() => ID, { nullable: true, description: '只看某个单位的（本单位用户只能看本单位；平台系统管理员可看任一单位）' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: '搜索：名称、全称或标签（部门组：名称或说明）中包含的文字' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: '条数，1–500；默认一个单位的全部，平台范围 100 条' })
  first?: number | null;

  @Field(() => Int, { nullable: true, description: '跳过前面多少条（分页）' })
  offset?: number | null;
}

@Resolver(() => DepartmentGroupModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => [DepartmentModel], { description: '责任单位，按单位、任务分解表习惯排序；可按单位和文字筛选、分页（平台范围默认 100 条）' })
  async departments(@Args() args: DirectoryListArgsType, @Context() context: object): Promise<DepartmentModel[]> {
    return (await this.service.listDepartments(requireActor(context), args)).map(toDepartmentModel);
  }

  @Query(() => [DepartmentGroupModel], { description: '部门组及其成员；可按单位和文字筛选、分页（平台范围默认 100 条）' })
  async departmentGroups(@Args() args: DirectoryListArgsType, @Context() context: object): Promise<DepartmentGroupModel[]> {
    return (await this.service.listGroups(requireActor(context), args)).map(toDepartmentGroupModel);
  }

  @ResolveField(() => [DepartmentModel], { description: '成员单位' })
  async members(@Parent() group: DepartmentGroupModel, @Context() context: object): Promise<DepartmentModel[]> {
    return (await groupMembersLoader(context, this.service).load(group.id)).map(toDepartmentModel);
  }
}
