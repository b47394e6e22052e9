import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@accredit/api-kit';
import { DeadlineStatusEnum } from '@accredit/reminders';
import type { Board } from './ranking';

/** The red and black lists of the departments' ranking (see ranking.ts). */
export const RankingBoardEnum: { [K in Board]: K } = { red: 'red', black: 'black' };
registerEnumType(RankingBoardEnum, {
  name: 'RankingBoard',
  description: '红黑榜',
  valuesMap: {
    red: { description: '红榜：排名分大于 0 的前 10 名' },
    black: { description: '黑榜：有逾期任务的后 10 名' },
  },
});

@ObjectType('StateCount', { description: '某状态的任务数' })
export class StateCountModel {
  @Field({ description: '任务状态（任务流程定义中的状态，故为文字）' })
  state!: string;

  @Field({ description: '状态名称' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('IndicatorProgress', { description: '按指标的完成情况' })
export class IndicatorProgressModel {
  @Field({ description: '指标序号（指标体系中的编号，故为文字）' })
  code!: string;

  @Field()
  title!: string;

  @Field(() => Float, { nullable: true })
  maxScore!: number | null;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: '已完成（流程终态）' })
  done!: number;

  @Field(() => Int, { description: '已提交待审' })
  submitted!: number;

  @Field(() => Int, { description: '已逾期' })
  overdue!: number;

  @Field(() => Float, { description: '完成率 0–1：已完成 / 全部' })
  progress!: number;
}

@ObjectType('DepartmentProgress', { description: '按部门的完成情况（红黑榜）' })
export class DepartmentProgressModel {
  @Field(() => ID, { description: '部门编号；部门本身请读 department' })
  departmentId!: string;

  @Field()
  name!: string;

  @Field({ description: '部门类型键（departmentKinds 中的键，各单位可自定义，故为文字）' })
  kind!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Int, { description: '被退回待整改' })
  returned!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Float, { description: '完成率 0–1' })
  progress!: number;

  @Field(() => Int, { description: '红黑榜排名：按排名分从高到低（见 score）' })
  rank!: number;

  @Field(() => Float, { description: '排名分 =（已通过 − 已逾期）/ 全部任务：每项逾期任务抵消一项已通过任务' })
  score!: number;

  @Field(() => RankingBoardEnum, { nullable: true, description: '所在榜单；都不在时为空' })
  board!: Board | null;
}

@ObjectType('OverdueTask', { description: '逾期或即将到期的任务' })
export class OverdueTaskModel {
  @Field(() => ID, { description: '任务编号；任务本身请读 task' })
  taskId!: string;

  @Field()
  departmentName!: string;

  @Field({ description: '评分规则序号（指标体系中的编号，故为文字）' })
  ruleCode!: string;

  @Field()
  ruleText!: string;

  @Field(() => Float)
  points!: number;

  @Field({ description: '任务状态（任务流程定义中的状态，故为文字）' })
  state!: string;

  @Field()
  stateLabel!: string;

  @Field(() => LocalDateScalar)
  dueOn!: string;

  @Field(() => Int, { description: '距截止日天数（负数为逾期天数）' })
  daysUntilDue!: number;

  @Field(() => DeadlineStatusEnum, { description: '到期状态：已逾期（红）或即将到期（黄）' })
  deadlineStatus!: string;
}

@ObjectType('CampaignDashboard', { description: '创建工作的总览' })
export class CampaignDashboardModel {
  @Field(() => LocalDateScalar, { description: '今天（中国日期）' })
  today!: string;

  @Field(() => Int)
  totalTasks!: number;

  @Field(() => Int)
  doneTasks!: number;

  @Field(() => Float, { description: '总完成率 0–1' })
  progress!: number;

  @Field(() => [StateCountModel])
  byState!: StateCountModel[];

  @Field(() => [IndicatorProgressModel])
  byIndicator!: IndicatorProgressModel[];

  @Field(() => [DepartmentProgressModel], { description: '按排名' })
  byDepartment!: DepartmentProgressModel[];

  @Field(() => [OverdueTaskModel], { description: '逾期（先）和即将到期的任务，最多 100 条' })
  overdueTasks!: OverdueTaskModel[];
}
