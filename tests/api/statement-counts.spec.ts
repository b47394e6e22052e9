import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { adminDocument } from '../support/admin-documents';
import { BACK_SCHEDULE } from '../support/back-schedule';
import { fixtures } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';
import { type StatementCounter, startStatementCounter } from '../support/statement-counter';
import { type TestApi, startTestApi } from '../support/test-api';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

// Statements per request are independent of page size (no N+1): the UI's own documents are
// sent with small and full pages, and every SQL statement the API sends is counted at the wire.

describe('statements per request', () => {
  let counter: StatementCounter;
  let t: TestApi;
  let campaignId: string;
  let evidenceDir: string;
  let database: TestDatabase;

  beforeAll(async () => {
    evidenceDir = mkdtempSync(join(tmpdir(), 'accredit-statements-'));
    database = await createTestDatabase();
    const url = new URL(database.url);
    counter = await startStatementCounter(url.hostname, Number(url.port || 5432));
    url.hostname = '127.0.0.1';
    url.port = String(counter.port);
    t = await startTestApi({ database: { ...database, url: url.toString() }, env: { EVIDENCE_DIR: evidenceDir } });
    campaignId = (await t.gql<{ campaigns: { id: string }[] }>('{ campaigns { id } }')).data!.campaigns[0].id;
  });

  afterAll(async () => {
    await t?.close();
    await counter?.close();
    if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
  });

  async function statements(gql: TestApi['gql'], query: string, variables: Record<string, unknown>): Promise<number> {
    await gql(query, variables); // warm: caches of immutable data are allowed to fill
    const before = counter.count();
    const result = await gql(query, variables);
    expect(result.errors).toBeUndefined();
    return counter.count() - before;
  }

  it.each([
    ['TaskTable (office admin)', 'tasks/TaskTable.graphql', 'office', {}],
    ['TaskWorkList (liaison)', 'tasks/TaskWorkList.graphql', 'xiaolongkan', {}],
    ['TaskWorkList (review queue)', 'tasks/TaskWorkList.graphql', 'office', { reviewQueue: true }],
  ])('%s: the same number of statements for 10, 50 and 100 rows', async (_name, file, user, extra) => {
    const gql = user === 'office' ? t.gql : await t.as(user);
    const counts = [];
    for (const first of [10, 50, 100]) counts.push(await statements(gql, adminDocument(file), { campaignId, first, ...extra }));
    process.stdout.write(`${file}: ${counts.join(' / ')} statements for 10 / 50 / 100 rows\n`);
    expect(new Set(counts).size).toBe(1);
    // The session and the page: the review queue's states come from the campaign's pinned task
    // workflow, known to the process after the first request (no campaign read per request).
    expect(counts[0]).toBe(2);
  });

  // Once the immutable data is cached (a campaign's pinned task workflow, its indicator-system
  // snapshot, its phases), a first page of tasks costs the session and one statement for the
  // rows, their departments and the count — whatever the page size, the filters or the order;
  // a later page (after a cursor) counts in a second statement.
  it('TaskTable: two statements once warm (three after a cursor), for every filter and order', async () => {
    const document = adminDocument('tasks/TaskTable.graphql');
    const cases: Record<string, unknown>[] = [
      { first: 50 },
      { first: 100, orderBy: 'DUE_ON' },
      { first: 50, orderBy: 'DEPARTMENT', search: '科' },
      { first: 50, states: ['pending', 'in_progress', 'returned'], dueBefore: '2099-01-01', indicatorCode: '1' },
    ];
    for (const variables of cases) expect(await statements(t.gql, document, { campaignId, ...variables })).toBe(2);
    // A later page in every order: its rows and, at the same time, the count.
    for (const orderBy of ['TABLE', 'DUE_ON', 'DEPARTMENT']) {
      const first = await t.gql<{ tasks: { pageInfo: { endCursor: string } } }>(document, { campaignId, first: 10, orderBy });
      for (const size of [10, 100]) {
        expect(await statements(t.gql, document, { campaignId, first: size, orderBy, after: first.data!.tasks.pageInfo.endCursor })).toBe(3);
      }
    }
  });

  // Every screen asks who is logged in: the session's statement answers it (the user's row and
  // organisation are read with the session); the user's department (the office admin of the
  // seeded district has one) is the only other read.
  it('Me: the session statement and the department, the user not read again', async () => {
    const document = adminDocument('auth/Me.graphql');
    expect(await statements(t.gql, document, {})).toBe(2);
    counter.record();
    await t.gql(document, {});
    const texts = counter.record(false);
    expect(texts.filter((text) => /\bapp_user\b/.test(text))).toHaveLength(1);
    expect(texts.filter((text) => /\bfrom\s+"?department"?/.test(text))).toHaveLength(1);
  });

  it('stateLabel and deadlineStatus share one campaign lookup, none once cached', async () => {
    const fresh = await t.as('office');
    const before = counter.count();
    // A first request after start-up may read the campaign's pinned workflow once, never per task.
    await fresh('query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { stateLabel deadlineStatus } } } }', { id: campaignId });
    const cold = counter.count() - before;
    expect(cold).toBeLessThanOrEqual(5);
    expect(await statements(fresh, 'query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { stateLabel deadlineStatus } } } }', { id: campaignId })).toBe(2);
  });

  // The task's links (its evidence with versions, its workflow's events and its history) are
  // batched per page: evidence on the first tasks of the table shows on every page size.
  it('Task.evidence, availableTransitions and history: the same number of statements for 10, 50 and 100 rows', async () => {
    const office = await t.as('office');
    const first = await office('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 2) { edges { node { id } } } }', { id: campaignId });
    for (const edge of first.data!.tasks.edges) {
      const upload = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: edge.node.id, requirementCode: '1-1' }, [{ filename: '方案.pdf', data: fixtures.pdf() }], {
        token: office.token,
      });
      expect(upload.status).toBe(201);
    }
    const query = `query($campaignId: ID!, $first: Int) { tasks(campaignId: $campaignId, first: $first) { edges { node { id
      evidence { id requirementCode task { id } current { number kind file { sha256 } } versions { number } }
      availableTransitions { event allowed code reasons }
      history { event from to actorName }
    } } } }`;
    const counts = [];
    const evidenceSeen = [];
    for (const size of [10, 50, 100]) {
      counts.push(await statements(office, query, { campaignId, first: size }));
      const page = await office(query, { campaignId, first: size });
      evidenceSeen.push(page.data!.tasks.edges.filter((edge: any) => edge.node.evidence.length > 0).length);
    }
    process.stdout.write(`Task links: ${counts.join(' / ')} statements for 10 / 50 / 100 rows\n`);
    expect(evidenceSeen).toEqual([2, 2, 2]);
    expect(new Set(counts).size).toBe(1);
  });

  it.each([
    // The session, the campaign and one statement that counts everything in SQL.
    ['CampaignDashboard', 'dashboard/CampaignDashboard.graphql', 3],
    // The session and one statement: the campaign (with its access check), its current scores,
    // elective choices and tasks counted per rule; the snapshot's indicators, rules and system
    // are cached, snapshots read only when asked for.
    ['CampaignScores', 'dashboard/CampaignScores.graphql', 2],
    ['CampaignIndicatorTree', 'campaigns/CampaignIndicatorTree.graphql', 2],
    // The campaign field's own read beside the scores' one statement.
    ['ScoreSheet', 'scores/ScoreSheet.graphql', 3],
  ])('%s: few statements once warm', async (_name, file, most) => {
    const document = adminDocument(file as string);
    const count = await statements(t.gql, document, /\$id\b/.test(document) ? { id: campaignId } : { campaignId });
    process.stdout.write(`${file}: ${count} statements\n`);
    expect(count).toBeLessThanOrEqual(most as number);
  });
  // Object links beside ids (issue 16): the linked objects of a whole list are read in one batch,
  // so a list asking for them costs at most one statement more than the same list asking for the
  // ids alone (none where the objects come from a cache of immutable snapshots).
  it.each([
    [
      'User.organisation',
      'sysadmin',
      '{ users(first: 100) { edges { node { id organisationId } } } }',
      '{ users(first: 100) { edges { node { id organisationId organisation { id name } } } } }',
      (data: any) => data.users.edges.filter(({ node: user }: any) => user.organisationId && user.organisation?.id === user.organisationId).length,
      1,
    ],
    [
      'Organisation.parent',
      'sysadmin',
      '{ organisations(first: 100) { edges { node { id parentId } } } }',
      '{ organisations(first: 100) { edges { node { id parentId parent { id name } } } } }',
      (data: any) => data.organisations.edges.filter((edge: any) => edge.node.parentId && edge.node.parent?.id === edge.node.parentId).length,
      1,
    ],
    [
      'OverdueTask.task',
      'office',
      'query($campaignId: ID!) { campaignDashboard(campaignId: $campaignId) { overdueTasks { taskId } } }',
      'query($campaignId: ID!) { campaignDashboard(campaignId: $campaignId) { overdueTasks { taskId task { id state } } } }',
      (data: any) => data.campaignDashboard.overdueTasks.filter((row: any) => row.task.id === row.taskId).length,
      1,
    ],
    [
      'DepartmentProgress.department',
      'office',
      'query($campaignId: ID!) { campaignDashboard(campaignId: $campaignId) { byDepartment { departmentId } } }',
      'query($campaignId: ID!) { campaignDashboard(campaignId: $campaignId) { byDepartment { departmentId department { id name } } } }',
      (data: any) => data.campaignDashboard.byDepartment.filter((row: any) => row.department.id === row.departmentId).length,
      1,
    ],
    [
      'RuleScore.rule, RuleScoreLine.rule, IndicatorScore.indicator and PointsAtRisk.rule',
      'office',
      'query($campaignId: ID!) { campaignScores(campaignId: $campaignId) { indicators { indicatorId rules { ruleId self { ruleId } } } pointsAtRisk { ruleId } } }',
      'query($campaignId: ID!) { campaignScores(campaignId: $campaignId) { indicators { indicatorId indicator { id title } rules { ruleId rule { id text } self { ruleId rule { id } } } } pointsAtRisk { ruleId rule { id text } } } }',
      (data: any) =>
        data.campaignScores.indicators
          .filter((indicator: any) => indicator.indicator.id === indicator.indicatorId)
          .flatMap((indicator: any) => indicator.rules)
          .filter((line: any) => line.rule.id === line.ruleId).length,
      0,
    ],
    [
      'Evidence.createdByPerson, EvidenceVersion.createdByPerson and EvidenceFile.uploadedByPerson',
      'office',
      'query($campaignId: ID!) { tasks(campaignId: $campaignId, first: 100) { edges { node { evidence { createdBy current { createdBy file { uploadedBy } } } } } } }',
      'query($campaignId: ID!) { tasks(campaignId: $campaignId, first: 100) { edges { node { evidence { createdBy createdByPerson { name organisationName } current { createdByPerson { name } file { uploadedByPerson { name } } } } } } } }',
      (data: any) =>
        data.tasks.edges
          .flatMap((edge: any) => edge.node.evidence)
          .flatMap((evidence: any) => [evidence.createdByPerson, evidence.current.createdByPerson, evidence.current.file.uploadedByPerson].map((person: any) => person.name === evidence.createdBy))
          .filter(Boolean).length,
      1,
    ],
    // The audit log's readers are admins: the office reads its organisation's rows (logins, the uploads above).
    [
      'AuditEvent.actor',
      'office',
      '{ auditEvents(first: 100) { edges { node { actorId actorName } } } }',
      '{ auditEvents(first: 100) { edges { node { actorId actor { id name } } } } }',
      (data: any) => data.auditEvents.edges.filter(({ node }: any) => node.actorId && node.actor?.id === node.actorId).length,
      1,
    ],
    [
      'AuditEvent.organisation',
      'office',
      '{ auditEvents(first: 100) { edges { node { organisationId } } } }',
      '{ auditEvents(first: 100) { edges { node { organisationId organisation { id name } } } } }',
      (data: any) => data.auditEvents.edges.filter(({ node }: any) => node.organisationId && node.organisation?.id === node.organisationId).length,
      1,
    ],
  ])('%s: at most one statement more for the whole list', async (_name, user, plain, linked, rowsOf, most) => {
    const gql = user === 'office' ? t.gql : await t.as(user as string);
    const answer = await gql(linked as string, { campaignId });
    expect(answer.errors).toBeUndefined();
    // Several rows whose link is the object its id names; fewer, and the count below says nothing about N+1.
    expect((rowsOf as (data: unknown) => number)(answer.data)).toBeGreaterThan(3);
    const [without, withLinks] = [await statements(gql, plain as string, { campaignId }), await statements(gql, linked as string, { campaignId })];
    process.stdout.write(`${_name}: ${without} → ${withLinks} statements\n`);
    expect(withLinks - without).toBeLessThanOrEqual(most as number);
  });

  // The workflows each campaign pinned: four more campaigns of the seeded district (one set up
  // with other workflows would say nothing more: same ids or not, one batch reads them all).
  it('Campaign.workflowDefinition and taskWorkflowDefinition: at most one statement more for the whole list', async () => {
    for (let n = 1; n <= 4; n++) {
      const phases = [{ key: 'creation', name: '创建阶段', startsOn: `202${n}-01-01`, endsOn: `202${n}-12-31` }];
      const setUp = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
        input: { templateKey: 'shapingba-2021-2025', templateVersion: 1, key: `count-links-${n}`, name: `计数${n}`, phases },
      });
      expect(setUp.errors).toBeUndefined();
    }
    const plain = '{ campaigns { id name } }';
    const linked = '{ campaigns { id name workflowDefinition { key version name } taskWorkflowDefinition { key version } } }';
    const answer = await t.gql(linked, {});
    expect(answer.errors).toBeUndefined();
    const campaigns = answer.data!.campaigns;
    expect(campaigns.length).toBeGreaterThan(3);
    expect(campaigns.every((campaign: any) => campaign.workflowDefinition.key === 'campaign' && campaign.taskWorkflowDefinition.key === 'task')).toBe(true);
    const [without, withLinks] = [await statements(t.gql, plain, {}), await statements(t.gql, linked, {})];
    process.stdout.write(`Campaign.workflowDefinition and taskWorkflowDefinition: ${without} → ${withLinks} statements for ${campaigns.length} campaigns\n`);
    expect(withLinks - without).toBeLessThanOrEqual(1);
  });

  // 新一轮: the earlier cycle behind each carried piece of evidence, its campaign and evidence read
  // in one batch each (with the reader's access rule in the same statement), for 4 rows as for more.
  it('CarriedEvidenceSource.campaign and evidence: at most one statement more each for the whole list', async () => {
    const office = await t.as('office');
    const tasks = (await office('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 4) { edges { node { id } } } }', { id: campaignId })).data!.tasks.edges;
    for (const edge of tasks) {
      const upload = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: edge.node.id, requirementCode: '1-1' }, [{ filename: '带入.pdf', data: fixtures.pdf() }], {
        token: office.token,
      });
      expect(upload.status).toBe(201);
    }
    const cycle = await office('mutation($input: StartNewCycleInput!) { startNewCycle(input: $input) { campaignId carriedEvidence } }', {
      input: { fromCampaignId: campaignId, name: '计数新一轮', key: 'count-next', backSchedule: BACK_SCHEDULE, carryOver: { all: true } },
    });
    expect(cycle.errors).toBeUndefined();
    const carried = (links: string) => `query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 100) { edges { node { evidence { carriedFrom { campaignId evidenceId ${links} } } } } } }`;
    const variables = { id: cycle.data!.startNewCycle.campaignId };
    const sources = (await office(carried('campaign { id } evidence { id current { number } }'), variables))
      .data!.tasks.edges.flatMap((edge: any) => edge.node.evidence)
      .map((evidence: any) => evidence.carriedFrom);
    expect(sources.filter((source: any) => source.campaign.id === campaignId && source.evidence.id === source.evidenceId).length).toBeGreaterThan(3);
    const [plain, campaign, evidence] = [
      await statements(office, carried(''), variables),
      await statements(office, carried('campaign { id name }'), variables),
      await statements(office, carried('evidence { id current { number file { sha256 } } }'), variables),
    ];
    process.stdout.write(`CarriedEvidenceSource.campaign / evidence (${sources.length} rows): ${plain} → ${campaign} / ${evidence} statements\n`);
    expect([campaign - plain, evidence - plain]).toEqual([1, 1]);
  });

  // Who scored: four self scores by the office, their scorers linked in one batch.
  it('RuleScore.scoredByPerson: at most one statement more for the whole board', async () => {
    const tree = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { scoringRules { id kind } } } }', { id: campaignId });
    const fixed = tree
      .data!.campaign.indicators.flatMap((indicator: any) => indicator.scoringRules)
      .filter((rule: any) => rule.kind === 'fixed')
      .slice(0, 4);
    for (const rule of fixed) {
      const scored = await t.gql('mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { changed } }', {
        input: { campaignId, ruleId: rule.id, source: 'self', value: { fixed: { achieved: true } }, comment: '计数' },
      });
      expect(scored.errors).toBeUndefined();
    }
    const plain = 'query($campaignId: ID!) { campaignScores(campaignId: $campaignId) { indicators { rules { self { scoredBy } } } } }';
    const linked = 'query($campaignId: ID!) { campaignScores(campaignId: $campaignId) { indicators { rules { self { scoredBy scoredByPerson { name organisationName } } } } } }';
    const answer = await t.gql(linked, { campaignId });
    const scores = answer
      .data!.campaignScores.indicators.flatMap((indicator: any) => indicator.rules)
      .map((line: any) => line.self)
      .filter(Boolean);
    expect(scores).toHaveLength(4);
    expect(scores.every((score: any) => score.scoredByPerson.name === score.scoredBy)).toBe(true);
    const [without, withLinks] = [await statements(t.gql, plain, { campaignId }), await statements(t.gql, linked, { campaignId })];
    process.stdout.write(`RuleScore.scoredByPerson: ${without} → ${withLinks} statements\n`);
    expect(withLinks - without).toBeLessThanOrEqual(1);
  });

  // 参与单位: each row's availableTransitions reads the participant workflow's facts (quotas per
  // province, the work campaign's tasks, phases); batched over the page, 10 rows cost what 30 do.
  it('CampaignParticipants: the same number of statements for 10 and 30 participants, for the owner and a province', async () => {
    const admin = await t.as('sysadmin');
    const organisationId = async (code: string) => {
      const { data } = await admin('query($s: String) { organisations(filter: { search: $s }) { edges { node { id code } } } }', { s: code });
      return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id as string;
    };
    const office = async (username: string, code: string) => {
      const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { username, displayName: username, password: 'Count@2026rows', roles: ['office_admin'], organisationId: await organisationId(code) },
      });
      expect(created.errors).toBeUndefined();
      return t.as(username, 'Count@2026rows');
    };
    const nation = await office('count-nation', '000000');
    const province = await office('count-sichuan', '510000');
    const sichuanId = await organisationId('510000');
    const counties: string[] = [];
    for (let n = 1; n <= 30; n++) {
      const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
        input: { parentId: sichuanId, level: 'county', code: `5196${String(n).padStart(2, '0')}`, name: `计数测试县${n}`, shortName: `计数县${n}` },
      });
      expect(created.errors).toBeUndefined();
      counties.push(created.data!.createOrganisation.id);
    }
    // A standard whose rule is the participant's own work (本单位): every county can join without departments.
    const table = ['指标,分值,评分规则,责任单位', '1 组织领导,100,出台科普工作实施方案100分,'].join('\n');
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'count.csv', contentBase64: Buffer.from(table, 'utf8').toString('base64'), key: 'count-standard', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId campaign { id name } } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '计数批次',
        phases: [{ key: 'creation', name: '创建阶段', startsOn: '2026-01-01', endsOn: '2030-12-31' }],
        participation: { applicantLevel: 'county' },
      },
    });
    expect(setUp.errors).toBeUndefined();
    const batch = setUp.data!.setUpCampaign.campaignId;
    expect(setUp.data!.setUpCampaign.campaign).toEqual({ id: batch, name: '计数批次' });
    const invite = async (ids: string[]) =>
      expect((await nation('mutation($input: InviteParticipantsInput!) { inviteParticipants(input: $input) { id } }', { input: { campaignId: batch, organisationIds: ids } })).errors).toBeUndefined();
    const document = adminDocument('participants/CampaignParticipants.graphql');
    // The same rows with their campaigns linked: one batch with the participant workflow's own campaign read.
    const linked = 'query($campaignId: ID!) { campaignParticipants(campaignId: $campaignId) { id stateLabel campaign { id name } workCampaign { id name } } }';
    const plain = 'query($campaignId: ID!) { campaignParticipants(campaignId: $campaignId) { id stateLabel campaignId workCampaignId } }';
    const measureLinks = async () => ({ plain: await statements(nation, plain, { campaignId: batch }), linked: await statements(nation, linked, { campaignId: batch }) });
    const measure = async () => {
      const rows = (await nation(document, { campaignId: batch })).data!.campaignParticipants;
      // Each row's actions are its own: 推荐 is the province's (refused here for the nation), with a reason.
      expect(rows.every((row: any) => row.availableTransitions.some((event: any) => event.event === 'recommend' && !event.allowed && event.reasons.length > 0))).toBe(true);
      return { rows: rows.length, nation: await statements(nation, document, { campaignId: batch }), province: await statements(province, document, { campaignId: batch }) };
    };
    await invite(counties.slice(0, 10));
    const ten = await measure();
    const tenLinks = await measureLinks();
    await invite(counties.slice(10));
    const thirty = await measure();
    const thirtyLinks = await measureLinks();
    process.stdout.write(`CampaignParticipant.campaign and workCampaign: ${tenLinks.plain} → ${tenLinks.linked} / ${thirtyLinks.plain} → ${thirtyLinks.linked} statements for 10 / 30 rows\n`);
    expect(thirtyLinks.linked).toBe(tenLinks.linked);
    expect(thirtyLinks.linked - thirtyLinks.plain).toBeLessThanOrEqual(1);
    process.stdout.write(`CampaignParticipants: ${ten.nation} / ${thirty.nation} statements (owner), ${ten.province} / ${thirty.province} (province) for 10 / 30 rows\n`);
    expect([ten.rows, thirty.rows]).toEqual([10, 30]);
    expect(thirty.nation).toBe(ten.nation);
    expect(thirty.province).toBe(ten.province);

    // 异议: one per participant, written straight to the table (filing one needs a publicity
    // phase); their participant and campaign links cost one batch each, for 10 rows as for 30.
    const participantIds = (await nation('query($id: ID!) { campaignParticipants(campaignId: $id) { id } }', { id: batch })).data!.campaignParticipants.map((row: any) => row.id as string);
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    const object = (ids: string[]) =>
      sql.query(
        "insert into participant_objection (id, campaign_id, participant_id, content, state, filed_by_id, filed_by_name) select gen_random_uuid(), $1, unnest($2::uuid[]), '计数异议', 'open', gen_random_uuid(), '计数'",
        [batch, ids],
      );
    const objections = async () => ({
      plain: await statements(nation, 'query($id: ID!) { campaignObjections(campaignId: $id) { id participantId campaignId } }', { id: batch }),
      linked: await statements(nation, 'query($id: ID!) { campaignObjections(campaignId: $id) { id participant { id state } campaign { id name } } }', { id: batch }),
    });
    try {
      await object(participantIds.slice(0, 10));
      const tenObjections = await objections();
      await object(participantIds.slice(10));
      const thirtyObjections = await objections();
      process.stdout.write(
        `ParticipantObjection.participant and campaign: ${tenObjections.plain} → ${tenObjections.linked} / ${thirtyObjections.plain} → ${thirtyObjections.linked} statements for 10 / 30 rows\n`,
      );
      expect(thirtyObjections.linked).toBe(tenObjections.linked);
      expect(thirtyObjections.linked - thirtyObjections.plain).toBeLessThanOrEqual(2);

      // 遴选: the counties' submitted forms (written straight to the table, as if filled) on the
      // owner's board; the board's campaign and definition and each entry's form cost a few
      // batches, for 10 forms as for 30.
      const form = [
        'key: count-case',
        'version: 1',
        'name: 计数案例',
        'roles:',
        '  county: 县级科协',
        'filledBy: { role: county }',
        'sections:',
        '  - key: case',
        '    label: 案例',
        '    fields:',
        '      - { key: title, type: text, label: 标题 }',
      ].join('\n');
      const uploaded = await nation('mutation($input: UploadFormDefinitionInput!) { uploadFormDefinition(input: $input) { id } }', { input: { source: form, fileName: 'count-case.yaml' } });
      const definitionId = uploaded.data!.uploadFormDefinition.id as string;
      const asked = await nation('mutation($c: ID!, $d: [ID!]!, $s: [CampaignFormSelectionInput!]) { setCampaignForms(input: { campaignId: $c, definitionIds: $d, selections: $s }) { key } }', {
        c: batch,
        d: [definitionId],
        s: [{ definitionId, per: 'PROVINCE', max: 5 }],
      });
      expect(asked.errors).toBeUndefined();
      const fill = (organisationIds: string[]) =>
        sql.query(`insert into filled_form (id, campaign_id, organisation_id, definition_id, "values", status, version) select gen_random_uuid(), $1, unnest($2::uuid[]), $3, '{}', 'submitted', 1`, [
          batch,
          organisationIds,
          definitionId,
        ]);
      const boards = async () => ({
        plain: await statements(nation, 'query($c: ID!) { formSelections(campaignId: $c) { campaignId definitionId groups { entries { formId } } } }', { c: batch }),
        linked: await statements(nation, 'query($c: ID!) { formSelections(campaignId: $c) { campaign { id } definition { id } groups { entries { form { id status stageLabel } } } } }', { c: batch }),
      });
      await fill(counties.slice(0, 10));
      const tenForms = await boards();
      await fill(counties.slice(10));
      const thirtyForms = await boards();
      process.stdout.write(
        `FormSelectionBoard.campaign, definition and FormSelectionEntry.form: ${tenForms.plain} → ${tenForms.linked} / ${thirtyForms.plain} → ${thirtyForms.linked} statements for 10 / 30 forms\n`,
      );
      expect(thirtyForms.linked).toBe(tenForms.linked);
      expect(thirtyForms.linked - thirtyForms.plain).toBeLessThanOrEqual(5);
    } finally {
      await sql.end();
    }
  });
});
