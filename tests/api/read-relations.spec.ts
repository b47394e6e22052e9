import { readRelations } from '@accredit/db';
import { Client } from 'pg';
import { type TestApi, startTestApi } from '../support/test-api';

// Every module's read relations (ADR 13) against the migrated schema: each runs, gives exactly the
// columns its owner promises, and is pulled up into the reader's plan (no Subquery Scan), so a
// reader joining it pays what joining the table would. Loading the API loads every module.
describe('read relations', () => {
  let t: TestApi;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApi();
    db = new Client({ connectionString: t.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('are declared by the modules', () => {
    expect(readRelations().map((relation) => relation.name)).toEqual(expect.arrayContaining(['organisations.organisation', 'tasks.task', 'campaigns.campaign']));
  });

  it('run and give the promised columns', async () => {
    for (const relation of readRelations()) {
      const result = await db.query(`select * from ${relation} r limit 0`).catch((error: Error) => {
        throw new Error(`${relation.name}: ${error.message}`);
      });
      expect({ name: relation.name, columns: result.fields.map((field) => field.name) }).toEqual({ name: relation.name, columns: [...relation.columns] });
    }
  });

  it('are pulled up into the plan of a statement that filters them', async () => {
    // A relation PostgreSQL cannot flatten (limit, aggregate, distinct, window) stays a node of its
    // own under the reader's filter; a plain select leaves only scans of the owner's tables.
    const unflattened = /Subquery Scan|Limit|Aggregate|Unique|WindowAgg/;
    for (const relation of readRelations()) {
      const plan = await db.query(`explain select r.* from ${relation} r where r.${relation.columns[0]} is not null`);
      const nodes =
        plan.rows
          .map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN'])
          .join('\n')
          .match(unflattened)?.[0] ?? null;
      expect({ name: relation.name, unflattened: nodes }).toEqual({ name: relation.name, unflattened: null });
    }
  });

  it('the check sees a relation that cannot be pulled up', async () => {
    const plan = await db.query('explain select r.* from (select id from organisation limit 5) r where r.id is not null');
    expect(plan.rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n')).toMatch(/Subquery Scan|Limit/);
  });
});
