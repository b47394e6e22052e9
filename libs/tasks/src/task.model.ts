import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@accredit/api-kit';
import { ResponsibleRoleEnum } from '@accredit/indicator-systems';
import type { DepartmentModel } from '@accredit/organisations';

@ObjectType('Task', { description: '任务：某部门承担某条评分规则' })
export class TaskModel {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field({ description: '当前状态（任务流程定义中的状态，故为文字）' })
  state!: string;

  @Field(() => ResponsibleRoleEnum, { description: '牵头或配合' })
  role!: string;

  @Field(() => LocalDateScalar, { description: '截止日期' })
  dueOn!: string;

  @Field(() => Int, { description: '版本号（乐观锁：修改时传回）' })
  version!: number;

  campaignId!: string;
  departmentId!: string;
  scoringRuleId!: string;
  /** The department as the reader already has it (a task-table page joins it); else looked up. */
  departmentRow?: DepartmentModel;
}

export const TaskConnection = ConnectionType(TaskModel, 'Task');
