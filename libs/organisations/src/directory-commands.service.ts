import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, AppError, ErrorCode, assertId } from '@accredit/api-kit';
import { DEPARTMENT_KINDS, type DepartmentKind } from './department-kind';
import { Department } from './department.entity';
import { DepartmentGroup } from './department-group.entity';

export interface DepartmentFields {
  name: string;
  fullName?: string | null;
  kind: string;
  tags?: string[] | null;
}

/**
 * Office admins keep their district's directory: departments and group membership are data,
 * so a wrong guess in the seed is fixed here, not in code. Membership changes apply to
 * campaigns set up afterwards; existing tasks stay as they were assigned.
 */
@Injectable()
export class DirectoryCommands {
  constructor(private readonly em: EntityManager) {}

  private organisationOf(actor: Actor): string {
    if (!actor.organisationId) throw new AppError(ErrorCode.Forbidden, '平台系统管理员不属于任何区县，请用区县办公室管理员账号维护部门');
    return actor.organisationId;
  }

  private check(fields: DepartmentFields): { name: string; fullName: string | null; kind: DepartmentKind; tags: string[] } {
    const name = fields.name.trim();
    if (!name || name.length > 100) throw AppError.validation('部门名称须为 1–100 个字');
    if (!DEPARTMENT_KINDS.includes(fields.kind as DepartmentKind)) throw AppError.validation(`部门类型「${fields.kind}」无效，可用：${DEPARTMENT_KINDS.join('、')}`);
    const tags = [...new Set((fields.tags ?? []).map((tag) => tag.trim()).filter(Boolean))];
    return { name, fullName: fields.fullName?.trim() || null, kind: fields.kind as DepartmentKind, tags };
  }

  async createDepartment(actor: Actor, fields: DepartmentFields): Promise<Department> {
    const organisation = this.organisationOf(actor);
    const checked = this.check(fields);
    if (await this.em.count(Department, { organisation, name: checked.name })) throw AppError.conflict(`部门「${checked.name}」已存在`);
    const last = await this.em.findOne(Department, { organisation }, { orderBy: { sortOrder: 'desc' } });
    const department = this.em.create(Department, { organisation, ...checked, sortOrder: (last?.sortOrder ?? 0) + 1 });
    await this.em.flush();
    return department;
  }

  async updateDepartment(actor: Actor, id: string, fields: DepartmentFields): Promise<Department> {
    const organisation = this.organisationOf(actor);
    const department = await this.em.findOne(Department, { id: assertId(id), organisation });
    if (!department) throw AppError.notFound('部门', id);
    const checked = this.check(fields);
    if (checked.name !== department.name && (await this.em.count(Department, { organisation, name: checked.name }))) {
      throw AppError.conflict(`部门「${checked.name}」已存在`);
    }
    Object.assign(department, checked);
    await this.em.flush();
    return department;
  }

  async setGroupMembers(actor: Actor, groupId: string, departmentIds: string[]): Promise<DepartmentGroup> {
    const organisation = this.organisationOf(actor);
    const group = await this.em.findOne(DepartmentGroup, { id: assertId(groupId, 'groupId'), organisation }, { populate: ['members'] });
    if (!group) throw AppError.notFound('部门组', groupId);
    const unique = [...new Set(departmentIds.map((id) => assertId(id, 'departmentIds')))];
    const departments = await this.em.find(Department, { id: { $in: unique }, organisation });
    if (departments.length !== unique.length) throw AppError.validation('成员中有不属于本区县的部门，请刷新后重试');
    group.members.set(departments);
    await this.em.flush();
    return group;
  }
}
