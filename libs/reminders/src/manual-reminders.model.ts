import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType({ description: '催办一项任务' })
export class RemindTaskInput {
  @Field(() => ID, { description: '本单位的一项未完成任务' })
  taskId!: string;
}

@InputType({ description: '催办一个部门在一项创建工作中的全部未完成任务' })
export class RemindDepartmentInput {
  @Field(() => ID, { description: '本单位的创建工作' })
  campaignId!: string;

  @Field(() => ID, { description: '本单位的部门' })
  departmentId!: string;
}

@ObjectType('TaskReminder', { description: '一次催办：催办了哪项任务、通知了哪个部门、几个账号收到' })
export class TaskReminderModel {
  /** For the task and department links. */
  taskId!: string;
  departmentId!: string;

  @Field(() => Int, { description: '收到这条催办的账号数：该部门在用的账号；为 0 时无人收到，请先为该部门开设联络员账号' })
  notified!: number;
}
