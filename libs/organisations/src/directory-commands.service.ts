import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, assertId } from '@accredit/api-kit';
import { type AuditEntityType, appendAudit } from '@accredit/audit';
import { DEPARTMENT_GROUP_USAGE, type DepartmentGroupUsage } from './department-group-usage.port';
import { Department } from './department.entity';
import { DepartmentGroup } from './department-group.entity';
import { DepartmentKindsService } from './department-kinds.service';
import { OrganisationRefusal, organisationError, organisationNotFound } from './organisations.exception';

export interface DepartmentFields {
  name: string;
  fullName?: string | null;
  kind: string;
  tags?: string[] | null;
}

export interface GroupFields {
  name: string;
  description?: string | null;
}

/**
 * Office admins keep their organisation's directory: departments, groups and group membership
 * are data, so a wrong guess in the seed is fixed here, not in code. Membership changes apply to
 * campaigns set up afterwards; existing tasks stay as they were assigned. Every change is audited.
 */
@Injectable()
export class DirectoryCommands {
  constructor(
    private readonly em: EntityManager,
    private readonly kinds: DepartmentKindsService,
    @Inject(DEPARTMENT_GROUP_USAGE) private readonly groupUsage: DepartmentGroupUsage,
  ) {}

  private organisationOf(actor: Actor): string {
    if (!actor.organisationId) throw organisationError(OrganisationRefusal.NoOrganisation, '平台系统管理员不属于任何单位，请用该单位办公室管理员的账号维护部门');
    return actor.organisationId;
  }

  private async check(em: EntityManager, organisation: string, fields: DepartmentFields): Promise<{ name: string; fullName: string | null; kind: string; tags: string[] }> {
    const name = fields.name.trim();
    if (!name || name.length > 100) throw organisationError(OrganisationRefusal.BadName, '部门名称须为 1–100 个字');
    await this.kinds.assertUsable(em, organisation, fields.kind);
    const tags = [...new Set((fields.tags ?? []).map((tag) => tag.trim()).filter(Boolean))];
    return { name, fullName: fields.fullName?.trim() || null, kind: fields.kind, tags };
  }

  async createDepartment(actor: Actor, fields: DepartmentFields): Promise<Department> {
    const organisation = this.organisationOf(actor);
    return this.em.transactional(async (em) => {
      const checked = await this.check(em, organisation, fields);
      if (await em.count(Department, { organisation, name: checked.name })) throw organisationError(OrganisationRefusal.NameTaken, `部门「${checked.name}」已存在`);
      const last = await em.findOne(Department, { organisation }, { orderBy: { sortOrder: 'desc' } });
      const department = em.create(Department, { organisation, ...checked, sortOrder: (last?.sortOrder ?? 0) + 1 });
      await em.flush();
      await this.audit(em, actor, 'department', department.id, { change: 'department_create', ...checked });
      return department;
    });
  }

  async updateDepartment(actor: Actor, id: string, fields: DepartmentFields): Promise<Department> {
    const organisation = this.organisationOf(actor);
    return this.em.transactional(async (em) => {
      const department = await em.findOne(Department, { id: assertId(id), organisation });
      if (!department) throw organisationNotFound(OrganisationRefusal.DepartmentNotFound, '部门', id);
      const checked = await this.check(em, organisation, fields);
      if (checked.name !== department.name && (await em.count(Department, { organisation, name: checked.name }))) {
        throw organisationError(OrganisationRefusal.NameTaken, `部门「${checked.name}」已存在`);
      }
      const from = { name: department.name, fullName: department.fullName ?? null, kind: department.kind, tags: department.tags };
      Object.assign(department, checked);
      await this.audit(em, actor, 'department', department.id, { change: 'department_update', from, to: checked });
      return department;
    });
  }

