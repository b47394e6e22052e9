import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { Department, DepartmentGroup } from '@accredit/organisations';
import { directoryPageQuery } from '../../libs/organisations/src/directory-page.query';
import { userPageQuery } from '../../libs/identity/src/user-page.query';
import { rowsRead } from '../support/plan-rows';
import { type TestApi, startTestApi } from '../support/test-api';

// The keyset lists at national shape (issue 16): a page after a cursor deep in the country's
// departments, groups and accounts reads about a page of rows, not every row before the cursor
// (as an offset, or a sort of the whole list, would). EXPLAIN ANALYZE counts the rows each scan
// reads, kept or filtered out. Without the (organisation, username) index, one county's page of
// accounts read every account of the country (30,008 rows here); the directory lists are served
// by the department and group indexes there were (organisation first, then an incremental sort).

const COUNTIES = 300;
const USERS_PER_COUNTY = 100;
const PAGE = 50;

describe('keyset list pages at national shape', () => {
  let t: TestApi;
  let db: Client;
  let orm: MikroORM;
  let county: string;

  beforeAll(async () => {
    t = await startTestApi();
    orm = t.api.app.get(MikroORM);
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    const [seeded] = (await db.query(`select organisation_id from department group by organisation_id order by count(*) desc limit 1`)).rows;
    // The other counties: copies of the district's organisation, departments and groups, each with its accounts.
    const copy = (table: string, from: string, where: string, changes: string) =>
      db.query(`insert into ${table} select copied.* from ${from} cross join lateral jsonb_populate_record(null::${table}, to_jsonb(x) || ${changes}) copied where ${where}`);
    await db.query(`create temp table county as select gen_random_uuid() as id, n from generate_series(1, ${COUNTIES}) n`);
    await copy(
      'organisation',
      'organisation x cross join county c',
      `x.id = '${seeded.organisation_id}'`,
      `jsonb_build_object('id', c.id, 'code', 'T' || lpad(c.n::text, 6, '0'), 'name', x.name || c.n, 'path', replace(x.path, x.id::text, c.id::text))`,
    );
    await copy('department', 'department x cross join county c', `x.organisation_id = '${seeded.organisation_id}'`, `jsonb_build_object('id', gen_random_uuid(), 'organisation_id', c.id)`);
    await copy('department_group', 'department_group x cross join county c', `x.organisation_id = '${seeded.organisation_id}'`, `jsonb_build_object('id', gen_random_uuid(), 'organisation_id', c.id)`);
    await db.query(
      `insert into app_user (id, username, display_name, password_hash, roles, organisation_id)
       select gen_random_uuid(), 'u' || c.n || '-' || g, '用户' || g, 'x', '{liaison}', c.id from county c cross join generate_series(1, ${USERS_PER_COUNTY}) g`,
    );
    await db.query('analyze organisation, department, department_group, app_user');
    county = (await db.query(`select id from county where n = ${COUNTIES / 2}`)).rows[0].id;
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  async function read(sql: string): Promise<Record<string, number>> {
    const result = await db.query(`explain (analyze, format json) ${sql}`);
    return rowsRead(result.rows[0]['QUERY PLAN'][0].Plan);
  }

  /** The key of the row `offset` rows into a list (its order's columns). */
  async function keyAt(sql: string, offset: number): Promise<unknown[]> {
    return Object.values((await db.query(`${sql} offset ${offset} limit 1`)).rows[0]);
  }

  it('the country is there', async () => {
    const [counts] = (await db.query('select (select count(*) from department)::int as departments, (select count(*) from app_user)::int as users')).rows;
    expect(counts.departments).toBeGreaterThan(10_000);
    expect(counts.users).toBeGreaterThan(COUNTIES * USERS_PER_COUNTY);
  });

  it('a deep page of every department reads about a page of departments', async () => {
    const total = Number((await db.query('select count(*) from department')).rows[0].count);
    const from = await keyAt('select organisation_id, sort_order, name, id from department order by organisation_id, sort_order, name, id', Math.floor(total / 2));
    const rows = await read(directoryPageQuery(orm.em.fork(), Department, {}, from, PAGE).getFormattedQuery());
    expect(rows['department']).toBeLessThanOrEqual(2 * (PAGE + 1));
  });

  it("a page of one county's departments after a cursor reads only that county's", async () => {
    const from = await keyAt(`select organisation_id, sort_order, name, id from department where organisation_id = '${county}' order by sort_order, name, id`, 5);
    const own = Number((await db.query(`select count(*) from department where organisation_id = '${county}'`)).rows[0].count);
    const rows = await read(directoryPageQuery(orm.em.fork(), Department, { organisation: county }, from, PAGE).getFormattedQuery());
    expect(rows['department']).toBeLessThanOrEqual(own + 1);
  });

  it('a deep page of every group reads about a page of groups', async () => {
    const total = Number((await db.query('select count(*) from department_group')).rows[0].count);
    expect(total).toBeGreaterThanOrEqual(COUNTIES);
    const from = await keyAt('select organisation_id, sort_order, name, id from department_group order by organisation_id, sort_order, name, id', Math.floor(total / 2));
    const rows = await read(directoryPageQuery(orm.em.fork(), DepartmentGroup, {}, from, PAGE).getFormattedQuery());
    expect(rows['department_group']).toBeLessThanOrEqual(2 * (PAGE + 1));
  });

  it("a deep page of the country's accounts reads about a page of accounts", async () => {
    const from = await keyAt('select username, id from app_user order by username, id', (COUNTIES * USERS_PER_COUNTY) / 2);
    const rows = await read(userPageQuery(orm.em.fork(), {}, from, PAGE).getFormattedQuery());
    expect(rows['app_user']).toBeLessThanOrEqual(2 * (PAGE + 1));
  });

  it("a page of one county's accounts after a cursor reads about a page of that county's", async () => {
    const from = await keyAt(`select username, id from app_user where organisation_id = '${county}' order by username, id`, 20);
    const rows = await read(userPageQuery(orm.em.fork(), { organisation: county }, from, PAGE).getFormattedQuery());
    expect(rows['app_user']).toBeLessThanOrEqual(2 * (PAGE + 1));
  });
});
