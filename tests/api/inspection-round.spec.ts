import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { fixtures } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const FIXTURE = join(__dirname, '../fixtures/workflows/ok/inspection-round.yaml');
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state stateLabel version } }';
const AVAILABLE = 'query($id: ID!) { availableTransitions(entityType: campaign, id: $id) { event allowed code reasons } }';

/** A small district standard for the round: one indicator, one requirement, one rule. */
function inspectionTemplate(): string {
  const template = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
  template.key = 'inspection-2023';
  template.indicatorSystem.key = 'inspection-2023-standard';
  template.indicatorSystem.name = '2023年示范区检查指标';
  template.indicatorSystem.totalScore = 4;
  template.indicatorSystem.indicators = template.indicatorSystem.indicators.filter((indicator: { code: string }) => indicator.code === '10');
  template.campaign = {
    name: '沙坪坝区2023年度全国科普示范区检查',
    taskPhase: 'inspection',
    phases: [
      { key: 'inspection', name: '检查阶段', startsOn: '2023-03-01', endsOn: '2023-04-30' },
      { key: 'promotion', name: '示范推广阶段', startsOn: '2023-06-01', endsOn: '2023-12-31' },
    ],
  };
  return stringify(template);
}

describe('a third workflow, added as a YAML file only, runs end to end through GraphQL', () => {
  let t: TestApi;
  let campaignId: string;
  let version: number;

  beforeAll(async () => {
    t = await startTestApi();
  });

  afterAll(async () => {
    await t?.close();
  });

  const fire = async (gql: Gql, event: string, comment?: string) => {
    const result = await gql(TRANSITION, { input: { entityType: 'campaign', id: campaignId, event, comment, expectedVersion: version } });
    if (result.data) version = result.data.transition.version;
    return result;
  };
  const refusal = async (gql: Gql, event: string) => (await gql(AVAILABLE, { id: campaignId })).data!.availableTransitions.find((e: any) => e.event === event);

  it('is uploaded, and a campaign is set up on it', async () => {
    const uploaded = await t.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key version entityType graph { nodes { id } } } }', {
      input: { source: readFileSync(FIXTURE, 'utf8'), fileName: 'inspection-round.yaml' },
    });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data!.uploadWorkflowDefinition).toMatchObject({ key: 'inspection-round', version: 1, entityType: 'campaign' });

    const setUp = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created tasks } }', {
      input: { template: inspectionTemplate(), workflowKey: 'inspection-round' },
    });
    expect(setUp.errors).toBeUndefined();
    expect(setUp.data!.setUpCampaign).toMatchObject({ created: true, tasks: 2 });
    campaignId = setUp.data!.setUpCampaign.campaignId;
    const campaign = await t.gql('query($id: ID!) { campaign(id: $id) { state stateLabel version workflowDefinition { key version } totalScore } }', { id: campaignId });
    expect(campaign.data!.campaign).toMatchObject({ state: 'self-evaluation', stateLabel: '自评及推荐', workflowDefinition: { key: 'inspection-round', version: 1 }, totalScore: 4 });
    version = campaign.data!.campaign.version;
  });

  it('lets an admin give a user the role the definition declares (检查组成员)', async () => {
    const created = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { roles } }', {
      input: { username: 'inspector1', displayName: '检查组成员甲', password: 'Inspect@2026a', roles: ['supervisor', 'inspector'] },
    });
    expect(created.data!.createUser.roles).toEqual(['supervisor', 'inspector']);
    const unknown = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'nobody1', displayName: '某人', password: 'Inspect@2026a', roles: ['astronaut'] },
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('VALIDATION');
  });

  it('runs 自评及推荐 → 检查 → 专家评审 → 示范推广 → 已完成 with its own guards', async () => {
    expect((await refusal(t.gql, 'recommend')).reasons.join()).toContain('自评报告');
    await t.gql('mutation($input: RecordCampaignDocumentInput!) { recordCampaignDocument(input: $input) { id } }', { input: { campaignId, kind: 'self-evaluation', title: '2023年度自评报告' } });
    expect((await fire(t.gql, 'recommend')).data!.transition).toMatchObject({ state: 'inspection.document-review', stateLabel: '材料审查' });

    const inspector = await t.as('inspector1', 'Inspect@2026a');
    expect((await fire(t.gql, 'visit-site')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await fire(inspector, 'visit-site')).data!.transition.state).toBe('inspection.site-visit');

    const finish = await fire(inspector, 'finish-inspection', '好');
    expect(finish.errors?.[0].extensions?.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(finish.errors?.[0].message).toMatch(/检查报告.*10 字/);
    await t.gql('mutation($input: RecordCampaignDocumentInput!) { recordCampaignDocument(input: $input) { id } }', { input: { campaignId, kind: 'inspection-report', title: '检查报告' } });
    expect((await fire(inspector, 'finish-inspection', '现场查看了三个科普基地，运行良好。')).data!.transition.state).toBe('expert-review');

    const expert = await t.as('expert');
    expect((await refusal(expert, 'endorse')).reasons.join()).toContain('10-1 尚无佐证材料');
    // Evidence for the one requirement, uploaded by the responsible department's liaison.
    const kexie = await t.as('kexie');
    const tasks = await kexie('query($id: ID!) { tasks(campaignId: $id) { edges { node { id } } } }', { id: campaignId });
    const upload = await uploadMultipart(
      `${t.api.url}/api/evidence/upload`,
      { taskId: tasks.data!.tasks.edges[0].node.id, requirementCode: '10-1', kind: '截图' },
      [{ filename: '科普中国信息员.pdf', data: fixtures.pdf() }],
      { token: kexie.token },
    );
    expect(upload.status).toBe(201);
    expect((await fire(expert, 'endorse')).data!.transition).toMatchObject({ state: 'promotion', stateLabel: '示范推广' });

    expect((await fire(t.gql, 'close')).data!.transition).toMatchObject({ state: 'completed', stateLabel: '已完成' });
    const history = await t.gql('query($id: ID!) { transitionHistory(entityType: campaign, id: $id) { event actorName } }', { id: campaignId });
    expect(history.data!.transitionHistory.map((h: any) => `${h.event}:${h.actorName}`)).toEqual([
      // Names as people know them, not login ids (office, inspector1, expert).
      'recommend:区科协（领导小组办公室）管理员',
      'visit-site:检查组成员甲',
      'finish-inspection:检查组成员甲',
      'endorse:评审专家',
      'close:区科协（领导小组办公室）管理员',
    ]);
  });
});
