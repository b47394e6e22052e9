import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '@accredit/api-kit';
import { Organisation } from './organisation.entity';
import { isPlatformAdmin } from './organisation-tree.service';
import { subtreePattern } from './tree/organisation-path';

/** Whose work an actor may read, as plain values (for statements written in SQL). */
export type OrganisationReadScope = { all: true } | { organisationId: string | null } | { pathPattern: string };

/**
 * Whose work an actor may READ: everything for a platform admin; for an office admin their
 * organisation and everything below it (a province or the nation follows its descendants'
 * progress, read-only); for anyone else their own organisation. Changes stay with the owning
 * organisation (organisationScope), whatever this allows to be read.
 */
export async function organisationReadScope(em: EntityManager, actor: Actor): Promise<OrganisationReadScope> {
  if (isPlatformAdmin(actor)) return { all: true };
  if (!actor.organisationId) return { organisationId: null };
  if (!hasRole(actor, 'office_admin')) return { organisationId: actor.organisationId };
  const path = actor.organisationPath ?? (await em.findOne(Organisation, { id: actor.organisationId }))?.path;
  return path ? { pathPattern: subtreePattern(path) } : { organisationId: null };
}

/** organisationReadScope as a filter: null (no limit) for a platform admin. */
export async function readableOrganisations(em: EntityManager, actor: Actor): Promise<FilterQuery<Organisation> | null> {
  const scope = await organisationReadScope(em, actor);
  if ('all' in scope) return null;
  return 'pathPattern' in scope ? { path: { $like: scope.pathPattern } } : { id: scope.organisationId };
}
