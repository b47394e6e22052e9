import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, type Connection, assertId, containsPattern, decodeCursor, encodeCursor, hasRole, keysetConnection, keysetOrder, pageSize } from '@accredit/api-kit';
import { Organisation } from './organisation.entity';
import type { OrganisationFilterInput } from './organisation.model';
import { isOrganisationLevel } from './tree/organisation-level';
import { ancestorIdsOf, subtreePattern } from './tree/organisation-path';
import { OrganisationRefusal, organisationError, organisationNotFound } from './organisations.exception';

/** Code order (codes are unique on the platform), the id only to make the key whole. */
const CODE_ORDER = keysetOrder('organisations.code', ['text', 'uuid']);

/** A platform-wide system administrator: no organisation, the whole tree. */
export const isPlatformAdmin = (actor: Actor): boolean => hasRole(actor, 'system_admin') && actor.organisationId === null;

/**
 * Reads of the organisation tree. Everything below an organisation is one prefix query on the
 * indexed path; ancestors are the ids on a path, read in one query for many organisations.
 */
@Injectable()
export class OrganisationTreeService {
  constructor(private readonly em: EntityManager) {}

  /** The path an actor's reads are limited to: null for a platform admin (everything), else their own subtree. */
  async scopePathOf(actor: Actor): Promise<string | null> {
    if (isPlatformAdmin(actor)) return null;
    if (!actor.organisationId) return '\u0000'; // matches nothing: an account without organisation sees no tree
    if (actor.organisationPath) return actor.organisationPath;
    const own = await this.em.findOne(Organisation, { id: actor.organisationId });
    return own?.path ?? '\u0000';
  }

  /** A page of organisations in code order (the nation, then each province followed by its units). */
  async page(actor: Actor, filter: OrganisationFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Organisation>> {
    const size = pageSize(first);
    const from = decodeCursor(CODE_ORDER, after);
    const conditions: FilterQuery<Organisation>[] = [];
    const scope = await this.scopePathOf(actor);
    if (scope !== null) conditions.push({ path: { $like: subtreePattern(scope) } });
    if (filter?.parentId) conditions.push({ parent: assertId(filter.parentId, 'parentId') });
    if (filter?.underId) {
      const under = await this.em.findOne(Organisation, { id: assertId(filter.underId, 'underId') });
      conditions.push(under ? { path: { $like: subtreePattern(under.path) } } : { id: null });
    }
    if (filter?.level) {
      if (!isOrganisationLevel(filter.level)) throw organisationError(OrganisationRefusal.BadLevel, `层级「${filter.level}」无效`);
      conditions.push({ level: filter.level });
    }
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > 50) throw organisationError(OrganisationRefusal.SearchTooLong, '搜索内容不能超过 50 个字');
      const pattern = containsPattern(search);
      conditions.push({ $or: [{ name: { $ilike: pattern } }, { shortName: { $ilike: pattern } }, { code: { $like: pattern } }] });
    }
    if (filter?.includeDisabled === false) conditions.push({ disabled: false });
    const where: FilterQuery<Organisation> = conditions.length ? { $and: conditions } : {};
    const afterCursor: FilterQuery<Organisation> = from ? { $or: [{ code: { $gt: from[0] } }, { code: from[0], id: { $gt: from[1] } }] } : {};
    const [rows, totalCount] = await Promise.all([
      this.em.find(Organisation, from ? { $and: [...conditions, afterCursor] } : where, { orderBy: { code: 'asc', id: 'asc' }, limit: size + 1 }),
      this.em.count(Organisation, where),
    ]);
    return keysetConnection(rows, size, after || null, totalCount, (organisation) => ({ cursor: encodeCursor(CODE_ORDER, [organisation.code, organisation.id]), node: organisation }));
  }

  /** One organisation the actor may read (their own subtree; all for a platform admin); NOT_FOUND otherwise. */
  async get(actor: Actor, id: string): Promise<Organisation> {
    const organisation = await this.em.findOne(Organisation, { id: assertId(id) });
    const scope = await this.scopePathOf(actor);
    if (!organisation || (scope !== null && !organisation.path.startsWith(scope))) throw organisationNotFound(OrganisationRefusal.OrganisationNotFound, '组织机构', id);
    return organisation;
  }

  /** Organisations by id that the actor may read, as `get` decides (one statement; the scope comes with the session). */
  async readableByIds(actor: Actor, ids: readonly string[]): Promise<Organisation[]> {
    const [rows, scope] = await Promise.all([this.byIds(ids), this.scopePathOf(actor)]);
    return scope === null ? rows : rows.filter((organisation) => organisation.path.startsWith(scope));
  }

  /** The actor's own organisation (null for a platform admin). */
  async own(actor: Actor): Promise<Organisation | null> {
    return actor.organisationId ? this.em.findOne(Organisation, { id: actor.organisationId }) : null;
  }

  byIds(ids: readonly string[]): Promise<Organisation[]> {
    return ids.length ? this.em.find(Organisation, { id: { $in: [...ids] } }) : Promise.resolve([]);
  }

  /** Number of direct children of each organisation, in one statement. */
  async childCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.em.execute<{ parent_id: string; n: number }[]>('select parent_id, count(*)::int as n from organisation where parent_id in (?) group by parent_id', [[...ids]]);
    return new Map(rows.map((row) => [row.parent_id, row.n]));
  }

  /**
   * Whose definitions an organisation may use, nearest first: itself, then its ancestors up to
   * the root (ids only; the platform itself, owner null, comes after them). Empty for none.
   */
  async ownershipChain(organisationId: string | null): Promise<string[]> {
    if (!organisationId) return [];
    const organisation = await this.em.findOne(Organisation, { id: organisationId });
    if (!organisation) return [];
    return [organisation.id, ...ancestorIdsOf(organisation.path).reverse()];
  }
}
