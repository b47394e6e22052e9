import { type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { type EntityClass } from '@mikro-orm/core';

export interface OrmSettings {
  clientUrl: string;
  entities: EntityClass<unknown>[];
  /** Log every SQL statement (development aid). */
  debug?: boolean;
  poolMax?: number;
  /** Longest a statement may run (the API's requests); none for commands such as migrations. */
  statementTimeoutMs?: number;
}

/** How long a request waits for a connection, or for a server to answer a connect, before SERVICE_UNAVAILABLE. */
const CONNECT_TIMEOUT_MS = 5000;

let lastConnectionWarning = 0;

/** knex's own warnings (a pooled connection that died) would print one line per connection: once per 10 s is enough. */
const knexLog = {
  warn(message: string): void {
    if (Date.now() - lastConnectionWarning < 10_000) return;
    lastConnectionWarning = Date.now();
    process.stderr.write(`数据库连接中断：${String(message).slice(0, 200)}\n`);
  },
  error: (message: string) => process.stderr.write(`数据库驱动错误：${String(message).slice(0, 500)}\n`),
  deprecate: () => undefined,
  debug: () => undefined,
};

/** The one MikroORM configuration, shared by the API, the CLI commands and the tests. */
export function ormOptions(settings: OrmSettings): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: settings.clientUrl,
    entities: settings.entities,
    debug: settings.debug ?? false,
    pool: { min: 0, max: settings.poolMax ?? 10, acquireTimeoutMillis: CONNECT_TIMEOUT_MS },
    // A lost database fails requests within seconds (SERVICE_UNAVAILABLE) instead of hanging them.
    driverOptions: {
      log: knexLog,
      acquireConnectionTimeout: CONNECT_TIMEOUT_MS,
      connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}) },
    },
    // Missing rows are reported by services with NOT_FOUND, never by the ORM's own text.
    findOneOrFailHandler: (entityName: string) => new Error(`${entityName} not found`),
    forceUtcTimezone: true,
    // The migrator (umzug) and the migration classes are loaded only when a migration is pending
    // (runMigrations): most starts find none, and loading them was half a second of a cold start.
    migrations: {
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    allowGlobalContext: false,
  };
}
