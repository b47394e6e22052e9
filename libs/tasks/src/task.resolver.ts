import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, requireActor } from '@accredit/api-kit';
import { DepartmentModel, OrganisationsService, departmentLoader, toDepartmentModel } from '@accredit/organisations';
import { IndicatorSystemsService, ScoringRuleModel, scoringRuleLoader } from '@accredit/indicator-systems';
import { TaskConnection, TaskModel } from './task.model';
import { TasksArgs } from './tasks-filter.input';
import { TasksService } from './tasks.service';

@Resolver(() => TaskModel)
export class TaskResolver {
  constructor(
    private readonly service: TasksService,
    private readonly organisations: OrganisationsService,
    private readonly indicatorSystems: IndicatorSystemsService,
  ) {}

  @Query(() => TaskConnection, { description: '创建工作的任务，按任务分解表顺序分页' })
  async tasks(@Args() args: TasksArgs, @Context() context: object): Promise<Connection<TaskModel>> {
    const page = await this.service.page(args, requireActor(context));
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Object.assign(new TaskModel(), edge.node) })) };
  }

  @ResolveField(() => DepartmentModel, { description: '承担任务的部门' })
  async department(@Parent() task: TaskModel, @Context() context: object): Promise<DepartmentModel> {
    return toDepartmentModel(await departmentLoader(context, this.organisations).load(task.departmentId));
  }

  @ResolveField(() => ScoringRuleModel, { description: '任务对应的评分规则' })
  async scoringRule(@Parent() task: TaskModel, @Context() context: object): Promise<ScoringRuleModel> {
    return scoringRuleLoader(context, this.indicatorSystems).load(task.scoringRuleId);
  }
}
