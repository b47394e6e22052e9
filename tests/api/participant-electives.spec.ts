import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { addDays, todayInChina } from '@accredit/calendar-date';

// The `electivesChosen` guard as data: a national batch whose standard has an elective group
// (选做, choose 2 to 3 of 3); the national office's own participant workflow lets a county submit
// its application (申报) only once it has chosen, and its work workflow lets it submit for review
// only then. The choices are the county's own (its work campaign's), read through campaign setup's
// port — the workflow runtime reads no table of another module.
const PASSWORD = 'Nation@2026elect';
const TABLE = [
  '指标,分值,评分规则,责任单位',
  '1 组织领导,70,出台科普工作实施方案70分,县科协',
  '2 特色工作（选做，选2至3项）,30,,',
  '2.1 科普进校园,10,开展活动10分,县教育局',
  '2.2 科技创新大赛,10,举办大赛10分,县科协',
  '2.3 科普大篷车,10,下乡10分,县科协',
].join('\n');

const PARTICIPANT_WORKFLOW = `
key: participant
version: 2
entityType: participant
name: 先选定选做项再申报
outcomes:
  recommended: 推荐
states:
  preparing: { label: 准备申报材料, initial: true }
  applied: { label: 已申报 }
  recommended: { label: 已推荐, final: true }
transitions:
  - event: apply
    label: 提交申报
    from: preparing
    to: applied
    roles: [office_admin]
    guards:
      - actorIs: [participant]
      - electivesChosen
  - event: recommend
    label: 推荐
    from: applied
    to: recommended
    roles: [office_admin]
    guards:
      - actorIs: [{ above: province }]
    effects:
      - setOutcome: recommended
`;

const WORK_WORKFLOW = `
key: campaign
version: 3
entityType: campaign
name: 示范县创建（选做须选定）
states:
  preparing: { label: 创建准备, initial: true }
  evaluation: { label: 专家评审, expertScoring: true }
  evaluated: { label: 评审完成, final: true }
transitions:
  - { event: submit, label: 提交评审, from: preparing, to: evaluation, roles: [office_admin], guards: [{ electivesChosen: { groups: [2] } }] }
  - { event: finish, label: 完成评审, from: evaluation, to: evaluated, roles: [expert] }
`;

const TASK_WORKFLOW = `
key: task
version: 2
entityType: task
name: 任务（选做须选定）
states:
  pending: { label: 待提交, initial: true }
  submitted: { label: 已提交, final: true }
transitions:
  - { event: submit, label: 提交, from: pending, to: submitted, roles: [office_admin, liaison], guards: [electivesChosen] }
`;

const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version } }';
const day = (offset: number) => addDays(todayInChina(), offset);

