import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DepartmentGroupModel, DepartmentModel, OrganisationsService, departmentGroupLoader, departmentLoader, toDepartmentGroupModel, toDepartmentModel } from '@accredit/organisations';
import { ResponsibleUnitModel } from './indicator.model';

@Resolver(() => ResponsibleUnitModel)
export class ResponsibleUnitResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @ResolveField(() => DepartmentModel, { nullable: true, description: '对应的部门（模板中未绑定时为空）' })
  async department(@Parent() unit: ResponsibleUnitModel, @Context() context: object): Promise<DepartmentModel | null> {
    return unit.departmentId ? toDepartmentModel(await departmentLoader(context, this.organisations).load(unit.departmentId)) : null;
  }

  @ResolveField(() => DepartmentGroupModel, { nullable: true, description: '对应的部门组（模板中未绑定时为空）' })
  async group(@Parent() unit: ResponsibleUnitModel, @Context() context: object): Promise<DepartmentGroupModel | null> {
    return unit.groupId ? toDepartmentGroupModel(await departmentGroupLoader(context, this.organisations).load(unit.groupId)) : null;
  }
}
