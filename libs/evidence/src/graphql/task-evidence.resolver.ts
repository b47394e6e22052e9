import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, requireActor } from '@accredit/api-kit';
import { TaskModel } from '@accredit/tasks';
import { EvidenceQueries } from '../evidence-queries.service';
import { EvidenceModel } from './evidence.model';

/**
 * The evidence of a task, declared here because this module owns the evidence: one batched read
 * for a whole page of tasks, under the same rules as `taskEvidence`.
 */
@Resolver(() => TaskModel)
export class TaskEvidenceResolver {
  constructor(private readonly queries: EvidenceQueries) {}

  @ResolveField(() => [EvidenceModel], { description: '本任务的佐证材料（当前版本，不含已删除的，按佐证要求编号排列）；部门联络员只能查看本部门任务的' })
  evidence(@Parent() task: TaskModel, @Context() context: object): Promise<EvidenceModel[]> {
    const actor = requireActor(context);
    const loader = requestLoader<{ id: string; departmentId: string }, EvidenceModel[]>(context, 'task.evidence', (tasks) => this.queries.forTasks(actor, tasks));
    return loader.load({ id: task.id, departmentId: task.departmentId });
  }
}
