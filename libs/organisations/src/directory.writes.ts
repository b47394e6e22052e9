import type { EntityManager } from '@mikro-orm/postgresql';
import { DEPARTMENT_KINDS, type DepartmentKind } from './department-kind';
import { DepartmentGroup } from './department-group.entity';
import { Department } from './department.entity';
import type { Organisation } from './organisation.entity';
import { OrganisationRefusal, organisationError } from './organisations.exception';

// The departments and groups a campaign template names (campaign-setup's YAML set-up): that
// module reads them from the file, this one creates what is missing (ADR 14). New rows join the
// caller's unit of work and are written by its flush.

/** A department as a template lists it. */
export interface DirectoryDepartment {
  name: string;
  fullName?: string | null;
  kind: string;
  tags?: string[] | null;
}

/** A group as a template lists it; members by department name. */
export interface DirectoryGroup {
  name: string;
  description?: string | null;
  source?: string | null;
  members: string[];
}

/**
 * The organisation's departments and groups by name, with those the template lists and the
 * organisation lacks created in the template's order. What exists is left as it is (an office
 * admin may have edited it), so a second run changes nothing.
 */
export async function findOrCreateDirectory(
  em: EntityManager,
  organisation: Organisation,
  listed: { departments: readonly DirectoryDepartment[]; groups: readonly DirectoryGroup[] },
): Promise<{ departments: Map<string, Department>; groups: Map<string, DepartmentGroup> }> {
  const departments = new Map((await em.find(Department, { organisation })).map((department) => [department.name, department]));
  listed.departments.forEach((row, index) => {
    if (departments.has(row.name)) return;
    // A template names the platform's kinds only: an organisation's own kinds are added in the directory.
    if (!DEPARTMENT_KINDS.includes(row.kind as DepartmentKind)) {
      throw organisationError(OrganisationRefusal.UnknownKind, `部门「${row.name}」的类型「${row.kind}」无效，可用：${DEPARTMENT_KINDS.join('、')}`);
    }
    departments.set(row.name, em.create(Department, { organisation, name: row.name, fullName: row.fullName ?? null, kind: row.kind as DepartmentKind, tags: row.tags ?? [], sortOrder: index + 1 }));
  });

  const groups = new Map((await em.find(DepartmentGroup, { organisation })).map((group) => [group.name, group]));
  listed.groups.forEach((row, index) => {
    if (groups.has(row.name)) return;
    const group = em.create(DepartmentGroup, { organisation, name: row.name, description: row.description ?? null, source: row.source ?? null, sortOrder: index + 1 });
    for (const name of row.members) {
      const member = departments.get(name);
      if (!member) throw organisationError(OrganisationRefusal.ForeignMember, `部门组「${row.name}」的成员「${name}」不是${organisation.shortName}的部门：请先在部门列表中列出它`);
      group.members.add(member);
    }
    groups.set(row.name, group);
  });
  return { departments, groups };
}
