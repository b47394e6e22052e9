import { ArgsType, Field, ID, Int, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@accredit/api-kit';

/** Orders of the task table; every one ends in the table's own order, so pages never overlap. */
export enum TaskOrder {
  /** 任务分解表顺序（指标、规则、部门） */
  TABLE = 'TABLE',
  /** 截止日期最早的在前 */
  DUE_ON = 'DUE_ON',
  /** 按部门（部门表顺序） */
  DEPARTMENT = 'DEPARTMENT',
}

registerEnumType(TaskOrder, {
  name: 'TaskOrder',
  description: '任务排序',
  valuesMap: {
    TABLE: { description: '任务分解表顺序（默认）' },
    DUE_ON: { description: '截止日期最早的在前，同日按表中顺序' },
    DEPARTMENT: { description: '按部门（部门表顺序），部门内按表中顺序' },
  },
});

@ArgsType()
export class TasksArgs {
  @Field(() => ID, { description: '创建工作编号' })
  campaignId!: string;

  @Field(() => ID, { nullable: true, description: '只看某个部门的任务' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: '只看某个顶层指标（如「1」）下的任务（指标体系中的编号，故为文字）' })
  indicatorCode?: string | null;

  @Field(() => String, { nullable: true, description: '只看某个状态的任务（任务流程定义中的状态，故为文字）' })
  state?: string | null;

  @Field(() => [String], { nullable: true, description: '只看这些状态之一的任务，与 state 同时给出时两者都须满足（任务流程定义中的状态，故为文字）' })
  states?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '只看截止日期早于这一天的任务（逾期：今天，且不含已完成的状态）' })
  dueBefore?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看审核队列：处于任务流程中声明为 reviewQueue（已提交待审核）的状态的任务' })
  reviewQueue?: boolean | null;

  @Field(() => String, { nullable: true, description: '搜索：评分规则原文、规则编号或部门名称中包含的文字' })
  search?: string | null;

  @Field(() => TaskOrder, { nullable: true, description: '排序，默认任务分解表顺序' })
  orderBy?: TaskOrder | null;

  @Field(() => Int, { nullable: true, description: '每页条数，1–100，默认 50' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '从这个游标之后开始（上一页的 endCursor）' })
  after?: string | null;
}
