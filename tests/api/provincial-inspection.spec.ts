import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { fixtures } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { addDays, todayInChina } from '@accredit/calendar-date';

// A provincial inspection round written as a YAML definition only, uploaded by the province's
// office admin, run by an inspection team the definition declares and the office assigns to
// that one campaign. The team reads that campaign (as the definition's views say) and nothing
// else of the province: not its other campaign, not its users.
const FIXTURE = join(__dirname, '../fixtures/workflows/ok/provincial-inspection.yaml');
const PASSWORD = 'Inspect@2026team';
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state stateLabel version } }';
const ASSIGN = 'mutation($input: CampaignRoleInput!) { assignCampaignRole(input: $input) { role views username } }';
const REVOKE = 'mutation($input: CampaignRoleInput!) { revokeCampaignRole(input: $input) }';

/** A day relative to today, as YYYY-MM-DD in China. */
const day = (offset: number) => addDays(todayInChina(), offset);

function provinceTemplate(key: string, name: string): string {
  const parsed = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
  parsed.key = key;
  parsed.organisation = { ...parsed.organisation, code: '500000', name: '重庆市', shortName: '重庆' };
  parsed.indicatorSystem.key = `${key}-standard`;
  parsed.indicatorSystem.name = '省级检查指标';
  parsed.indicatorSystem.totalScore = 4;
  parsed.indicatorSystem.indicators = parsed.indicatorSystem.indicators.filter((indicator: { code: string }) => indicator.code === '10');
  parsed.campaign = { name, taskPhase: 'inspection', phases: [{ key: 'inspection', name: '检查阶段', startsOn: day(-5), endsOn: day(30) }] };
  return stringify(parsed);
}

