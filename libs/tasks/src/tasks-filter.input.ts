import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class TasksArgs {
  @Field(() => ID, { description: '创建工作编号' })
  campaignId!: string;

  @Field(() => ID, { nullable: true, description: '只看某个部门的任务' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: '只看某个顶层指标（如「1」）下的任务' })
  indicatorCode?: string | null;

  @Field(() => String, { nullable: true, description: '只看某个状态的任务' })
  state?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看审核队列：处于任务流程中声明为 reviewQueue（已提交待审核）的状态的任务' })
  reviewQueue?: boolean | null;

  @Field(() => String, { nullable: true, description: '搜索：评分规则原文、规则编号或部门名称中包含的文字' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: '每页条数，1–500，默认 50' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '从这个游标之后开始（上一页的 endCursor）' })
  after?: string | null;
}
