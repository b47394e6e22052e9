import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, AppError, assertId, organisationScope } from '@accredit/api-kit';
import { Department } from './department.entity';
import { DepartmentGroup } from './department-group.entity';
import { Organisation } from './organisation.entity';
import { readableOrganisations } from './organisation-scope';
import { OrganisationRefusal, organisationError } from './organisations.exception';

/** Filters and page of the directory lists (departments, groups). */
export interface DirectoryListArgs {
  organisationId?: string | null;
  search?: string | null;
  first?: number | null;
  offset?: number | null;
}

/** A platform-wide list has every county's units (33,579 departments nationally): it comes in pages. */
export const DIRECTORY_DEFAULT_PAGE = 100;
export const DIRECTORY_MAX_PAGE = 500;

/** What a department's GraphQL model is made of. */
export type DepartmentRow = Pick<Department, 'id' | 'name' | 'fullName' | 'kind' | 'tags'>;

export interface GroupMember {
  groupId: string;
  department: Department;
}

/** Reads departments and groups; every read is batched by id so resolvers stay N+1 free. */
@Injectable()
export class OrganisationsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Departments of the actor's organisation (any organisation's, or all, for a platform-wide
   * system administrator), filtered by name, full name or tag, in pages: `first` (all of one
   * organisation's by default; 100 platform-wide, at most 500) from `offset`.
   */
  async listDepartments(actor: Actor, args: DirectoryListArgs = {}): Promise<Department[]> {
    const { organisation, limit, offset, pattern } = await this.listScope(actor, args);
    const where: FilterQuery<Department> = organisation ? { organisation } : {};
    if (pattern) where.$or = [{ name: { $ilike: pattern } }, { fullName: { $ilike: pattern } }, { tags: { $contains: [args.search?.trim() ?? ''] } }];
    return this.em.find(Department, where, { orderBy: { organisation: 'asc', sortOrder: 'asc', name: 'asc' }, limit, offset });
  }

  /** Groups, as listDepartments (filtered by name or description). */
  async listGroups(actor: Actor, args: DirectoryListArgs = {}): Promise<DepartmentGroup[]> {
    const { organisation, limit, offset, pattern } = await this.listScope(actor, args);
    const where: FilterQuery<DepartmentGroup> = organisation ? { organisation } : {};
    if (pattern) where.$or = [{ name: { $ilike: pattern } }, { description: { $ilike: pattern } }];
    return this.em.find(DepartmentGroup, where, { orderBy: { organisation: 'asc', sortOrder: 'asc', name: 'asc' }, limit, offset });
  }

  private async listScope(actor: Actor, args: DirectoryListArgs): Promise<{ organisation: string | null; limit: number | undefined; offset: number | undefined; pattern: string | null }> {
    const own = organisationScope(actor);
    const asked = args.organisationId ? assertId(args.organisationId, 'organisationId') : null;
    if (own && asked && asked !== own) {
      // An office admin of a province or the nation reads the units below it (as its campaigns).
      const readable = await readableOrganisations(this.em, actor);
      if (readable && !(await this.em.count(Organisation, { $and: [readable, { id: asked }] }))) throw organisationError(OrganisationRefusal.OutsideSubtree, '只能查看本单位及下级单位的部门和部门组');
    }
    const organisation = asked ?? own;
    const first = args.first ?? (organisation ? null : DIRECTORY_DEFAULT_PAGE);
    if (first !== null && (!Number.isInteger(first) || first < 1 || first > DIRECTORY_MAX_PAGE)) {
      throw AppError.validation(`每页条数 first 须在 1 到 ${DIRECTORY_MAX_PAGE} 之间，收到 ${first}`, { first });
    }
    const offset = args.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0) throw AppError.validation(`offset 须为不小于 0 的整数，收到 ${offset}`, { offset });
    const search = args.search?.trim() ?? '';
    if (search.length > 50) throw AppError.validation('搜索内容不能超过 50 个字');
    const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return { organisation, limit: first ?? undefined, offset: offset || undefined, pattern };
  }

  /** Departments by id as plain rows (a task page names ~50): no entities to hydrate for a read. */
  async departmentsByIds(ids: readonly string[]): Promise<DepartmentRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.em.execute<{ id: string; name: string; full_name: string | null; kind: string; tags: string[] }[]>(
      'select id, name, full_name, kind, tags from department where id in (?)',
      [[...ids]],
    );
    return rows.map((row) => ({ id: row.id, name: row.name, fullName: row.full_name, kind: row.kind, tags: row.tags }));
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