describe('a provincial inspection round as YAML only, run by a declared role assigned per campaign', () => {
  let t: TestApi;
  let province: Gql & { token: string };
  let inspector: Gql;
  let inspectorId: string;
  let roundX: string;
  let roundY: string;
  let version = 1;

  beforeAll(async () => {
    t = await startTestApi();
    const admin = await t.as('sysadmin');
    const { data } = await admin('query { organisations(filter: { search: "500000" }) { edges { node { id code } } } }');
    const chongqing = data!.organisations.edges.find((edge: any) => edge.node.code === '500000').node.id;
    const office = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'cq-office', displayName: '重庆市科协办公室', password: PASSWORD, roles: ['office_admin'], organisationId: chongqing },
    });
    expect(office.errors).toBeUndefined();
    province = await t.as('cq-office', PASSWORD);
  });

  afterAll(async () => {
    await t?.close();
  });

  const fire = async (gql: Gql, event: string, comment?: string) => {
    const result = await gql(TRANSITION, { input: { entityType: 'campaign', id: roundX, event, comment, expectedVersion: version } });
    if (result.data) version = result.data.transition.version;
    return result;
  };

  it('is uploaded by the province’s office admin, and two rounds are set up on it', async () => {
    const uploaded = await province('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key ownerName } }', {
      input: { source: readFileSync(FIXTURE, 'utf8'), fileName: 'provincial-inspection.yaml' },
    });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data!.uploadWorkflowDefinition).toEqual({ key: 'provincial-inspection', ownerName: '重庆市' });
    const setUp = async (key: string, name: string) => {
      const result = await province('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
        input: { template: provinceTemplate(key, name), workflowKey: 'provincial-inspection' },
      });
      expect(result.errors).toBeUndefined();
      return result.data!.setUpCampaign.campaignId as string;
    };
    roundX = await setUp('cq-inspection-2026-a', '2026年重庆市示范区检查（第一轮）');
    roundY = await setUp('cq-inspection-2026-b', '2026年重庆市示范区检查（第二轮）');
    const campaign = await province('query($id: ID!) { campaign(id: $id) { state stateLabel workflowDefinition { key version ownerName } } }', { id: roundX });
    expect(campaign.data!.campaign).toEqual({ state: 'planning', stateLabel: '部署检查', workflowDefinition: { key: 'provincial-inspection', version: 1, ownerName: '重庆市' } });
  });

  it('assigns the declared role per campaign only: an undeclared role is refused with what can be assigned', async () => {
    const created = await province('mutation($input: CreateUserInput!) { createUser(input: $input) { id roles } }', {
      input: { username: 'cq-inspector', displayName: '检查组成员甲', password: PASSWORD, roles: [] },
    });
    expect(created.errors).toBeUndefined();
    inspectorId = created.data!.createUser.id;
    inspector = await t.as('cq-inspector', PASSWORD);
    // Before any assignment the account reads nothing.
    expect((await inspector('{ campaigns { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const undeclared = await province(ASSIGN, { input: { campaignId: roundX, userId: inspectorId, role: 'astronaut' } });
    expect(undeclared.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    expect(undeclared.errors?.[0].message).toContain('可指派：inspection-team（检查组）');
    const assigned = await province(ASSIGN, { input: { campaignId: roundX, userId: inspectorId, role: 'inspection-team' } });
    expect(assigned.data!.assignCampaignRole).toEqual({ role: 'inspection-team', views: ['campaign', 'tasks', 'history'], username: 'cq-inspector' });
    const listed = await province('query($id: ID!) { campaignRoleAssignments(campaignId: $id) { declared { role label views } assignments { username role user { id username } campaign { id } } } }', {
      id: roundX,
    });
    expect(listed.data!.campaignRoleAssignments).toEqual({
      declared: [{ role: 'inspection-team', label: '检查组', views: ['campaign', 'tasks', 'history'] }],
      assignments: [{ username: 'cq-inspector', role: 'inspection-team', user: { id: inspectorId, username: 'cq-inspector' }, campaign: { id: roundX } }],
    });
    // Assigning is the campaign office's: the platform's system admin is refused by the access policy.
    const sysadmin = await t.as('sysadmin');
    expect((await sysadmin('query($id: ID!) { campaignRoleAssignments(campaignId: $id) { declared { role } } }', { id: roundX })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reads the campaign it is assigned in, and nothing of the other round or the province (leak test)', async () => {
    expect((await inspector('{ campaigns { id } }')).data!.campaigns.map((c: any) => c.id)).toEqual([roundX]);
    expect((await inspector('query($id: ID!) { campaign(id: $id) { name } }', { id: roundX })).data!.campaign.name).toBe('2026年重庆市示范区检查（第一轮）');
    // The definition driving the campaign comes with it (its states and events are the campaign's
    // already, docs/adr #15), though the definitions queries stay closed to a role-only account.
    const pinned = await inspector('query($id: ID!) { campaign(id: $id) { workflowDefinition { key ownerName } } }', { id: roundX });
    expect(pinned.data!.campaign.workflowDefinition).toEqual({ key: 'provincial-inspection', ownerName: '重庆市' });
    expect((await inspector('{ workflowDefinitions { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await inspector('query($id: ID!) { tasks(campaignId: $id) { totalCount } }', { id: roundX })).data!.tasks.totalCount).toBeGreaterThan(0);
    expect((await inspector('query($id: ID!) { transitionHistory(entityType: campaign, id: $id) { event } }', { id: roundX })).errors).toBeUndefined();

    const other = await inspector('query($id: ID!) { campaign(id: $id) { name } }', { id: roundY });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await inspector('query($id: ID!) { tasks(campaignId: $id) { totalCount } }', { id: roundY })).data!.tasks.totalCount).toBe(0);
    for (const query of ['transitionHistory', 'availableTransitions']) {
      const refused = await inspector(`query($id: ID!) { ${query}(entityType: campaign, id: $id) { event } }`, { id: roundY });
      expect({ query, code: refused.errors?.[0].extensions?.code }).toEqual({ query, code: 'NOT_FOUND' });
    }
    const fired = await inspector(TRANSITION, { input: { entityType: 'campaign', id: roundY, event: 'open-round', expectedVersion: 1 } });
    expect(fired.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // No product role: the organisation's users, departments and scores stay closed.
    for (const query of ['{ users { totalCount } }', '{ departments { totalCount } }']) {
      expect((await inspector(query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await inspector('query($id: ID!) { campaignScores(campaignId: $id) { __typename } }', { id: roundX })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('runs 部署检查 → 走访 → 撰写报告 → 审定结论 → 检查合格, the team acting only where the definition gives it the event', async () => {
    expect((await fire(inspector, 'open-round')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await fire(province, 'open-round')).data!.transition).toMatchObject({ state: 'inspecting.visits', stateLabel: '走访' });
    // The notice to the declared role reaches the team of this round.
    const notices = await inspector('{ notifications { edges { node { title entityId } } } }');
    expect(notices.data!.notifications.edges.map((e: any) => e.node.entityId)).toEqual([roundX]);
    expect((await fire(province, 'finish-visits')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await fire(inspector, 'finish-visits')).data!.transition.state).toBe('inspecting.reporting');

    const available = await inspector('query($id: ID!) { availableTransitions(entityType: campaign, id: $id) { event allowed needsComment reasons } }', { id: roundX });
    expect(available.data!.availableTransitions.find((e: any) => e.event === 'submit-report')).toMatchObject({
      allowed: false,
      needsComment: true,
      // The comment is asked for when it is fired; what is missing before that is the file.
      reasons: ['不能提交检查报告：尚未上传检查报告的文件'],
    });
    const recorded = await province('mutation($input: RecordCampaignDocumentInput!) { recordCampaignDocument(input: $input) { id } }', {
      input: { campaignId: roundX, kind: 'inspection-report', title: '第一轮检查报告' },
    });
    const file = await uploadMultipart(`${t.api.url}/api/campaign-documents/${recorded.data!.recordCampaignDocument.id}/file`, {}, [{ filename: '检查报告.pdf', data: fixtures.pdf() }], {
      token: province.token,
    });
    expect(file.status).toBe(201);
    expect((await fire(inspector, 'submit-report', '走访了五个区县，材料齐全。')).data!.transition).toMatchObject({ state: 'deciding', stateLabel: '审定结论' });
    expect((await fire(province, 'pass')).data!.transition).toMatchObject({ state: 'passed', stateLabel: '检查合格' });

    const history = await inspector('query($id: ID!) { transitionHistory(entityType: campaign, id: $id) { event actorName actorRoles } }', { id: roundX });
    expect(history.data!.transitionHistory.map((h: any) => `${h.event}:${h.actorName}`)).toEqual([
      'open-round:重庆市科协办公室',
      'finish-visits:检查组成员甲',
      'submit-report:检查组成员甲',
      'pass:重庆市科协办公室',
    ]);
    expect(history.data!.transitionHistory[1].actorRoles).toEqual(['inspection-team']);
  });

  it('takes everything away again when the role is revoked', async () => {
    expect((await province(REVOKE, { input: { campaignId: roundX, userId: inspectorId, role: 'inspection-team' } })).data!.revokeCampaignRole).toBe(true);
    expect((await province(REVOKE, { input: { campaignId: roundX, userId: inspectorId, role: 'inspection-team' } })).data!.revokeCampaignRole).toBe(false);
    expect((await inspector('{ campaigns { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await inspector('query($id: ID!) { transitionHistory(entityType: campaign, id: $id) { event } }', { id: roundX })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps both of two assignments made at the same moment (the copy on the account loses neither)', async () => {
    const both = [roundX, roundY].sort();
    for (let round = 0; round < 5; round++) {
      const assigned = await Promise.all(both.map((campaignId) => province(ASSIGN, { input: { campaignId, userId: inspectorId, role: 'inspection-team' } })));
      expect(assigned.map((result) => result.errors)).toEqual([undefined, undefined]);
      // The account's campaign roles are what a request of its own is scoped by.
      expect({ round, campaigns: ((await inspector('{ campaigns { id } }')).data?.campaigns ?? []).map((c: any) => c.id).sort() }).toEqual({ round, campaigns: both });
      const revoked = await Promise.all(both.map((campaignId) => province(REVOKE, { input: { campaignId, userId: inspectorId, role: 'inspection-team' } })));
      expect(revoked.map((result) => result.data?.revokeCampaignRole)).toEqual([true, true]);
      expect((await inspector('{ campaigns { id } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
