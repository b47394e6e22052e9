import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type StatementCounter, startStatementCounter } from '../support/statement-counter';
import { type TestApi, startTestApi } from '../support/test-api';
import { createTestDatabase } from '../support/test-database';

// Statements per request are independent of page size (no N+1): the UI's own documents are
// sent with small and full pages, and every SQL statement the API sends is counted at the wire.
const adminDocument = (path: string) => readFileSync(join(__dirname, '../../apps/admin/src/graphql', path), 'utf8');

describe('statements per request', () => {
  let counter: StatementCounter;
  let t: TestApi;
  let campaignId: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    const url = new URL(database.url);
    counter = await startStatementCounter(url.hostname, Number(url.port || 5432));
    url.hostname = '127.0.0.1';
    url.port = String(counter.port);
    t = await startTestApi({ database: { ...database, url: url.toString() } });
    campaignId = (await t.gql<{ campaigns: { id: string }[] }>('{ campaigns { id } }')).data!.campaigns[0].id;
  });

  afterAll(async () => {
    await t?.close();
    await counter?.close();
  });

  async function statements(gql: TestApi['gql'], query: string, variables: Record<string, unknown>): Promise<number> {
    await gql(query, variables); // warm: caches of immutable data are allowed to fill
    const before = counter.count();
    const result = await gql(query, variables);
    expect(result.errors).toBeUndefined();
    return counter.count() - before;
  }

  it.each([
    ['TaskTable (office admin)', 'tasks/TaskTable.graphql', 'office'],
    ['TaskWorkList (liaison)', 'tasks/TaskWorkList.graphql', 'xiaolongkan'],
  ])('%s: the same number of statements for 10, 50 and 100 rows', async (_name, file, user) => {
    const gql = user === 'office' ? t.gql : await t.as(user);
    const counts = [];
    for (const first of [10, 50, 100]) counts.push(await statements(gql, adminDocument(file), { campaignId, first }));
    process.stdout.write(`${file}: ${counts.join(' / ')} statements for 10 / 50 / 100 rows\n`);
    expect(new Set(counts).size).toBe(1);
  });
});
