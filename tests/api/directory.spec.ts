import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const KINDS = '{ departmentKinds { id key label ownerName editable } }';
const CREATE_KIND = 'mutation($input: CreateDepartmentKindInput!) { createDepartmentKind(input: $input) { id key label ownerName editable } }';
const UPDATE_KIND = 'mutation($input: UpdateDepartmentKindInput!) { updateDepartmentKind(input: $input) { label } }';
const DELETE_KIND = 'mutation($input: DeleteDepartmentKindInput!) { deleteDepartmentKind(input: $input) }';
const CREATE_GROUP = 'mutation($input: CreateDepartmentGroupInput!) { createDepartmentGroup(input: $input) { id name description members { name } } }';
const UPDATE_GROUP = 'mutation($input: UpdateDepartmentGroupInput!) { updateDepartmentGroup(input: $input) { id name description } }';
const DELETE_GROUP = 'mutation($input: DeleteDepartmentGroupInput!) { deleteDepartmentGroup(input: $input) }';
const CREATE_DEPARTMENT = 'mutation($input: DepartmentInput!) { createDepartment(input: $input) { id name kind } }';
const GROUP_IDS = '{ departmentGroups(first: 100) { edges { node { id } } } }';
const DEPARTMENT_PAGE = 'query($first: Int, $after: String) { departments(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { endCursor } } }';

