import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CampaignSetupService, SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { type TestApi, startTestApi } from '../support/test-api';
import { loadMigrator } from '@accredit/db';

const TABLES = [
  'organisation',
  'department',
  'department_group',
  'department_group_member',
  'indicator_system',
  'indicator',
  'evidence_requirement',
  'scoring_rule',
  'responsible_unit',
  'campaign',
  'campaign_phase',
  'task',
];

async function snapshotRows(orm: { em: { getConnection(): { execute(sql: string): Promise<any[]> } } }): Promise<Record<string, string>> {
  const connection = orm.em.getConnection();
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    // md5 over the ordered rows: any changed, added or removed row changes the digest.
    const [row] = await connection.execute(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${table}" t`);
    result[table] = `${row.n}:${row.digest}`;
  }
  return result;
}

describe('migrations and the seed', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi({ seed: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('migrates an empty database to every table, with nothing left pending', async () => {
    const orm = t.api.app.get(MikroORM);
    const tables = await orm.em.getConnection().execute(`select table_name from information_schema.tables where table_schema = 'public'`);
    expect(tables.map((row: { table_name: string }) => row.table_name)).toEqual(expect.arrayContaining([...TABLES, 'mikro_orm_migrations']));
    expect(await (await loadMigrator(orm)).getPendingMigrations()).toEqual([]);
    // The entities and the committed migrations agree: nothing for a new migration to add.
    expect((await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('seeds once; running the seed again changes nothing', async () => {
    const orm = t.api.app.get(MikroORM);
    const setup = t.api.app.get(CampaignSetupService);
    const first = await RequestContext.create(orm.em, () => setup.setUpFromFile(SHAPINGBA_TEMPLATE));
    expect(first.created).toBe(true);
    expect(first.tasks).toBeGreaterThan(55);
    const before = await snapshotRows(orm);
    const second = await RequestContext.create(orm.em, () => setup.setUpFromFile(SHAPINGBA_TEMPLATE));
    expect(second).toMatchObject({ created: false, campaignId: first.campaignId, tasks: 0 });
    expect(await snapshotRows(orm)).toEqual(before);
    expect(before['task']).toMatch(new RegExp(`^${first.tasks}:`));
  });

  it('refuses a broken template with every problem listed, and writes nothing', async () => {
    const orm = t.api.app.get(MikroORM);
    const setup = t.api.app.get(CampaignSetupService);
    const before = await snapshotRows(orm);
    const broken = readFileSync(SHAPINGBA_TEMPLATE, 'utf8').replace('key: shapingba-2021-2025\norganisation:', 'key: other-campaign\norganisation:').replace('units: [区委办]', 'units: [区委办公室]');
    await expect(RequestContext.create(orm.em, () => setup.setUp(broken))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('区委办公室'),
    });
    expect(await snapshotRows(orm)).toEqual(before);
  });

  it('keeps the committed schema.gql in step with the code', () => {
    const schema = printSchema(lexicographicSortSchema(t.api.app.get(GraphQLSchemaHost).schema));
    const file = join(__dirname, '../../apps/api/schema.gql');
    if (process.env['UPDATE_SCHEMA'] === '1') {
      writeFileSync(file, `${schema}\n`);
    }
    expect(readFileSync(file, 'utf8').trimEnd()).toBe(schema.trimEnd());
  });
});
