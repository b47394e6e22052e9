import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReminderScanService } from '@accredit/reminders';
import { type TokenClient, createAccount, createCounty, createCountyDepartments, day, fileCountyForm, organisationIdByCode } from '../support/county-forms';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

// The shipped `yearly-report` workflow (version 2): the national office invites named counties of
// two provinces to the year's report; they submit the 年度工作总结 form and file within the
// reporting phase (filing without the submitted form is refused); after the deadline the office
// sees per province who has not filed; the reminder scan reminds the late county once by itself
// when the overdue phase starts (its office is notified; a second scan or a manual 催报 does not
// remind again), and the county files late with its reason once its summary is submitted.
const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const PASSWORD = 'Yearly@2026report';
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version } }';
const BY_REGION = 'query($id: ID!) { participantsByRegion(campaignId: $id) { region { name } total finished open { organisation { shortName } stateLabel } } }';
const HISTORY = 'query($id: ID!) { transitionHistory(entityType: participant, id: $id) { event actorName from to } }';
const PARTICIPANTS = 'query($id: ID!) { campaignParticipants(campaignId: $id) { id version state } }';

describe('the yearly report of named counties: filing by a deadline, who has not filed per province, one reminder', () => {
  let t: TestApi;
  let admin: Gql;
  let nation: TokenClient;
  const province: Record<string, TokenClient> = {};
  const county: Record<string, TokenClient> = {};
  const countyIds: Record<string, string> = {};
  let cycle: string;
  const participant: Record<string, { id: string; version: number }> = {};

  const user = (username: string, displayName: string, roles: string[], organisationId: string) => createAccount(t, admin, { username, displayName, password: PASSWORD, roles, organisationId });
  const fire = async (gql: Gql, name: string, event: string, comment?: string) => {
    const result = await gql(TRANSITION, { input: { entityType: 'participant', id: participant[name].id, event, comment, expectedVersion: participant[name].version } });
    if (result.data) participant[name].version = result.data.transition.version;
    return result;
  };
  // The county fills and submits its 年度工作总结 (forms/annual-summary.yaml) in the cycle.
  const submitSummary = (name: string) =>
    fileCountyForm(t.api, county[name], {
      campaignId: cycle,
      key: 'annual-summary',
      values: {
        year: 2026,
        unit: `${name}县科协`,
        party_and_government: '县委、县政府将全民科学素质工作纳入年度重点工作。',
        work_and_highlights: '开展科普日、科技活动周等活动，建成社区科普阵地。',
        difficulties: '基层科普人才不足。',
        date: day(0),
      },
    });
  const refreshVersions = async () => {
    const { data } = await nation(PARTICIPANTS, { id: cycle });
    for (const row of data!.campaignParticipants) {
      const name = Object.keys(participant).find((key) => participant[key].id === row.id);
      if (name) participant[name].version = row.version;
    }
  };
  const scan = (now: Date = new Date()) => t.api.app.get(ReminderScanService).scan(now);
  const summary = async (gql: Gql) =>
    (await gql(BY_REGION, { id: cycle })).data!.participantsByRegion.map((group: any) => ({
      province: group.region?.name,
      total: group.total,
      finished: group.finished,
      open: group.open.map((row: any) => `${row.organisation.shortName}:${row.stateLabel}`),
    }));

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    nation = await user('yr-office', '中国科协科普部', ['office_admin'], await organisationIdByCode(admin, '000000'));
    for (const [code, key] of [
      ['510000', 'sc'],
      ['520000', 'gz'],
    ] as const) {
      const provinceId = await organisationIdByCode(admin, code);
      province[key] = await user(`yr-${key}-office`, `${key}省科协`, ['office_admin'], provinceId);
      for (let n = 1; n <= 2; n++) {
        countyIds[`${key}${n}`] = await createCounty(admin, provinceId, `${code.slice(0, 2)}97${n}0`, `${key}示范县${n}`);
        const office = await user(`yr-${key}${n}`, `${key}示范县${n}科协`, ['office_admin'], countyIds[`${key}${n}`]);
        await createCountyDepartments(office);
        county[`${key}${n}`] = office;
      }
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('invites the named counties to the year’s report on the shipped yearly-report workflow', async () => {
    const workflow = await nation('query { workflowDefinition(key: "yearly-report") { id name version } }');
    expect(workflow.data!.workflowDefinition).toMatchObject({ name: '示范县年度工作总结报送', version: 2 });
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'yearly-report-2026', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '2026年度示范县工作总结',
        phases: [
          { key: 'reporting', name: '报送期', startsOn: day(-10), endsOn: day(10) },
          { key: 'overdue', name: '逾期补报期', startsOn: day(11), endsOn: day(60) },
        ],
        participation: { workflowDefinitionId: workflow.data!.workflowDefinition.id },
        forms: ['annual-summary'],
      },
    });
    expect(setUp.errors).toBeUndefined();
    cycle = setUp.data!.setUpCampaign.campaignId;
    const invited = await nation('mutation($input: InviteParticipantsInput!) { inviteParticipants(input: $input) { id version organisationId state } }', {
      input: { campaignId: cycle, organisationIds: Object.values(countyIds) },
    });
    expect(invited.errors).toBeUndefined();
    for (const row of invited.data!.inviteParticipants) {
      const name = Object.keys(countyIds).find((key) => countyIds[key] === row.organisationId)!;
      expect(row.state).toBe('pending');
      participant[name] = row;
    }
  });

  it('takes filings within the reporting phase and shows per province who has not filed', async () => {
    expect((await fire(nation, 'sc1', 'file')).errors![0].extensions!.code).toBe('FORBIDDEN');
    // Filing is the summary's: without it submitted, the county is told what to do first.
    const early = await fire(county.sc1, 'sc1', 'file');
    expect(early.errors![0].extensions!.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(early.errors![0].message).toBe('不能报送：尚未提交《年度工作总结》，请先填写并提交');
    for (const name of ['sc1', 'gz1', 'gz2']) {
      await submitSummary(name);
      expect((await fire(county[name], name, 'file')).data!.transition.state).toBe('filed');
    }
    // Before the deadline nobody is reminded: not by hand, not by the scan.
    expect((await fire(nation, 'sc2', 'remind')).errors![0].message).toContain('逾期补报期尚未开始');
    expect((await scan()).scheduledTransitions).toBe(0);
    expect((await nation(HISTORY, { id: participant.sc2.id })).data!.transitionHistory).toEqual([]);

    // The deadline passes (the office moves the phases to where they would be a fortnight later).
    const replan = await nation('mutation($input: ReplanCampaignInput!) { replanCampaign(input: $input) { phaseChanges } }', {
      input: {
        campaignId: cycle,
        reason: '报送截止',
        phases: [
          { key: 'reporting', startsOn: day(-30), endsOn: day(-1) },
          { key: 'overdue', startsOn: day(0), endsOn: day(60) },
        ],
      },
    });
    expect(replan.errors).toBeUndefined();
    expect((await fire(county.sc2, 'sc2', 'file')).errors![0].message).toContain('报送期已结束');

    const expected = [
      { province: '四川省', total: 2, finished: 1, open: ['sc示范县2:待报送'] },
      { province: '贵州省', total: 2, finished: 2, open: [] },
    ];
    expect(await summary(nation)).toEqual(expected);
    // A province sees its own counties only.
    expect(await summary(province.gz)).toEqual([expected[1]]);

    // The not-filed list as a workbook (报送情况's export), scoped the same way.
    const notFiled = async (token: string) => {
      const response = await fetch(`${t.api.url}/api/campaigns/${cycle}/export/not-filed.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('not-filed.xlsx');
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.getWorksheet('未报送')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    expect(await notFiled(nation.token)).toEqual([
      ['序号', '省份', '县（市、区）', '行政区划代码', '当前状态'],
      [1, '四川省', 'sc示范县2', '519720', '待报送'],
    ]);
    expect(await notFiled(province.gz.token)).toEqual([['序号', '省份', '县（市、区）', '行政区划代码', '当前状态']]);
  });

  it('reminds the late county once by the scheduled scan, and then takes its late filing with the reason', async () => {
    // The overdue phase has started today: the scan reminds every county still pending, as the system.
    const first = await scan();
    expect(first.scheduledTransitions).toBe(1);
    expect((await nation(HISTORY, { id: participant.sc2.id })).data!.transitionHistory).toEqual([{ event: 'remind', actorName: '系统（按计划）', from: 'pending', to: 'reminded' }]);
    // Twice run, reminded once: a second scan finds nobody pending, and 催报 by hand is no longer on offer.
    expect((await scan()).scheduledTransitions).toBe(0);
    await refreshVersions();
    const again = await fire(nation, 'sc2', 'remind');
    expect(again.errors![0].extensions!.code).toBe('TRANSITION_NOT_ALLOWED');
    // 催报全部未报送 (the batched transition the 报送情况 page sends) refuses it per unit, with the same reason.
    const batch = await nation('mutation($input: TransitionParticipantsInput!) { transitionParticipants(input: $input) { participantId ok code message } }', {
      input: { event: 'remind', participants: [{ id: participant.sc2.id, expectedVersion: participant.sc2.version }] },
    });
    expect(batch.data!.transitionParticipants).toEqual([{ participantId: participant.sc2.id, ok: false, code: 'TRANSITION_NOT_ALLOWED', message: again.errors![0].message }]);
    expect((await nation(HISTORY, { id: participant.sc2.id })).data!.transitionHistory).toHaveLength(1);
    const notices = (await county.sc2('query { notifications(first: 10) { edges { node { title body } } } }')).data!.notifications.edges.map((edge: any) => edge.node);
    expect(notices.filter((notice: any) => notice.title === '示范县年度工作总结报送：催报')).toHaveLength(1);
    const others = (await county.sc1('query { notifications(first: 10) { edges { node { title } } } }')).data!.notifications.edges;
    expect(others.filter((edge: any) => edge.node.title.endsWith('催报'))).toEqual([]);
    expect(await summary(nation)).toEqual([
      { province: '四川省', total: 2, finished: 1, open: ['sc示范县2:已催报'] },
      { province: '贵州省', total: 2, finished: 2, open: [] },
    ]);

    expect((await fire(county.sc2, 'sc2', 'file_late')).errors![0].message).toContain('需要填写意见');
    expect((await fire(county.sc2, 'sc2', 'file_late', '主要负责同志调整，报送延误。')).errors![0].message).toContain('尚未提交《年度工作总结》');
    await submitSummary('sc2');
    expect((await fire(county.sc2, 'sc2', 'file_late', '主要负责同志调整，报送延误。')).data!.transition.state).toBe('filed_late');
    expect((await summary(nation))[0]).toEqual({ province: '四川省', total: 2, finished: 2, open: [] });
  });
});
