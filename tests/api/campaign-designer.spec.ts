import { MikroORM } from '@mikro-orm/postgresql';
import { type TestApi, startTestApi } from '../support/test-api';

const PREVIEW = `query($input: SetUpCampaignInput!) {
  previewCampaignSetUp(input: $input) {
    templateId templateKey templateVersion workflowDefinitionId taskWorkflowDefinitionId
    phases { key name startsOn endsOn } taskPhaseKey defaultDueOn
    taskCount departmentCount ruleCount rulesWithoutTasks dueDates { dueOn tasks }
    tasks { ruleCode indicatorCode departmentId departmentName role dueOn }
  }
}`;
const SET_UP = `mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created tasks } }`;

const BACK_SCHEDULE = {
  targetDate: '2027-01-31',
  phases: [
    { key: 'preparation', name: '筹备阶段', days: 121 },
    { key: 'creation', name: '创建阶段', days: 244 },
    { key: 'accreditation', name: '认定阶段', days: 62 },
  ],
};

describe('campaign designer: set-up from a stored template, preview, back-scheduling, due dates', () => {
  let t: TestApi;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let templateId: string;
  let seededCampaignId: string;

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    [{ id: templateId }] = await sql(`select id from indicator_system where kind = 'template' and key = 'shapingba-2021-2025' and version = 1`);
    [{ id: seededCampaignId }] = await sql(`select id from campaign where key = 'shapingba-2021-2025'`);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('previews a back-scheduled set-up: phases end on the target date, as many tasks as the seeded campaign, nothing saved', async () => {
    const [{ n: campaignsBefore }] = await sql(`select count(*)::int as n from campaign`);
    const [{ n: seededTasks }] = await sql(`select count(*)::int as n from task where campaign_id = ?`, [seededCampaignId]);
    const [{ n: seededDepartments }] = await sql(`select count(distinct department_id)::int as n from task where campaign_id = ?`, [seededCampaignId]);
    const result = await t.gql(PREVIEW, { input: { templateId, name: '沙坪坝区创建2025—2029年度全国科普示范区', backSchedule: BACK_SCHEDULE } });
    expect(result.errors).toBeUndefined();
    const preview = result.data!.previewCampaignSetUp;
    expect(preview).toMatchObject({ templateId, templateKey: 'shapingba-2021-2025', templateVersion: 1, taskPhaseKey: 'creation', defaultDueOn: '2026-11-30', ruleCount: 55 });
    expect(preview.phases).toEqual([
      { key: 'preparation', name: '筹备阶段', startsOn: '2025-12-01', endsOn: '2026-03-31' },
      { key: 'creation', name: '创建阶段', startsOn: '2026-04-01', endsOn: '2026-11-30' },
      { key: 'accreditation', name: '认定阶段', startsOn: '2026-12-01', endsOn: '2027-01-31' },
    ]);
    expect(preview.taskCount).toBe(seededTasks);
    expect(preview.tasks).toHaveLength(seededTasks);
    expect(preview.departmentCount).toBe(seededDepartments);
    expect(preview.dueDates).toEqual([{ dueOn: '2026-11-30', tasks: seededTasks }]);
    expect(await sql(`select count(*)::int as n from campaign`)).toEqual([{ n: campaignsBefore }]);
  });

  it('sets up the campaign with due dates overridden per indicator, department and rule (rule over indicator over department)', async () => {
    const [street] = await sql(`select d.id, d.name from department d join organisation o on o.id = d.organisation_id where o.code = '500106' and d.name = '小龙坎街道'`);
    const dueDates = [
      { scope: 'department', target: street.id, dueOn: '2026-06-30' },
      { scope: 'indicator', target: '1', dueOn: '2026-05-31' },
      { scope: 'rule', target: '1.1', dueOn: '2026-04-30' },
    ];
    const input = { templateId, name: '沙坪坝区创建2025—2029年度全国科普示范区', key: 'shapingba-2025-2029', backSchedule: BACK_SCHEDULE, dueDates };
    const preview = (await t.gql(PREVIEW, { input })).data!.previewCampaignSetUp;
    const result = await t.gql(SET_UP, { input });
    expect(result.errors).toBeUndefined();
    const { campaignId, created, tasks } = result.data!.setUpCampaign;
    expect(created).toBe(true);
    expect(tasks).toBe(preview.taskCount);

    const stored = await sql(
      `select r.code as "ruleCode", t.department_id as "departmentId", to_char(t.due_on, 'YYYY-MM-DD') as "dueOn" from task t join scoring_rule r on r.id = t.scoring_rule_id where t.campaign_id = ? order by t.position`,
      [campaignId],
    );
    expect(stored).toEqual(preview.tasks.map(({ ruleCode, departmentId, dueOn }: any) => ({ ruleCode, departmentId, dueOn })));
    const dueOf = (ruleCode: string, departmentId?: string) => stored.filter((row) => row.ruleCode === ruleCode && (!departmentId || row.departmentId === departmentId)).map((row) => row.dueOn);
    expect(new Set(dueOf('1.1'))).toEqual(new Set(['2026-04-30']));
    expect(new Set(dueOf('1.2'))).toEqual(new Set(['2026-05-31']));
    const streetRows = stored.filter((row) => row.departmentId === street.id && !row.ruleCode.startsWith('1.'));
    expect(streetRows.length).toBeGreaterThan(0);
    expect(new Set(streetRows.map((row) => row.dueOn))).toEqual(new Set(['2026-06-30']));
    expect(stored.filter((row) => row.departmentId !== street.id && !row.ruleCode.startsWith('1.')).every((row) => row.dueOn === '2026-11-30')).toBe(true);

    const phases = await sql(`select key, to_char(starts_on, 'YYYY-MM-DD') as s, to_char(ends_on, 'YYYY-MM-DD') as e from campaign_phase where campaign_id = ? order by sort_order`, [campaignId]);
    expect(phases).toEqual([
      { key: 'preparation', s: '2025-12-01', e: '2026-03-31' },
      { key: 'creation', s: '2026-04-01', e: '2026-11-30' },
      { key: 'accreditation', s: '2026-12-01', e: '2027-01-31' },
    ]);
    const [campaign] = await sql(`select c.key, c.state, c.task_phase_key, s.kind, s.derived_from_id from campaign c join indicator_system s on s.id = c.indicator_system_id where c.id = ?`, [campaignId]);
    expect(campaign).toMatchObject({ key: 'shapingba-2025-2029', task_phase_key: 'creation', kind: 'snapshot', derived_from_id: templateId });
    expect(await sql(`select action from audit_event where entity_id = ? and action = 'campaign_setup'`, [campaignId])).toHaveLength(1);

    const again = await t.gql(SET_UP, { input });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', details: { reason: 'CAMPAIGN_KEY_TAKEN' } }, message: expect.stringContaining('请换一个键') });
  });

  it('sets up from a template given by key and version, with dated phases and the workflows the organisation uses', async () => {
    const [{ id: campaignWorkflow }] = await sql(`select id from workflow_definition where key = 'campaign' and owner_id is null order by version desc limit 1`);
    const [{ id: taskWorkflow }] = await sql(`select id from workflow_definition where key = 'task' and owner_id is null order by version desc limit 1`);
    const result = await t.gql(SET_UP, {
      input: {
        templateKey: 'shapingba-2021-2025',
        templateVersion: 1,
        name: '复评',
        workflowDefinitionId: campaignWorkflow,
        taskWorkflowDefinitionId: taskWorkflow,
        phases: [
          { key: 'self', name: '自查阶段', startsOn: '2026-01-01', endsOn: '2026-06-30' },
          { key: 'review', name: '复评阶段', startsOn: '2026-07-01', endsOn: '2026-09-30' },
        ],
        taskPhaseKey: 'self',
      },
    });
    expect(result.errors).toBeUndefined();
    const [campaign] = await sql(`select key, workflow_definition_id, task_workflow_definition_id from campaign where id = ?`, [result.data!.setUpCampaign.campaignId]);
    expect(campaign).toEqual({ key: 'shapingba-2021-2025-2026-01-01', workflow_definition_id: campaignWorkflow, task_workflow_definition_id: taskWorkflow });
    expect(await sql(`select distinct to_char(due_on, 'YYYY-MM-DD') as d from task where campaign_id = ?`, [result.data!.setUpCampaign.campaignId])).toEqual([{ d: '2026-06-30' }]);
  });

  it('refuses overlapping phases, dates in the wrong order, an unusable template or workflow, and both ways of giving phases', async () => {
    const base = { templateId, name: '错误示例' };
    const overlap = await t.gql(PREVIEW, {
      input: {
        ...base,
        phases: [
          { key: 'a', name: '筹备阶段', startsOn: '2026-01-01', endsOn: '2026-03-31' },
          { key: 'b', name: '创建阶段', startsOn: '2026-03-15', endsOn: '2026-02-01' },
        ],
      },
    });
    expect(overlap.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'BAD_PLAN' } } });
    expect(overlap.errors?.[0].message).toContain('晚于结束日期');
    expect(overlap.errors?.[0].message).toContain('重叠');

    const badTarget = await t.gql(PREVIEW, { input: { ...base, backSchedule: { targetDate: '2026-02-30', phases: [{ key: 'a', name: 'A', days: 0 }] } } });
    expect(badTarget.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'BAD_PLAN' } }, message: expect.stringContaining('不是有效日期') });

    const both = await t.gql(PREVIEW, { input: { ...base, backSchedule: BACK_SCHEDULE, phases: [{ key: 'a', name: 'A', startsOn: '2026-01-01', endsOn: '2026-01-02' }] } });
    expect(both.errors?.[0].message).toContain('二选一');

    const unknown = await t.gql(PREVIEW, { input: { ...base, templateId: '00000000-0000-4000-8000-000000000000', backSchedule: BACK_SCHEDULE } });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', details: { reason: 'TEMPLATE_NOT_USABLE' } } });

    const [{ id: taskWorkflow }] = await sql(`select id from workflow_definition where key = 'task' order by version desc limit 1`);
    const wrongType = await t.gql(PREVIEW, { input: { ...base, backSchedule: BACK_SCHEDULE, workflowDefinitionId: taskWorkflow } });
    expect(wrongType.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'WRONG_WORKFLOW_TYPE' } } });

    const badOverride = await t.gql(PREVIEW, { input: { ...base, backSchedule: BACK_SCHEDULE, dueDates: [{ scope: 'indicator', target: '99', dueOn: '2026-05-01' }] } });
    expect(badOverride.errors?.[0].message).toContain('「99」');
  });
});