  async createGroup(actor: Actor, fields: GroupFields, departmentIds: string[]): Promise<DepartmentGroup> {
    const organisation = this.organisationOf(actor);
    const checked = this.checkGroup(fields);
    return this.em.transactional(async (em) => {
      if (await em.count(DepartmentGroup, { organisation, name: checked.name })) throw organisationError(OrganisationRefusal.NameTaken, `部门组「${checked.name}」已存在`);
      const members = await this.members(em, organisation, departmentIds);
      const last = await em.findOne(DepartmentGroup, { organisation }, { orderBy: { sortOrder: 'desc' } });
      const group = em.create(DepartmentGroup, { organisation, ...checked, source: null, sortOrder: (last?.sortOrder ?? 0) + 1 });
      group.members.set(members);
      await em.flush();
      await this.audit(em, actor, 'department_group', group.id, { change: 'group_create', ...checked, members: members.map((member) => member.id) });
      return group;
    });
  }

  async updateGroup(actor: Actor, groupId: string, fields: GroupFields): Promise<DepartmentGroup> {
    const organisation = this.organisationOf(actor);
    const checked = this.checkGroup(fields);
    return this.em.transactional(async (em) => {
      const group = await this.group(em, organisation, groupId);
      if (checked.name !== group.name && (await em.count(DepartmentGroup, { organisation, name: checked.name }))) {
        throw organisationError(OrganisationRefusal.NameTaken, `部门组「${checked.name}」已存在`);
      }
      const from = { name: group.name, description: group.description ?? null };
      Object.assign(group, checked);
      await this.audit(em, actor, 'department_group', group.id, { change: 'group_update', from, to: checked });
      return group;
    });
  }

  async setGroupMembers(actor: Actor, groupId: string, departmentIds: string[]): Promise<DepartmentGroup> {
    const organisation = this.organisationOf(actor);
    return this.em.transactional(async (em) => {
      const group = await this.group(em, organisation, groupId);
      const members = await this.members(em, organisation, departmentIds);
      const from = group.members.getItems().map((member) => member.id);
      group.members.set(members);
      await this.audit(em, actor, 'department_group', group.id, { change: 'group_members', name: group.name, from, to: members.map((member) => member.id) });
      return group;
    });
  }

  /** Deletes a group no campaign refers to; one a campaign's responsible units name stays (its members can still change). */
  async deleteGroup(actor: Actor, groupId: string): Promise<string> {
    const organisation = this.organisationOf(actor);
    return this.em.transactional(async (em) => {
      const group = await this.group(em, organisation, groupId);
      const used = await this.groupUsage.responsibleUnits(group.id, em);
      if (used) {
        throw organisationError(OrganisationRefusal.GroupInUse, `部门组「${group.name}」是 ${used} 条评分规则的责任单位，不能删除；可以修改它的成员`, { responsibleUnits: used });
      }
      await this.audit(em, actor, 'department_group', group.id, { change: 'group_delete', name: group.name, members: group.members.getItems().map((member) => member.id) });
      em.remove(group);
      return group.id;
    });
  }

  private checkGroup(fields: GroupFields): { name: string; description: string | null } {
    const name = fields.name.trim();
    if (!name || name.length > 100) throw organisationError(OrganisationRefusal.BadName, '部门组名称须为 1–100 个字');
    const description = fields.description?.trim() || null;
    if (description && description.length > 500) throw organisationError(OrganisationRefusal.DescriptionTooLong, '部门组说明最多 500 个字');
    return { name, description };
  }

  private async group(em: EntityManager, organisation: string, groupId: string): Promise<DepartmentGroup> {
    const group = await em.findOne(DepartmentGroup, { id: assertId(groupId, 'groupId'), organisation }, { populate: ['members'] });
    if (!group) throw organisationNotFound(OrganisationRefusal.GroupNotFound, '部门组', groupId);
    return group;
  }

  private async members(em: EntityManager, organisation: string, departmentIds: string[]): Promise<Department[]> {
    const unique = [...new Set(departmentIds.map((id) => assertId(id, 'departmentIds')))];
    const departments = await em.find(Department, { id: { $in: unique }, organisation });
    if (departments.length !== unique.length) throw organisationError(OrganisationRefusal.ForeignMember, '成员中有不属于本单位的部门，请刷新后重试');
    return departments;
  }

  private audit(em: EntityManager, actor: Actor, entityType: AuditEntityType, entityId: string, details: Record<string, unknown>): Promise<void> {
    return appendAudit(em, { action: 'directory_change', actor, entityType, entityId, details });
  }
}
