import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { fixtures } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';

// A task links to its evidence, its workflow's events and its history, and evidence to its task:
// the same answers as the root queries (taskEvidence, availableTransitions, transitionHistory),
// under the same rules (a liaison sees only its own department's).

const EVIDENCE_FIELDS = 'id requirementCode currentVersion current { number kind file { sha256 } }';
const AVAILABLE_FIELDS = 'event label allowed available needsComment confirm to toLabel code reasons';
const HISTORY_FIELDS = 'id event eventLabel from to fromLabel toLabel actorName actorRoles comment at definitionVersion';

const PAGE = `query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { id
  evidence { ${EVIDENCE_FIELDS} task { id } }
  availableTransitions { ${AVAILABLE_FIELDS} }
  history { ${HISTORY_FIELDS} }
} } } }`;

describe('a task’s links: evidence, available transitions, history', () => {
  let t: TestApi;
  let dir: string;
  let campaignId: string;
  let kexie: Gql & { token: string };
  let taskId: string;
  let evidenceId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-task-links-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: dir } });
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    kexie = await t.as('kexie');
    const mine = await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 1) { edges { node { id version } } } }', { id: campaignId });
    taskId = mine.data!.tasks.edges[0].node.id;
    const upload = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId, requirementCode: '1-1' }, [{ filename: '实施方案.pdf', data: fixtures.pdf() }], { token: kexie.token });
    expect(upload.status).toBe(201);
    evidenceId = upload.json.files[0].evidenceId;
    // Two transitions, so the history has entries to compare.
    const fire = (event: string, expectedVersion: number) =>
      kexie('mutation($input: TransitionInput!) { transition(input: $input) { version } }', { input: { entityType: 'task', id: taskId, event, expectedVersion } });
    expect((await fire('start', mine.data!.tasks.edges[0].node.version)).errors).toBeUndefined();
    expect((await fire('submit', mine.data!.tasks.edges[0].node.version + 1)).errors).toBeUndefined();
  });

  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers each link as its root query does, for the office and for the task’s liaison', async () => {
    for (const gql of [t.gql, kexie]) {
      const page = await gql(PAGE, { id: campaignId });
      expect(page.errors).toBeUndefined();
      const node = page.data!.tasks.edges.find((edge: any) => edge.node.id === taskId).node;

      const evidence = await gql(`query($taskId: ID!) { taskEvidence(taskId: $taskId) { ${EVIDENCE_FIELDS} } }`, { taskId });
      expect(node.evidence.map(({ task: _task, ...rest }: any) => rest)).toEqual(evidence.data!.taskEvidence);
      expect(node.evidence.map((item: any) => item.id)).toEqual([evidenceId]);
      expect(node.evidence[0].task).toEqual({ id: taskId });

      const available = await gql(`query($id: ID!) { availableTransitions(entityType: task, id: $id) { ${AVAILABLE_FIELDS} } }`, { id: taskId });
      expect(node.availableTransitions).toEqual(available.data!.availableTransitions);
      expect(node.availableTransitions.length).toBeGreaterThan(0);

      const history = await gql(`query($id: ID!) { transitionHistory(entityType: task, id: $id) { ${HISTORY_FIELDS} } }`, { id: taskId });
      expect(node.history).toEqual(history.data!.transitionHistory);
      expect(node.history.map((entry: any) => entry.event)).toEqual(['start', 'submit']);
    }
  });

  it('links evidence to its task with the task’s own fields', async () => {
    const { data, errors } = await kexie('query($taskId: ID!) { taskEvidence(taskId: $taskId) { id task { id state evidence { id } } } }', { taskId });
    expect(errors).toBeUndefined();
    expect(data!.taskEvidence).toEqual([{ id: evidenceId, task: { id: taskId, state: 'submitted', evidence: [{ id: evidenceId }] } }]);
  });

  it('shows another department’s liaison none of this task’s evidence, and deleted evidence to nobody', async () => {
    const street = await t.as('xiaolongkan');
    const theirs = await street(PAGE, { id: campaignId });
    expect(theirs.errors).toBeUndefined();
    const edges = theirs.data!.tasks.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.some((edge: any) => edge.node.id === taskId)).toBe(false);
    expect(edges.flatMap((edge: any) => edge.node.evidence.map((item: any) => item.id))).not.toContain(evidenceId);

    // A task still open: its evidence can be deleted, and then is no longer listed.
    const open = await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 2) { edges { node { id } } } }', { id: campaignId });
    const openTaskId = open.data!.tasks.edges[1].node.id;
    const upload = await uploadMultipart(`${t.api.url}/api/evidence/upload`, { taskId: openTaskId, requirementCode: '1-1' }, [{ filename: '误传.pdf', data: fixtures.pdf() }], { token: kexie.token });
    const evidenceOf = async (id: string) => (await t.gql(PAGE, { id: campaignId })).data!.tasks.edges.find((edge: any) => edge.node.id === id).node.evidence;
    expect((await evidenceOf(openTaskId)).map((item: any) => item.id)).toEqual([upload.json.files[0].evidenceId]);
    const deleted = await kexie('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id deletedAt } }', {
      input: { evidenceId: upload.json.files[0].evidenceId, reason: '重复上传' },
    });
    expect(deleted.errors).toBeUndefined();
    expect(await evidenceOf(openTaskId)).toEqual([]);
  });
});
