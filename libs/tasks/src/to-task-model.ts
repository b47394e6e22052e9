import type { Task } from './task.entity';
import { TaskModel } from './task.model';

export function toTaskModel(task: Task): TaskModel {
  return Object.assign(new TaskModel(), {
    id: task.id,
    state: task.state,
    role: task.role,
    dueOn: task.dueOn,
    version: task.version,
    campaignId: task.campaign.id,
    departmentId: task.department.id,
    scoringRuleId: task.scoringRule.id,
  });
}
