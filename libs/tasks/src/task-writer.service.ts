import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Campaign } from '@accredit/campaigns';
import type { SnapshotRule } from '@accredit/indicator-systems';
import { expandResponsibilities } from './expand-responsibilities';
import { Task } from './task.entity';

/**
 * Creates a campaign's tasks: campaign × rule × department after group expansion; one due date for
 * all, or one per task. A rule with no units (the organisation's own work) goes to the office
 * department when one is given.
 */
@Injectable()
export class TaskWriter {
  createForCampaign(
    em: EntityManager,
    campaign: Campaign,
    rules: SnapshotRule[],
    membersOf: (groupId: string) => string[],
    dueOn: string | ((rule: SnapshotRule['rule'], departmentId: string) => string),
    initialState: string,
    officeDepartmentId: string | null = null,
  ): Task[] {
    const tasks: Task[] = [];
    for (const { rule, units } of rules) {
      const assignments = expandResponsibilities(
        units.map((unit) => ({ role: unit.role, departmentId: unit.department?.id ?? null, groupId: unit.group?.id ?? null })),
        membersOf,
        officeDepartmentId,
      );
      for (const assignment of assignments) {
        tasks.push(
          em.create(Task, {
            campaign,
            scoringRule: rule,
            department: assignment.departmentId,
            role: assignment.role,
            position: tasks.length + 1,
            dueOn: typeof dueOn === 'string' ? dueOn : dueOn(rule, assignment.departmentId),
            state: initialState,
          }),
        );
      }
    }
    return tasks;
  }
}
