import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { fixtures } from '../support/evidence-fixtures';
import { httpGet, uploadMultipart } from '../support/multipart-client';
import { type TestApi, startTestApi } from '../support/test-api';
import { addDays, todayInChina } from '@accredit/calendar-date';

// The new guard families through GraphQL on stored data: dates (withinPhase, before), a
// campaign document with a file (uploaded through the evidence storage), counts and quotas.
const FIXTURE = join(__dirname, '../fixtures/workflows/ok/nomination-task.yaml');
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version } }';
const AVAILABLE = 'query($id: ID!) { availableTransitions(entityType: task, id: $id) { event allowed reasons } }';
const RECORD = 'mutation($input: RecordCampaignDocumentInput!) { recordCampaignDocument(input: $input) { id kind hasFile } }';

/** A day relative to today, as YYYY-MM-DD in China. */
const day = (offset: number) => addDays(todayInChina(), offset);

function template(): string {
  const parsed = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
  parsed.key = 'nomination-2026';
  parsed.indicatorSystem.key = 'nomination-2026-standard';
  parsed.indicatorSystem.name = '推荐命名试点指标';
  parsed.indicatorSystem.totalScore = 4;
  parsed.indicatorSystem.indicators = parsed.indicatorSystem.indicators.filter((indicator: { code: string }) => indicator.code === '10');
  parsed.campaign = {
    name: '推荐命名试点',
    taskPhase: 'trial',
    phases: [
      { key: 'application', name: '申报阶段', startsOn: day(-60), endsOn: day(-30) },
      { key: 'trial', name: '试点阶段', startsOn: day(-10), endsOn: day(10) },
    ],
  };
  return stringify(parsed);
}

describe('guards for dates, document files, counts and quotas', () => {
  let t: TestApi;
  let campaignId: string;
  let tasks: { id: string; version: number }[];

  beforeAll(async () => {
    t = await startTestApi();
    const uploaded = await t.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key } }', {
      input: { source: readFileSync(FIXTURE, 'utf8'), fileName: 'nomination-task.yaml' },
    });
    expect(uploaded.errors).toBeUndefined();
    const setUp = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId tasks } }', { input: { template: template(), taskWorkflowKey: 'nomination' } });
    expect(setUp.errors).toBeUndefined();
    expect(setUp.data!.setUpCampaign.tasks).toBe(2);
    campaignId = setUp.data!.setUpCampaign.campaignId;
    tasks = (await t.gql('query($id: ID!) { tasks(campaignId: $id) { edges { node { id version } } } }', { id: campaignId })).data!.tasks.edges.map((e: any) => e.node);
  });

  afterAll(async () => {
    await t?.close();
  });

  const fire = async (index: number, event: string) => {
    const result = await t.gql(TRANSITION, { input: { entityType: 'task', id: tasks[index].id, event, expectedVersion: tasks[index].version } });
    if (result.data) tasks[index].version = result.data.transition.version;
    return result;
  };
  const dueDates = async (): Promise<string[]> => {
    const { data } = await t.gql('query($id: ID!) { tasks(campaignId: $id) { edges { node { id dueOn } } } }', { id: campaignId });
    return tasks.map((task) => data!.tasks.edges.find((e: any) => e.node.id === task.id).node.dueOn);
  };
  const reasonsOf = async (index: number, event: string): Promise<string[]> => (await t.gql(AVAILABLE, { id: tasks[index].id })).data!.availableTransitions.find((e: any) => e.event === event).reasons;

  it('dates: refuses outside a phase and after a date, each with the day in Chinese', async () => {
    expect(await reasonsOf(0, 'late-recommend')).toEqual([`不能补充推荐：申报阶段已结束（${day(-30)} 结束）`, '不能补充推荐：已过截止时间：须在2020-01-01之前']);
    const refused = await fire(0, 'late-recommend');
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    // Within the trial phase and before its end: the date guards of `recommend` pass.
    expect((await reasonsOf(0, 'recommend')).filter((r) => /阶段|截止/.test(r))).toEqual([]);
  });

  it('documents: refuses an undeclared kind, and needs the file, not only the title', async () => {
    const undeclared = await t.gql(RECORD, { input: { campaignId, kind: 'minutes', title: '会议纪要' } });
    expect(undeclared.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    expect(undeclared.errors?.[0].message).toContain('没有声明文件类别「minutes」，可用：self-assessment（自评报告）');

    const recorded = await t.gql(RECORD, { input: { campaignId, kind: 'self-assessment', title: '2026年度自评报告' } });
    expect(recorded.data!.recordCampaignDocument).toMatchObject({ kind: 'self-assessment', hasFile: false });
    expect(await reasonsOf(0, 'recommend')).toEqual(['不能推荐：尚未上传自评报告的文件']);

    const kexie = await t.as('kexie');
    const forbidden = await uploadMultipart(`${t.api.url}/api/campaign-documents/${recorded.data!.recordCampaignDocument.id}/file`, {}, [{ filename: '自评报告.pdf', data: fixtures.pdf() }], {
      token: kexie.token,
    });
    expect(forbidden.status).toBe(403);
    const office = await t.as('office');
    const upload = await uploadMultipart(`${t.api.url}/api/campaign-documents/${recorded.data!.recordCampaignDocument.id}/file`, {}, [{ filename: '自评报告.pdf', data: fixtures.pdf() }], {
      token: office.token,
    });
    expect(upload.status).toBe(201);
    expect(upload.json.document).toMatchObject({ fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/), mediaType: 'application/pdf' });
    const documents = await t.gql('query($id: ID!) { campaign(id: $id) { documents { kind hasFile fileSize fileSha256 } } }', { id: campaignId });
    expect(documents.data!.campaign.documents).toEqual([{ kind: 'self-assessment', hasFile: true, fileSize: fixtures.pdf().length, fileSha256: upload.json.document.fileSha256 }]);
    expect(await reasonsOf(0, 'recommend')).toEqual([]);
    const download = await httpGet(`${t.api.url}/api/campaign-documents/${recorded.data!.recordCampaignDocument.id}/file`, { token: office.token });
    expect(download.status).toBe(200);
    expect(createHash('sha256').update(download.body).digest('hex')).toBe(upload.json.document.fileSha256);
  });

  it('quotas and counts: the second recommendation is over ⌊50 % of 2⌋, and naming needs two recommended', async () => {
    const dueBefore = await dueDates();
    expect((await fire(0, 'recommend')).data!.transition.state).toBe('recommended');
    // Its setDueDate effect moved this task's due date only.
    expect(await dueDates()).toEqual([day(-30), dueBefore[1]]);
    expect(dueBefore[1]).not.toBe(day(-30));
    expect(await reasonsOf(1, 'recommend')).toEqual(['不能推荐：名额已满：最多 1 个（任务总数 2 的 50% 取整为 1），已有 1 个处于"已推荐"或"已命名"状态']);
    const over = await fire(1, 'recommend');
    expect(over.errors?.[0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect(over.errors?.[0].message).toContain('名额已满');
    expect(await reasonsOf(0, 'name')).toEqual(['不能命名：处于"已推荐"状态的任务只有 1 个，至少需要 2 个']);
  });
});
