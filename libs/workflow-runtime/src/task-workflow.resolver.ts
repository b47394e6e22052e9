import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader, requireActor } from '@accredit/api-kit';
import { TaskModel } from '@accredit/tasks';
import { toAvailableTransitionModels } from './to-available-transition-models';
import { toLogModel } from './to-log-model';
import { AvailableTransitionModel, TransitionLogModel } from './workflow.model';
import { WorkflowService } from './workflow.service';

/**
 * A task's workflow as fields of the task (this module owns the workflow): the same answers as
 * `availableTransitions` / `transitionHistory` for entityType task, batched over a page of tasks.
 */
@Resolver(() => TaskModel)
export class TaskWorkflowResolver {
  constructor(private readonly workflows: WorkflowService) {}

  @ResolveField(() => [AvailableTransitionModel], { description: '任务当前的全部操作：能否执行，不能时的原因（同 availableTransitions）' })
  availableTransitions(@Parent() task: TaskModel, @Context() context: object): Promise<AvailableTransitionModel[]> {
    const actor = requireActor(context);
    const loader = requestLoader<string, AvailableTransitionModel[]>(context, 'task.availableTransitions', async (ids) =>
      (await this.workflows.availableForTasks(actor, ids)).map((answer) => (answer instanceof Error ? answer : toAvailableTransitionModels(answer.definition, answer.events))),
    );
    return loader.load(task.id);
  }

  @ResolveField(() => [TransitionLogModel], { description: '任务的流转记录，按时间先后（同 transitionHistory）' })
  history(@Parent() task: TaskModel, @Context() context: object): Promise<TransitionLogModel[]> {
    const actor = requireActor(context);
    const loader = requestLoader<string, TransitionLogModel[]>(context, 'task.history', async (ids) =>
      (await this.workflows.historyOfTasks(actor, ids)).map((answer) => (answer instanceof Error ? answer : answer.logs.map((log) => toLogModel(log, answer.definitions.get(log.definitionVersion)!)))),
    );
    return loader.load(task.id);
  }
}
