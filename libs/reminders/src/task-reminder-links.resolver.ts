import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { DepartmentModel, OrganisationsService, departmentLoader, toDepartmentModel } from '@accredit/organisations';
import { TaskModel, taskLoader } from '@accredit/tasks';
import { TaskReminderModel } from './manual-reminders.model';

// A reminder is answered only to whoever just urged a task of their own organisation (the service
// refuses any other task): an office admin or a supervisor, who read all of its tasks and departments.

@Resolver(() => TaskReminderModel)
export class TaskReminderLinks {
  constructor(
    private readonly em: EntityManager,
    private readonly directory: OrganisationsService,
  ) {}

  @ResolveField(() => TaskModel, { description: '被催办的任务' })
  task(@Parent() reminder: TaskReminderModel, @Context() context: object): Promise<TaskModel> {
    return taskLoader(context, this.em).load(reminder.taskId);
  }

  @ResolveField(() => DepartmentModel, { description: '收到催办的责任部门' })
  async department(@Parent() reminder: TaskReminderModel, @Context() context: object): Promise<DepartmentModel> {
    return toDepartmentModel(await departmentLoader(context, this.directory).load(reminder.departmentId));
  }
}
