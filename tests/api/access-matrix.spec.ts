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
import { parse, stringify } from 'yaml';
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
  // no product role; 检查组 (a role the definition declares) assigned in one campaign only
  campaign_role: { username: 'matrix-inspector', role: 'campaign_role' },
};

/** What the declared role of the matrix may read in its campaign (tests/fixtures/workflows/ok/provincial-inspection.yaml). */
const CAMPAIGN_ROLE_VIEWS = ['campaign', 'tasks', 'history'];

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
    const fields = Object.values(type.getFields());
    // A @oneOf input (a score's value) takes exactly one of its fields.
    if (type.isOneOf) return { [fields[0].name]: sample(fields[0].type) };
    return Object.fromEntries(fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
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
  // A campaign role passes the policy where its definition grants the rule's view (rows are then its campaign's only).
  if (role === 'campaign_role') return rule.campaignView !== undefined && CAMPAIGN_ROLE_VIEWS.includes(rule.campaignView);
  return (rule.roles as readonly string[]).includes(role);
}

/** Operations that end the session they run in: they get a session of their own. */
const ENDS_SESSION = new Set(['Mutation.logout']);

type Outcome = Awaited<ReturnType<Gql>>;

/**
 * What a probe tells about access: the policy's refusal code, or 'allowed' when the operation ran
 * (an answer, or an error the resolver raised about the made-up arguments). A fault (INTERNAL) or
 * a request that never reached execution (no path: the probe itself was wrong) is neither, and
 * fails the row instead of passing as 'allowed'.
 */
function outcomeOf(result: Outcome): string {
  const errors = result.errors ?? [];
  const refusal = errors.find((error) => (error.extensions?.['details'] as { refusedBy?: string } | undefined)?.refusedBy === 'access-policy');
  if (refusal) return String(refusal.extensions?.code);
  const internal = errors.find((error) => error.extensions?.['code'] === 'INTERNAL');
  if (internal) return `INTERNAL: ${internal.message}`;
  const notExecuted = errors.find((error) => !(error as { path?: unknown }).path);
  if (notExecuted) return `NOT EXECUTED (${String(notExecuted.extensions?.['code'])}): ${JSON.stringify(notExecuted.extensions?.['details'] ?? notExecuted.message)}`;
  return 'allowed';
}

/** One API (and database) for the whole file: starting one costs more than all the probes. */
let t: TestApi;

beforeAll(async () => {
  t = await startTestApi();
});

afterAll(async () => {
  await t?.close();
});

