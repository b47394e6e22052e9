import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStream } from '../support/live-stream';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { addDays, todayInChina } from '@accredit/calendar-date';

// A national campaign with participants, as data alone: the national office sets up a batch that
// counties apply to (the shipped `participant` workflow: 申报 → 省级推荐 → 命名); two provinces,
// each with five counties of which three apply; each province recommends within its quota
// (⌊20 % × 5⌋ = 1, refused beyond it with a Chinese reason); a national expert scores a
// participant's own work; outcomes are recorded; and each level sees exactly its part.
const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const PASSWORD = 'Nation@2026batch';
const PARTICIPANTS = `query($id: ID!) { campaignParticipants(campaignId: $id) { id state stateLabel outcome outcomeLabel version joinedBy workCampaignId organisation { shortName } progress { taskCount finishedCount } } }`;
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state stateLabel version participant { id outcome state } } }';

/** The work campaigns of the national batch: prepared by the county, scored by national experts. */
const WORK_WORKFLOW = `
key: campaign
version: 3
entityType: campaign
name: 示范县创建与评审
states:
  preparing: { label: 创建准备, initial: true }
  evaluation: { label: 专家评审, expertScoring: true }
  evaluated: { label: 评审完成, final: true }
transitions:
  - { event: submit, label: 提交评审, from: preparing, to: evaluation, roles: [office_admin] }
  - { event: finish, label: 完成评审, from: evaluation, to: evaluated, roles: [expert], effects: [{ snapshotScores: { source: expert } }] }
`;

const day = (offset: number) => addDays(todayInChina(), offset);

