import { MikroORM } from '@mikro-orm/postgresql';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

// Walking a list page by page while others add to it: keyset cursors name a row, so rows
// inserted before the cursor never push a row onto the next page twice, and rows inserted after
// it are still reached. (With offsets under the name of a cursor, every insert before the
// cursor showed a row twice.)

const TASKS = `query($campaignId: ID!, $orderBy: TaskOrder, $first: Int, $after: String) {
  tasks(campaignId: $campaignId, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node { id dueOn } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const DEPARTMENTS = `query($first: Int, $after: String, $search: String) {
  departments(first: $first, after: $after, search: $search) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`;

const GROUPS = `query($first: Int, $after: String) {
  departmentGroups(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`;

const USERS = `query($first: Int, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`;

const ORGANISATIONS = `query($first: Int, $after: String) {
  organisations(first: $first, after: $after) { edges { cursor node { id code } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`;

describe('keyset pages under concurrent inserts', () => {
  let t: TestApi;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.fork().getConnection().execute(text, params);
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
  });

  /** A department of its own for the tasks one walk inserts (a rule has one task per department). */
  async function newDepartment(name: string): Promise<string> {
    const [row] = await sql(
      `insert into department (id, organisation_id, name, kind, sort_order) select gen_random_uuid(), organisation_id, ?, kind, 0 from department d
       where exists (select 1 from task t where t.department_id = d.id and t.campaign_id = ?) limit 1 returning id`,
      [name, campaignId],
    );
    return row.id;
  }

  afterAll(async () => {
    await t?.close();
  });

  /** Inserts a task of the campaign's `ruleIndex`-th rule for `departmentId`, due on `dueOn`, at the end of the table. */
  async function insertTask(departmentId: string, dueOn: string, ruleIndex: number): Promise<string> {
    const [row] = await sql(
      `insert into task (id, campaign_id, scoring_rule_id, department_id, role, position, due_on, state)
       select gen_random_uuid(), t.campaign_id, t.scoring_rule_id, ?, t.role, (select max(position) + 1 from task where campaign_id = t.campaign_id), ?, 'pending'
       from (select distinct on (scoring_rule_id) * from task where campaign_id = ? order by scoring_rule_id, position) t order by t.position offset ? limit 1 returning id`,
      [departmentId, dueOn, campaignId, ruleIndex],
    );
    return row.id;
  }

  async function walk(gql: Gql, query: string, variables: Record<string, unknown>, path: string, between: (page: number) => Promise<void>) {
    const seen: string[] = [];
    const pages: any[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result: { data?: any; errors?: unknown } = await gql(query, { ...variables, after });
      expect(result.errors).toBeUndefined();
      const connection: any = result.data[path];
      pages.push(connection.pageInfo);
      seen.push(...connection.edges.map((edge: any) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
      await between(page);
    }
    return { seen, pages };
  }

  it.each(['TABLE', 'DUE_ON', 'DEPARTMENT'])('tasks in %s order: every task once, including those added after the cursor, none twice', async (orderBy) => {
    const before = (await sql('select id from task where campaign_id = ?', [campaignId])).map((row) => row.id as string);
    const inserted: string[] = [];
    const { seen, pages } = await walk(t.gql, TASKS, { campaignId, orderBy, first: 20 }, 'tasks', async (page) => {
      // While the walk goes on: one task due before everything (sorts before the cursor in the
      // due-date order) and, on the first pages, one due after everything; each for a new department.
      inserted.push(await insertTask(await newDepartment(`新设部门 ${orderBy} ${page} 甲`), '2000-01-01', 0));
      if (page < 2) inserted.push(await insertTask(await newDepartment(`新设部门 ${orderBy} ${page} 乙`), '2099-12-31', 1));
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(before));
    // Every row seen existed before or was inserted during the walk.
    expect(seen.every((id) => before.includes(id) || inserted.includes(id))).toBe(true);
    const late = inserted.filter((_id, index) => index % 2 === 1 && index < 4);
    if (orderBy !== 'DEPARTMENT') expect(seen).toEqual(expect.arrayContaining(late));
    expect(pages[0]).toMatchObject({ hasPreviousPage: false });
    expect(pages.slice(1).every((info: any) => info.hasPreviousPage)).toBe(true);
    expect(pages.every((info: any) => typeof info.startCursor === 'string')).toBe(true);
  });

  it('organisations in code order: one created before the cursor is not shown twice, one after it is reached', async () => {
    const admin = await t.as('sysadmin');
    const chongqing = (await admin('{ organisations(filter: { search: "500000" }) { edges { node { id } } } }')).data!.organisations.edges[0].node.id;
    const create = async (code: string, name: string) =>
      (await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { parentId: chongqing, level: 'county', code, name } })).data!.createOrganisation
        .id as string;
    const first = await walk(admin, ORGANISATIONS, { first: 1 }, 'organisations', async () => undefined);
    expect(first.seen.length).toBeGreaterThan(2);
    const created: string[] = [];
    const { seen } = await walk(admin, ORGANISATIONS, { first: 1 }, 'organisations', async (page) => {
      if (page === 1) {
        created.push(await create('000001', '测试单位甲')); // sorts before every cursor but the nation's
        created.push(await create('999999', '测试单位乙')); // sorts after every cursor
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(first.seen));
    expect(seen).not.toContain(created[0]);
    expect(seen).toContain(created[1]);
  });

  it("departments in small pages: the database's order, equal sort orders split across pages, each once", async () => {
    const admin = await t.as('sysadmin');
    // Twelve departments with one sort order (the seed numbers them 0, 1, …): pages of 5 cut through them.
    await sql(
      `insert into department (id, organisation_id, name, kind, sort_order)
       select gen_random_uuid(), organisation_id, '同序部门' || n, kind, 7 from department cross join generate_series(1, 12) n where name = '区科协'`,
    );
    const expected = (await sql('select id from department order by organisation_id, sort_order, name, id')).map((row) => row.id as string);
    const { seen, pages } = await walk(admin, DEPARTMENTS, { first: 5 }, 'departments', async () => undefined);
    expect(seen).toEqual(expected);
    expect(pages.length).toBe(Math.ceil(expected.length / 5));
    expect(pages[0]).toMatchObject({ hasPreviousPage: false });
    expect(pages.slice(1).every((info: any) => info.hasPreviousPage)).toBe(true);
    // A search pages the same way, over the matching rows only.
    const equal = (await sql(`select id from department where name like '同序部门%' order by organisation_id, sort_order, name, id`)).map((row) => row.id as string);
    expect((await walk(admin, DEPARTMENTS, { first: 5, search: '同序部门' }, 'departments', async () => undefined)).seen).toEqual(equal);
  });

  it("department groups and accounts in pages of 2: the database's order, each once", async () => {
    const admin = await t.as('sysadmin');
    const groups = (await sql('select id from department_group order by organisation_id, sort_order, name, id')).map((row) => row.id as string);
    expect(groups.length).toBeGreaterThan(2);
    expect((await walk(admin, GROUPS, { first: 2 }, 'departmentGroups', async () => undefined)).seen).toEqual(groups);
    const users = (await sql('select id from app_user order by username, id')).map((row) => row.id as string);
    expect(users.length).toBeGreaterThan(4);
    expect((await walk(admin, USERS, { first: 2 }, 'users', async () => undefined)).seen).toEqual(users);
    // An office admin walks their own organisation's accounts only.
    const own = (await sql(`select u.id from app_user u join app_user me on me.organisation_id = u.organisation_id where me.username = 'office' order by u.username, u.id`)).map(
      (row) => row.id as string,
    );
    const walked = await walk(t.gql, USERS, { first: 3 }, 'users', async () => undefined);
    expect(walked.seen).toEqual(own);
    expect(own.length).toBeLessThan(users.length);
  });

  it('an account created before the cursor is not shown twice, one after it is reached', async () => {
    const create = (username: string) =>
      t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { username, displayName: username, password: 'Walk@2026account', roles: ['supervisor'] },
      });
    const created: string[] = [];
    const { seen } = await walk(t.gql, USERS, { first: 2 }, 'users', async (page) => {
      if (page === 1) {
        created.push((await create('0-before')).data!.createUser.id); // sorts before every cursor
        created.push((await create('zz-after')).data!.createUser.id); // sorts after every cursor
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain(created[0]);
    expect(seen).toContain(created[1]);
  });

  it('refuses a cursor of another list, a forged one and an old offset with VALIDATION and a Chinese message', async () => {
    const admin = await t.as('sysadmin');
    const departmentCursor = (await admin(DEPARTMENTS, { first: 1 })).data!.departments.pageInfo.endCursor;
    const userCursor = (await admin(USERS, { first: 1 })).data!.users.pageInfo.endCursor;
    for (const [query, after] of [
      [GROUPS, departmentCursor],
      [DEPARTMENTS, userCursor],
      [USERS, departmentCursor],
      [DEPARTMENTS, Buffer.from(JSON.stringify(['departments.sortOrder', 'not-a-uuid', 0, 'x', "' or 1=1 --"])).toString('base64url')],
      [USERS, Buffer.from(JSON.stringify(['users.username', 'kexie'])).toString('base64url')],
      [DEPARTMENTS, '50'],
    ]) {
      const refused = await admin(query, { first: 5, after });
      expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION');
      expect(refused.errors?.[0].extensions?.details).toMatchObject({ reason: 'BAD_CURSOR' });
      expect(refused.errors?.[0].message).toMatch(/游标 after 无效.*从第一页开始/);
    }
  });

  it('refuses a cursor of another order, a forged one and an old offset cursor with VALIDATION and a Chinese message', async () => {
    const page = await t.gql(TASKS, { campaignId, orderBy: 'TABLE', first: 5 });
    const tableCursor = page.data!.tasks.pageInfo.endCursor;
    for (const [orderBy, after] of [
      ['DUE_ON', tableCursor],
      ['TABLE', 'bm9wZQ'],
      ['TABLE', Buffer.from('p:20').toString('base64url')],
      ['DEPARTMENT', Buffer.from(JSON.stringify(['tasks.department', 0, 'x', 1, "' or 1=1 --"])).toString('base64url')],
    ]) {
      const refused = await t.gql(TASKS, { campaignId, orderBy, first: 5, after });
      expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION');
      expect(refused.errors?.[0].extensions?.details).toMatchObject({ reason: 'BAD_CURSOR' });
      expect(refused.errors?.[0].message).toMatch(/游标 after 无效.*从第一页开始/);
    }
  });
});