describe('access: every operation × every role, generated from the schema', () => {
  /** One session per role for the whole matrix (a login costs a password hash). */
  const sessions = new Map<string, Gql>();

  beforeAll(async () => {
    // The campaign role's holder: a user with no product role, given 检查组 in a campaign of the seeded district.
    const uploaded = await t.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key } }', {
      input: { source: readFileSync(join(__dirname, '../fixtures/workflows/ok/provincial-inspection.yaml'), 'utf8'), fileName: 'provincial-inspection.yaml' },
    });
    expect(uploaded.errors).toBeUndefined();
    const template = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
    template.key = 'matrix-inspection';
    template.indicatorSystem.key = 'matrix-inspection-standard';
    template.indicatorSystem.indicators = template.indicatorSystem.indicators.filter((indicator: { code: string }) => indicator.code === '10');
    template.indicatorSystem.totalScore = 4;
    template.campaign = { name: '矩阵检查', taskPhase: 'inspection', phases: [{ key: 'inspection', name: '检查阶段', startsOn: '2026-01-01', endsOn: '2026-12-31' }] };
    const setUp = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: { template: stringify(template), workflowKey: 'provincial-inspection' },
    });
    expect(setUp.errors).toBeUndefined();
    const user = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'matrix-inspector', displayName: '矩阵检查组', password: 'Matrix@2026role', roles: [] },
    });
    const assigned = await t.gql('mutation($input: CampaignRoleInput!) { assignCampaignRole(input: $input) { role } }', {
      input: { campaignId: setUp.data!.setUpCampaign.campaignId, userId: user.data!.createUser.id, role: 'inspection-team' },
    });
    expect(assigned.errors).toBeUndefined();
    for (const [caller, { username }] of Object.entries(CALLERS)) {
      sessions.set(caller, username ? await t.as(username, caller === 'campaign_role' ? 'Matrix@2026role' : undefined) : t.anonymous);
    }
  });

  it('has an access rule for every operation in the schema, and none for operations that are gone', () => {
    const names = operations.map(({ root, field }) => `${root}.${field.name}`);
    expect(names.filter((name) => !(name in ACCESS_POLICY))).toEqual([]);
    expect(Object.keys(ACCESS_POLICY).filter((name) => !names.includes(name))).toEqual([]);
  });

  it('counts a fault as a failure, not as access granted', () => {
    const fault = { errors: [{ message: '服务器内部错误', path: ['x'], extensions: { code: 'INTERNAL' } }] } as unknown as Outcome;
    expect(outcomeOf(fault)).toMatch(/^INTERNAL/);
    expect(outcomeOf({ errors: [{ message: '参数格式不正确', extensions: { code: 'VALIDATION' } }] } as unknown as Outcome)).toMatch(/^NOT EXECUTED/);
    expect(outcomeOf({ data: { x: null }, errors: [{ message: '找不到', path: ['x'], extensions: { code: 'NOT_FOUND' } }] } as unknown as Outcome)).toBe('allowed');
  });

  it.each(operations.map(({ root, field }) => [`${root}.${field.name}`, root, field] as const))('%s refuses exactly the roles its rule refuses', async (name, root, field) => {
    const rule = ACCESS_POLICY[name];
    const { text, variables } = document(root, field);
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    // Every caller at once: the answers are independent (made-up arguments), and the matrix is
    // hundreds of operations × every role, which one at a time made this the slowest file.
    await Promise.all(
      Object.entries(CALLERS).map(async ([caller, { username, role }]) => {
        const gql: Gql = ENDS_SESSION.has(name) && username ? await t.as(username, caller === 'campaign_role' ? 'Matrix@2026role' : undefined) : sessions.get(caller)!;
        const result = await gql(text, variables);
        outcomes[caller] = outcomeOf(result);
        expected[caller] = allowed(rule, role) ? 'allowed' : role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        for (const error of result.errors ?? []) expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
      }),
    );
    expect(outcomes).toEqual(expected);
  });
});

