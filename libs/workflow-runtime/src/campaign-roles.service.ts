import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, type CampaignRoleGrant, assertId, notFoundMessage } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { type Campaign, CampaignsService } from '@accredit/campaigns';
import { type UserSummary, setUserCampaignRoles, userSummaries } from '@accredit/identity';
import { CampaignRoleAssignment } from './campaign-role-assignment.entity';
import { WorkflowDefinitionsService } from './workflow-definitions.service';
import { WorkflowRefusal, workflowError } from './workflow.exception';

/** A role a campaign's workflows declare, and what it may read in the campaign. */
export interface DeclaredCampaignRole {
  role: string;
  label: string;
  views: string[];
}

/** An assignment with the user's names, for the office's list. */
export interface CampaignRoleView {
  assignment: CampaignRoleAssignment;
  username: string;
  displayName: string;
}

export interface CampaignRoleRequest {
  campaignId: string;
  userId: string;
  role: string;
}

/**
 * Assigns the roles a campaign's workflows declare (its campaign and task definitions) to users,
 * per campaign: the role acts and reads in that campaign only. An office admin assigns them in
 * their own organisation's campaigns, to users of that organisation or below it.
 */
@Injectable()
export class CampaignRolesService {
  constructor(
    private readonly em: EntityManager,
    private readonly campaigns: CampaignsService,
    private readonly definitions: WorkflowDefinitionsService,
  ) {}

  async declared(campaign: Campaign): Promise<DeclaredCampaignRole[]> {
    const roles = new Map<string, DeclaredCampaignRole>();
    for (const id of [campaign.workflowDefinitionId, campaign.taskWorkflowDefinitionId]) {
      const definition = await this.definitions.definitionById(id);
      for (const [role, views] of Object.entries(definition.roleViews)) {
        const known = roles.get(role);
        roles.set(role, { role, label: known?.label ?? definition.roles[role] ?? role, views: [...new Set([...(known?.views ?? []), ...views])] });
      }
    }
    return [...roles.values()];
  }

  async list(actor: Actor, campaignId: string): Promise<{ declared: DeclaredCampaignRole[]; assignments: CampaignRoleView[] }> {
    const campaign = await this.campaigns.get(campaignId, actor);
    const assignments = await this.em.find(CampaignRoleAssignment, { campaign: campaign.id }, { orderBy: { assignedAt: 'asc', id: 'asc' } });
    const users = await userSummaries(
      this.em,
      assignments.map((assignment) => assignment.userId),
    );
    return { declared: await this.declared(campaign), assignments: assignments.map((assignment) => this.view(assignment, users)) };
  }

  async assign(actor: Actor, request: CampaignRoleRequest): Promise<CampaignRoleView> {
    const campaign = await this.campaigns.get(request.campaignId, actor);
    const role = await this.declaredRole(campaign, request.role);
    const user = await this.assignable(campaign, request.userId);
    return this.em.transactional(async (em) => {
      await this.lockAssignmentsOf(em, user.id);
      await em.execute(
        `insert into campaign_role_assignment (id, campaign_id, user_id, role, views, assigned_by) values (gen_random_uuid(), ?, ?, ?, ?::text[], ?) on conflict (campaign_id, user_id, role) do nothing`,
        [campaign.id, user.id, role.role, `{${role.views.join(',')}}`, actor.userId],
      );
      await this.mirror(em, user.id);
      await appendAudit(em, {
        action: 'campaign_role_change',
        actor,
        entityType: 'campaign',
        entityId: campaign.id,
        details: { change: 'assign', userId: user.id, username: user.username, role: role.role, views: role.views },
      });
      const assignment = await em.findOneOrFail(CampaignRoleAssignment, { campaign: campaign.id, userId: user.id, role: role.role }, { refresh: true });
      return { assignment, username: user.username, displayName: user.displayName };
    });
  }

  async revoke(actor: Actor, request: CampaignRoleRequest): Promise<boolean> {
    const campaign = await this.campaigns.get(request.campaignId, actor);
    const userId = assertId(request.userId, 'userId');
    return this.em.transactional(async (em) => {
      await this.lockAssignmentsOf(em, userId);
      const removed = await em.nativeDelete(CampaignRoleAssignment, { campaign: campaign.id, userId, role: request.role });
      if (removed === 0) return false;
      await this.mirror(em, userId);
      await appendAudit(em, { action: 'campaign_role_change', actor, entityType: 'campaign', entityId: campaign.id, details: { change: 'revoke', userId, role: request.role } });
      return true;
    });
  }

  private async declaredRole(campaign: Campaign, role: string): Promise<DeclaredCampaignRole> {
    const declared = await this.declared(campaign);
    const found = declared.find((candidate) => candidate.role === role);
    if (found) return found;
    const known = declared.map((candidate) => `${candidate.role}（${candidate.label}）`);
    throw workflowError(WorkflowRefusal.UndeclaredRole, `本创建工作的流程没有声明角色「${role}」${known.length ? `，可指派：${known.join('、')}` : '，流程未声明可按创建工作指派的角色'}`, { role });
  }

  /** A user of the campaign's organisation or below it; anyone else does not exist for this office. */
  private async assignable(campaign: Campaign, userId: string): Promise<UserSummary> {
    // The one row asked for (ids match in any letter case, as the database compares uuids).
    const [user] = (await userSummaries(this.em, [assertId(userId, 'userId')])).values();
    const owner = await campaign.organisation.load();
    if (!user || !owner || !user.organisationPath || !user.organisationPath.startsWith(owner.path)) throw workflowError(WorkflowRefusal.UserNotFound, notFoundMessage('用户', userId), { id: userId });
    if (user.disabled) throw workflowError(WorkflowRefusal.UserDisabled, `用户「${user.displayName}」已停用，不能指派角色`);
    return user;
  }

  private view(assignment: CampaignRoleAssignment, users: Map<string, UserSummary>): CampaignRoleView {
    const user = users.get(assignment.userId);
    return { assignment, username: user?.username ?? '', displayName: user?.displayName ?? '' };
  }

  /**
   * One change of a user's assignments at a time: the copy written by `mirror` is read after the
   * change, so without it two concurrent changes could each copy only their own and one be lost.
   */
  private async lockAssignmentsOf(em: EntityManager, userId: string): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`campaign-roles:${userId}`]);
  }

  /**
   * Copies the user's assignments onto the user row, which every request reads anyway (identity
   * owns the row and writes it, in this transaction).
   */
  private async mirror(em: EntityManager, userId: string): Promise<void> {
    const rows = await em.execute<{ campaign_id: string; role: string; views: string[] }[]>(
      `select a.campaign_id, a.role, a.views from campaign_role_assignment a where a.user_id = ? order by a.assigned_at, a.id`,
      [userId],
    );
    const grants: CampaignRoleGrant[] = rows.map((row) => ({ campaignId: row.campaign_id, role: row.role, views: row.views }));
    await setUserCampaignRoles(em, userId, grants);
  }
}
