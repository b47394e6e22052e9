import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { MikroORM } from '@mikro-orm/postgresql';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { loadMigrator, ormOptions } from '@accredit/db';
import { ENTITIES } from '../../apps/api/src/entities';
import { createTestDatabase } from '../support/test-database';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const TASK = readFileSync(join(__dirname, '../../workflows/task.yaml'), 'utf8');
const CAMPAIGN = readFileSync(join(__dirname, '../../workflows/campaign.yaml'), 'utf8');
const INSPECTION = readFileSync(join(__dirname, '../fixtures/workflows/ok/inspection-round.yaml'), 'utf8');
const UPLOAD = 'mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { id key version ownerName shareWithDescendants } }';
const USES = 'query($key: String!) { workflowDefinition(key: $key) { id version ownerName } }';
const SET_UP = 'mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created } }';
const CAMPAIGN_WORKFLOWS =
  'query($id: ID!) { campaign(id: $id) { workflowDefinition { key version } taskWorkflowDefinition { key version } } tasks(campaignId: $id, first: 1) { edges { node { id } } } }';
/** A pinned definition as people name it: task v2. */
const named = (definition: { key: string; version: number }) => `${definition.key} v${definition.version}`;
const AVAILABLE = 'query($id: ID!) { availableTransitions(entityType: task, id: $id) { event label } }';

/** A one-indicator campaign of the Shapingba standard, for a district given by code. */
function template(key: string, code: string, name: string, shortName: string): string {
  const parsed = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
  parsed.key = key;
  parsed.organisation = { ...parsed.organisation, code, name, shortName };
  parsed.campaign.name = `${shortName}${key}`;
  parsed.indicatorSystem.key = 'ownership-standard';
  parsed.indicatorSystem.totalScore = 4;
  parsed.indicatorSystem.indicators = parsed.indicatorSystem.indicators.filter((indicator: { code: string }) => indicator.code === '10');
  return stringify(parsed);
}

describe('definition owners: migration of existing data', () => {
  it('gives what was stored to the platform, and pins each running campaign to the records it started with', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(ormOptions({ clientUrl: database.url, entities: ENTITIES }));
    try {
      await (await loadMigrator(orm)).up({ to: 'Migration20261204214658_organisation_tree' });
      const sql = orm.em.getConnection();
      await sql.execute(`insert into workflow_definition (id, key, version, entity_type, name, checksum, source, file_name) values
        ('00000000-0000-4000-8000-000000000001', 'campaign', 1, 'campaign', 'c', 'x', 'x', 'campaign.yaml'),
        ('00000000-0000-4000-8000-000000000002', 'task', 1, 'task', 't', 'x', 'x', 'task.yaml'),
        ('00000000-0000-4000-8000-000000000003', 'task', 2, 'task', 't', 'y', 'y', 'task.yaml')`);
      await sql.execute(`insert into organisation (id, code, name, short_name, level, parent_id, path)
        select '00000000-0000-4000-8000-0000000000aa', '500106', '重庆市沙坪坝区', '沙坪坝区', 'county', id, path || '00000000-0000-4000-8000-0000000000aa/' from organisation where code = '500000'`);
      await sql.execute(`insert into indicator_system (id, key, version, name, kind, campaign_key, checksum) values ('00000000-0000-4000-8000-0000000000bb', 's', 1, 's', 'template', '', 'x')`);
      await sql.execute(`insert into campaign (id, organisation_id, key, name, indicator_system_id, state, workflow_key, workflow_version, task_workflow_key, task_workflow_version, task_phase_key)
        values ('00000000-0000-4000-8000-0000000000cc', '00000000-0000-4000-8000-0000000000aa', 'k', 'n', '00000000-0000-4000-8000-0000000000bb', 'preparation', 'campaign', 1, 'task', 2, 'creation')`);
      await (await loadMigrator(orm)).up();
      expect(await sql.execute('select workflow_definition_id, task_workflow_definition_id from campaign')).toEqual([
        { workflow_definition_id: '00000000-0000-4000-8000-000000000001', task_workflow_definition_id: '00000000-0000-4000-8000-000000000003' },
      ]);
      expect(await sql.execute('select count(*)::int as n from workflow_definition where owner_id is not null')).toEqual([{ n: 0 }]);
      expect(await sql.execute('select owner_id from indicator_system')).toEqual([{ owner_id: null }]);
    } finally {
      await orm.close(true);
      await database.drop();
    }
  });
});