describe('the directory as data: department kinds and groups', () => {
  let t: TestApi;
  let office: Gql;
  let admin: Gql;
  let otherOffice: Gql;

  beforeAll(async () => {
    t = await startTestApi();
    office = t.gql;
    admin = await t.as('sysadmin');
    // An office admin of another district (九龙坡区, created under 重庆市 by the system admin).
    const chongqing = (await admin('{ organisations(filter: { search: "500000" }) { edges { node { id } } } }')).data!.organisations.edges[0].node.id;
    const jiulongpo = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: { parentId: chongqing, level: 'county', code: '500107', name: '重庆市九龙坡区', shortName: '九龙坡区' },
    });
    await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'jlp-office', displayName: '九龙坡办公室', password: 'Other@2026office', roles: ['office_admin'], organisationId: jiulongpo.data!.createOrganisation.id },
    });
    otherOffice = await t.as('jlp-office', 'Other@2026office');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('gives every organisation the eight platform kinds, which only the platform admin may change', async () => {
    const { data } = await office(KINDS);
    expect(data!.departmentKinds.map((kind: any) => kind.key)).toEqual(['party', 'government', 'people-organisation', 'town', 'street', 'university', 'school', 'collective']);
    expect(data!.departmentKinds.every((kind: any) => kind.ownerName === null && kind.editable === false)).toBe(true);
    const street = data!.departmentKinds.find((kind: any) => kind.key === 'street');
    expect((await office(UPDATE_KIND, { input: { id: street.id, label: '街' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await admin(KINDS)).data!.departmentKinds.every((kind: any) => kind.editable)).toBe(true);
    expect((await admin(UPDATE_KIND, { input: { id: street.id, label: '街道办事处' } })).data!.updateDepartmentKind.label).toBe('街道办事处');
    // A platform kind departments use cannot be deleted.
    const refused = await admin(DELETE_KIND, { input: { id: street.id } });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', details: { reason: 'KIND_IN_USE' } } });
  });

  it('lets an office admin add their own kind, used by their departments and invisible to another district', async () => {
    const created = await office(CREATE_KIND, { input: { key: 'science-base', label: '科普基地' } });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDepartmentKind).toMatchObject({ key: 'science-base', label: '科普基地', ownerName: '重庆市沙坪坝区', editable: true });
    expect((await office(CREATE_KIND, { input: { key: 'street', label: '街道' } })).errors?.[0].extensions?.details).toMatchObject({ reason: 'KIND_TAKEN' });
    expect((await office(CREATE_KIND, { input: { key: 'Bad Key', label: 'x' } })).errors?.[0].extensions).toMatchObject({ code: 'VALIDATION', details: { reason: 'BAD_KIND_KEY' } });

    const department = await office(CREATE_DEPARTMENT, { input: { name: '重庆科技馆', kind: 'science-base' } });
    expect(department.data!.createDepartment).toMatchObject({ name: '重庆科技馆', kind: 'science-base' });
    expect((await otherOffice(KINDS)).data!.departmentKinds.map((kind: any) => kind.key)).not.toContain('science-base');
    const theirs = await otherOffice(CREATE_DEPARTMENT, { input: { name: '九龙坡科技馆', kind: 'science-base' } });
    expect(theirs.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'UNKNOWN_KIND' } } });
    expect(theirs.errors?.[0].message).toContain('street（街道办事处）');
    const foreign = await otherOffice(UPDATE_KIND, { input: { id: created.data!.createDepartmentKind.id, label: 'x' } });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await office(DELETE_KIND, { input: { id: created.data!.createDepartmentKind.id } })).errors?.[0].extensions?.details).toMatchObject({ reason: 'KIND_IN_USE' });
    await office('mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }', {
      input: { id: department.data!.createDepartment.id, name: '重庆科技馆', kind: 'collective' },
    });
    const deleted = await office(DELETE_KIND, { input: { id: created.data!.createDepartmentKind.id } });
    expect(deleted.data!.deleteDepartmentKind).toBe(created.data!.createDepartmentKind.id);
    expect((await office(KINDS)).data!.departmentKinds).toHaveLength(8);
  });

  it('creates, renames, re-members and deletes a group through the API', async () => {
    const departments = (await office('{ departments(first: 100) { edges { node { id name } } } }')).data!.departments.edges.map((edge: any) => edge.node);
    const ids = departments.filter((d: any) => ['区科协', '区教委'].includes(d.name)).map((d: any) => d.id);
    expect(ids).toHaveLength(2);
    const created = await office(CREATE_GROUP, { input: { name: '科普宣传组', description: '宣传月牵头单位', departmentIds: ids } });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDepartmentGroup).toMatchObject({ name: '科普宣传组', description: '宣传月牵头单位' });
    expect(created.data!.createDepartmentGroup.members.map((m: any) => m.name).sort()).toEqual(['区教委', '区科协']);
    const id = created.data!.createDepartmentGroup.id;
    expect((await office(CREATE_GROUP, { input: { name: '科普宣传组', departmentIds: [] } })).errors?.[0].extensions?.details).toMatchObject({ reason: 'NAME_TAKEN' });

    const renamed = await office(UPDATE_GROUP, { input: { id, name: '科普宣传工作组', description: null } });
    expect(renamed.data!.updateDepartmentGroup).toMatchObject({ name: '科普宣传工作组', description: null });
    const members = await office('mutation($input: SetGroupMembersInput!) { setGroupMembers(input: $input) { members { name } } }', { input: { groupId: id, departmentIds: [ids[0]] } });
    expect(members.data!.setGroupMembers.members).toHaveLength(1);

    // Another district cannot see, change or fill it with its own departments.
    expect((await otherOffice(GROUP_IDS)).data!.departmentGroups.edges.map((edge: any) => edge.node.id)).not.toContain(id);
    expect((await otherOffice(UPDATE_GROUP, { input: { id, name: 'x' } })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'GROUP_NOT_FOUND', id } });
    expect((await otherOffice(DELETE_GROUP, { input: { id } })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'GROUP_NOT_FOUND', id } });
    const theirDepartment = (await otherOffice(CREATE_DEPARTMENT, { input: { name: '区科协', kind: 'people-organisation' } })).data!.createDepartment.id;
    const foreignMember = await office('mutation($input: SetGroupMembersInput!) { setGroupMembers(input: $input) { id } }', { input: { groupId: id, departmentIds: [theirDepartment] } });
    expect(foreignMember.errors?.[0].extensions?.details).toMatchObject({ reason: 'FOREIGN_MEMBER' });

    expect((await office(DELETE_GROUP, { input: { id } })).data!.deleteDepartmentGroup).toBe(id);
    expect((await office(GROUP_IDS)).data!.departmentGroups.edges.map((edge: any) => edge.node.id)).not.toContain(id);
  });

  it('refuses to delete a group a campaign’s rules name as responsible unit', async () => {
    const groups = (await office('{ departmentGroups(search: "各镇街") { edges { node { id name } } } }')).data!.departmentGroups;
    const towns = groups.edges.find((edge: any) => edge.node.name === '各镇街').node;
    const refused = await office(DELETE_GROUP, { input: { id: towns.id } });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', details: { reason: 'GROUP_IN_USE' } } });
    expect(refused.errors?.[0].message).toMatch(/不能删除/);
    expect((await (await t.as('kexie'))(DELETE_GROUP, { input: { id: towns.id } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('audits every change of the directory', async () => {
    const { data } = await admin('{ auditEvents(filter: { actions: [directory_change] }, first: 100) { edges { node { actorUsername entityType details } } } }');
    const changes = data!.auditEvents.edges.map((edge: any) => `${edge.node.actorUsername}:${edge.node.details.change}`);
    expect(changes).toEqual(
      expect.arrayContaining([
        'sysadmin:kind_update',
        'office:kind_create',
        'office:kind_delete',
        'office:department_create',
        'office:department_update',
        'office:group_create',
        'office:group_update',
        'office:group_members',
        'office:group_delete',
        'jlp-office:department_create',
      ]),
    );
  });

  it("pages and filters the directory lists: a platform admin gets every organisation's, an office admin their own (and nobody else's)", async () => {
    const own = (await office('{ departments(first: 100) { totalCount edges { node { id } } } departmentGroups(first: 100) { totalCount edges { node { id } } } }')).data!;
    expect(own.departments.totalCount).toBeGreaterThan(40);
    expect(own.departments.edges).toHaveLength(own.departments.totalCount);
    const organisationId = (await office('{ me { organisationId } }')).data?.me?.organisationId;
    const firstPage = await admin(DEPARTMENT_PAGE, { first: 10 });
    const secondPage = await admin(DEPARTMENT_PAGE, { first: 10, after: firstPage.data!.departments.pageInfo.endCursor });
    const twenty = await admin(DEPARTMENT_PAGE, { first: 20 });
    const ids = (page: any) => page.data!.departments.edges.map((edge: any) => edge.node.id);
    expect([...ids(firstPage), ...ids(secondPage)]).toEqual(ids(twenty));
    expect(twenty.data!.departments.totalCount).toBeGreaterThan(own.departments.totalCount);
    const found = await admin('query($search: String) { departments(search: $search) { edges { node { name fullName tags } } } }', { search: '科协' });
    const foundNodes = found.data!.departments.edges.map((edge: any) => edge.node);
    expect(foundNodes.length).toBeGreaterThan(0);
    expect(foundNodes.every((d: any) => `${d.name} ${d.fullName ?? ''}`.includes('科协') || d.tags.includes('科协'))).toBe(true);
    expect(organisationId).toBeTruthy();
    const scoped = await admin('query($id: ID) { departments(organisationId: $id, first: 100) { totalCount } departmentGroups(organisationId: $id, first: 100) { totalCount } }', {
      id: organisationId,
    });
    expect(scoped.data!.departments.totalCount).toBe(own.departments.totalCount);
    expect(scoped.data!.departmentGroups.totalCount).toBe(own.departmentGroups.totalCount);
    const refused = await otherOffice('query($id: ID) { departments(organisationId: $id) { totalCount } }', { id: organisationId });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooMany = await admin('{ departments(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0].extensions?.code).toBe('VALIDATION');
    expect(tooMany.errors?.[0].message).toMatch(/每页条数 first 须在 1 到 100 之间/);
  });
  it("refuses bad account input with the account module's own reasons, and creates nothing", async () => {
    const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
    const refusal = async (gql: Gql, query: string, variables?: Record<string, unknown>) => {
      const error = (await gql(query, variables)).errors?.[0];
      return { code: error?.extensions?.code, reason: (error?.extensions?.details as { reason?: string } | undefined)?.reason, chinese: /[\u4e00-\u9fff]/.test(error?.message ?? '') };
    };
    const input = { username: 'jlp-office', displayName: '重名', password: 'Other@2026office', roles: ['office_admin'] };
    const countUsers = async () => (await admin('{ users(first: 1) { totalCount } }')).data!.users.totalCount;
    const before = await countUsers();
    expect(await refusal(office, CREATE_USER, { input })).toEqual({ code: 'CONFLICT', reason: 'username-taken', chinese: true });
    expect(await refusal(office, CREATE_USER, { input: { ...input, username: 'a b' } })).toEqual({ code: 'VALIDATION', reason: 'bad-username', chinese: true });
    expect(await refusal(office, CREATE_USER, { input: { ...input, username: 'new-one', roles: ['no_such_role'] } })).toEqual({ code: 'VALIDATION', reason: 'unknown-role', chinese: true });
    expect(await refusal(office, CREATE_USER, { input: { ...input, username: 'new-one', email: 'not-an-address' } })).toEqual({ code: 'VALIDATION', reason: 'bad-email', chinese: true });
    expect(await countUsers()).toBe(before);
    const me = (await office('{ me { id } }')).data!.me.id;
    expect(await refusal(office, 'mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { disabled } }', { input: { userId: me, disabled: true } })).toEqual({
      code: 'VALIDATION',
      reason: 'cannot-disable-self',
      chinese: true,
    });
    expect(await refusal(office, 'query($s: String) { users(search: $s) { totalCount } }', { s: '长'.repeat(51) })).toEqual({ code: 'VALIDATION', reason: 'search-too-long', chinese: true });
  });
});
