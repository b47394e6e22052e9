import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IMigrator, MikroORM } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** Any fixed number; every instance of the API takes the same lock. */
const MIGRATION_LOCK = 7_420_113;

/** Where the migrations live: this module's own folder, sources or compiled output alike. */
const MIGRATIONS_DIR = join(__dirname, 'migrations');

/** Names of the committed migrations, from their files (`Migration<stamp>_<name>.ts` or `.js`). */
export function committedMigrationNames(dir = MIGRATIONS_DIR): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(dir)) {
    const match = /^(Migration\d{14}_\w+)\.(?:ts|js)$/.exec(file);
    if (match) names.add(match[1]);
  }
  return [...names];
}

/** True when a committed migration is not recorded as applied (or nothing is recorded yet). */
async function anyPending(knex: Knex, tableName: string): Promise<boolean> {
  const exists = await knex.raw<{ rows: { found: boolean }[] }>('select to_regclass(?) is not null as found', [tableName]);
  if (!exists.rows[0]?.found) return true;
  const applied = await knex.raw<{ rows: { name: string }[] }>('select name from ??', [tableName]);
  const done = new Set(applied.rows.map((row) => row.name));
  return committedMigrationNames().some((name) => !done.has(name));
}

/** The committed migrations' names in the order they run (loads the migration classes). */
export async function migrationNames(): Promise<string[]> {
  const { MIGRATIONS } = await import('./migrations');
  return MIGRATIONS.map((migration) => migration.name);
}

/**
 * The migrator with the committed migrations, loaded on demand (umzug and every migration class):
 * the ORM options do not register it, so that a start with nothing pending never loads it. Use
 * this instead of `orm.getMigrator()`.
 */
export async function loadMigrator(orm: MikroORM): Promise<IMigrator> {
  const [{ Migrator }, { MIGRATIONS }] = await Promise.all([import('@mikro-orm/migrations'), import('./migrations')]);
  // Listed explicitly so the same set runs from TypeScript sources and compiled output.
  orm.config.set('migrations', { ...orm.config.get('migrations'), migrationsList: MIGRATIONS });
  Migrator.register(orm);
  return orm.getMigrator();
}

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that several API instances
 * starting at once do not race; the later ones find nothing left to do. A start with nothing
 * pending costs two small statements and loads no migration code.
 */
export async function runMigrations(orm: MikroORM): Promise<string[]> {
  const knex = (orm.em as EntityManager).getConnection().getKnex();
  if (!(await anyPending(knex, orm.config.get('migrations').tableName ?? 'mikro_orm_migrations'))) return [];
  const lockConnection = await knex.client.acquireConnection();
  try {
    await knex.raw('select pg_advisory_lock(?)', [MIGRATION_LOCK]).connection(lockConnection);
    const applied = await (await loadMigrator(orm)).up();
    return applied.map((migration) => migration.name);
  } finally {
    await knex
      .raw('select pg_advisory_unlock(?)', [MIGRATION_LOCK])
      .connection(lockConnection)
      .catch(() => undefined);
    await knex.client.releaseConnection(lockConnection);
  }
}
