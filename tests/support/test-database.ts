import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Written by the run's global setup (tests/support/global-setup.js), which names it in TEST_DATABASE_STATE. */
function state(): { url: string; runId: string } {
  const file = process.env['TEST_DATABASE_STATE'];
  if (!file) throw new Error('tests/support/global-setup.js did not run (no TEST_DATABASE_STATE)');
  return JSON.parse(readFileSync(file, 'utf8'));
}

function serverUrl(): string {
  return state().url;
}

/** The run's seeded template database (global-setup names it; global-teardown drops it). */
export function templateName(): string {
  return `accredit_test_template_${state().runId}`;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database on the run's server (empty, or a copy of `template`), so test files never see each other's rows. */
export async function createTestDatabase(template?: string): Promise<TestDatabase> {
  const name = `accredit_test_${randomBytes(5).toString('hex')}`;
  await admin((client) => client.query(template ? `create database ${name} template ${template}` : `create database ${name}`));
  return {
    name,
    url: withDatabase(serverUrl(), name),
    drop: () => admin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/**
 * The run's template, made by `build` (given a new empty database, it leaves it migrated and
 * seeded, with no connection open) by the first test file that asks; the others wait for it
 * under an advisory lock, then copy it, which takes a tenth of a second where migrating and
 * seeding took seconds.
 */
export async function ensureTemplate(build: (database: TestDatabase) => Promise<void>): Promise<string> {
  const template = templateName();
  await admin(async (client) => {
    // A session lock, held on this connection while the template is built; released by client.end().
    await client.query('select pg_advisory_lock(hashtext($1))', [template]);
    const found = await client.query('select 1 from pg_database where datname = $1', [template]);
    if (found.rowCount) return;
    const database = await createTestDatabase();
    try {
      await build(database);
      await client.query(`alter database ${database.name} rename to ${template}`);
    } catch (error) {
      await database.drop();
      throw error;
    }
  });
  return template;
}
