import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId } from '@accredit/api-kit';
import { appendAudit } from '@accredit/audit';
import { type Campaign, CampaignsService } from '@accredit/campaigns';
import { CampaignRoleAssignment } from './campaign-role-assignment.entity';
import { WorkflowDefinitionsService } from './workflow-definitions.service';

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

interface AssignableUser {
  id: string;
  username: string;
  display_name: string;
  disabled: boolean;
  path: string | null;
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
    const users = await this.usersById(assignments.map((assignment) => assignment.userId));
    return { declared: await this.declared(campaign), assignments: assignments.map((assignment) => this.view(assignment, users)) };
  }

  async assign(actor: Actor, request: CampaignRoleRequest): Promise<CampaignRoleView> {
    const campaign = await this.campaigns.get(request.campaignId, actor);
    const role = await this.declaredRole(campaign, request.role);
    const user = await this.assignable(campaign, request.userId);
    return this.em.transactional(async (em) => {
      await em.execute(
        `insert into campaign_role_assignment (id, campaign_id, user_id, role, views, assigned_by) values (gen_random_uuid(), ?, ?, ?, ?::text[], ?) on conflict (campaign_id, user_id, role) do nothing`,
        [campaign.id, user.id, role.role, `{${role.views.join(',')}}`, actor.userId],
      );
      await this.mirror(em, user.id);
      await appendAudit(em, { action: 'campaign_role_change', actor, entityType: 'campaign', entityId: campaign.id, details: { change: 'assign', userId: user.id, username: user.username, role: role.role, views: role.views } });
      const assignment = await em.findOneOrFail(CampaignRoleAssignment, { campaign: campaign.id, userId: user.id, role: role.role }, { refresh: true });
      return { assignment, username: user.username, displayName: user.display_name };
    });
  }

  async revoke(actor: Actor, request: CampaignRoleRequest): Promise<boolean> {
    const campaign = await this.campaigns.get(request.campaignId, actor);
    const userId = assertId(request.userId, 'userId');
    return this.em.transactional(async (em) => {
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
    throw AppError.validation(`本创建工作的流程没有声明角色「${role}」${known.length ? `，可指派：${known.join('、')}` : '，流程未声明可按创建工作指派的角色'}`, { role });
  }

  /** A user of the campaign's organisation or below it; anyone else does not exist for this office. */
  private async assignable(campaign: Campaign, userId: string): Promise<AssignableUser> {
    const [user] = await this.em.execute<AssignableUser[]>(
      `select u.id, u.username, u.display_name, u.disabled, o.path from app_user u left join organisation o on o.id = u.organisation_id where u.id = ?`,
      [assertId(userId, 'userId')],
    );
    const owner = await campaign.organisation.load();
    if (!user || !owner || !user.path || !user.path.startsWith(owner.path)) throw AppError.notFound('用户', userId);
    if (user.disabled) throw AppError.validation(`用户「${user.display_name}」已停用，不能指派角色`);
    return user;
  }

  private async usersById(ids: readonly string[]): Promise<Map<string, AssignableUser>> {
    if (ids.length === 0) return new Map();
    const rows = await this.em.execute<AssignableUser[]>(`select u.id, u.username, u.display_name, u.disabled, null as path from app_user u where u.id in (?)`, [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  private view(assignment: CampaignRoleAssignment, users: Map<string, AssignableUser>): CampaignRoleView {
    const user = users.get(assignment.userId);
    return { assignment, username: user?.username ?? '', displayName: user?.display_name ?? '' };
  }

  /** Copies the user's assignments onto the user row, which every request reads anyway. */
  private async mirror(em: EntityManager, userId: string): Promise<void> {
    await em.execute(
      `update app_user set campaign_roles = coalesce((select jsonb_agg(jsonb_build_object('campaignId', a.campaign_id, 'role', a.role, 'views', to_jsonb(a.views)) order by a.assigned_at, a.id)
         from campaign_role_assignment a where a.user_id = ?), '[]'::jsonb) where id = ?`,
      [userId, userId],
    );
  }
}