describe('electivesChosen: a participant chooses between min and max electives before it applies or submits', () => {
  let t: TestApi;
  let admin: Gql;
  let nation: Gql;
  let county: Gql;
  let batch: string;
  let participant: { id: string; version: number; workCampaignId: string };

  const organisationId = async (code: string) => {
    const { data } = await admin('query($search: String) { organisations(filter: { search: $search }) { edges { node { id code } } } }', { search: code });
    return data!.organisations.edges.find((edge: any) => edge.node.code === code).node.id as string;
  };
  const user = async (username: string, roles: string[], organisationId: string) => {
    const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username, displayName: username, password: PASSWORD, roles, organisationId } });
    expect(created.errors).toBeUndefined();
    return t.as(username, PASSWORD);
  };
  const groups = async () =>
    (await county('query($id: ID!) { campaignElectiveGroups(campaignId: $id) { indicatorId code options { indicatorId code } } }', { id: participant.workCampaignId })).data!.campaignElectiveGroups;
  const applyEvent = async () => {
    const rows = await county('query($id: ID!) { campaignParticipants(campaignId: $id) { id availableTransitions { event allowed reasons } } }', { id: batch });
    return rows.data!.campaignParticipants[0].availableTransitions.find((event: any) => event.event === 'apply');
  };

  const taskSubmit = async () => {
    const tasks = await county('query($id: ID!) { tasks(campaignId: $id, first: 1) { edges { node { id } } } }', { id: participant.workCampaignId });
    const events = await county('query($id: ID!) { availableTransitions(entityType: task, id: $id) { event allowed reasons } }', { id: tasks.data!.tasks.edges[0].node.id });
    const { allowed, reasons } = events.data!.availableTransitions.find((event: any) => event.event === 'submit');
    return { allowed, reasons };
  };

  beforeAll(async () => {
    t = await startTestApi();
    admin = await t.as('sysadmin');
    nation = await user('el-nation', ['office_admin'], await organisationId('000000'));
    const provinceId = await organisationId('510000');
    const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: { parentId: provinceId, level: 'county', code: '519871', name: '选做测试县', shortName: '选做县' },
    });
    expect(created.errors).toBeUndefined();
    county = await user('el-county', ['office_admin'], created.data!.createOrganisation.id);
    for (const name of ['县科协', '县教育局']) {
      expect((await county('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, kind: 'government' } })).errors).toBeUndefined();
    }

    const upload = async (source: string, fileName: string) => {
      const result = await nation('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { id version } }', { input: { source, fileName } });
      expect(result.errors).toBeUndefined();
      return result.data!.uploadWorkflowDefinition.id as string;
    };
    const participantWorkflow = await upload(PARTICIPANT_WORKFLOW, 'participant.yaml');
    await upload(WORK_WORKFLOW, 'campaign.yaml');
    await upload(TASK_WORKFLOW, 'task.yaml');
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'electives.csv', contentBase64: Buffer.from(TABLE, 'utf8').toString('base64'), key: 'national-electives', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId: imported.data!.importIndicatorTable.systemId,
        name: '选做示范县批次',
        phases: [{ key: 'creation', name: '创建阶段', startsOn: day(-10), endsOn: day(200) }],
        participation: { applicantLevel: 'county', workflowDefinitionId: participantWorkflow },
      },
    });
    expect(setUp.errors).toBeUndefined();
    batch = setUp.data!.setUpCampaign.campaignId;
    const applied = await county('mutation($id: ID!) { applyToCampaign(input: { campaignId: $id }) { id state version workCampaignId } }', { id: batch });
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyToCampaign.state).toBe('preparing');
    participant = applied.data!.applyToCampaign;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses the county’s 提交申报 and 提交评审 while nothing is chosen, naming the group and how many to choose', async () => {
    const refused = await county(TRANSITION, { input: { entityType: 'participant', id: participant.id, event: 'apply', expectedVersion: participant.version } });
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(refused.errors![0].message).toBe('不能提交申报：选做组「2 特色工作」须选 2 至 3 项，已选 0 项');
    expect(await applyEvent()).toEqual({ event: 'apply', allowed: false, reasons: ['不能提交申报：选做组「2 特色工作」须选 2 至 3 项，已选 0 项'] });

    const work = await county('query($id: ID!) { campaign(id: $id) { version } }', { id: participant.workCampaignId });
    const submit = await county(TRANSITION, { input: { entityType: 'campaign', id: participant.workCampaignId, event: 'submit', expectedVersion: work.data!.campaign.version } });
    expect(submit.errors![0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(submit.errors![0].message).toBe('不能提交评审：选做组「2 特色工作」须选 2 至 3 项，已选 0 项');
    // A task workflow reads the same choices (its campaign's).
    expect(await taskSubmit()).toEqual({ allowed: false, reasons: ['不能提交：选做组「2 特色工作」须选 2 至 3 项，已选 0 项'] });
    // Nothing moved.
    const rows = await nation('query($id: ID!) { campaignParticipants(campaignId: $id) { state version } }', { id: batch });
    expect(rows.data!.campaignParticipants).toEqual([{ state: 'preparing', version: participant.version }]);
  });

  it('lets it apply and submit once it has chosen two of the three', async () => {
    const [group] = await groups();
    expect(group.code).toBe('2');
    const chosen = await county('mutation($input: ChooseElectiveOptionsInput!) { chooseElectiveOptions(input: $input) { group { decided } } }', {
      input: { campaignId: participant.workCampaignId, groupIndicatorId: group.indicatorId, optionIndicatorIds: group.options.slice(0, 2).map((option: any) => option.indicatorId) },
    });
    expect(chosen.errors).toBeUndefined();
    expect(await applyEvent()).toMatchObject({ event: 'apply', allowed: true, reasons: [] });
    expect(await taskSubmit()).toEqual({ allowed: true, reasons: [] });

    const applied = await county(TRANSITION, { input: { entityType: 'participant', id: participant.id, event: 'apply', expectedVersion: participant.version } });
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.transition.state).toBe('applied');
    const work = await county('query($id: ID!) { campaign(id: $id) { version } }', { id: participant.workCampaignId });
    const submit = await county(TRANSITION, { input: { entityType: 'campaign', id: participant.workCampaignId, event: 'submit', expectedVersion: work.data!.campaign.version } });
    expect(submit.errors).toBeUndefined();
    expect(submit.data!.transition.state).toBe('evaluation');
  });

  it('refuses a definition whose electivesChosen parameters it does not know, at upload', async () => {
    const bad = WORK_WORKFLOW.replace('version: 3', 'version: 4').replace('{ electivesChosen: { groups: [2] } }', '{ electivesChosen: { group: 2 } }');
    const result = await nation('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { id } }', { input: { source: bad, fileName: 'campaign.yaml' } });
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
  });
});
