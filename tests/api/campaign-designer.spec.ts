import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { seedLiveDemo } from '../../apps/api/src/cli/live-demo';
import { addDays, todayInChina } from '@accredit/calendar-date';
import { type TestApi, startTestApi } from '../support/test-api';
import { fixtures, sha256 } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';
import { docxParagraphs } from '../support/docx-text';
import { BACK_SCHEDULE } from '../support/back-schedule';

const PREVIEW = `query($input: SetUpCampaignInput!) {
  previewCampaignSetUp(input: $input) {
    templateId templateKey templateVersion workflowDefinitionId taskWorkflowDefinitionId
    workflowDefinition { id key entityType } taskWorkflowDefinition { id key entityType }
    phases { key name startsOn endsOn } taskPhaseKey defaultDueOn
    taskCount departmentCount ruleCount rulesWithoutTasks dueDates { dueOn tasks }
    tasks { ruleCode indicatorCode departmentId departmentName role dueOn }
  }
}`;
const REPLAN = `mutation($input: ReplanCampaignInput!) { replanCampaign(input: $input) { batchId phaseChanges taskChanges } }`;
const CHANGES = `query($id: ID!) { campaignPlanChanges(campaignId: $id) { batchId at actorName reason subjectType subjectId subjectLabel field oldValue newValue } }`;
const SET_UP = `mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created tasks } }`;

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

  it('lists the templates the organisation may set a campaign up from', async () => {
    const result = await t.gql(`{ campaignTemplateChoices { id key version name ownerId } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.campaignTemplateChoices).toContainEqual(expect.objectContaining({ id: templateId, key: 'shapingba-2021-2025', version: 1, ownerId: null }));
  });

  it('previews a back-scheduled set-up: phases end on the target date, as many tasks as the seeded campaign, nothing saved', async () => {
    const [{ n: campaignsBefore }] = await sql(`select count(*)::int as n from campaign`);
    const [{ n: seededTasks }] = await sql(`select count(*)::int as n from task where campaign_id = ?`, [seededCampaignId]);
    const [{ n: seededDepartments }] = await sql(`select count(distinct department_id)::int as n from task where campaign_id = ?`, [seededCampaignId]);
    const result = await t.gql(PREVIEW, { input: { templateId, name: '沙坪坝区创建2025—2029年度全国科普示范区', backSchedule: BACK_SCHEDULE } });
    expect(result.errors).toBeUndefined();
    const preview = result.data!.previewCampaignSetUp;
    expect(preview).toMatchObject({ templateId, templateKey: 'shapingba-2021-2025', templateVersion: 1, taskPhaseKey: 'creation', defaultDueOn: '2026-11-30', ruleCount: 55 });
    // None chosen: the organisation's defaults, linked beside their ids.
    expect(preview.workflowDefinition).toEqual({ id: preview.workflowDefinitionId, key: 'campaign', entityType: 'campaign' });
    expect(preview.taskWorkflowDefinition).toEqual({ id: preview.taskWorkflowDefinitionId, key: 'task', entityType: 'task' });
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
    const [campaign] = await sql(`select c.key, c.state, c.task_phase_key, s.kind, s.derived_from_id from campaign c join indicator_system s on s.id = c.indicator_system_id where c.id = ?`, [
      campaignId,
    ]);
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
    // The Date scalar refuses a day that does not exist before the plan is looked at.
    expect(badTarget.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' }, message: expect.stringContaining('日期不正确：2026-02-30') });

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

  describe('re-planning a running campaign', () => {
    const today = todayInChina();
    let campaignId: string;
    let kexieTask: string;
    let movedTask: string;
    const lightOf = async (taskId: string) => {
      const [{ department_id: departmentId }] = await sql(`select department_id from task where id = ?`, [taskId]);
      const result = await t.gql(`query($id: ID!, $department: ID) { tasks(campaignId: $id, departmentId: $department, first: 100) { edges { node { id dueOn deadlineStatus } } } }`, {
        id: campaignId,
        department: departmentId,
      });
      expect(result.errors).toBeUndefined();
      return result.data!.tasks.edges.map((edge: any) => edge.node).find((node: any) => node.id === taskId);
    };

    beforeAll(async () => {
      [{ id: campaignId }] = await sql(`select id from campaign where key = 'shapingba-2025-2029'`);
      const atOldEnd = `select t.id from task t join department d on d.id = t.department_id join scoring_rule r on r.id = t.scoring_rule_id where t.campaign_id = ? and t.due_on = '2026-11-30' and r.code <> '2.1'`;
      [{ id: kexieTask }] = await sql(`${atOldEnd} and d.name = '区科协' order by t.position limit 1`, [campaignId]);
      [{ id: movedTask }] = await sql(`${atOldEnd} and t.id <> ? order by t.position limit 1`, [campaignId, kexieTask]);
    });

    it('refuses a re-plan without a reason, with overlapping phases, or that changes nothing — and changes nothing then', async () => {
      const noReason = await t.gql(REPLAN, { input: { campaignId, reason: '  ', tasks: [{ taskId: kexieTask, dueOn: '2026-10-01' }] } });
      expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'REASON_REQUIRED' } }, message: expect.stringContaining('请填写调整原因') });
      const overlap = await t.gql(REPLAN, { input: { campaignId, reason: '延期', phases: [{ key: 'creation', endsOn: '2026-12-20' }] } });
      expect(overlap.errors?.[0]).toMatchObject({ extensions: { details: { reason: 'BAD_PLAN' } }, message: expect.stringContaining('重叠') });
      const [{ d }] = await sql(`select to_char(due_on, 'YYYY-MM-DD') as d from task where id = ?`, [kexieTask]);
      const same = await t.gql(REPLAN, { input: { campaignId, reason: '无变化', tasks: [{ taskId: kexieTask, dueOn: d }] } });
      expect(same.errors?.[0]).toMatchObject({ extensions: { details: { reason: 'NOTHING_TO_CHANGE' } } });
      expect(await sql(`select count(*)::int as n from campaign_plan_change where campaign_id = ?`, [campaignId])).toEqual([{ n: 0 }]);
    });

    it('moves phases (tasks due at the end of the task phase move with it), due dates in bulk and singly, and logs each change', async () => {
      const phases = [
        { key: 'preparation', startsOn: addDays(today, -200), endsOn: addDays(today, -100) },
        { key: 'creation', startsOn: addDays(today, -99), endsOn: addDays(today, 30) },
        { key: 'accreditation', startsOn: addDays(today, 31), endsOn: addDays(today, 90) },
      ];
      const [{ n: atOldEnd }] = await sql(`select count(*)::int as n from task where campaign_id = ? and due_on = '2026-11-30'`, [campaignId]);
      const [{ n: rule21 }] = await sql(`select count(*)::int as n from task t join scoring_rule r on r.id = t.scoring_rule_id where t.campaign_id = ? and r.code = '2.1'`, [campaignId]);
      const [{ n: rule21Elsewhere }] = await sql(
        `select count(*)::int as n from task t join scoring_rule r on r.id = t.scoring_rule_id where t.campaign_id = ? and r.code = '2.1' and t.due_on <> '2026-11-30'`,
        [campaignId],
      );
      const result = await t.gql(REPLAN, {
        input: { campaignId, reason: '市科协调整评估时间', phases, dueDates: [{ scope: 'rule', target: '2.1', dueOn: addDays(today, 10) }], tasks: [{ taskId: kexieTask, dueOn: addDays(today, -1) }] },
      });
      expect(result.errors).toBeUndefined();
      const { batchId, phaseChanges, taskChanges } = result.data!.replanCampaign;
      expect(phaseChanges).toBe(6);
      // Every task that was due on the old end of 创建阶段 moved (rule 2.1 and the single task to their own dates), plus 2.1's other tasks.
      expect(taskChanges).toBe(atOldEnd + rule21Elsewhere);
      expect(
        await sql(`select distinct to_char(t.due_on, 'YYYY-MM-DD') as d from task t join scoring_rule r on r.id = t.scoring_rule_id where t.campaign_id = ? and r.code = '2.1'`, [campaignId]),
      ).toEqual([{ d: addDays(today, 10) }]);
      expect(rule21).toBeGreaterThan(0);

      const log = (await t.gql(CHANGES, { id: campaignId })).data!.campaignPlanChanges;
      expect(log).toHaveLength(phaseChanges + taskChanges);
      expect(log.every((row: any) => row.batchId === batchId && row.reason === '市科协调整评估时间' && row.actorName === '区科协（领导小组办公室）管理员')).toBe(true);
      expect(log).toContainEqual(expect.objectContaining({ subjectType: 'phase', subjectLabel: '创建阶段', field: 'endsOn', oldValue: '2026-11-30', newValue: addDays(today, 30) }));
      expect(log).toContainEqual(expect.objectContaining({ subjectType: 'task', subjectId: kexieTask, field: 'dueOn', oldValue: '2026-11-30', newValue: addDays(today, -1) }));
      expect(await sql(`select count(*)::int as n from audit_event where entity_id = ? and action = 'campaign_replan'`, [campaignId])).toEqual([{ n: 1 }]);
    });

    it('deadline lights, the dashboard and reminders follow the new dates', async () => {
      expect(await lightOf(kexieTask)).toMatchObject({ dueOn: addDays(today, -1), deadlineStatus: 'overdue' });
      expect(await lightOf(movedTask)).toMatchObject({ dueOn: addDays(today, 30), deadlineStatus: 'on_track' });
      const dashboard = await t.gql(`query($id: ID!) { campaignDashboard(campaignId: $id) { overdueTasks { taskId deadlineStatus } } }`, { id: campaignId });
      expect(dashboard.errors).toBeUndefined();
      const late = dashboard.data!.campaignDashboard.overdueTasks;
      expect(late).toContainEqual({ taskId: kexieTask, deadlineStatus: 'overdue' });
      expect(late.find((row: any) => row.taskId === movedTask)).toBeUndefined();
      const scan = await t.gql('mutation { runReminderScan { tasksReminded } }');
      expect(scan.errors).toBeUndefined();
      const reminded = (await sql(`select task_id from reminder_log where task_id in (?, ?)`, [kexieTask, movedTask])).map((row) => row.task_id);
      expect(reminded).toEqual([kexieTask]);
    });
  });

  describe('re-planning the steps inside a phase (工作步骤)', () => {
    const PHASES = `query($id: ID!) { campaign(id: $id) { phases { key startsOn endsOn steps { key name startsOn endsOn } } } }`;

    it('dates steps inside their phase and logs them under it; refuses a step outside it, and a phase moved past its steps', async () => {
      const dated = await t.gql(REPLAN, {
        input: {
          campaignId: seededCampaignId,
          reason: '细化创建阶段的工作安排',
          phases: [
            { key: 'creation.publicity', startsOn: '2022-04-01', endsOn: '2022-05-31' },
            { key: 'creation.evidence', startsOn: '2022-06-01', endsOn: '2022-10-31' },
          ],
        },
      });
      expect(dated.errors).toBeUndefined();
      expect(dated.data!.replanCampaign).toMatchObject({ phaseChanges: 4, taskChanges: 0 });
      const creation = (await t.gql(PHASES, { id: seededCampaignId })).data!.campaign.phases.find((phase: any) => phase.key === 'creation');
      expect(creation.steps.map((step: any) => [step.key, step.startsOn, step.endsOn])).toEqual([
        ['creation.publicity', '2022-04-01', '2022-05-31'],
        ['creation.evidence', '2022-06-01', '2022-10-31'],
        ['creation.city-assessment', null, null],
      ]);
      const log = (await t.gql(CHANGES, { id: seededCampaignId })).data!.campaignPlanChanges;
      expect(log).toContainEqual(expect.objectContaining({ subjectType: 'phase', subjectLabel: '创建阶段 · 宣传动员', field: 'endsOn', oldValue: null, newValue: '2022-05-31' }));

      const outside = await t.gql(REPLAN, { input: { campaignId: seededCampaignId, reason: '市科协推迟检查', phases: [{ key: 'creation.city-assessment', startsOn: '2022-12-05' }] } });
      expect(outside.errors?.[0]).toMatchObject({ extensions: { details: { reason: 'BAD_PLAN' } }, message: expect.stringContaining('「市科协评估检查」（2022-12-05 至 …）超出了「创建阶段」') });
      const overlapping = await t.gql(REPLAN, { input: { campaignId: seededCampaignId, reason: '调整', phases: [{ key: 'creation.evidence', startsOn: '2022-05-20' }] } });
      expect(overlapping.errors?.[0].message).toContain('与前一步「宣传动员」（至 2022-05-31）重叠');
      const shrunk = await t.gql(REPLAN, { input: { campaignId: seededCampaignId, reason: '提前结束创建阶段', phases: [{ key: 'creation', endsOn: '2022-09-30' }] } });
      expect(shrunk.errors?.[0].message).toContain('「完善指标体系与佐证材料」（2022-06-01 至 2022-10-31）超出了「创建阶段」（2022-04-01 至 2022-09-30）');
      // Refused re-plans change nothing.
      expect((await t.gql(PHASES, { id: seededCampaignId })).data!.campaign.phases.find((phase: any) => phase.key === 'creation')).toMatchObject({ endsOn: '2022-11-30' });
    });
  });

  describe('a new cycle with evidence carried over by requirement code', () => {
    const NEW_CYCLE = `mutation($input: StartNewCycleInput!) { startNewCycle(input: $input) { campaignId tasks carriedEvidence notCarried } }`;
    let taskId: string;
    let codes: string[];
    const pdf = fixtures.pdf();

    beforeAll(async () => {
      [{ id: taskId }] = await sql(`select t.id from task t join department d on d.id = t.department_id where t.campaign_id = ? and d.name = '区科协' order by t.position limit 1`, [seededCampaignId]);
      codes = (
        await sql(`select r.code from evidence_requirement r join scoring_rule sr on sr.indicator_id = r.indicator_id join task t on t.scoring_rule_id = sr.id where t.id = ? order by r.sort_order`, [
          taskId,
        ])
      ).map((row) => row.code);
      expect(codes.length).toBeGreaterThan(1);
      const office = await t.as('office');
      for (const [index, code] of codes.slice(0, 2).entries()) {
        const upload = await uploadMultipart(
          `${t.api.url}/api/evidence/upload`,
          { taskId, requirementCode: code, refersTo: '2022-05-0' + (index + 1) },
          [{ filename: `${code}.pdf`, data: index === 0 ? pdf : fixtures.pdf() }],
          { token: office.token },
        );
        expect(upload.status).toBe(201);
      }
    });

    it('sets up the next cycle on the same template and links the chosen evidence by its hash, shown as from the earlier cycle', async () => {
      const result = await t.gql(NEW_CYCLE, {
        input: { fromCampaignId: seededCampaignId, name: '沙坪坝区创建2026—2030年度全国科普示范区', key: 'shapingba-next', backSchedule: BACK_SCHEDULE, carryOver: { requirementCodes: [codes[0]] } },
      });
      expect(result.errors).toBeUndefined();
      const outcome = result.data!.startNewCycle;
      expect(outcome).toMatchObject({ carriedEvidence: 1, notCarried: [] });
      const [newTask] = await sql(
        `select t.id from task t join scoring_rule r on r.id = t.scoring_rule_id where t.campaign_id = ? and t.department_id = (select department_id from task where id = ?) and r.code = (select r2.code from task t2 join scoring_rule r2 on r2.id = t2.scoring_rule_id where t2.id = ?)`,
        [outcome.campaignId, taskId, taskId],
      );
      const evidence = await t.gql(`query($taskId: ID!) { taskEvidence(taskId: $taskId) { id requirementCode current { refersTo file { sha256 } } carriedFrom { campaignId campaignName } } }`, {
        taskId: newTask.id,
      });
      expect(evidence.errors).toBeUndefined();
      expect(evidence.data!.taskEvidence).toEqual([
        expect.objectContaining({
          requirementCode: codes[0],
          current: { refersTo: '2022-05-01', file: { sha256: sha256(pdf) } },
          carriedFrom: { campaignId: seededCampaignId, campaignName: '沙坪坝区创建2021—2025年度全国科普示范区' },
        }),
      ]);
      // Linked, not copied: two file rows name the same content; the earlier cycle keeps its own evidence.
      expect(await sql(`select count(*)::int as n from evidence_file where sha256 = ?`, [sha256(pdf)])).toEqual([{ n: 2 }]);
      expect(await sql(`select count(*)::int as n from evidence where task_id = ? and deleted_at is null`, [taskId])).toEqual([{ n: 2 }]);
    });

    it('carries everything when asked, and refuses a template of another standard', async () => {
      const all = await t.gql(NEW_CYCLE, { input: { fromCampaignId: seededCampaignId, name: '全部带入', key: 'shapingba-all', backSchedule: BACK_SCHEDULE, carryOver: { all: true } } });
      expect(all.errors).toBeUndefined();
      expect(all.data!.startNewCycle.carriedEvidence).toBeGreaterThanOrEqual(2);
      const [other] = await sql(`select id from indicator_system where kind = 'template' and key <> 'shapingba-2021-2025' limit 1`);
      if (other) {
        const refused = await t.gql(NEW_CYCLE, { input: { fromCampaignId: seededCampaignId, templateId: other.id, name: '别的标准', backSchedule: BACK_SCHEDULE } });
        expect(refused.errors?.[0]).toMatchObject({ extensions: { details: { reason: 'BAD_PLAN' } }, message: expect.stringContaining('同一模板') });
      }
    });
  });

  describe('elective groups (选做): choose between min and max, tasks follow', () => {
    const ELECTIVE_TEMPLATE = `
key: elective-demo
organisation: { code: '500106', name: 重庆市沙坪坝区, shortName: 沙坪坝区, leadOffice: 区科协 }
departments:
  - { name: 区科协, kind: people-organisation, tags: [] }
  - { name: 区教委, kind: government, tags: [] }
  - { name: 区科技局, kind: government, tags: [] }
groups: []
indicatorSystem:
  key: elective-demo
  version: 1
  name: 选做示例
  totalScore: 20
  indicators:
    - code: '1'
      title: 必做
      maxScore: 10
      requirements: []
      rules:
        - { text: 必做一项10分, points: 10, scoring: { kind: fixed, points: 10 }, units: [区科协], note: '' }
    - code: '2'
      title: 特色工作（任选2项）
      maxScore: 10
      elective: { min: 1, max: 2, counting: normalise }
      requirements: []
      rules: []
      children:
        - code: '2.1'
          title: 科普进校园
          maxScore: 10
          requirements: []
          rules:
            - { text: 开展活动10分, points: 10, scoring: { kind: fixed, points: 10 }, units: [区教委], note: '' }
        - code: '2.2'
          title: 科技创新大赛
          maxScore: 10
          requirements: []
          rules:
            - { text: 举办大赛10分, points: 10, scoring: { kind: fixed, points: 10 }, units: [区科技局, 区科协], note: '' }
        - code: '2.3'
          title: 科普大篷车
          maxScore: 10
          requirements: []
          rules:
            - { text: 下乡10分, points: 10, scoring: { kind: fixed, points: 10 }, units: [区科协], note: '' }
campaign:
  name: 选做示例创建工作
  taskPhase: creation
  phases:
    - { key: creation, name: 创建阶段, startsOn: 2026-01-01, endsOn: 2026-12-31 }
`;
    const GROUPS = `query($id: ID!) { campaignElectiveGroups(campaignId: $id) { indicatorId code min max description decided options { indicatorId code chosen chosenBy chosenAt } } }`;
    const CHOOSE = `mutation($input: ChooseElectiveOptionsInput!) { chooseElectiveOptions(input: $input) { tasksCreated tasksCancelled group { decided options { code chosen chosenBy } } } }`;
    let campaignId: string;
    const taskCodes = async () =>
      (await sql(`select r.code from task t join scoring_rule r on r.id = t.scoring_rule_id where t.campaign_id = ? order by t.position`, [campaignId])).map((row) => row.code);

    beforeAll(async () => {
      const result = await t.gql(SET_UP, { input: { template: ELECTIVE_TEMPLATE } });
      expect(result.errors).toBeUndefined();
      campaignId = result.data!.setUpCampaign.campaignId;
    });

    it('lists the group with its options; before a choice every option has its tasks', async () => {
      const groups = (await t.gql(GROUPS, { id: campaignId })).data!.campaignElectiveGroups;
      expect(groups).toEqual([expect.objectContaining({ code: '2', min: 1, max: 2, decided: false, description: '至少选1项，最多选2项' })]);
      expect(groups[0].options.map((option: any) => option.code)).toEqual(['2.1', '2.2', '2.3']);
      // The group and each option link to the indicator their id names.
      const linked = (
        await t.gql('query($id: ID!) { campaignElectiveGroups(campaignId: $id) { indicatorId indicator { id code } options { indicatorId indicator { id code } } } }', { id: campaignId })
      ).data!.campaignElectiveGroups;
      expect(linked[0].indicator).toEqual({ id: linked[0].indicatorId, code: '2' });
      expect(linked[0].options.map((option: any) => option.indicator)).toEqual(linked[0].options.map((option: any, n: number) => ({ id: option.indicatorId, code: `2.${n + 1}` })));
      expect(await taskCodes()).toEqual(['1.1', '2.1.1', '2.2.1', '2.2.1', '2.3.1']);
    });

    it('refuses a choice outside min..max with a Chinese message, and keeps the tasks', async () => {
      const [group] = (await t.gql(GROUPS, { id: campaignId })).data!.campaignElectiveGroups;
      const all = group.options.map((option: any) => option.indicatorId);
      const tooMany = await t.gql(CHOOSE, { input: { campaignId, groupIndicatorId: group.indicatorId, optionIndicatorIds: all } });
      expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'ELECTIVE_OUT_OF_RANGE' } }, message: expect.stringContaining('最多可选 2 项，现选 3 项') });
      const none = await t.gql(CHOOSE, { input: { campaignId, groupIndicatorId: group.indicatorId, optionIndicatorIds: [] } });
      expect(none.errors?.[0].message).toContain('至少要选 1 项');
      expect(await taskCodes()).toHaveLength(5);
    });

    it('records the choice (who, when) and keeps tasks only for the chosen options; choosing again brings tasks back', async () => {
      const [group] = (await t.gql(GROUPS, { id: campaignId })).data!.campaignElectiveGroups;
      const byCode = Object.fromEntries(group.options.map((option: any) => [option.code, option.indicatorId]));
      const first = await t.gql(CHOOSE, { input: { campaignId, groupIndicatorId: group.indicatorId, optionIndicatorIds: [byCode['2.1'], byCode['2.3']] } });
      expect(first.errors).toBeUndefined();
      expect(first.data!.chooseElectiveOptions).toMatchObject({ tasksCreated: 0, tasksCancelled: 2, group: { decided: true } });
      expect(first.data!.chooseElectiveOptions.group.options).toEqual([
        { code: '2.1', chosen: true, chosenBy: '区科协（领导小组办公室）管理员' },
        { code: '2.2', chosen: false, chosenBy: null },
        { code: '2.3', chosen: true, chosenBy: '区科协（领导小组办公室）管理员' },
      ]);
      expect(await taskCodes()).toEqual(['1.1', '2.1.1', '2.3.1']);
      const second = await t.gql(CHOOSE, { input: { campaignId, groupIndicatorId: group.indicatorId, optionIndicatorIds: [byCode['2.2']] } });
      expect(second.data!.chooseElectiveOptions).toMatchObject({ tasksCreated: 2, tasksCancelled: 2 });
      expect(await taskCodes()).toEqual(['1.1', '2.2.1', '2.2.1']);
      const [after] = (await t.gql(GROUPS, { id: campaignId })).data!.campaignElectiveGroups;
      expect(after.options.find((option: any) => option.code === '2.2').chosenAt).toEqual(expect.any(String));
    });

    it('totals the group by the recorded choice: an unchosen option’s score does not count', async () => {
      const rules = await sql(
        `select r.id, r.code from scoring_rule r join indicator i on i.id = r.indicator_id join campaign c on c.indicator_system_id = i.system_id where c.id = ? and r.code in ('2.1.1', '2.2.1')`,
        [campaignId],
      );
      for (const rule of rules) {
        const scored = await t.gql(`mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { changed } }`, {
          input: { campaignId, ruleId: rule.id, source: 'self', value: { fixed: { achieved: true } }, comment: '活动已开展，材料齐全' },
        });
        expect(scored.errors).toBeUndefined();
      }
      const scores = await t.gql(`query($id: ID!) { campaignScores(campaignId: $id) { indicators { code self } } }`, { id: campaignId });
      expect(scores.errors).toBeUndefined();
      const byCode = Object.fromEntries(scores.data!.campaignScores.indicators.map((row: any) => [row.code, row.self]));
      // 2.2 is the one chosen: its 10 of 10 make the group's 10; 2.1's 10, not chosen, count for nothing.
      expect(byCode['2']).toBe(10);
    });

    it('shows the choice everywhere the tree is: the campaign tree, the score sheet and both exports', async () => {
      // The indicator tree: the group says what was chosen, by whom and when; options are 已选 / 未选.
      const tree = await t.gql(
        `query($id: ID!) { campaign(id: $id) { indicators { code electiveChosen electiveChoice { decided chosenCount optionCount min max text chosenBy chosenAt } children { code electiveChosen electiveChoice { text } } } } }`,
        { id: campaignId },
      );
      expect(tree.errors).toBeUndefined();
      const [must, group] = tree.data!.campaign.indicators;
      expect(must).toMatchObject({ code: '1', electiveChosen: null, electiveChoice: null });
      expect(group.electiveChoice).toEqual({
        decided: true,
        chosenCount: 1,
        optionCount: 3,
        min: 1,
        max: 2,
        text: '选做：已选 1 项（至少选1项，最多选2项）',
        chosenBy: '区科协（领导小组办公室）管理员',
        chosenAt: expect.any(String),
      });
      expect(group.children.map((option: any) => [option.code, option.electiveChosen, option.electiveChoice])).toEqual([
        ['2.1', false, null],
        ['2.2', true, null],
        ['2.3', false, null],
      ]);

      // The score sheet: the same marks, and what is not chosen counts nothing.
      const scores = await t.gql(`query($id: ID!) { campaignScores(campaignId: $id) { self { points maxTotal } indicators { code self electiveChosen unchosen electiveChoice { text chosenBy } } } }`, {
        id: campaignId,
      });
      expect(scores.errors).toBeUndefined();
      const sheet = scores.data!.campaignScores;
      // 1.1 is not scored yet: the chosen 2.2's 10 is all there is.
      expect(sheet.self).toEqual({ points: 10, maxTotal: 20 });
      const line = Object.fromEntries(sheet.indicators.map((row: any) => [row.code, row]));
      expect(line['2']).toMatchObject({
        self: 10,
        electiveChosen: null,
        unchosen: false,
        electiveChoice: { text: '选做：已选 1 项（至少选1项，最多选2项）', chosenBy: '区科协（领导小组办公室）管理员' },
      });
      expect(line['2.1']).toMatchObject({ self: 0, electiveChosen: false, unchosen: true, electiveChoice: null });
      expect(line['2.2']).toMatchObject({ electiveChosen: true, unchosen: false });

      // The task table: 参评选择 on the summary, the unchosen option greyed; its rule 未选 rather than 无任务.
      const office = await t.as('office');
      const get = async (path: string) =>
        Buffer.from(await (await fetch(`${t.api.url}/api/campaigns/${campaignId}/export/${path}`, { headers: { authorization: `Bearer ${office.token}` } })).arrayBuffer());
      const ExcelJS = (await import('exceljs')).default;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await get('task-table.xlsx')) as unknown as ArrayBuffer);
      const summary = workbook.getWorksheet('得分汇总')!;
      const header = (summary.getRow(1).values as unknown[]).indexOf('参评选择');
      expect(header).toBeGreaterThan(0);
      const rows = new Map<string, { choice: unknown; grey: boolean }>();
      summary.eachRow((row) => rows.set(String(row.getCell(1).value).trim(), { choice: row.getCell(header).value, grey: row.font?.color?.argb === 'FF999999' }));
      expect(rows.get('2.特色工作（任选2项）（选做）')?.choice).toMatch(/^选做：已选 1 项（至少选1项，最多选2项）；区科协（领导小组办公室）管理员于\d{4}年\d{1,2}月\d{1,2}日选定$/);
      expect(rows.get('2.1.科普进校园')).toEqual({ choice: '未选（不计分）', grey: true });
      expect(rows.get('2.2.科技创新大赛')).toEqual({ choice: '已选', grey: false });
      const table = workbook.getWorksheet('任务分解表')!;
      const statuses: string[] = [];
      table.eachRow((row) => statuses.push(row.values ? (row.values as unknown[]).map(String).join('|') : ''));
      expect(statuses.find((row) => row.includes('开展活动10分'))).toContain('未选（不计分）');

      // The self-assessment report: the group's choice and the option not chosen, said in the headings.
      const report = (await docxParagraphs(await get('self-assessment.docx'))).join('\n');
      expect(report).toContain('2. 特色工作（任选2项）（分值 10 分，自评 10 分）（选做：已选 1 项（至少选1项，最多选2项）；区科协（领导小组办公室）管理员于');
      expect(report).toContain('2.1. 科普进校园（分值 10 分，自评 0 分）（未选，不计入得分）');
    });
  });

  describe("the organisation's own work (本单位): the office department kept on the campaign", () => {
    const OWN_WORK_TEMPLATE = `
key: own-work-demo
organisation: { code: '500106', name: 重庆市沙坪坝区, shortName: 沙坪坝区, leadOffice: 区科协 }
departments:
  - { name: 区科协, kind: people-organisation, tags: [] }
  - { name: 区教委, kind: government, tags: [] }
groups: []
indicatorSystem:
  key: own-work-demo
  version: 1
  name: 本单位工作示例
  totalScore: 20
  indicators:
    - code: '1'
      title: 必做
      maxScore: 10
      requirements: []
      rules:
        - { text: 必做一项10分, points: 10, scoring: { kind: fixed, points: 10 }, units: [区教委], note: '' }
    - code: '2'
      title: 特色工作（任选1项）
      maxScore: 10
      elective: { min: 1, max: 1, counting: normalise }
      requirements: []
      rules: []
      children:
        - code: '2.1'
          title: 科普进校园
          maxScore: 10
          requirements: []
          rules:
            - { text: 开展活动10分, points: 10, scoring: { kind: fixed, points: 10 }, units: [区教委], note: '' }
        - code: '2.2'
          title: 本单位自办活动
          maxScore: 10
          requirements: []
          rules:
            - { text: 自办活动10分, points: 10, scoring: { kind: fixed, points: 10 }, units: [], note: '' }
campaign:
  name: 本单位工作示例创建工作
  taskPhase: creation
  phases:
    - { key: creation, name: 创建阶段, startsOn: 2026-01-01, endsOn: 2026-12-31 }
`;
    const CHOOSE = `mutation($input: ChooseElectiveOptionsInput!) { chooseElectiveOptions(input: $input) { tasksCreated tasksCancelled } }`;
    const NEW_CYCLE = `mutation($input: StartNewCycleInput!) { startNewCycle(input: $input) { campaignId tasks } }`;
    let campaignId: string;
    let departmentOf: Record<string, string>;
    const tasksOf = async (id: string) =>
      (
        await sql(
          `select r.code, d.name, t.role, t.due_on::text as due from task t join scoring_rule r on r.id = t.scoring_rule_id join department d on d.id = t.department_id where t.campaign_id = ? order by t.position`,
          [id],
        )
      ).map((row) => `${row.code} ${row.name} ${row.role}${row.due ? ` ${row.due}` : ''}`);
    const optionIds = async (id: string) =>
      Object.fromEntries((await sql(`select i.code, i.id from indicator i join campaign c on c.indicator_system_id = i.system_id where c.id = ?`, [id])).map((row) => [row.code, row.id]));

    beforeAll(async () => {
      const result = await t.gql(SET_UP, { input: { template: OWN_WORK_TEMPLATE } });
      expect(result.errors).toBeUndefined();
      campaignId = result.data!.setUpCampaign.campaignId;
      departmentOf = Object.fromEntries(
        (await sql(`select d.name, d.id from department d join campaign c on c.organisation_id = d.organisation_id where c.id = ?`, [campaignId])).map((row) => [row.name, row.id]),
      );
    });

    it('previews a YAML template exactly as a set-up stores it, saving nothing; a campaign that exists is said so', async () => {
      const PREVIEW_YAML = `query($input: SetUpCampaignInput!) { previewCampaignSetUp(input: $input) { existingCampaignId templateKey templateVersion phases { key startsOn endsOn } taskPhaseKey defaultDueOn taskCount departmentCount ruleCount rulesWithoutTasks dueDates { dueOn tasks } tasks { ruleCode indicatorCode departmentName role dueOn } } }`;
      const fresh = OWN_WORK_TEMPLATE.replace(/own-work-demo/g, 'own-work-preview').replace('本单位工作示例创建工作', '本单位工作预览');
      const count = async () =>
        (
          await sql(
            `select (select count(*)::int from campaign) as campaigns, (select count(*)::int from indicator_system) as systems, (select count(*)::int from task) as tasks, (select count(*)::int from audit_event) as audits`,
          )
        )[0];
      const before = await count();
      const result = await t.gql(PREVIEW_YAML, { input: { template: fresh } });
      expect(result.errors).toBeUndefined();
      const preview = result.data!.previewCampaignSetUp;
      expect(preview).toMatchObject({
        existingCampaignId: null,
        templateKey: 'own-work-preview',
        templateVersion: 1,
        phases: [{ key: 'creation', startsOn: '2026-01-01', endsOn: '2026-12-31' }],
        taskPhaseKey: 'creation',
        defaultDueOn: '2026-12-31',
        taskCount: 3,
        departmentCount: 2,
        ruleCount: 3,
        rulesWithoutTasks: [],
        dueDates: [{ dueOn: '2026-12-31', tasks: 3 }],
      });
      // The 本单位 rule goes to the lead office, as the set-up does.
      expect(preview.tasks).toEqual([
        { ruleCode: '1.1', indicatorCode: '1', departmentName: '区教委', role: 'lead', dueOn: '2026-12-31' },
        { ruleCode: '2.1.1', indicatorCode: '2.1', departmentName: '区教委', role: 'lead', dueOn: '2026-12-31' },
        { ruleCode: '2.2.1', indicatorCode: '2.2', departmentName: '区科协', role: 'lead', dueOn: '2026-12-31' },
      ]);
      expect(await count()).toEqual(before);

      const setUp = await t.gql(SET_UP, { input: { template: fresh } });
      expect(setUp.data!.setUpCampaign).toMatchObject({ created: true, tasks: preview.taskCount });
      const again = (await t.gql(PREVIEW_YAML, { input: { template: fresh } })).data!.previewCampaignSetUp;
      expect(again).toMatchObject({ existingCampaignId: setUp.data!.setUpCampaign.campaignId, taskCount: 0, tasks: [] });

      const broken = await t.gql(PREVIEW_YAML, { input: { template: 'key: 缺少其余部分' } });
      expect(broken.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' }, message: expect.stringContaining('模板有') });
    });

    it('keeps the office department of a set-up on the campaign', async () => {
      const campaign = await t.gql(`query($id: ID!) { campaign(id: $id) { officeDepartmentId } }`, { id: campaignId });
      expect(campaign.data!.campaign.officeDepartmentId).toBe(departmentOf['区科协']);
      expect((await tasksOf(campaignId)).map((task) => task.slice(0, task.lastIndexOf(' ')))).toEqual(['1.1 区教委 lead', '2.1.1 区教委 lead', '2.2.1 区科协 lead']);
    });

    it('choosing an option of the organisation’s own work gives its task to the office department again', async () => {
      const ids = await optionIds(campaignId);
      const away = await t.gql(CHOOSE, { input: { campaignId, groupIndicatorId: ids['2'], optionIndicatorIds: [ids['2.1']] } });
      expect(away.data!.chooseElectiveOptions).toEqual({ tasksCreated: 0, tasksCancelled: 1 });
      const back = await t.gql(CHOOSE, { input: { campaignId, groupIndicatorId: ids['2'], optionIndicatorIds: [ids['2.2']] } });
      expect(back.errors).toBeUndefined();
      expect(back.data!.chooseElectiveOptions).toEqual({ tasksCreated: 1, tasksCancelled: 1 });
      expect((await tasksOf(campaignId)).map((task) => task.slice(0, task.lastIndexOf(' ')))).toEqual(['1.1 区教委 lead', '2.2.1 区科协 lead']);
    });

    it('starts a new cycle through the set-up path: due-date overrides apply, the office department is kept unless changed', async () => {
      const kept = await t.gql(NEW_CYCLE, {
        input: { fromCampaignId: campaignId, name: '本单位工作示例（下一轮）', key: 'own-work-next', backSchedule: BACK_SCHEDULE, dueDates: [{ scope: 'rule', target: '1.1', dueOn: '2026-06-30' }] },
      });
      expect(kept.errors).toBeUndefined();
      const next = kept.data!.startNewCycle.campaignId;
      expect((await t.gql(`query($id: ID!) { campaign(id: $id) { officeDepartmentId } }`, { id: next })).data!.campaign.officeDepartmentId).toBe(departmentOf['区科协']);
      // A new campaign: no choice recorded yet, every option has its tasks; the 本单位 rule is 区科协's.
      expect(await tasksOf(next)).toEqual(['1.1 区教委 lead 2026-06-30', '2.1.1 区教委 lead 2026-11-30', '2.2.1 区科协 lead 2026-11-30']);

      const changed = await t.gql(NEW_CYCLE, {
        input: { fromCampaignId: campaignId, name: '本单位工作示例（再下一轮）', key: 'own-work-other', backSchedule: BACK_SCHEDULE, officeDepartmentId: departmentOf['区教委'] },
      });
      expect(changed.errors).toBeUndefined();
      expect((await tasksOf(changed.data!.startNewCycle.campaignId)).find((task) => task.startsWith('2.2.1'))).toMatch(/^2\.2\.1 区教委 lead/);

      const foreign = await t.gql(NEW_CYCLE, { input: { fromCampaignId: campaignId, name: '别的部门', backSchedule: BACK_SCHEDULE, officeDepartmentId: '00000000-0000-4000-8000-000000000000' } });
      expect(foreign.errors?.[0]).toMatchObject({ extensions: { details: { reason: 'UNIT_NOT_IN_ORGANISATION' } }, message: expect.stringContaining('承担本单位工作的部门') });
    });
  });

  describe('the live demo (db:seed-demo)', () => {
    it('sets up a second Shapingba campaign, back-scheduled into 创建阶段, with work in motion — once', async () => {
      const orm = t.api.app.get(MikroORM);
      const first = await RequestContext.create(orm.em, () => seedLiveDemo(t.api.app));
      expect(first.created).toBe(true);
      const today = todayInChina();
      const [phase] = await sql(`select key from campaign_phase where campaign_id = ? and parent_id is null and starts_on <= ? and ends_on >= ?`, [first.campaignId, today, today]);
      expect(phase).toEqual({ key: 'creation' });
      // The campaign's own state agrees with its phases (the header badge and the phase cards).
      const [campaignRow] = await sql(`select state from campaign where id = ?`, [first.campaignId]);
      expect(campaignRow.state).toMatch(/^creation/);
      const states = Object.fromEntries((await sql(`select state, count(*)::int as n from task where campaign_id = ? group by state`, [first.campaignId])).map((row) => [row.state, row.n]));
      expect(states).toMatchObject({ approved: 7, submitted: 4, returned: 2, in_progress: 3 });
      const dashboard = (await t.gql(`query($id: ID!) { campaignDashboard(campaignId: $id) { doneTasks overdueTasks { deadlineStatus } } }`, { id: first.campaignId })).data!.campaignDashboard;
      expect(dashboard.doneTasks).toBe(7);
      expect(dashboard.overdueTasks.filter((row: any) => row.deadlineStatus === 'overdue').length).toBeGreaterThanOrEqual(6);
      const [{ n: selfScores }] = await sql(`select count(*)::int as n from score where campaign_id = ? and source = 'self'`, [first.campaignId]);
      expect(selfScores).toBeGreaterThan(0);
      const again = await RequestContext.create(orm.em, () => seedLiveDemo(t.api.app));
      expect(again).toEqual({ created: false, campaignId: first.campaignId });
    });
  });
});
