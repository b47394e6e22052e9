import { Injectable } from '@nestjs/common';
import { EntityManager, type ObjectQuery } from '@mikro-orm/postgresql';
import { type Actor, type Connection, assertId, containsPattern, decodeCursor, encodeCursor, keysetConnection, keysetOrder, organisationScope, pageSize } from '@accredit/api-kit';
import { Department } from './department.entity';
import { directoryPageQuery } from './directory-page.query';
import { DepartmentGroup } from './department-group.entity';
import { Organisation } from './organisation.entity';
import { readableOrganisations } from './organisation-scope';
import { OrganisationRefusal, organisationError } from './organisations.exception';

/** Filters and page of the directory lists (departments, groups). */
export interface DirectoryListArgs {
  organisationId?: string | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Both lists in the task table's habit: by organisation, then sort order and name, the id last
 * so that the key names one row. (organisation, name) is unique already; the id makes the key
 * whole whatever the sort order, as every keyset order in the project ends.
 */
const DEPARTMENT_ORDER = keysetOrder('departments.sortOrder', ['uuid', 'int', 'text', 'uuid']);
const GROUP_ORDER = keysetOrder('departmentGroups.sortOrder', ['uuid', 'int', 'text', 'uuid']);

/** What a department's GraphQL model is made of. */
export type DepartmentRow = Pick<Department, 'id' | 'name' | 'fullName' | 'kind' | 'tags'>;

export interface GroupMember {
  groupId: string;
  department: Department;
}

interface ListScope {
  organisation: string | null;
  size: number;
  pattern: string | null;
  search: string;
}

/** Reads departments and groups; every read is batched by id so resolvers stay N+1 free. */
@Injectable()
export class OrganisationsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * A page of the departments of the actor's organisation (any organisation's, or all 33,579
   * nationally, for a platform-wide system administrator), filtered by name, full name or tag.
   */
  async departmentPage(actor: Actor, args: DirectoryListArgs = {}): Promise<Connection<Department>> {
    const { organisation, size, pattern, search } = await this.listScope(actor, args);
    const from = decodeCursor(DEPARTMENT_ORDER, args.after);
    const where: ObjectQuery<Department> = organisation ? { organisation } : {};
    if (pattern) where.$or = [{ name: { $ilike: pattern } }, { fullName: { $ilike: pattern } }, { tags: { $contains: [search] } }];
    const [rows, totalCount] = await Promise.all([directoryPageQuery(this.em, Department, where, from, size).getResultList(), this.em.count(Department, where)]);
    return keysetConnection(rows, size, args.after || null, totalCount, (row) => ({
      cursor: encodeCursor(DEPARTMENT_ORDER, [row.organisation.id, row.sortOrder, row.name, row.id]),
      node: row,
    }));
  }

  /** Groups, as departmentPage (filtered by name or description). */
  async groupPage(actor: Actor, args: DirectoryListArgs = {}): Promise<Connection<DepartmentGroup>> {
    const { organisation, size, pattern } = await this.listScope(actor, args);
    const from = decodeCursor(GROUP_ORDER, args.after);
    const where: ObjectQuery<DepartmentGroup> = organisation ? { organisation } : {};
    if (pattern) where.$or = [{ name: { $ilike: pattern } }, { description: { $ilike: pattern } }];
    const [rows, totalCount] = await Promise.all([directoryPageQuery(this.em, DepartmentGroup, where, from, size).getResultList(), this.em.count(DepartmentGroup, where)]);
    return keysetConnection(rows, size, args.after || null, totalCount, (row) => ({
      cursor: encodeCursor(GROUP_ORDER, [row.organisation.id, row.sortOrder, row.name, row.id]),
      node: row,
    }));
  }

  private async listScope(actor: Actor, args: DirectoryListArgs): Promise<ListScope> {
    const own = organisationScope(actor);
    const asked = args.organisationId ? assertId(args.organisationId, 'organisationId') : null;
    if (own && asked && asked !== own) {
      // An office admin of a province or the nation reads the units below it (as its campaigns).
      const readable = await readableOrganisations(this.em, actor);
      if (readable && !(await this.em.count(Organisation, { $and: [readable, { id: asked }] }))) throw organisationError(OrganisationRefusal.OutsideSubtree, '只能查看本单位及下级单位的部门和部门组');
    }
    const size = pageSize(args.first);
    const search = args.search?.trim() ?? '';
    if (search.length > 50) throw organisationError(OrganisationRefusal.SearchTooLong, '搜索内容不能超过 50 个字');
    const pattern = search ? containsPattern(search) : null;
    return { organisation: asked ?? own, size, pattern, search };
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
    const rows: { group_id: string; department_id: string }[] = await this.em.execute(
      `select m.group_id, m.department_id from department_group_member m join department d on d.id = m.department_id
         where m.group_id in (?) order by d.sort_order, d.name`,
      [[...groupIds]],
    );
    const departments = await this.em.find(Department, { id: { $in: rows.map((row) => row.department_id) } });
    const byId = new Map(departments.map((department) => [department.id, department]));
    return rows.map((row) => ({ groupId: row.group_id, department: byId.get(row.department_id) as Department }));
  }
}
