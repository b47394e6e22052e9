import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { DepartmentModel, OrganisationsService, departmentLoader, toDepartmentModel } from '@accredit/organisations';
import { TaskModel, taskLoader } from '@accredit/tasks';
import { DepartmentProgressModel, OverdueTaskModel } from './dashboard.model';

// The dashboard's readers (office admin, supervisor, expert) read every task and department of
// the campaign's organisation, so a row links to its task or department without a check of its own.

@Resolver(() => OverdueTaskModel)
export class OverdueTaskLinks {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => TaskModel, { description: '任务（状态、责任部门、佐证材料、可执行的操作等）' })
  task(@Parent() row: OverdueTaskModel, @Context() context: object): Promise<TaskModel> {
    return taskLoader(context, this.em).load(row.taskId);
  }
}

@Resolver(() => DepartmentProgressModel)
export class DepartmentProgressLinks {
  constructor(private readonly directory: OrganisationsService) {}

  @ResolveField(() => DepartmentModel, { description: '部门' })
  async department(@Parent() row: DepartmentProgressModel, @Context() context: object): Promise<DepartmentModel> {
    return toDepartmentModel(await departmentLoader(context, this.directory).load(row.departmentId));
  }
}
