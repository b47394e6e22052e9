import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { fixtures } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

// A task workflow whose states are named nothing like workflows/task.yaml (起草 → 送审 → 修改 /
// 办结) runs end to end: evidence editability, the review queue, required comments and
// confirmations all come from the definition, with no code knowing its state or event names.
const FIXTURE = join(__dirname, '../fixtures/workflows/ok/drafting-task.yaml');
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state stateLabel version } }';
const AVAILABLE = 'query($id: ID!) { availableTransitions(entityType: task, id: $id) { event allowed available needsComment confirm reasons } }';
const TASKS = 'query($id: ID!, $queue: Boolean) { tasks(campaignId: $id, reviewQueue: $queue) { totalCount edges { node { id state stateLabel version evidenceEditable inReviewQueue } } } }';

function template(): string {
  const parsed = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
  parsed.key = 'drafting-2026';
  parsed.indicatorSystem.key = 'drafting-2026-standard';
  parsed.indicatorSystem.name = '起草送审试点指标';
  parsed.indicatorSystem.totalScore = 4;
  parsed.indicatorSystem.indicators = parsed.indicatorSystem.indicators.filter((indicator: { code: string }) => indicator.code === '10');
  parsed.campaign = { name: '起草送审流程试点', taskPhase: 'trial', phases: [{ key: 'trial', name: '试点阶段', startsOn: '2026-01-01', endsOn: '2026-12-31' }] };
  return stringify(parsed);
}

describe('a task workflow with its own state names needs no code (definition-declared behaviour)', () => {
  let t: TestApi;
  let kexie: Gql & { token: string };
  let campaignId: string;
  let task: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApi();
    kexie = await t.as('kexie');
  });

  afterAll(async () => {
    await t?.close();
  });

  const fire = async (gql: Gql, event: string, comment?: string) => {
    const result = await gql(TRANSITION, { input: { entityType: 'task', id: task.id, event, comment, expectedVersion: task.version } });
    if (result.data) task.version = result.data.transition.version;
    return result;
  };
  const upload = () =>
    uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: task.id, requirementCode: '10-1', kind: '截图' }, [{ filename: '材料.pdf', data: fixtures.pdf() }], { token: kexie.token });
  const kexieTask = async () => (await kexie(TASKS, { id: campaignId })).data!.tasks.edges.map((e: any) => e.node).find((n: any) => n.id === task.id);

  it('is uploaded, exposes its vocabulary on the graph, and a campaign runs its tasks on it', async () => {
    const uploaded = await t.gql(
      'mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key graph { nodes { id evidenceEditable reviewQueue } edges { event needsComment confirm } } } }',
      {
        input: { source: readFileSync(FIXTURE, 'utf8'), fileName: 'drafting-task.yaml' },
      },
    );
    expect(uploaded.errors).toBeUndefined();
    const graph = uploaded.data!.uploadWorkflowDefinition.graph;
    expect(graph.nodes.filter((n: any) => n.evidenceEditable).map((n: any) => n.id)).toEqual(['draft', 'fixing']);
    expect(graph.nodes.filter((n: any) => n.reviewQueue).map((n: any) => n.id)).toEqual(['review', 'review.first', 'review.second']);
    expect(graph.edges.find((e: any) => e.event === 'send-back')).toMatchObject({ needsComment: true, confirm: null });

    const setUp = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', { input: { template: template(), taskWorkflowKey: 'drafting' } });
    expect(setUp.errors).toBeUndefined();
    campaignId = setUp.data!.setUpCampaign.campaignId;
    const mine = (await kexie(TASKS, { id: campaignId })).data!.tasks.edges.map((e: any) => e.node);
    expect(mine[0]).toMatchObject({ state: 'draft', stateLabel: '起草', evidenceEditable: true, inReviewQueue: false });
    task = mine[0];
  });

  it('takes evidence where the definition says evidenceEditable, and tells the UI what to ask', async () => {
    expect((await upload()).status).toBe(201);
    const send = (await kexie(AVAILABLE, { id: task.id })).data!.availableTransitions.find((e: any) => e.event === 'send');
    expect(send).toMatchObject({ allowed: true, needsComment: false, confirm: '送审后材料不能再修改，确定送审？' });
    expect((await fire(kexie, 'send')).data!.transition).toMatchObject({ state: 'review.first', stateLabel: '初审' });
  });

  it('freezes evidence in the review queue, naming the way back, and lists the task in the queue', async () => {
    const frozen = await upload();
    expect(frozen.status).toBeGreaterThanOrEqual(400);
    expect(frozen.json.errors[0].message).toMatch(/正在审核.*「收回」/);
    expect(await kexieTask()).toMatchObject({ evidenceEditable: false, inReviewQueue: true });

    const queue = (await t.gql(TASKS, { id: campaignId, queue: true })).data!.tasks;
    expect(queue.edges.map((e: any) => e.node.id)).toEqual([task.id]);
  });

  it('requires the comment where the definition says needsComment, then lets evidence change again', async () => {
    const sendBack = (await t.gql(AVAILABLE, { id: task.id })).data!.availableTransitions.find((e: any) => e.event === 'send-back');
    // Offered before the comment is written (the UI asks for it); firing without one is refused.
    expect(sendBack).toMatchObject({ needsComment: true, allowed: true, reasons: [] });
    const bare = await fire(t.gql, 'send-back');
    expect(bare.errors?.[0]).toMatchObject({ extensions: { code: 'TRANSITION_NOT_ALLOWED' } });
    expect((await fire(t.gql, 'send-back', '请补充盖章版')).data!.transition).toMatchObject({ state: 'fixing', stateLabel: '修改' });
    expect(await kexieTask()).toMatchObject({ evidenceEditable: true, inReviewQueue: false });
    expect((await upload()).status).toBe(201);
    expect((await t.gql(TASKS, { id: campaignId, queue: true })).data!.tasks.totalCount).toBe(0);
  });

  it('ends in a final state where evidence is frozen for good', async () => {
    await fire(kexie, 'send');
    await fire(t.gql, 'escalate');
    expect((await t.gql(TASKS, { id: campaignId, queue: true })).data!.tasks.totalCount).toBe(1);
    expect((await fire(t.gql, 'close')).data!.transition).toMatchObject({ state: 'done', stateLabel: '办结' });
    const closed = await upload();
    expect(closed.json.errors[0].message).toContain('流程已结束');
  });
});
