import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, organisationScope } from '@accredit/api-kit';
import { Department } from './department.entity';
import { DepartmentGroup } from './department-group.entity';

export interface GroupMember {
  groupId: string;
  department: Department;
}

/** Reads departments and groups; every read is batched by id so resolvers stay N+1 free. */
@Injectable()
export class OrganisationsService {
  constructor(private readonly em: EntityManager) {}

  /** Departments of the actor's organisation (all, for a platform-wide system administrator). */
  listDepartments(actor: Actor): Promise<Department[]> {
    const organisation = organisationScope(actor);
    return this.em.find(Department, organisation ? { organisation } : {}, { orderBy: { organisation: 'asc', sortOrder: 'asc', name: 'asc' } });
  }

  listGroups(actor: Actor): Promise<DepartmentGroup[]> {
    const organisation = organisationScope(actor);
    return this.em.find(DepartmentGroup, organisation ? { organisation } : {}, { orderBy: { organisation: 'asc', sortOrder: 'asc', name: 'asc' } });
  }

  departmentsByIds(ids: readonly string[]): Promise<Department[]> {
    return this.em.find(Department, { id: { $in: [...ids] } });
  }

  groupsByIds(ids: readonly string[]): Promise<DepartmentGroup[]> {
    return this.em.find(DepartmentGroup, { id: { $in: [...ids] } });
  }

  /** Members of many groups in one statement, in the departments' own order. */
  async membersOfGroups(groupIds: readonly string[]): Promise<GroupMember[]> {
    if (groupIds.length === 0) return [];
    const rows: { group_id: string; department_id: string }[] = await this.em
      .execute(
        `select m.group_id, m.department_id from department_group_member m join department d on d.id = m.department_id
         where m.group_id in (?) order by d.sort_order, d.name`,
        [[...groupIds]],
      );
    const departments = await this.em.find(Department, { id: { $in: rows.map((row) => row.department_id) } });
    const byId = new Map(departments.map((department) => [department.id, department]));
    return rows.map((row) => ({ groupId: row.group_id, department: byId.get(row.department_id) as Department }));
  }
}
