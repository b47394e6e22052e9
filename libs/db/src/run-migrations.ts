import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Any fixed number; every instance of the API takes the same lock. */
const MIGRATION_LOCK = 7_420_113;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that several API instances
 * starting at once do not race; the later ones find nothing left to do.
 */
export async function runMigrations(orm: MikroORM): Promise<string[]> {
  const knex = (orm.em as EntityManager).getConnection().getKnex();
  const lockConnection = await knex.client.acquireConnection();
  try {
    await knex.raw('select pg_advisory_lock(?)', [MIGRATION_LOCK]).connection(lockConnection);
    const applied = await orm.getMigrator().up();
    return applied.map((migration) => migration.name);
  } finally {
    await knex.raw('select pg_advisory_unlock(?)', [MIGRATION_LOCK]).connection(lockConnection).catch(() => undefined);
    await knex.client.releaseConnection(lockConnection);
  }
}
