import { Args, Context, Query, ResolveField, Resolver } from '@nestjs/graphql';
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
    // One department model per department of the page, shared by its rows.
    const departments = new Map<string, DepartmentModel>();
    const edges = page.edges.map(({ cursor, node: row }) => {
      let model = departments.get(row.departmentId);
      if (!model) {
        model = Object.assign(new DepartmentModel(), {
          id: row.departmentId,
          name: row.departmentName,
          fullName: row.departmentFullName,
          kind: row.departmentKind,
          tags: row.departmentTags,
        });
        departments.set(row.departmentId, model);
      }
      const node = Object.assign(new TaskModel(), {
        id: row.id,
        state: row.state,
        role: row.role,
        dueOn: row.dueOn,
        version: row.version,
        campaignId: row.campaignId,
        departmentId: row.departmentId,
        scoringRuleId: row.scoringRuleId,
        departmentRow: model,
      });
      return { cursor, node };
    });
    return { ...page, edges };
  }

  // Field resolvers take GraphQL's own arguments (parent, args, context) instead of @Parent() and
  // @Context(): without parameter decorators Nest calls them directly rather than through its
  // per-field pipeline of promises, which a page paid on every row. Both answer synchronously
  // when the row came with its department and the rule's snapshot is cached.

  @ResolveField(() => DepartmentModel, { description: '承担任务的部门' })
  department(task: TaskModel, _args: unknown, context: object): DepartmentModel | Promise<DepartmentModel> {
    return task.departmentRow ?? departmentLoader(context, this.organisations).load(task.departmentId).then(toDepartmentModel);
  }

  @ResolveField(() => ScoringRuleModel, { description: '任务对应的评分规则' })
  scoringRule(task: TaskModel, _args: unknown, context: object): ScoringRuleModel | Promise<ScoringRuleModel> {
    return this.indicatorSystems.cachedRule(task.scoringRuleId) ?? scoringRuleLoader(context, this.indicatorSystems).load(task.scoringRuleId);
  }
}
