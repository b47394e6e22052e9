import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { ACCESS_POLICY, type AccessRule } from '@accredit/identity';
import { CampaignSetupService, SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

/** Every role, by a demo account; null = not logged in. */
const CALLERS: Record<string, { username: string | null; role: string | null }> = {
  anonymous: { username: null, role: null },
  office_admin: { username: 'office', role: 'office_admin' },
  liaison: { username: 'kexie', role: 'liaison' },
  supervisor: { username: 'supervisor', role: 'supervisor' },
  expert: { username: 'expert', role: 'expert' },
  system_admin: { username: 'sysadmin', role: 'system_admin' },
};

const schema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));
const operations = (['Query', 'Mutation'] as const).flatMap((root) =>
  Object.values((root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).map((field) => ({ root, field })),
);

/** A value of the right type for a required argument; access is decided before its meaning. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2022-04-01';
      default:
        return 'x';
    }
  }
  return null;
}

function document(root: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): { text: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    text: `${root === 'Query' ? 'query' : 'mutation'} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

function allowed(rule: AccessRule, role: string | null): boolean {
  if ('public' in rule) return true;
  if (role === null) return false;
  if ('authenticated' in rule) return true;
  return (rule.roles as readonly string[]).includes(role);
}

describe('access: every operation × every role, generated from the schema', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('has an access rule for every operation in the schema, and none for operations that are gone', () => {
    const names = operations.map(({ root, field }) => `${root}.${field.name}`);
    expect(names.filter((name) => !(name in ACCESS_POLICY))).toEqual([]);
    expect(Object.keys(ACCESS_POLICY).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(operations.map(({ root, field }) => [`${root}.${field.name}`, root, field] as const))('%s refuses exactly the roles its rule refuses', async (name, root, field) => {
    const rule = ACCESS_POLICY[name];
    const { text, variables } = document(root, field);
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [caller, { username, role }] of Object.entries(CALLERS)) {
      // A fresh session per call: some operations (logout) end the session they run in.
      const gql: Gql = username ? await t.as(username) : t.anonymous;
      const result = await gql(text, variables);
      const refusal = result.errors?.find((error) => (error.extensions?.['details'] as { refusedBy?: string } | undefined)?.refusedBy === 'access-policy');
      outcomes[caller] = refusal ? String(refusal.extensions?.code) : 'allowed';
      expected[caller] = allowed(rule, role) ? 'allowed' : role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      if (refusal) expect(refusal.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(outcomes).toEqual(expected);
  });
});

describe('query scoping: no department or organisation sees another’s work', () => {
  let t: TestApi;
  let campaignId: string;
  let otherCampaignId: string;
  let otherOffice: Gql;

  beforeAll(async () => {
    t = await startTestApi();
    // A second district on the same template, with its own office admin.
    const orm = t.api.app.get(MikroORM);
    const other = readFileSync(SHAPINGBA_TEMPLATE, 'utf8').replace("code: '500106'", "code: '500107'").replace('name: 重庆市沙坪坝区', 'name: 重庆市九龙坡区').replace('shortName: 沙坪坝区', 'shortName: 九龙坡区');
    otherCampaignId = (await RequestContext.create(orm.em, () => t.api.app.get(CampaignSetupService).setUp(other))).campaignId;
    const admin = await t.as('sysadmin');
    const orgs = await admin('{ departments { id name } }');
    expect(orgs.data!.departments.length).toBeGreaterThan(100); // platform admin sees both districts
    const { data } = await t.gql('{ campaigns { id } }');
    campaignId = data!.campaigns[0].id;
    const created = await admin(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: 'jlp-office', displayName: '九龙坡办公室', password: 'Other@2026office', roles: ['office_admin'], organisationId: await organisationIdOf(t, otherCampaignId) } },
    );
    expect(created.errors).toBeUndefined();
    otherOffice = await t.as('jlp-office', 'Other@2026office');
  });

  afterAll(async () => {
    await t?.close();
  });

  async function organisationIdOf(api: TestApi, id: string): Promise<string> {
    const [row] = await api.api.app.get(MikroORM).em.getConnection().execute('select organisation_id from campaign where id = ?', [id]);
    return row.organisation_id;
  }

  it('gives a liaison only their own department’s tasks, also through nested fields', async () => {
    const kexie = await t.as('kexie');
    const mine = await kexie('query($id: ID!) { tasks(campaignId: $id, first: 100) { totalCount edges { node { department { name } scoringRule { code } } } } }', { id: campaignId });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.tasks.totalCount).toBeGreaterThan(10);
    expect(new Set(mine.data!.tasks.edges.map((e: any) => e.node.department.name))).toEqual(new Set(['区科协']));
    const all = await t.gql('query($id: ID!) { tasks(campaignId: $id) { totalCount } }', { id: campaignId });
    expect(all.data!.tasks.totalCount).toBeGreaterThan(mine.data!.tasks.totalCount);
  });

  it('refuses a liaison who asks for another department’s tasks', async () => {
    const { data } = await t.gql('{ departments { id name } }');
    const street = data!.departments.find((d: any) => d.name === '小龙坎街道');
    const kexie = await t.as('kexie');
    const result = await kexie('query($id: ID!, $d: ID) { tasks(campaignId: $id, departmentId: $d) { totalCount } }', { id: campaignId, d: street.id });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await (await t.as('xiaolongkan'))('query($id: ID!, $d: ID) { tasks(campaignId: $id, departmentId: $d) { totalCount edges { node { department { name } } } } }', { id: campaignId, d: street.id });
    expect(own.data!.tasks.totalCount).toBeGreaterThan(0);
    expect(own.data!.tasks.edges.every((e: any) => e.node.department.name === '小龙坎街道')).toBe(true);
  });

  it('keeps districts apart: campaigns, a campaign by id, its tasks, departments, groups and users', async () => {
    const list = await otherOffice('{ campaigns { id } }');
    expect(list.data!.campaigns.map((c: any) => c.id)).toEqual([otherCampaignId]);
    const foreign = await otherOffice('query($id: ID!) { campaign(id: $id) { id } }', { id: campaignId });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const foreignTasks = await otherOffice('query($id: ID!) { tasks(campaignId: $id) { totalCount edges { node { id } } } }', { id: campaignId });
    expect(foreignTasks.data!.tasks).toMatchObject({ totalCount: 0, edges: [] });
    const ownDepartments = await t.gql('{ departments { id } departmentGroups { id members { id } } }');
    const theirDepartments = await otherOffice('{ departments { id } departmentGroups { id members { id } } }');
    const ours = new Set(ownDepartments.data!.departments.map((d: any) => d.id));
    expect(theirDepartments.data!.departments.some((d: any) => ours.has(d.id))).toBe(false);
    expect(theirDepartments.data!.departmentGroups.flatMap((g: any) => g.members).some((m: any) => ours.has(m.id))).toBe(false);
    const users = await otherOffice('{ users { username } }');
    expect(users.data!.users.map((u: any) => u.username)).toEqual(['jlp-office']);
  });

  it('lets an office admin manage only their own district’s users', async () => {
    const { data } = await t.gql('{ users { id username } }');
    const kexie = data!.users.find((u: any) => u.username === 'kexie');
    const result = await otherOffice('mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id } }', { input: { userId: kexie.id, disabled: true } });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const grant = await t.gql('mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }', { input: { userId: kexie.id, roles: ['system_admin'] } });
    expect(grant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
