import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { DemoAccountsService } from '@accredit/identity';
import { type RunningApi, loadConfig, startApi } from '@accredit/api';
import { type TestDatabase, createTestDatabase, ensureTemplate } from './test-database';

export const DEMO_PASSWORD = 'Test@2026demo';

export interface GraphqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
}

export type Gql = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResponse<T>>;

export interface TestApi {
  api: RunningApi;
  database: TestDatabase;
  /** As the office admin (demo account `office`). */
  gql: Gql;
  /** Without logging in. */
  anonymous: Gql;
  /** Logs in with a bearer token and returns a client for that user. */
  as(username: string, password?: string): Promise<Gql & { token: string }>;
  close(): Promise<void>;
}

function client(url: string, headers: Record<string, string>): Gql {
  return async (query, variables) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<any>;
  };
}

/**
 * The real API, in this process, on a fresh database: migrated, seeded, with the demo accounts.
 * A seeded one is a copy of the run's template (migrated and seeded once per run), where each
 * file used to migrate and seed its own: the start repeats both, finding nothing to do.
 */
export async function startTestApi(options: { seed?: boolean; env?: Record<string, string>; database?: TestDatabase } = {}): Promise<TestApi> {
  const seed = options.seed !== false;
  if (options.database || !seed) return startOn(options.database ?? (await createTestDatabase()), seed, seed, options.env);
  // A copy of the template has the demo accounts already: ensuring them again costs a password hash.
  return startOn(await createTestDatabase(await ensureTemplate(buildTemplate)), true, false, options.env);
}

/** Migrates and seeds a new database for the run's template, and leaves no connection open. */
async function buildTemplate(database: TestDatabase): Promise<void> {
  const api = await startOn(database, true, true);
  await api.api.close();
}

async function startOn(database: TestDatabase, seed: boolean, demoAccounts: boolean, env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    PORT: '0',
    SEED_ON_START: seed ? 'true' : 'false',
    ADMIN_DIST: '/nonexistent',
    ADMIN_PASSWORD: 'Admin@2026first',
    // Scans run when a test asks for one, not on a timer.
    REMINDER_INTERVAL_MINUTES: '0',
    // Suites log in hundreds of times a minute from 127.0.0.1; tests/reliability checks the limit itself.
    LOGIN_RATE_PER_MINUTE: '100000',
    // argon2id at 4 MiB: a login costs ~12 ms of CPU instead of ~190 ms at the installations' 64 MiB,
    // and the suites log in some 300 times. tests/reliability/login-abuse.spec.ts, which compares
    // login times, and the password-hasher spec keep the real cost.
    PASSWORD_HASH_MEMORY_KIB: '4096',
    ...env,
  });
  const api = await startApi(config);
  if (demoAccounts) {
    const orm = api.app.get(MikroORM);
    await RequestContext.create(orm.em, () => api.app.get(DemoAccountsService).ensure('500106', DEMO_PASSWORD));
  }
  const anonymous = client(api.url, {});
  const as = async (username: string, password = DEMO_PASSWORD) => {
    const result = await anonymous<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { username, password, issueToken: true } });
    if (!result.data?.login.token) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
    const token = result.data.login.token;
    return Object.assign(client(api.url, { authorization: `Bearer ${token}` }), { token });
  };
  const office = seed ? await as('office') : anonymous;
  return {
    api,
    database,
    gql: office,
    anonymous,
    as,
    close: async () => {
      await api.close();
      await database.drop();
    },
  };
}
