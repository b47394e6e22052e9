import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { parse, stringify } from 'yaml';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { fixtures } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const AVAILABLE = 'query($t: WorkflowSubjectType!, $id: ID!) { availableTransitions(entityType: $t, id: $id) { event label allowed available to toLabel code reasons } }';
const TRANSITION =
  'mutation($input: TransitionInput!) { transition(input: $input) { state stateLabel version entry { event from to toLabel comment actorName definitionVersion effects { type outcome } } } }';
const HISTORY = 'query($t: WorkflowSubjectType!, $id: ID!) { transitionHistory(entityType: $t, id: $id) { event eventLabel from to fromLabel toLabel comment actorName at } }';

describe('workflows through GraphQL', () => {
  let t: TestApi;
  let campaignId: string;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let kexie: Gql;
  let kexieTasks: { id: string; version: number; state: string }[];

  const fire = (gql: Gql, entityType: string, id: string, event: string, expectedVersion: number, comment?: string) => gql(TRANSITION, { input: { entityType, id, event, expectedVersion, comment } });

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    kexie = await t.as('kexie');
    const tasks = await kexie('query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { id version state stateLabel } } } }', { id: campaignId });
    kexieTasks = tasks.data!.tasks.edges.map((e: any) => e.node);
    expect(kexieTasks[0]).toMatchObject({ state: 'pending', stateLabel: '待开始', version: 1 });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('registers the shipped definitions with their source, checksum and graph', async () => {
    const { data } = await t.gql('{ workflowDefinitions { key version name entityType checksum source graph { nodes { id label parent initial final } edges { from to event label } } } }');
    const byKey = Object.fromEntries(data!.workflowDefinitions.map((d: any) => [d.key, d]));
    expect(byKey.task).toMatchObject({ version: 1, entityType: 'task', name: '创建任务流程' });
    expect(byKey.task.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(byKey.task.source).toContain('key: task');
    expect(byKey.task.graph.nodes.map((n: any) => n.label)).toEqual(['待开始', '进行中', '已提交', '已退回', '已通过']);
    expect(byKey.campaign.graph.nodes.find((n: any) => n.id === 'creation.evidence')).toMatchObject({ parent: 'creation', label: '完善佐证材料及自评报告' });
    expect(byKey.campaign.graph.edges).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'creation', to: 'accreditation', event: 'submit-for-accreditation' })]));
  });

  it('lists what a liaison may do now, and why not the rest', async () => {
    const { data } = await kexie(AVAILABLE, { t: 'task', id: kexieTasks[0].id });
    const byEvent = Object.fromEntries(data!.availableTransitions.map((e: any) => [e.event, e]));
    expect(byEvent.start).toMatchObject({ allowed: true, to: 'in_progress', toLabel: '进行中', reasons: [] });
    expect(byEvent.submit).toMatchObject({ allowed: false, available: false, code: 'TRANSITION_NOT_ALLOWED' });
    expect(byEvent.approve).toMatchObject({ allowed: false, available: false, code: 'TRANSITION_NOT_ALLOWED' });
    const office = await t.gql(AVAILABLE, { t: 'task', id: kexieTasks[0].id });
    const start = office.data!.availableTransitions.find((e: any) => e.event === 'start');
    expect(start).toMatchObject({ allowed: false, available: true, code: 'FORBIDDEN' });
    expect(start.reasons[0]).toContain('部门联络员');
  });

  it('moves a task, logs who did what, and refuses submitting without evidence with the reason', async () => {
    const task = kexieTasks[1];
    const started = await fire(kexie, 'task', task.id, 'start', 1);
    expect(started.errors).toBeUndefined();
    expect(started.data!.transition).toMatchObject({
      state: 'in_progress',
      stateLabel: '进行中',
      version: 2,
      entry: { event: 'start', from: 'pending', to: 'in_progress', actorName: '区科协联络员', definitionVersion: 1 },
    });
    const submit = await fire(kexie, 'task', task.id, 'submit', 2);
    expect(submit.errors?.[0].extensions?.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(submit.errors?.[0].message).toMatch(/不能提交.*佐证材料/);
    const [row] = await sql('select state, version from task where id = ?', [task.id]);
    expect(row).toEqual({ state: 'in_progress', version: 2 });
  });

  it('returns with a required comment, which the department then sees in the history; approve ends it', async () => {
    const task = kexieTasks[2];
    await sql(`update task set state = 'submitted', version = 5 where id = ?`, [task.id]);
    const bare = await fire(t.gql, 'task', task.id, 'return', 5);
    expect(bare.errors?.[0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(bare.errors?.[0].message).toContain('意见');
    const returned = await fire(t.gql, 'task', task.id, 'return', 5, '1-2 缺少盖章版，请补充');
    expect(returned.data!.transition).toMatchObject({ state: 'returned', version: 6 });
    const history = await kexie(HISTORY, { t: 'task', id: task.id });
    expect(history.data!.transitionHistory).toEqual([
      expect.objectContaining({ event: 'return', eventLabel: '退回', fromLabel: '已提交', toLabel: '已退回', comment: '1-2 缺少盖章版，请补充', actorName: '区科协（领导小组办公室）管理员' }),
    ]);
    const notices = await kexie('{ notifications { totalCount edges { node { title body entityId } } } }');
    expect(notices.data!.notifications.edges.map((e: any) => e.node)).toEqual(
      expect.arrayContaining([expect.objectContaining({ entityId: task.id, title: '创建任务流程：退回', body: expect.stringContaining('1-2 缺少盖章版') })]),
    );
    await sql(`update task set state = 'submitted', version = 7 where id = ?`, [task.id]);
    const approved = await fire(t.gql, 'task', task.id, 'approve', 7);
    expect(approved.data!.transition).toMatchObject({ state: 'approved', stateLabel: '已通过' });
  });

  it('refuses by role: FORBIDDEN from the policy and from the definition, NOT_FOUND for another department', async () => {
    const task = kexieTasks[3];
    const supervisor = await t.as('supervisor');
    expect((await fire(supervisor, 'task', task.id, 'start', 1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const expert = await t.as('expert');
    const byExpert = await fire(expert, 'task', task.id, 'start', 1);
    expect(byExpert.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(byExpert.errors?.[0].message).toContain('部门联络员');
    const street = await t.as('xiaolongkan');
    expect((await fire(street, 'task', task.id, 'start', 1)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await street(AVAILABLE, { t: 'task', id: task.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await street(HISTORY, { t: 'task', id: task.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const task = kexieTasks[4];
    const stale = await fire(kexie, 'task', task.id, 'start', 3);
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', details: { expectedVersion: 3, currentVersion: 1 } } });
    expect(await sql('select state, version from task where id = ?', [task.id])).toEqual([{ state: 'pending', version: 1 }]);
    expect(await sql('select count(*)::int as n from transition_log where entity_id = ?', [task.id])).toEqual([{ n: 0 }]);
  });

  it('lets exactly one of 50 concurrent transitions of one task through; the others get CONFLICT; one log row', async () => {
    const task = kexieTasks[5];
    const results = await Promise.all(Array.from({ length: 50 }, () => fire(kexie, 'task', task.id, 'start', 1)));
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    expect(await sql('select count(*)::int as n from transition_log where entity_id = ?', [task.id])).toEqual([{ n: 1 }]);
    expect(await sql('select state, version from task where id = ?', [task.id])).toEqual([{ state: 'in_progress', version: 2 }]);
  });

  it('keeps the transition log append-only in the database itself', async () => {
    await expect(sql(`update transition_log set comment = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from transition_log`)).rejects.toThrow(/append-only/);
  });

  it('drives the campaign through its phases with guards, effects and the history', async () => {
    const office = t.gql;
    const campaign = async () => (await office('query($id: ID!) { campaign(id: $id) { state stateLabel version workflowDefinition { key version } } }', { id: campaignId })).data!.campaign;
    expect(await campaign()).toMatchObject({ state: 'preparation', stateLabel: '筹备', workflowDefinition: { key: 'campaign', version: 2 } });

    let version = (await campaign()).version;
    // Another date first, so that the effect's write shows: open tasks move, a finished one keeps its date.
    await sql(`update task set due_on = '2022-01-01' where campaign_id = ?`, [campaignId]);
    const started = await fire(office, 'campaign', campaignId, 'start-creation', version);
    expect(started.data!.transition).toMatchObject({ state: 'creation.publicity', stateLabel: '宣传发动' });
    expect(started.data!.transition.entry.effects).toEqual([
      expect.objectContaining({ type: 'notify', outcome: expect.stringContaining('已通知') }),
      expect.objectContaining({ type: 'setDueDate', outcome: '截止日期设为 2022-11-30' }),
    ]);
    const dueDates = await sql(`select state = 'approved' as final, to_char(due_on, 'YYYY-MM-DD') as due_on, count(*)::int as n from task where campaign_id = ? group by 1, 2 order by 1`, [
      campaignId,
    ]);
    expect(dueDates).toEqual([
      { final: false, due_on: '2022-11-30', n: expect.any(Number) },
      { final: true, due_on: '2022-01-01', n: 1 },
    ]);
    const notices = await kexie('{ notifications { edges { node { title entityType } } } }');
    expect(notices.data!.notifications.edges.map((e: any) => e.node)).toEqual(expect.arrayContaining([{ title: '创建活动流程：启动创建', entityType: 'campaign' }]));

    version = (await campaign()).version;
    expect((await fire(office, 'campaign', campaignId, 'collect-evidence', version)).data!.transition.state).toBe('creation.evidence');

    version = (await campaign()).version;
    const early = await office(AVAILABLE, { t: 'campaign', id: campaignId });
    const submit = early.data!.availableTransitions.find((e: any) => e.event === 'submit-for-accreditation');
    expect(submit).toMatchObject({ allowed: false, code: 'TRANSITION_NOT_ALLOWED' });
    expect(submit.reasons.join()).toMatch(/任务/);
    expect(submit.reasons.join()).toMatch(/自评报告/);

    const doc = await office('mutation($input: RecordCampaignDocumentInput!) { recordCampaignDocument(input: $input) { id kind title hasFile } }', {
      input: { campaignId, kind: 'self-assessment', title: '沙坪坝区创建全国科普示范区自评报告' },
    });
    expect(doc.errors).toBeUndefined();
    expect(doc.data!.recordCampaignDocument.hasFile).toBe(false);
    const stillOpen = await fire(office, 'campaign', campaignId, 'submit-for-accreditation', version);
    expect(stillOpen.errors?.[0].extensions?.code).toBe('TRANSITION_NOT_ALLOWED');

    // Every task approved and the report recorded by its title only: campaign v2 still refuses,
    // for the file (v1 let a title through: issue 14), and changes nothing.
    await sql(`update task set state = 'approved' where campaign_id = ?`, [campaignId]);
    const titleOnly = await fire(office, 'campaign', campaignId, 'submit-for-accreditation', version);
    expect(titleOnly.errors?.[0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(titleOnly.errors?.[0].message).toContain('尚未上传自评报告的文件');
    expect(titleOnly.errors?.[0].message).not.toContain('任务');
    expect(await campaign()).toMatchObject({ state: 'creation.evidence', version });

    const file = await uploadMultipart(`${t.api.url}/api/campaign-documents/${doc.data!.recordCampaignDocument.id}/file`, {}, [{ filename: '自评报告.pdf', data: fixtures.pdf() }], {
      token: (await t.as('office')).token,
    });
    expect(file.status).toBe(201);
    const submitted = await fire(office, 'campaign', campaignId, 'submit-for-accreditation', version);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.transition).toMatchObject({ state: 'accreditation', stateLabel: '认定' });
    // snapshotScores ran in the same transaction and says what it stored.
    expect(submitted.data!.transition.entry.effects).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'snapshotScores', outcome: expect.stringMatching(/^自评快照：/) })]));
    expect(await sql('select source from score_snapshot where campaign_id = ?', [campaignId])).toEqual([{ source: 'self' }]);

    const expert = await t.as('expert');
    const accredited = await fire(expert, 'campaign', campaignId, 'accredit', (await campaign()).version);
    expect(accredited.data!.transition).toMatchObject({ state: 'accredited', stateLabel: '已认定' });
    const history = await office(HISTORY, { t: 'campaign', id: campaignId });
    expect(history.data!.transitionHistory.map((h: any) => h.event)).toEqual(['start-creation', 'collect-evidence', 'submit-for-accreditation', 'accredit']);
  });

  it('refuses an invalid uploaded definition with positions, and versions a valid one without touching running campaigns', async () => {
    const task = readFileSync(join(__dirname, '../../workflows/task.yaml'), 'utf8');
    const broken = task.replace('    to: submitted\n    roles: [liaison]\n    confirm: 确认提交？', '    to: reviewing\n    roles: [liaison]\n    confirm: 确认提交？');
    const refused = await t.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { version } }', { input: { source: broken, fileName: 'task.yaml' } });
    expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION');
    const errors = (refused.errors?.[0].extensions?.['details'] as { errors: { line: number; code: string; file: string }[] }).errors;
    expect(errors[0]).toMatchObject({ file: 'task.yaml', code: 'UNKNOWN_STATE' });
    expect(errors[0].line).toBeGreaterThan(30);
    expect(refused.errors?.[0].message).toContain('task.yaml:');

    const sameVersion = await t.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { version } }', {
      input: { source: task.replace('label: 撤回', 'label: 撤回提交') },
    });
    expect(sameVersion.errors?.[0].extensions?.code).toBe('CONFLICT');

    const v2 = task.replace('version: 1', 'version: 2').replace('label: 撤回', 'label: 撤回提交');
    const uploaded = await t.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key version } }', { input: { source: v2, fileName: 'task-v2.yaml' } });
    expect(uploaded.data!.uploadWorkflowDefinition).toEqual({ key: 'task', version: 2 });
    const [running] = await sql('select task_workflow_version from campaign where id = ?', [campaignId]);
    expect(running.task_workflow_version).toBe(1);

    const template = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
    template.key = 'shapingba-2026-review';
    template.campaign.name = '沙坪坝区2026年度科普工作复核';
    const created = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created tasks } }', { input: { template: stringify(template) } });
    expect(created.data!.setUpCampaign.created).toBe(true);
    const [fresh] = await sql('select task_workflow_version, workflow_version from campaign where id = ?', [created.data!.setUpCampaign.campaignId]);
    expect(fresh).toEqual({ task_workflow_version: 2, workflow_version: 2 });
  });
});
