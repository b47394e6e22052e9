import { type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { type EntityClass } from '@mikro-orm/core';
import { MIGRATIONS } from './migrations';

export interface OrmSettings {
  clientUrl: string;
  entities: EntityClass<unknown>[];
  /** Log every SQL statement (development aid). */
  debug?: boolean;
  poolMax?: number;
}

/** The one MikroORM configuration, shared by the API, the CLI commands and the tests. */
export function ormOptions(settings: OrmSettings): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: settings.clientUrl,
    entities: settings.entities,
    debug: settings.debug ?? false,
    extensions: [Migrator],
    pool: { min: 0, max: settings.poolMax ?? 10 },
    // Missing rows are reported by services with NOT_FOUND, never by the ORM's own text.
    findOneOrFailHandler: (entityName: string) => new Error(`${entityName} not found`),
    forceUtcTimezone: true,
    migrations: {
      // Listed explicitly so the same set runs from TypeScript sources and compiled output.
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    allowGlobalContext: false,
  };
}
