import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { type Actor, hasRole } from '@accredit/api-kit';
import { Organisation } from './organisation.entity';
import { isPlatformAdmin } from './organisation-tree.service';
import { subtreePattern } from './tree/organisation-path';

/**
 * Whose work an actor may READ: null (no limit) for a platform admin; for an office admin their
 * organisation and everything below it (a province or the nation follows its descendants'
 * progress, read-only); for anyone else their own organisation. Changes stay with the owning
 * organisation (organisationScope), whatever this allows to be read.
 */
export async function readableOrganisations(em: EntityManager, actor: Actor): Promise<FilterQuery<Organisation> | null> {
  if (isPlatformAdmin(actor)) return null;
  if (!actor.organisationId) return { id: null };
  if (!hasRole(actor, 'office_admin')) return { id: actor.organisationId };
  const path = actor.organisationPath ?? (await em.findOne(Organisation, { id: actor.organisationId }))?.path;
  return path ? { path: { $like: subtreePattern(path) } } : { id: null };
}
