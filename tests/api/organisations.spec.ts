import { MikroORM } from '@mikro-orm/postgresql';
import { loadMigrator, ormOptions } from '@accredit/db';
import { ENTITIES } from '../../apps/api/src/entities';
import { createTestDatabase } from '../support/test-database';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const PAGE = `query($filter: OrganisationFilterInput, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { id code name shortName level levelLabel parentId depth disabled childCount ancestors { code name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id code level parentId depth ancestors { code } } }';
const MOVE = 'mutation($input: MoveOrganisationInput!) { moveOrganisation(input: $input) { id parentId depth ancestors { code } } }';
const RENAME = 'mutation($input: RenameOrganisationInput!) { renameOrganisation(input: $input) { id name shortName } }';
const DISABLE = 'mutation($input: SetOrganisationDisabledInput!) { setOrganisationDisabled(input: $input) { id disabled } }';

describe('the organisation tree: migration of existing data', () => {
  it('puts the national root and the 31 provinces above the districts that were there, each under its province or city', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(ormOptions({ clientUrl: database.url, entities: ENTITIES }));
    try {
      await (await loadMigrator(orm)).up({ to: 'Migration20261204211020_audit' });
      const sql = orm.em.getConnection();
      await sql.execute(`insert into organisation (id, code, name, short_name) values
        (gen_random_uuid(), '500106', '重庆市沙坪坝区', '沙坪坝区'), (gen_random_uuid(), '510100', '四川省成都市', '成都市'), (gen_random_uuid(), '510104', '四川省成都市锦江区', '锦江区')`);
      await (await loadMigrator(orm)).up();
      const rows: { code: string; name: string; level: string; parent_code: string | null; path_codes: string }[] = await sql.execute(`
        select o.code, o.name, o.level, p.code as parent_code,
               (select string_agg(a.code, '/' order by length(a.path)) from organisation a where o.path like a.path || '%') as path_codes
        from organisation o left join organisation p on p.id = o.parent_id order by o.code`);
      const byCode = new Map(rows.map((row) => [row.code, row]));
      expect(rows).toHaveLength(1 + 31 + 3);
      expect(byCode.get('000000')).toMatchObject({ name: '全国', level: 'national', parent_code: null, path_codes: '000000' });
      const provinces = rows.filter((row) => row.level === 'province');
      expect(provinces.map((row) => row.name)).toEqual(expect.arrayContaining(['北京市', '内蒙古自治区', '重庆市', '西藏自治区', '新疆维吾尔自治区']));
      expect(provinces).toHaveLength(31);
      expect(provinces.every((row) => row.parent_code === '000000')).toBe(true);
      expect(byCode.get('500106')).toMatchObject({ level: 'county', parent_code: '500000', path_codes: '000000/500000/500106' });
      expect(byCode.get('510100')).toMatchObject({ level: 'city', parent_code: '510000' });
      expect(byCode.get('510104')).toMatchObject({ level: 'county', parent_code: '510100', path_codes: '000000/510000/510100/510104' });
      // Nothing left for a new migration, and a second run of the migrations changes nothing.
      expect(await (await loadMigrator(orm)).getPendingMigrations()).toEqual([]);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});

describe('the organisation tree through the API', () => {
  let t: TestApi;
  let admin: Gql;
  const ids: Record<string, string> = {};

  async function idOf(code: string): Promise<string> {
    const { data } = await admin(PAGE, { filter: { search: code } });
    const found = data!.organisations.edges.find((edge: any) => edge.node.code === code);
    if (!found) throw new Error(`no organisation ${code}`);
    return found.node.id;
  }

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    for (const code of ['000000', '500000', '510000', '500106']) ids[code] = await idOf(code);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the seeded provinces with their ids, paginated and filtered by level, parent and name', async () => {
    const provinces = await admin(PAGE, { filter: { level: 'province' }, first: 100 });
    expect(provinces.errors).toBeUndefined();
    expect(provinces.data!.organisations.totalCount).toBe(31);
    const nodes = provinces.data!.organisations.edges.map((edge: any) => edge.node);
    expect(nodes[0]).toMatchObject({ code: '110000', name: '北京市', level: 'province', levelLabel: '省级', parentId: ids['000000'], depth: 1, disabled: false });
    expect(nodes.at(-1)).toMatchObject({ code: '650000', name: '新疆维吾尔自治区' });
    expect(nodes.find((node: any) => node.code === '500000')).toMatchObject({ childCount: 1, ancestors: [{ code: '000000', name: '全国' }] });

    const first = await admin(PAGE, { filter: { parentId: ids['000000'] }, first: 10 });
    expect(first.data!.organisations).toMatchObject({ totalCount: 31, pageInfo: { hasNextPage: true } });
    const second = await admin(PAGE, { filter: { parentId: ids['000000'] }, first: 10, after: first.data!.organisations.pageInfo.endCursor });
    // 11 北京 … 32 江苏 are the first ten; the next page goes on with 33 浙江.
    expect(first.data!.organisations.edges.at(-1).node.code).toBe('320000');
    expect(second.data!.organisations.edges[0].node.code).toBe('330000');
    const searched = await admin(PAGE, { filter: { search: '沙坪坝' } });
    expect(searched.data!.organisations.edges.map((edge: any) => edge.node)).toEqual([
      expect.objectContaining({
        code: '500106',
        level: 'county',
        depth: 2,
        ancestors: [
          { code: '000000', name: '全国' },
          { code: '500000', name: '重庆市' },
        ],
      }),
    ]);
    const tooMany = await admin(PAGE, { first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('VALIDATION');
  });

  it('tells every user their own organisation and its ancestors (the platform admin has none)', async () => {
    const query = '{ myOrganisation { code name shortName level ancestors { name shortName level } } }';
    const liaison = await (await t.as('kexie'))(query);
    expect(liaison.data!.myOrganisation).toEqual({
      code: '500106',
      name: '重庆市沙坪坝区',
      shortName: '沙坪坝区',
      level: 'county',
      ancestors: [
        { name: '全国', shortName: '全国', level: 'national' },
        { name: '重庆市', shortName: '重庆', level: 'province' },
      ],
    });
    expect((await admin(query)).data!.myOrganisation).toBeNull();
  });

  it('creates units under a parent of a higher level only, with unique codes', async () => {
    const city = await admin(CREATE, { input: { parentId: ids['510000'], level: 'city', code: '510100', name: '四川省成都市', shortName: '成都市' } });
    expect(city.errors).toBeUndefined();
    expect(city.data!.createOrganisation).toMatchObject({ code: '510100', level: 'city', parentId: ids['510000'], depth: 2, ancestors: [{ code: '000000' }, { code: '510000' }] });
    ids['510100'] = city.data!.createOrganisation.id;

    const countyUnderCounty = await admin(CREATE, { input: { parentId: ids['500106'], level: 'county', code: '500199', name: '错误的区' } });
    expect(countyUnderCounty.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'LEVEL_NOT_UNDER_PARENT' } } });
    expect(countyUnderCounty.errors?.[0].message).toMatch(/下级的层级须低于上级/);
    const duplicate = await admin(CREATE, { input: { parentId: ids['510000'], level: 'county', code: '500106', name: '重复' } });
    expect(duplicate.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', details: { reason: 'CODE_TAKEN' } } });
    const badCode = await admin(CREATE, { input: { parentId: ids['510000'], level: 'county', code: '51A104', name: '锦江区' } });
    expect(badCode.errors?.[0].extensions?.details).toMatchObject({ reason: 'BAD_CODE' });
    // Nothing of the refused ones was written.
    const under = await admin(PAGE, { filter: { underId: ids['510000'] } });
    expect(under.data!.organisations.edges.map((edge: any) => edge.node.code)).toEqual(['510000', '510100']);
  });

  it('moves a unit with everything below it, never under itself or its own descendants', async () => {
    const county = await admin(CREATE, { input: { parentId: ids['510000'], level: 'county', code: '510104', name: '四川省成都市锦江区', shortName: '锦江区' } });
    ids['510104'] = county.data!.createOrganisation.id;
    const moved = await admin(MOVE, { input: { id: ids['510104'], parentId: ids['510100'] } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveOrganisation).toMatchObject({ parentId: ids['510100'], depth: 3, ancestors: [{ code: '000000' }, { code: '510000' }, { code: '510100' }] });

    // The city (with its county) moves under another province and back; the county follows.
    const away = await admin(MOVE, { input: { id: ids['510100'], parentId: ids['500000'] } });
    expect(away.errors).toBeUndefined();
    const underChongqing = await admin(PAGE, { filter: { underId: ids['500000'] } });
    expect(underChongqing.data!.organisations.edges.map((edge: any) => edge.node.code)).toEqual(['500000', '500106', '510100', '510104']);
    await admin(MOVE, { input: { id: ids['510100'], parentId: ids['510000'] } });
    const county104 = await admin('query($id: ID!) { organisation(id: $id) { ancestors { code } } }', { id: ids['510104'] });
    expect(county104.data!.organisation.ancestors.map((a: any) => a.code)).toEqual(['000000', '510000', '510100']);

    const cycle = await admin(MOVE, { input: { id: ids['510000'], parentId: ids['510104'] } });
    expect(cycle.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'MOVE_UNDER_OWN_SUBTREE' } } });
    const self = await admin(MOVE, { input: { id: ids['510000'], parentId: ids['510000'] } });
    expect(self.errors?.[0].extensions?.details).toMatchObject({ reason: 'MOVE_UNDER_OWN_SUBTREE' });
    const root = await admin(MOVE, { input: { id: ids['000000'], parentId: ids['510000'] } });
    expect(root.errors?.[0].extensions?.details).toMatchObject({ reason: 'ROOT_IS_FIXED' });
    const levels = await admin(MOVE, { input: { id: ids['510100'], parentId: ids['500106'] } });
    expect(levels.errors?.[0].extensions?.details).toMatchObject({ reason: 'LEVEL_NOT_UNDER_PARENT' });
  });

  it('renames, and disables bottom-up: a disabled unit’s users cannot log in, and their sessions end', async () => {
    const renamed = await admin(RENAME, { input: { id: ids['510104'], name: '成都市锦江区', shortName: '锦江' } });
    expect(renamed.data!.renameOrganisation).toMatchObject({ name: '成都市锦江区', shortName: '锦江' });
    const blank = await admin(RENAME, { input: { id: ids['510104'], name: '  ' } });
    expect(blank.errors?.[0].extensions?.details).toMatchObject({ reason: 'BAD_NAME' });

    const user = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'jinjiang-office', displayName: '锦江区办公室', password: 'Jinjiang@2026', roles: ['office_admin'], organisationId: ids['510104'] },
    });
    expect(user.errors).toBeUndefined();
    const session = await t.as('jinjiang-office', 'Jinjiang@2026');
    expect((await session('{ me { username } }')).data!.me.username).toBe('jinjiang-office');

    const parentFirst = await admin(DISABLE, { input: { id: ids['510100'], disabled: true } });
    expect(parentFirst.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', details: { reason: 'HAS_ENABLED_CHILDREN' } } });
    expect((await admin(DISABLE, { input: { id: ids['510104'], disabled: true } })).data!.setOrganisationDisabled.disabled).toBe(true);
    expect((await session('{ me { username } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await t.anonymous('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { username: 'jinjiang-office', password: 'Jinjiang@2026', issueToken: true } });
    expect(login.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(login.errors?.[0].message).toMatch(/已停用/);
    const intoDisabled = await admin(CREATE, { input: { parentId: ids['510104'], level: 'county', code: '510105', name: 'x' } });
    expect(intoDisabled.errors?.[0].extensions?.code).toBe('VALIDATION');

    expect((await admin(DISABLE, { input: { id: ids['510104'], disabled: false } })).data!.setOrganisationDisabled.disabled).toBe(false);
    await expect(t.as('jinjiang-office', 'Jinjiang@2026')).resolves.toBeDefined();
  });

  it('audits every change of the tree', async () => {
    const { data } = await admin(`{ auditEvents(filter: { actions: [organisation_create, organisation_change] }, first: 100) { edges { node { action actorUsername entityId details } } } }`);
    const rows = data!.auditEvents.edges.map((edge: any) => edge.node);
    expect(rows.every((row: any) => row.actorUsername === 'sysadmin')).toBe(true);
    const on104 = rows.filter((row: any) => row.entityId === ids['510104']).map((row: any) => row.details.change ?? row.action);
    expect(on104.sort()).toEqual(['disabled', 'disabled', 'move', 'organisation_create', 'rename']);
    expect(
      rows
        .filter((row: any) => row.entityId === ids['510100'])
        .map((row: any) => row.details.change ?? row.action)
        .sort(),
    ).toEqual(['move', 'move', 'organisation_create']);
  });

  it('lets an office admin read their own subtree only, and change none of it', async () => {
    const office = t.gql;
    const mine = await office(PAGE, {});
    expect(mine.data!.organisations.edges.map((edge: any) => edge.node.code)).toEqual(['500106']);
    const above = await office('query($id: ID!) { organisation(id: $id) { id } }', { id: ids['500000'] });
    expect(above.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'ORGANISATION_NOT_FOUND', id: ids['500000'] } });
    const rename = await office(RENAME, { input: { id: ids['500106'], name: 'x' } });
    expect(rename.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