describe('query scoping: no department or organisation sees another’s work', () => {
  let campaignId: string;
  let otherCampaignId: string;
  let otherOffice: Gql;

  beforeAll(async () => {
    // A second district (after the matrix above, which probes the seeded one). on the same template, with its own office admin.
    const orm = t.api.app.get(MikroORM);
    const other = readFileSync(SHAPINGBA_TEMPLATE, 'utf8')
      .replace("code: '500106'", "code: '500107'")
      .replace('name: 重庆市沙坪坝区', 'name: 重庆市九龙坡区')
      .replace('shortName: 沙坪坝区', 'shortName: 九龙坡区');
    otherCampaignId = (await RequestContext.create(orm.em, () => t.api.app.get(CampaignSetupService).setUp(other))).campaignId;
    const admin = await t.as('sysadmin');
    const orgs = await admin('{ departments { totalCount } }');
    expect(orgs.data!.departments.totalCount).toBeGreaterThan(100); // platform admin sees both districts
    const { data } = await t.gql('{ campaigns { id name } }');
    // The seeded campaign (the matrix above added an inspection round beside it).
    campaignId = data!.campaigns.find((c: any) => c.name !== '矩阵检查').id;
    const created = await admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username: 'jlp-office', displayName: '九龙坡办公室', password: 'Other@2026office', roles: ['office_admin'], organisationId: await organisationIdOf(t, otherCampaignId) },
    });
    expect(created.errors).toBeUndefined();
    otherOffice = await t.as('jlp-office', 'Other@2026office');
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
    const { data } = await t.gql('{ departments(search: "小龙坎街道") { edges { node { id name } } } }');
    const street = data!.departments.edges.find((edge: any) => edge.node.name === '小龙坎街道').node;
    const kexie = await t.as('kexie');
    const result = await kexie('query($id: ID!, $d: ID) { tasks(campaignId: $id, departmentId: $d) { totalCount } }', { id: campaignId, d: street.id });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await (
      await t.as('xiaolongkan')
    )('query($id: ID!, $d: ID) { tasks(campaignId: $id, departmentId: $d) { totalCount edges { node { department { name } } } } }', { id: campaignId, d: street.id });
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
    const directory = '{ departments(first: 100) { totalCount edges { node { id } } } departmentGroups(first: 100) { edges { node { id members { id } } } } }';
    const ownDepartments = await t.gql(directory);
    const theirDepartments = await otherOffice(directory);
    expect(ownDepartments.data!.departments.edges).toHaveLength(ownDepartments.data!.departments.totalCount);
    const ours = new Set(ownDepartments.data!.departments.edges.map((edge: any) => edge.node.id));
    expect(theirDepartments.data!.departments.edges.length).toBeGreaterThan(0);
    expect(theirDepartments.data!.departments.edges.some((edge: any) => ours.has(edge.node.id))).toBe(false);
    expect(theirDepartments.data!.departmentGroups.edges.flatMap((edge: any) => edge.node.members).some((m: any) => ours.has(m.id))).toBe(false);
    const users = await otherOffice('{ users { totalCount edges { node { username } } } }');
    expect(users.data!.users.edges.map((edge: any) => edge.node.username)).toEqual(['jlp-office']);
    expect(users.data!.users.totalCount).toBe(1);
  });

  it('lets an office admin manage only their own district’s users', async () => {
    const { data } = await t.gql('{ users(search: "kexie") { edges { node { id username } } } }');
    const kexie = data!.users.edges.find((edge: any) => edge.node.username === 'kexie').node;
    const result = await otherOffice('mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { id } }', { input: { userId: kexie.id, disabled: true } });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const grant = await t.gql('mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }', { input: { userId: kexie.id, roles: ['system_admin'] } });
    expect(grant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('three levels: the nation and a province read the campaigns below them, and change none of them', () => {
  let t: TestApi;
  let admin: Gql;
  const campaigns: Record<string, string> = {};
  const viewers: Record<string, Gql> = {};

  /** A one-indicator campaign of the Shapingba standard for a county given by code. */
  function countyTemplate(code: string, name: string, shortName: string): string {
    const parsed = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
    parsed.key = `county-${code}`;
    parsed.organisation = { ...parsed.organisation, code, name, shortName };
    parsed.campaign.name = `${shortName}创建全国科普示范区`;
    parsed.indicatorSystem.key = 'county-standard';
    parsed.indicatorSystem.totalScore = 4;
    parsed.indicatorSystem.indicators = parsed.indicatorSystem.indicators.filter((indicator: { code: string }) => indicator.code === '10');
    return stringify(parsed);
  }

  async function organisationId(code: string): Promise<string> {
    const { data } = await admin('query($s: String) { organisations(filter: { search: $s }) { edges { node { id code } } } }', { s: code });
    return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id;
  }

  async function office(username: string, code: string): Promise<Gql> {
    const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username, displayName: username, password: 'Level@2026test', roles: ['office_admin'], organisationId: await organisationId(code) },
    });
    expect(created.errors).toBeUndefined();
    return t.as(username, 'Level@2026test');
  }

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    campaigns['500106'] = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    for (const [code, name, shortName] of [
      ['500107', '重庆市九龙坡区', '九龙坡区'],
      ['510104', '四川省成都市锦江区', '锦江区'],
    ]) {
      const result = await admin('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', { input: { template: countyTemplate(code, name, shortName) } });
      expect(result.errors).toBeUndefined();
      campaigns[code] = result.data!.setUpCampaign.campaignId;
    }
    viewers['nation'] = await office('nation-office', '000000');
    viewers['chongqing'] = await office('cq-office', '500000');
    viewers['shapingba'] = t.gql;
    viewers['jiulongpo'] = await office('jlp-office', '500107');
    viewers['jinjiang'] = await office('jj-office', '510104');
    viewers['shapingba-supervisor'] = await t.as('supervisor');
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Which counties' campaigns each viewer may read: its own level and everything below it, nothing beside or above. */
  const READS: Record<string, string[]> = {
    nation: ['500106', '500107', '510104'],
    chongqing: ['500106', '500107'],
    shapingba: ['500106'],
    jiulongpo: ['500107'],
    jinjiang: ['510104'],
    // Reading below is an office admin's; a county's supervisor sees their own county only.
    'shapingba-supervisor': ['500106'],
  };

  it('lists exactly the campaigns at and below each viewer', async () => {
    for (const [viewer, codes] of Object.entries(READS)) {
      const { data, errors } = await viewers[viewer]('{ campaigns { id organisation { code } } }');
      expect(errors).toBeUndefined();
      expect({ viewer, codes: data!.campaigns.map((c: any) => c.organisation.code).sort() }).toEqual({ viewer, codes });
      expect(data!.campaigns.map((c: any) => c.id).sort()).toEqual(codes.map((code) => campaigns[code]).sort());
    }
  });

  it('opens a campaign and its dashboard below, and answers NOT_FOUND beside or above', async () => {
    for (const [viewer, codes] of Object.entries(READS)) {
      for (const [code, id] of Object.entries(campaigns)) {
        const result = await viewers[viewer]('query($id: ID!) { campaign(id: $id) { id totalScore } campaignDashboard(campaignId: $id) { totalTasks } }', { id });
        const outcome = result.errors ? String(result.errors[0].extensions?.code) : 'read';
        expect({ viewer, code, outcome }).toEqual({ viewer, code, outcome: codes.includes(code) ? 'read' : 'NOT_FOUND' });
        if (!result.errors) expect(result.data!.campaignDashboard.totalTasks).toBeGreaterThan(0);
      }
    }
  });

  it('lets a province read a county’s tasks but change nothing of its campaign: no transition, score, document or users', async () => {
    const province = viewers['chongqing'];
    const id = campaigns['500107'];
    const { data } = await viewers['jiulongpo'](
      'query($id: ID!) { campaign(id: $id) { version indicators { scoringRules { id } } } tasks(campaignId: $id, first: 1) { totalCount edges { node { id version } } } }',
      { id },
    );
    const transition = await province('mutation($input: TransitionInput!) { transition(input: $input) { state } }', {
      input: { entityType: 'campaign', id, event: 'start-creation', expectedVersion: data!.campaign.version },
    });
    expect(transition.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const task = data!.tasks.edges[0].node;
    const taskTransition = await province('mutation($input: TransitionInput!) { transition(input: $input) { state } }', {
      input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version },
    });
    expect(taskTransition.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const score = await province('mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { __typename } }', {
      input: { campaignId: id, ruleId: data!.campaign.indicators[0].scoringRules[0].id, source: 'self', value: { range: { points: 1 } }, comment: '省级代评' },
    });
    expect(score.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const document = await province('mutation($input: RecordCampaignDocumentInput!) { recordCampaignDocument(input: $input) { __typename } }', {
      input: { campaignId: id, kind: 'self-assessment', title: 'x' },
    });
    expect(document.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // It follows the county's progress: the task list is readable (read-only, as the dashboard), the tasks unchangeable (above).
    const tasks = await province('query($id: ID!) { tasks(campaignId: $id) { totalCount } }', { id });
    expect(data!.tasks.totalCount).toBeGreaterThan(0);
    expect(tasks.data!.tasks.totalCount).toBe(data!.tasks.totalCount);
    const beside = await viewers['jinjiang']('query($id: ID!) { tasks(campaignId: $id) { totalCount } }', { id });
    expect(beside.data!.tasks.totalCount).toBe(0);
    const users = await province('{ users { edges { node { username } } } }');
    expect(users.data!.users.edges.map((edge: any) => edge.node.username)).toEqual(['cq-office']);
    // The tree below it is readable; the county elsewhere is not.
    const tree = await province('{ organisations(first: 100) { edges { node { code } } } }');
    expect(tree.data!.organisations.edges.map((e: any) => e.node.code)).toEqual(['500000', '500106', '500107']);
  });
});
