import { type RunningApi, startApi } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { type TestDatabase, createTestDatabase } from './test-database';

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
}

export interface TestApi {
  api: RunningApi;
  database: TestDatabase;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** The real API, in this process, on a fresh database (migrated and, by default, seeded). */
export async function startTestApi(options: { seed?: boolean } = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    PORT: '0',
    SEED_ON_START: options.seed === false ? 'false' : 'true',
    ADMIN_DIST: '/nonexistent',
  });
  const api = await startApi(config);
  return {
    api,
    database,
    gql: async (query, variables) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<any>;
    },
    close: async () => {
      await api.close();
      await database.drop();
    },
  };
}
