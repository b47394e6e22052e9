import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requireActor } from '@accredit/api-kit';
import { DepartmentGroupModel, DepartmentModel } from './department.model';
import { groupMembersLoader } from './department-loaders';
import { OrganisationsService } from './organisations.service';
import { toDepartmentGroupModel, toDepartmentModel } from './to-department-model';

@Resolver(() => DepartmentGroupModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => [DepartmentModel], { description: '全部责任单位，按任务分解表习惯排序' })
  async departments(@Context() context: object): Promise<DepartmentModel[]> {
    return (await this.service.listDepartments(requireActor(context))).map(toDepartmentModel);
  }

  @Query(() => [DepartmentGroupModel], { description: '全部部门组及其成员' })
  async departmentGroups(@Context() context: object): Promise<DepartmentGroupModel[]> {
    return (await this.service.listGroups(requireActor(context))).map(toDepartmentGroupModel);
  }

  @ResolveField(() => [DepartmentModel], { description: '成员单位' })
  async members(@Parent() group: DepartmentGroupModel, @Context() context: object): Promise<DepartmentModel[]> {
    return (await groupMembersLoader(context, this.service).load(group.id)).map(toDepartmentModel);
  }
}
