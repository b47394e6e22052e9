import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, assertId, departmentScope, grantedCampaigns, hasRole, isCampaignRoleOnly, organisationScope } from '@accredit/api-kit';
import { Campaign, ownOrReviewed } from '@accredit/campaigns';
import { Task } from '@accredit/tasks';
import type { Evidence } from './evidence.entity';
import { EvidenceRefusal, evidenceError, evidenceNotFound } from './evidence.exception';

export type EvidencePurpose = 'read' | 'change';

/**
 * Which tasks' evidence an actor may see or change: their organisation's; a liaison only their
 * own department's; changes only by the office admin or the task's liaison (supervisors and
 * experts read). The access policy has already checked the role; this checks the row.
 */
@Injectable()
export class EvidenceAccess {
  constructor(private readonly em: EntityManager) {}

  async task(actor: Actor, taskId: string, purpose: EvidencePurpose, em: EntityManager = this.em): Promise<Task> {
    assertId(taskId, 'taskId');
    const task = await em.findOne(Task, { id: taskId }, { populate: ['campaign'] });
    const organisation = organisationScope(actor);
    if (!task) throw evidenceNotFound(EvidenceRefusal.TaskNotFound, '任务', taskId);
    if (organisation && task.campaign.getEntity().organisation.id !== organisation) {
      // The owner of the campaign a participant works in reads its evidence; only the participant changes it.
      const parent = task.campaign.getEntity().parentCampaign;
      const reviewing = parent ? (await em.findOne(Campaign, { id: parent.id, organisation }, { fields: ['id'] })) !== null : false;
      if (!reviewing) throw evidenceNotFound(EvidenceRefusal.TaskNotFound, '任务', taskId);
      if (purpose === 'change') throw evidenceError(EvidenceRefusal.OwnerReadsOnly, '佐证材料由参与单位自己上传和修改，主办单位只能查看', { taskId });
    }
    this.assertDepartment(actor, task, purpose);
    return task;
  }

  /**
   * The read rule of `task` as a filter, for evidence the caller reached through something else
   * (an earlier cycle's evidence behind carried evidence): the actor's organisation's campaigns
   * and the participants' work in campaigns it owns; a liaison's own department; and for an account
   * with campaign roles only, the campaigns whose tasks a role lets it read (as `Task.evidence`).
   */
  readableWhere(actor: Actor): FilterQuery<Evidence> {
    const task: Record<string, unknown>[] = [];
    const organisation = organisationScope(actor);
    if (organisation) task.push({ campaign: ownOrReviewed(organisation) });
    const department = departmentScope(actor);
    if (department) task.push({ department });
    if (isCampaignRoleOnly(actor)) task.push({ campaign: { $in: grantedCampaigns(actor, 'tasks') } });
    return task.length ? { task: { $and: task } } : {};
  }

  /** The department rule for reading, on a task already known to be in the actor's organisation. */
  assertReadable(actor: Actor, task: { id: string; departmentId: string }): void {
    const ownDepartment = departmentScope(actor);
    if (ownDepartment && task.departmentId !== ownDepartment) {
      throw evidenceError(EvidenceRefusal.OtherDepartment, '只能查看本部门任务的佐证材料', { taskId: task.id });
    }
  }

  assertDepartment(actor: Actor, task: Task, purpose: EvidencePurpose): void {
    const ownDepartment = departmentScope(actor);
    if (ownDepartment && task.department.id !== ownDepartment) {
      throw evidenceError(EvidenceRefusal.OtherDepartment, purpose === 'read' ? '只能查看本部门任务的佐证材料' : '只能为本部门的任务上传或修改佐证材料', { taskId: task.id });
    }
    if (purpose === 'change' && !hasRole(actor, 'office_admin', 'liaison')) {
      throw evidenceError(EvidenceRefusal.ReadOnlyRole, '督查和评审专家只能查看佐证材料，不能修改', { taskId: task.id });
    }
  }
}