describe('definitions belong to an organisation: one district’s upload never changes another’s', () => {
  let t: TestApi;
  let admin: Gql;
  let shapingba: Gql;
  let jiulongpo: Gql;
  let chongqing: Gql;
  let jinjiang: Gql;

  async function createOffice(username: string, organisationId: string): Promise<Gql> {
    const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username, displayName: username, password: 'Owner@2026test', roles: ['office_admin'], organisationId },
    });
    expect(created.errors).toBeUndefined();
    return t.as(username, 'Owner@2026test');
  }

  async function organisationId(code: string): Promise<string> {
    const { data } = await admin('query($s: String) { organisations(filter: { search: $s }) { edges { node { id code } } } }', { s: code });
    return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id;
  }

  async function setUp(gql: Gql, key: string, code: string, name: string, shortName: string): Promise<{ workflow: string; taskWorkflow: string; withdraw: string }> {
    const result = await gql(SET_UP, { input: { template: template(key, code, name, shortName) } });
    expect(result.errors).toBeUndefined();
    return describeCampaign(gql, result.data!.setUpCampaign.campaignId);
  }

  async function describeCampaign(gql: Gql, id: string): Promise<{ workflow: string; taskWorkflow: string; withdraw: string }> {
    const { data } = await gql(CAMPAIGN_WORKFLOWS, { id });
    const events = await gql(AVAILABLE, { id: data!.tasks.edges[0].node.id });
    return {
      workflow: named(data!.campaign.workflowDefinition),
      taskWorkflow: named(data!.campaign.taskWorkflowDefinition),
      withdraw: events.data!.availableTransitions.find((e: any) => e.event === 'withdraw').label,
    };
  }

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    shapingba = t.gql;
    // A second district of 重庆市, set up by the platform admin (the template places it under 重庆市).
    expect((await admin(SET_UP, { input: { template: template('jiulongpo-2026', '500107', '重庆市九龙坡区', '九龙坡区') } })).errors).toBeUndefined();
    jiulongpo = await createOffice('jlp-office', await organisationId('500107'));
    chongqing = await createOffice('cq-office', await organisationId('500000'));
    const jinjiangId = (
      await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
        input: { parentId: await organisationId('510000'), level: 'county', code: '510104', name: '四川省成都市锦江区', shortName: '锦江区' },
      })
    ).data!.createOrganisation.id;
    jinjiang = await createOffice('jj-office', jinjiangId);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('one district uploads task v2; the other still runs v1 (the tenancy defect)', async () => {
    const v2 = await shapingba(UPLOAD, { input: { source: TASK.replace('version: 1', 'version: 2').replace('label: 撤回', 'label: 撤回提交'), fileName: 'task-v2.yaml' } });
    expect(v2.errors).toBeUndefined();
    expect(v2.data!.uploadWorkflowDefinition).toMatchObject({ key: 'task', version: 2, ownerName: '重庆市沙坪坝区', shareWithDescendants: false });

    expect((await shapingba(USES, { key: 'task' })).data!.workflowDefinition).toMatchObject({ version: 2, ownerName: '重庆市沙坪坝区' });
    expect((await jiulongpo(USES, { key: 'task' })).data!.workflowDefinition).toMatchObject({ version: 1, ownerName: null });
    const theirList = await jiulongpo('{ workflowDefinitions { key version ownerName } }');
    expect(theirList.data!.workflowDefinitions.filter((d: any) => d.key === 'task')).toEqual([{ key: 'task', version: 1, ownerName: null }]);
    const byVersion = await jiulongpo('{ workflowDefinition(key: "task", version: 2) { id } }');
    expect(byVersion.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // New campaigns: each district starts on the version it uses.
    expect(await setUp(shapingba, 'review-2026', '500106', '重庆市沙坪坝区', '沙坪坝区')).toEqual({ workflow: 'campaign v2', taskWorkflow: 'task v2', withdraw: '撤回提交' });
    expect(await setUp(jiulongpo, 'review-2026', '500107', '重庆市九龙坡区', '九龙坡区')).toEqual({ workflow: 'campaign v2', taskWorkflow: 'task v1', withdraw: '撤回' });
    // The seeded campaign keeps the version it started with.
    const seeded = (await shapingba('{ campaigns { id taskWorkflowDefinition { key version ownerName } name } }')).data!.campaigns.find((c: any) => c.name.includes('2021'));
    expect(seeded.taskWorkflowDefinition).toEqual({ key: 'task', version: 1, ownerName: null });
  });

  it('lets the other district have its own task v2, and each campaign keeps exactly the definition it pinned', async () => {
    const own = await jiulongpo(UPLOAD, { input: { source: TASK.replace('version: 1', 'version: 2').replace('label: 撤回', 'label: 撤回申请'), fileName: 'task.yaml' } });
    expect(own.errors).toBeUndefined();
    expect(own.data!.uploadWorkflowDefinition).toMatchObject({ version: 2, ownerName: '重庆市九龙坡区' });
    expect(await setUp(jiulongpo, 'review-2027', '500107', '重庆市九龙坡区', '九龙坡区')).toMatchObject({ taskWorkflow: 'task v2', withdraw: '撤回申请' });
    // Same key and version in two districts: Shapingba's campaigns still read Shapingba's.
    const campaigns = (await shapingba('{ campaigns { id taskWorkflowDefinition { key version ownerName } } }')).data!.campaigns.filter((c: any) => c.taskWorkflowDefinition.version === 2);
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0].taskWorkflowDefinition).toEqual({ key: 'task', version: 2, ownerName: '重庆市沙坪坝区' });
    expect((await describeCampaign(shapingba, campaigns[0].id)).withdraw).toBe('撤回提交');
    // The office above reads the county's campaign, so it reads the definition driving it through
    // the link — though that definition is not one 重庆市 may use or ask for by key and version.
    const above = await chongqing('{ campaigns(filter: { scope: all }) { name taskWorkflowDefinition { key version ownerName graph { edges { label } } } } }');
    expect(above.errors).toBeUndefined();
    const county = above.data!.campaigns.find((c: any) => c.name === '九龙坡区review-2027').taskWorkflowDefinition;
    expect(county).toMatchObject({ key: 'task', version: 2, ownerName: '重庆市九龙坡区' });
    expect(county.graph.edges.map((edge: any) => edge.label)).toContain('撤回申请');
    expect((await chongqing('{ workflowDefinition(key: "task", version: 2) { id } }')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A lower or equal version than the district may use is refused with the next number.
    const stale = await jiulongpo(UPLOAD, { input: { source: TASK.replace('label: 撤回', 'label: 旧版'), fileName: 'task.yaml' } });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(stale.errors?.[0].message).toContain('version 改为 3');
  });

  it('passes a province’s definition to its descendants only when it shares it', async () => {
    const privately = await chongqing(UPLOAD, { input: { source: CAMPAIGN.replace('version: 2', 'version: 3'), fileName: 'campaign.yaml' } });
    expect(privately.data!.uploadWorkflowDefinition).toMatchObject({ version: 3, ownerName: '重庆市', shareWithDescendants: false });
    expect((await jiulongpo(USES, { key: 'campaign' })).data!.workflowDefinition).toMatchObject({ version: 2, ownerName: null });

    const shared = await chongqing(UPLOAD, { input: { source: CAMPAIGN.replace('version: 2', 'version: 4'), fileName: 'campaign.yaml', shareWithDescendants: true } });
    expect(shared.data!.uploadWorkflowDefinition).toMatchObject({ version: 4, shareWithDescendants: true });
    expect((await jiulongpo(USES, { key: 'campaign' })).data!.workflowDefinition).toMatchObject({ version: 4, ownerName: '重庆市' });
    expect((await shapingba(USES, { key: 'campaign' })).data!.workflowDefinition).toMatchObject({ version: 4, ownerName: '重庆市' });
    // A county of another province, and the province's own task (not shared), are untouched.
    expect((await jinjiang(USES, { key: 'campaign' })).data!.workflowDefinition).toMatchObject({ version: 2, ownerName: null });
    expect((await jinjiang(USES, { key: 'task' })).data!.workflowDefinition).toMatchObject({ version: 1, ownerName: null });
    expect(await setUp(jiulongpo, 'review-2028', '500107', '重庆市九龙坡区', '九龙坡区')).toMatchObject({ workflow: 'campaign v4', taskWorkflow: 'task v2' });
  });

  it('keeps roles declared by one district’s definition to that district', async () => {
    expect((await shapingba(UPLOAD, { input: { source: INSPECTION, fileName: 'inspection-round.yaml' } })).errors).toBeUndefined();
    const input = (username: string) => ({ input: { username, displayName: '检查组成员', password: 'Inspect@2026a', roles: ['inspector'] } });
    const mine = await shapingba('mutation($input: CreateUserInput!) { createUser(input: $input) { roles } }', input('spb-inspector'));
    expect(mine.data!.createUser.roles).toEqual(['inspector']);
    const theirs = await jiulongpo('mutation($input: CreateUserInput!) { createUser(input: $input) { roles } }', input('jlp-inspector'));
    expect(theirs.errors?.[0].extensions?.code).toBe('VALIDATION');
    const setUpElsewhere = await jiulongpo(SET_UP, { input: { template: template('inspection', '500107', '重庆市九龙坡区', '九龙坡区'), workflowKey: 'inspection-round' } });
    expect(setUpElsewhere.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps templates apart too: a district’s own content under a template key and version another uses is its own', async () => {
    const parsed = parse(template('own-standard', '500107', '重庆市九龙坡区', '九龙坡区'));
    parsed.indicatorSystem.name = '九龙坡区自己的指标体系';
    const theirs = await jiulongpo(SET_UP, { input: { template: stringify(parsed) } });
    // Before templates had owners this was a CONFLICT: 已存在且内容不同.
    expect(theirs.errors).toBeUndefined();
    const owners = await t.api.app
      .get(MikroORM)
      .em.fork()
      .getConnection()
      .execute(
        `select coalesce(o.code, 'platform') as owner from indicator_system s left join organisation o on o.id = s.owner_id
       where s.key = 'ownership-standard' and s.kind = 'template' order by 1`,
      );
    expect(owners.map((row: { owner: string }) => row.owner)).toEqual(['500107', 'platform']);
  });

  it('lets the platform admin see every definition with its owner, and upload platform defaults', async () => {
    const all = (await admin('{ workflowDefinitions { key version ownerName } }')).data!.workflowDefinitions.filter((d: any) => d.key === 'task');
    expect(all).toEqual(
      expect.arrayContaining([
        { key: 'task', version: 2, ownerName: '重庆市沙坪坝区' },
        { key: 'task', version: 2, ownerName: '重庆市九龙坡区' },
        { key: 'task', version: 1, ownerName: null },
      ]),
    );
    const platform = await admin(UPLOAD, { input: { source: TASK.replace('version: 1', 'version: 5'), fileName: 'task.yaml' } });
    expect(platform.data!.uploadWorkflowDefinition).toMatchObject({ version: 5, ownerName: null });
    // Districts with their own version keep it; one without takes the platform's newest.
    expect((await jiulongpo(USES, { key: 'task' })).data!.workflowDefinition.version).toBe(2);
    expect((await jinjiang(USES, { key: 'task' })).data!.workflowDefinition.version).toBe(5);
  });
});