describe('a national campaign with participants from two provinces', () => {
  let t: TestApi;
  let admin: Gql;
  let nation: Gql;
  let expert: Gql;
  const province: Record<string, Gql> = {};
  const county: Record<string, Gql> = {};
  const countyIds: Record<string, string> = {};
  let batch: string;
  const participant: Record<string, { id: string; version: number; workCampaignId: string }> = {};

  const organisationId = async (code: string) => {
    const { data } = await admin('query($search: String) { organisations(filter: { search: $search }) { edges { node { id code } } } }', { search: code });
    return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id as string;
  };
  const user = async (username: string, displayName: string, roles: string[], organisationId: string) => {
    const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username, displayName, password: PASSWORD, roles, organisationId } });
    expect(created.errors).toBeUndefined();
    return t.as(username, PASSWORD);
  };
  const fire = async (gql: Gql, name: string, event: string, comment?: string) => {
    const result = await gql(TRANSITION, { input: { entityType: 'participant', id: participant[name].id, event, comment, expectedVersion: participant[name].version } });
    if (result.data) participant[name].version = result.data.transition.version;
    return result;
  };

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    nation = await user('nat-office', '中国科协科普部', ['office_admin'], await organisationId('000000'));
    expert = await user('nat-expert', '全国评审专家', ['expert'], await organisationId('000000'));
    for (const [code, key] of [
      ['510000', 'sc'],
      ['520000', 'gz'],
    ] as const) {
      const provinceId = await organisationId(code);
      province[key] = await user(`${key}-office`, `${key} 省科协`, ['office_admin'], provinceId);
      for (let n = 1; n <= 5; n++) {
        const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
          input: { parentId: provinceId, level: 'county', code: `${code.slice(0, 2)}990${n}`, name: `${key}测试县${n}`, shortName: `${key}县${n}` },
        });
        expect(created.errors).toBeUndefined();
        countyIds[`${key}${n}`] = created.data!.createOrganisation.id;
      }
      for (let n = 1; n <= 3; n++) {
        const office = await user(`${key}${n}-office`, `${key}县${n}科协`, ['office_admin'], countyIds[`${key}${n}`]);
        for (const name of ['县科协', '县教育局']) {
          const department = await office('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } });
          expect(department.errors).toBeUndefined();
        }
        county[`${key}${n}`] = office;
      }
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is set up by the national office on its own standard, with no tasks of its own, open to counties', async () => {
    const workflow = await nation('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { version } }', {
      input: { source: WORK_WORKFLOW, fileName: 'campaign.yaml' },
    });
    expect(workflow.errors).toBeUndefined();
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'national-county-2021', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    const wrongLevel = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '错误层级',
        phases: [{ key: 'creation', name: '创建阶段', startsOn: day(-10), endsOn: day(200) }],
        participation: { applicantLevel: 'national' },
      },
    });
    expect(wrongLevel.errors![0].message).toContain('可申报的单位层级须是全国以下的层级：省级、市级、县级');
    // The level is an OrganisationLevel: anything else is refused before the designer sees it.
    const unknownLevel = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '未知层级',
        phases: [{ key: 'creation', name: '创建阶段', startsOn: day(-10), endsOn: day(200) }],
        participation: { applicantLevel: 'village' },
      },
    });
    expect(unknownLevel.errors![0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId tasks } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '2021—2025年度第二批全国科普示范县创建',
        phases: [
          { key: 'application', name: '申报推荐', startsOn: day(-10), endsOn: day(60) },
          { key: 'creation', name: '创建阶段', startsOn: day(61), endsOn: day(300) },
        ],
        participation: { applicantLevel: 'county' },
      },
    });
    expect(setUp.errors).toBeUndefined();
    expect(setUp.data!.setUpCampaign.tasks).toBe(0);
    batch = setUp.data!.setUpCampaign.campaignId;
    const campaign = await nation('query($id: ID!) { campaign(id: $id) { hasParticipants applicantLevel parentCampaignId } }', { id: batch });
    expect(campaign.data!.campaign).toEqual({ hasParticipants: true, applicantLevel: 'county', parentCampaignId: null });
    expect((await nation(PARTICIPANTS, { id: batch })).data!.campaignParticipants).toEqual([]);
  });

  it('is open to the counties below it, each of which applies once and gets its own tasks', async () => {
    const open = await county.sc1('query { campaignsOpenForApplication { id name } }');
    expect(open.data!.campaignsOpenForApplication).toEqual([{ id: batch, name: '2021—2025年度第二批全国科普示范县创建' }]);
    expect((await province.sc('query { campaignsOpenForApplication { id } }')).data!.campaignsOpenForApplication).toEqual([]);
    const byProvince = await province.sc('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id } }', { id: batch });
    expect(byProvince.errors![0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    expect(byProvince.errors![0].message).toContain('只接受县级单位申报');
    for (const name of ['sc1', 'sc2', 'sc3', 'gz1', 'gz2', 'gz3']) {
      const applied = await county[name]('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id state version joinedBy workCampaignId } }', { id: batch });
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.applyToCampaign).toMatchObject({ state: 'applied', joinedBy: 'application', version: 1 });
      participant[name] = applied.data!.applyToCampaign;
    }
    const again = await county.sc1('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id } }', { id: batch });
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(again.errors![0].message).toContain('已是「2021—2025年度第二批全国科普示范县创建」的参与单位');
    expect((await county.sc1('query { campaignsOpenForApplication { id } }')).data!.campaignsOpenForApplication).toEqual([]);
    // Its own campaign: the standard's three rules bound to its own two departments (one rule has both).
    const tasks = await county.sc1('query($id: ID!) { tasks(campaignId: $id, first: 50) { totalCount edges { node { department { name } stateKind } } } }', { id: participant.sc1.workCampaignId });
    expect(tasks.data!.tasks.totalCount).toBe(4);
    expect(tasks.data!.tasks.edges.map((edge: any) => edge.node.stateKind)).toEqual(['open', 'open', 'open', 'open']);
    const states = await county.sc1('query($id: ID!) { campaign(id: $id) { taskStates { key label kind } } }', { id: participant.sc1.workCampaignId });
    expect(states.data!.campaign.taskStates).toEqual([
      { key: 'pending', label: '待开始', kind: 'open' },
      { key: 'in_progress', label: '进行中', kind: 'open' },
      { key: 'submitted', label: '已提交', kind: 'submitted' },
      { key: 'returned', label: '已退回', kind: 'returned' },
      { key: 'approved', label: '已通过', kind: 'done' },
    ]);
    const work = await county.sc1('query($id: ID!) { campaign(id: $id) { name parentCampaignId hasParticipants } }', { id: participant.sc1.workCampaignId });
    expect(work.data!.campaign).toEqual({ name: '2021—2025年度第二批全国科普示范县创建（sc县1）', parentCampaignId: batch, hasParticipants: false });
  });

  it('refuses an invitation that cannot be set up whole, and keeps nothing of it', async () => {
    const count = async () => (await nation(PARTICIPANTS, { id: batch })).data!.campaignParticipants.length;
    const before = await count();
    // sc县4 could join (it has both departments); gz县4 has neither, so its campaign cannot be bound — and neither is kept.
    const sc4 = await user('sc4-office', 'sc县4科协', ['office_admin'], countyIds.sc4);
    for (const name of ['县科协', '县教育局'])
      expect((await sc4('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } })).errors).toBeUndefined();
    const invited = await nation('mutation($input: InviteParticipantsInput!) { inviteParticipants(input: $input) { id } }', {
      input: { campaignId: batch, organisationIds: [countyIds.sc4, countyIds.gz4] },
    });
    expect(invited.errors![0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    expect(invited.errors![0].message).toContain('不是');
    expect(await count()).toBe(before);
    expect((await sc4('query { campaigns { id } }')).data!.campaigns).toEqual([]);
    const byProvince = await province.sc('mutation($input: InviteParticipantsInput!) { inviteParticipants(input: $input) { id } }', { input: { campaignId: batch, organisationIds: [countyIds.sc4] } });
    expect(byProvince.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND', details: { reason: 'CAMPAIGN_NOT_FOUND', id: batch } } });
    expect(await count()).toBe(before);
  });

  it('shows each level exactly its part: the nation all six, a province its three, a county itself', async () => {
    const names = async (gql: Gql) => ((await gql(PARTICIPANTS, { id: batch })).data?.campaignParticipants ?? []).map((row: any) => row.organisation.shortName).sort();
    expect(await names(nation)).toEqual(['gz县1', 'gz县2', 'gz县3', 'sc县1', 'sc县2', 'sc县3']);
    expect(await names(expert)).toEqual(['gz县1', 'gz县2', 'gz县3', 'sc县1', 'sc县2', 'sc县3']);
    expect(await names(province.sc)).toEqual(['sc县1', 'sc县2', 'sc县3']);
    expect(await names(province.gz)).toEqual(['gz县1', 'gz县2', 'gz县3']);
    expect(await names(county.sc2)).toEqual(['sc县2']);
    const row = (await nation(PARTICIPANTS, { id: batch })).data!.campaignParticipants.find((p: any) => p.id === participant.sc1.id);
    expect(row).toMatchObject({ stateLabel: '已申报', outcome: null, progress: { taskCount: 4, finishedCount: 0 } });

    // Another county's part does not exist for a county; another province's not for a province.
    const leak = async (gql: Gql, name: string) => {
      const campaign = await gql('query($id: ID!) { campaign(id: $id) { id } }', { id: participant[name].workCampaignId });
      const tasks = await gql('query($id: ID!) { tasks(campaignId: $id, first: 5) { totalCount } }', { id: participant[name].workCampaignId });
      const events = await gql('query($id: ID!) { availableTransitions(entityType: participant, id: $id) { event } }', { id: participant[name].id });
      return { campaign: campaign.errors?.[0].extensions?.code, tasks: tasks.data?.tasks.totalCount ?? tasks.errors?.[0].extensions?.code, events: events.errors?.[0].extensions?.code };
    };
    expect(await leak(county.sc2, 'sc1')).toEqual({ campaign: 'NOT_FOUND', tasks: 0, events: 'NOT_FOUND' });
    expect(await leak(province.gz, 'sc1')).toEqual({ campaign: 'NOT_FOUND', tasks: 0, events: 'NOT_FOUND' });
    // The province and the nation read a county's work (read-only).
    expect((await province.sc('query($id: ID!) { tasks(campaignId: $id, first: 5) { totalCount } }', { id: participant.sc1.workCampaignId })).data!.tasks.totalCount).toBe(4);
    expect((await expert('query($id: ID!) { tasks(campaignId: $id, first: 5) { totalCount } }', { id: participant.gz3.workCampaignId })).data!.tasks.totalCount).toBe(4);
  });

  it('links each work campaign to the batch for every level that reads it, and keeps work campaigns out of the default lists', async () => {
    const LINK = 'query($id: ID!) { campaign(id: $id) { parentCampaign { id name applicantLevel } } }';
    const expected = { id: batch, name: '2021—2025年度第二批全国科普示范县创建', applicantLevel: 'county' };
    for (const gql of [county.sc1, province.sc, nation, expert]) {
      const linked = await gql(LINK, { id: participant.sc1.workCampaignId });
      expect(linked.errors).toBeUndefined();
      expect(linked.data!.campaign.parentCampaign).toEqual(expected);
    }
    // Beside it (another county, another province) the work campaign, and so its link, does not exist.
    expect((await county.sc2(LINK, { id: participant.sc1.workCampaignId })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await province.gz(LINK, { id: participant.sc1.workCampaignId })).errors![0].extensions!.code).toBe('NOT_FOUND');
    // The owner's own batch has no parent.
    expect((await nation(LINK, { id: batch })).data!.campaign.parentCampaign).toBeNull();

    const LIST = 'query($filter: CampaignListFilter) { campaigns(filter: $filter) { id parentCampaign { id } } }';
    const ids = async (gql: Gql, filter?: Record<string, unknown>) => {
      const result = await gql(LIST, { filter });
      expect(result.errors).toBeUndefined();
      return result.data!.campaigns.map((c: any) => c.id).sort();
    };
    const work = (...names: string[]) => names.map((name) => participant[name].workCampaignId).sort();
    // By default: the nation's own batch (and what units below it run for themselves: the seeded district's), not the six counties' work in it.
    const byDefault = await ids(nation);
    expect(byDefault).toContain(batch);
    expect(byDefault.filter((id: string) => work('sc1', 'sc2', 'sc3', 'gz1', 'gz2', 'gz3').includes(id))).toEqual([]);
    expect(await ids(nation, { scope: 'all' })).toEqual([...byDefault, ...work('sc1', 'sc2', 'sc3', 'gz1', 'gz2', 'gz3')].sort());
    expect(await ids(nation, { parentCampaignId: batch })).toEqual(work('sc1', 'sc2', 'sc3', 'gz1', 'gz2', 'gz3'));
    // A province: none of its counties' work by default; the batch they take part in under participated; their work by the batch.
    expect(await ids(province.sc)).toEqual([]);
    expect(await ids(province.sc, { scope: 'participated' })).toEqual([batch]);
    expect(await ids(province.sc, { parentCampaignId: batch })).toEqual(work('sc1', 'sc2', 'sc3'));
    expect(await ids(province.gz, { parentCampaignId: batch })).toEqual(work('gz1', 'gz2', 'gz3'));
    // A county: its own work (its organisation's) by default, the batch it takes part in under participated, nobody else's work.
    expect(await ids(county.sc1)).toEqual(work('sc1'));
    expect(await ids(county.sc1, { scope: 'participated' })).toEqual([batch]);
    expect(await ids(county.sc1, { parentCampaignId: batch })).toEqual(work('sc1'));
    // The owner takes part in nothing owned by another; a province with no participants below it neither.
    expect(await ids(nation, { scope: 'participated' })).toEqual([]);
    const yunnan = await user('yn-office', '云南省科协', ['office_admin'], await organisationId('530000'));
    expect(await ids(yunnan, { scope: 'participated' })).toEqual([]);
    expect(await ids(yunnan, { parentCampaignId: batch })).toEqual([]);
  });

  it('lets a province recommend within its quota only, and only its own counties', async () => {
    const own = await fire(county.sc1, 'sc1', 'recommend');
    expect(own.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(own.errors![0].message).toContain('只有参与单位所在的省可以执行此操作');
    const byNation = await fire(nation, 'sc1', 'recommend');
    expect(byNation.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await fire(province.gz, 'sc1', 'recommend')).errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });

    const first = await fire(province.sc, 'sc1', 'recommend');
    expect(first.errors).toBeUndefined();
    expect(first.data!.transition).toMatchObject({ state: 'recommended', stateLabel: '已推荐', participant: { id: participant.sc1.id, outcome: 'recommended', state: 'recommended' } });
    const extra = await fire(province.sc, 'sc2', 'recommend');
    expect(extra.errors![0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(extra.errors![0].message).toBe('不能推荐：四川省名额已满：最多 1 个（下级县（区）数 5 的 20% 取整为 1，减去已处于"已命名"状态的 0 个），已有 1 个处于"已推荐"状态');
    // The other province's quota is its own.
    expect((await fire(province.gz, 'gz2', 'recommend')).errors).toBeUndefined();
    const events = await province.sc('query($id: ID!) { campaignParticipants(campaignId: $id) { id availableTransitions { event allowed reasons } } }', { id: batch });
    const sc3 = events.data!.campaignParticipants.find((row: any) => row.id === participant.sc3.id);
    expect(sc3.availableTransitions.find((e: any) => e.event === 'recommend')).toMatchObject({ allowed: false, reasons: [expect.stringContaining('四川省名额已满')] });
    const declined = await fire(province.sc, 'sc2', 'decline', '材料不齐，本轮不予推荐');
    expect(declined.data!.transition).toMatchObject({ state: 'not_recommended', participant: { outcome: 'not_recommended' } });
  });

  it('has national experts score a recommended county’s own work, and the nation record the outcome', async () => {
    const work = participant.sc1.workCampaignId;
    const campaign = await county.sc1('query($id: ID!) { campaign(id: $id) { version } }', { id: work });
    const submitted = await county.sc1(TRANSITION.replace('participant { id outcome state }', 'campaign { id }'), {
      input: { entityType: 'campaign', id: work, event: 'submit', expectedVersion: campaign.data!.campaign.version },
    });
    expect(submitted.errors).toBeUndefined();
    const scores = await expert('query($id: ID!) { campaignScores(campaignId: $id) { expertScoringOpen indicators { rules { ruleId code kind } } } }', { id: work });
    expect(scores.errors).toBeUndefined();
    expect(scores.data!.campaignScores.expertScoringOpen).toBe(true);
    const rule = scores.data!.campaignScores.indicators[0].rules[0];
    expect(rule.kind).toBe('fixed');
    const scored = await expert('mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { score { points source } } }', {
      input: { campaignId: work, ruleId: rule.ruleId, source: 'expert', value: { fixed: { achieved: true } }, comment: '实施方案文件齐全' },
    });
    expect(scored.errors).toBeUndefined();
    expect(scored.data!.scoreRule.score).toMatchObject({ source: 'expert' });
    // The province reads but does not score; the county cannot give expert scores.
    expect(
      (
        await county.sc1('mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { score { points } } }', {
          input: { campaignId: work, ruleId: rule.ruleId, source: 'expert', value: { fixed: { achieved: true } }, comment: '自己打分' },
        })
      ).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');

    const named = await fire(nation, 'sc1', 'name');
    expect(named.errors).toBeUndefined();
    expect(named.data!.transition).toMatchObject({ state: 'named', stateLabel: '已命名', participant: { outcome: 'named' } });
    const rows = (await nation(PARTICIPANTS, { id: batch })).data!.campaignParticipants;
    expect(rows.map((row: any) => [row.organisation.shortName, row.stateLabel, row.outcomeLabel]).sort()).toEqual([
      ['gz县1', '已申报', null],
      ['gz县2', '已推荐', '推荐'],
      ['gz县3', '已申报', null],
      ['sc县1', '已命名', '命名'],
      ['sc县2', '未推荐', '未推荐'],
      ['sc县3', '已申报', null],
    ]);
    // A named county still counts against its province's quota (minus: [named]): no new place opens.
    expect((await fire(province.sc, 'sc3', 'recommend')).errors![0].message).toContain('减去已处于"已命名"状态的 1 个');
  });
  it('tells the open participant lists of the owner and the county’s province of a county’s change, and not another province’s', async () => {
    const [nationStream, sichuan, guizhou] = await Promise.all([nation, province.sc, province.gz].map((gql) => openStream(t.api.url, (gql as Gql & { token: string }).token)));
    try {
      const withdrawn = await fire(county.sc3, 'sc3', 'withdraw');
      expect(withdrawn.errors).toBeUndefined();
      const aboutBatch = (event: Record<string, any>) => event.kind === 'participant' && event.campaignId === batch;
      expect(await sichuan.next(aboutBatch)).toEqual({ type: 'message', kind: 'participant', campaignId: batch, participantIds: [participant.sc3.id] });
      expect(await nationStream.next(aboutBatch)).toMatchObject({ kind: 'participant', participantIds: [participant.sc3.id] });
      // Guizhou's office hears of neither the batch's row nor the county's work (its stream stays quiet about them).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(guizhou.events.filter((event) => event.campaignId === batch || event.campaignId === participant.sc3.workCampaignId)).toEqual([]);
    } finally {
      for (const stream of [nationStream, sichuan, guizhou]) stream.close();
    }
  });
});
