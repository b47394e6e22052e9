import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate } from '@accredit/calendar-date';
import type { Campaign } from '@accredit/campaigns';
import type { SnapshotRule } from '@accredit/indicator-systems';
import { expandResponsibilities } from './expand-responsibilities';
import { Task } from './task.entity';
import { TasksRefusal, tasksError } from './tasks.exception';

type DueOn = string | ((rule: SnapshotRule['rule'], departmentId: string) => string);

/** Which rules get tasks, and how: group members, due dates, the first state, where 本单位 rules go. */
interface TaskPlan {
  rules: SnapshotRule[];
  membersOf: (groupId: string) => string[];
  dueOn: DueOn;
  initialState: string;
  officeDepartmentId: string | null;
}

/**
 * Creates, withdraws and re-dates a campaign's tasks for the modules that plan campaigns
 * (campaign-setup): they decide which rules get tasks, this module how its rows are made (ADR 14).
 * A task is campaign × rule × department after group expansion; a rule with no units (the
 * organisation's own work) goes to the office department when there is one. Everything joins the
 * caller's unit of work and is written by its flush.
 */
@Injectable()
export class TaskWriter {
  /** A new campaign's tasks, numbered from 1; one due date for all, or one per task. */
  createForCampaign(
    em: EntityManager,
    campaign: Campaign,
    rules: SnapshotRule[],
    membersOf: (groupId: string) => string[],
    dueOn: DueOn,
    initialState: string,
    officeDepartmentId: string | null = null,
  ): Task[] {
    return this.create(em, campaign, { rules, membersOf, dueOn, initialState, officeDepartmentId }, 1);
  }

  /**
   * Tasks for rules a running campaign takes on (an elective option chosen), numbered after its
   * last task; the 本单位 rules go to the office department recorded at its set-up.
   */
  async appendForRules(em: EntityManager, campaign: Campaign, rules: SnapshotRule[], membersOf: (groupId: string) => string[], dueOn: string, initialState: string): Promise<Task[]> {
    const last = await em.findOne(Task, { campaign: campaign.id }, { orderBy: { position: 'desc' }, fields: ['position'] });
    return this.create(em, campaign, { rules, membersOf, dueOn, initialState, officeDepartmentId: campaign.officeDepartment?.id ?? null }, Number(last?.position ?? 0) + 1);
  }

  /** Removes tasks a campaign no longer asks for; whether they may go (no evidence yet) is the caller's check. */
  withdraw(em: EntityManager, tasks: readonly Task[]): void {
    tasks.forEach((task) => em.remove(task));
  }

  /** A new due date for one task (a re-plan). */
  moveDueOn(task: Task, dueOn: string): void {
    if (!isCalendarDate(dueOn)) throw tasksError(TasksRefusal.BadDueDate, `截止日期「${dueOn}」不是有效的日期，应写成 2025-12-31 的形式`, { taskId: task.id });
    task.dueOn = dueOn;
  }

  private create(em: EntityManager, campaign: Campaign, plan: TaskPlan, firstPosition: number): Task[] {
    const tasks: Task[] = [];
    for (const { rule, units } of plan.rules) {
      const assignments = expandResponsibilities(
        units.map((unit) => ({ role: unit.role, departmentId: unit.department?.id ?? null, groupId: unit.group?.id ?? null })),
        plan.membersOf,
        plan.officeDepartmentId,
      );
      for (const assignment of assignments) {
        tasks.push(
          em.create(Task, {
            campaign,
            scoringRule: rule,
            department: assignment.departmentId,
            role: assignment.role,
            position: firstPosition + tasks.length,
            dueOn: typeof plan.dueOn === 'string' ? plan.dueOn : plan.dueOn(rule, assignment.departmentId),
            state: plan.initialState,
          }),
        );
      }
    }
    return tasks;
  }
}
