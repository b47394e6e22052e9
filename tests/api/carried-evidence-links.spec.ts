import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { MikroORM } from '@mikro-orm/postgresql';
import { fixtures, sha256 } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { BACK_SCHEDULE } from '../support/back-schedule';

// Carried evidence links its earlier cycle's campaign and evidence (docs/adr #15): for a reader who
// may read them under the rules that already hold, the objects; for one who may not (an
// inspection-team member assigned in the new cycle only), null — the ids and the name as before.
const PASSWORD = 'Carried@2026links';
const LINKS = 'carriedFrom { campaignId evidenceId campaignName campaign { id name } evidence { id requirementCode current { number file { sha256 } } task { id } } }';

describe('CarriedEvidenceSource links the earlier cycle only for readers who may read it', () => {
  let t: TestApi;
  let dir: string;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let earlierCampaignId: string;
  let newCampaignId: string;
  let earlierTaskId: string;
  let newTaskId: string;
  let earlierEvidenceId: string;
  let inspector: Gql;
  const pdf = fixtures.pdf();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-carried-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: dir } });
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.fork().getConnection().execute(text, params);
    earlierCampaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    [{ id: earlierTaskId }] = await sql(`select t.id from task t join department d on d.id = t.department_id where t.campaign_id = ? and d.name = '区科协' order by t.position limit 1`, [
      earlierCampaignId,
    ]);
    const [{ code }] = await sql(
      `select r.code from evidence_requirement r join scoring_rule sr on sr.indicator_id = r.indicator_id join task t on t.scoring_rule_id = sr.id where t.id = ? order by r.sort_order limit 1`,
      [earlierTaskId],
    );
    const office = await t.as('office');
    const upload = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: earlierTaskId, requirementCode: code }, [{ filename: `${code}.pdf`, data: pdf }], { token: office.token });
    expect(upload.status).toBe(201);
    [{ id: earlierEvidenceId }] = await sql('select id from evidence where task_id = ?', [earlierTaskId]);

    // A task workflow declaring an inspection team that reads the campaign's tasks: the new cycle pins it.
    const definition = parse(readFileSync(join(__dirname, '../../workflows/task.yaml'), 'utf8'));
    definition.key = 'task-with-inspectors';
    definition.roles = { 'cycle-inspector': { label: '检查组', views: ['campaign', 'tasks'] } };
    const uploaded = await t.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { id } }', {
      input: { source: stringify(definition), fileName: 'task-with-inspectors.yaml' },
    });
    expect(uploaded.errors).toBeUndefined();
    const cycle = await t.gql('mutation($input: StartNewCycleInput!) { startNewCycle(input: $input) { campaignId carriedEvidence } }', {
      input: {
        fromCampaignId: earlierCampaignId,
        name: '沙坪坝区创建2026—2030年度全国科普示范区',
        key: 'shapingba-carried',
        backSchedule: BACK_SCHEDULE,
        taskWorkflowDefinitionId: uploaded.data!.uploadWorkflowDefinition.id,
        carryOver: { requirementCodes: [code] },
      },
    });
    expect(cycle.errors).toBeUndefined();
    expect(cycle.data!.startNewCycle.carriedEvidence).toBe(1);
    newCampaignId = cycle.data!.startNewCycle.campaignId;
    [{ task_id: newTaskId }] = await sql('select e.task_id from evidence e where e.carried_from_id = ?', [earlierEvidenceId]);

    const created = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'cycle-inspector', displayName: '检查组成员乙', password: PASSWORD, roles: [] },
    });
    expect(created.errors).toBeUndefined();
    const assigned = await t.gql('mutation($input: CampaignRoleInput!) { assignCampaignRole(input: $input) { role } }', {
      input: { campaignId: newCampaignId, userId: created.data!.createUser.id, role: 'cycle-inspector' },
    });
    expect(assigned.errors).toBeUndefined();
    inspector = await t.as('cycle-inspector', PASSWORD);
  });

  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['the office admin', 'office'],
    ['the liaison of the department both tasks are for', 'kexie'],
  ])('%s reads the earlier campaign and evidence through the links, as campaign(id) and taskEvidence show them', async (_who, username) => {
    const reader = await t.as(username);
    const answer = await reader(`query($taskId: ID!) { taskEvidence(taskId: $taskId) { ${LINKS} } }`, { taskId: newTaskId });
    expect(answer.errors).toBeUndefined();
    const [{ carriedFrom }] = answer.data!.taskEvidence;
    expect(carriedFrom).toEqual({
      campaignId: earlierCampaignId,
      evidenceId: earlierEvidenceId,
      campaignName: '沙坪坝区创建2021—2025年度全国科普示范区',
      campaign: { id: earlierCampaignId, name: '沙坪坝区创建2021—2025年度全国科普示范区' },
      evidence: { id: earlierEvidenceId, requirementCode: expect.any(String), current: { number: 1, file: { sha256: sha256(pdf) } }, task: { id: earlierTaskId } },
    });
    // The same objects the reader's own queries give.
    expect((await reader('query($id: ID!) { campaign(id: $id) { id } }', { id: earlierCampaignId })).data!.campaign.id).toBe(earlierCampaignId);
    expect((await reader('query($taskId: ID!) { taskEvidence(taskId: $taskId) { id } }', { taskId: earlierTaskId })).data!.taskEvidence).toEqual([{ id: earlierEvidenceId }]);
  });

  it('gives an inspection-team member of the new cycle only null links, no error and nothing of the earlier cycle beyond its id and name', async () => {
    // Its tasks read as the team reads them (campaign roles grant `tasks`), narrowed to the carried task's indicator.
    const [{ code }] = await sql('select i.code from task t join scoring_rule r on r.id = t.scoring_rule_id join indicator i on i.id = r.indicator_id where t.id = ?', [newTaskId]);
    const answer = await inspector(`query($id: ID!, $code: String) { tasks(campaignId: $id, indicatorCode: $code, first: 100) { edges { node { id evidence { ${LINKS} } } } } }`, {
      id: newCampaignId,
      code,
    });
    expect(answer.errors).toBeUndefined();
    const carried = answer.data!.tasks.edges.find((edge: any) => edge.node.id === newTaskId).node.evidence;
    expect(carried).toEqual([
      { carriedFrom: { campaignId: earlierCampaignId, evidenceId: earlierEvidenceId, campaignName: '沙坪坝区创建2021—2025年度全国科普示范区', campaign: null, evidence: null } },
    ]);
    // As its own queries: the earlier campaign is not found, its tasks are none of its business.
    expect((await inspector('query($id: ID!) { campaign(id: $id) { id } }', { id: earlierCampaignId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await inspector('query($id: ID!) { tasks(campaignId: $id) { totalCount } }', { id: earlierCampaignId })).data!.tasks.totalCount).toBe(0);
  });
});
