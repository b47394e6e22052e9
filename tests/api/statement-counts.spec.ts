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

  // Once the immutable data is cached (a campaign's pinned task workflow, its indicator-system
  // snapshot, its phases), a page of tasks costs the session, the page, its count and the
  // departments of the page — whatever the page size, the filters or the order.
  it('TaskTable: four statements once warm, for every filter and order', async () => {
    const document = adminDocument('tasks/TaskTable.graphql');
    const cases: Record<string, unknown>[] = [
      { first: 50 },
      { first: 100, orderBy: 'DUE_ON' },
      { first: 50, orderBy: 'DEPARTMENT', search: '科' },
      { first: 50, states: ['pending', 'in_progress', 'returned'], dueBefore: '2099-01-01', indicatorCode: '1' },
    ];
    for (const variables of cases) expect(await statements(t.gql, document, { campaignId, ...variables })).toBe(4);
  });

  it('stateLabel and deadlineStatus share one campaign lookup, none once cached', async () => {
    const fresh = await t.as('office');
    const before = counter.count();
    // A first request after start-up may read the campaign's pinned workflow once, never per task.
    await fresh('query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { stateLabel deadlineStatus } } } }', { id: campaignId });
    const cold = counter.count() - before;
    expect(cold).toBeLessThanOrEqual(5);
    expect(await statements(fresh, 'query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { stateLabel deadlineStatus } } } }', { id: campaignId })).toBe(3);
  });

  it.each([
    ['CampaignDashboard', 'dashboard/CampaignDashboard.graphql', 3],
    // The session, the campaign, its current scores and the tasks counted per rule in SQL; the
    // snapshot's indicators, rules and system are cached, snapshots read only when asked for.
    ['CampaignScores', 'dashboard/CampaignScores.graphql', 4],
    ['CampaignIndicatorTree', 'campaigns/CampaignIndicatorTree.graphql', 2],
  ])('%s: few statements once warm', async (_name, file, most) => {
    const document = adminDocument(file as string);
    const count = await statements(t.gql, document, /\$id\b/.test(document) ? { id: campaignId } : { campaignId });
    process.stdout.write(`${file}: ${count} statements\n`);
    expect(count).toBeLessThanOrEqual(most as number);
  });
});
