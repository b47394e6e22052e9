import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type ApiProcess, assertBuilt, freePort, runCli, startApiProcess } from '../support/api-process';
import { fixtures, generated } from '../support/evidence-fixtures';
import { type HttpResult, uploadMultipart } from '../support/multipart-client';
import { seededRandom } from '../support/seeded-random';
import { type TestDatabase, createTestDatabase } from '../support/test-database';

/**
 * kill -9 of the built API while 20 uploads of 5–20 MB and 20 transitions are in flight, then a
 * restart with the same settings. Afterwards: every acknowledged upload and transition is there;
 * nothing half-stored (no evidence row without its complete file, no temp file after the start-up
 * clean-up, every stored file matches its sha256 — checked by the `evidence:verify` CLI); what was
 * not acknowledged is either wholly there or not at all.
 */
const UPLOADS = 20;
const TRANSITIONS = 20;
const MB = 1024 * 1024;
const PASSWORD = 'Crash@2026demo';

interface Upload {
  index: number;
  taskId: string;
  size: number;
  sent: number;
  /** The client's own hash of what it sent (complete once the body is sent). */
  hash: ReturnType<typeof createHash>;
  sha256?: string;
  result?: HttpResult | Error;
}

const sha256OfFile = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('crash: kill -9 of the API with 20 uploads and 20 transitions in flight', () => {
  let database: TestDatabase;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let api: ApiProcess | undefined;
  let db: Client;

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${api!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  const login = async (username: string) => {
    const result = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { username, password: PASSWORD, issueToken: true } });
    if (!result.data?.login.token) throw new Error(`login ${username}: ${JSON.stringify(result.errors)}`);
    return result.data.login.token as string;
  };

  beforeAll(async () => {
    assertBuilt();
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'accredit-crash-'));
    env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      DATA_DIR: join(dir, 'data'),
      EVIDENCE_DIR: join(dir, 'evidence'),
      DEMO_PASSWORD: PASSWORD,
      ADMIN_PASSWORD: 'Crash@2026admin',
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      ADMIN_DIST: '/nonexistent',
      REMINDER_INTERVAL_MINUTES: '0',
      LOGIN_RATE_PER_MINUTE: '100000',
      SEED_ON_START: 'false',
      // A lone instance: at its restart no upload of its own can be in flight, so content stored
      // for uploads that never committed is removed at once (the default waits 10 minutes).
      EVIDENCE_ORPHAN_GRACE_MINUTES: '0',
    };
    const seeded = await runCli('cli/seed-demo', env);
    if (seeded.code !== 0) throw new Error(`db:seed-demo failed:\n${seeded.output}`);
    api = await startApiProcess(env);
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await api?.stop();
    await db?.end();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged upload and transition, and nothing half-stored, after a restart', async () => {
    const token = await login('kexie');
    // The faithful campaign (db:seed-demo also sets up a live one, whose first tasks are already under way).
    const campaignId = (await gql('{ campaigns { id name } }', {}, token)).data.campaigns.find((campaign: any) => campaign.name === '沙坪坝区创建2021—2025年度全国科普示范区').id;
    const page = await gql('query($id: ID!) { tasks(campaignId: $id, first: 100) { edges { node { id state version scoringRule { indicator { code } } } } } }', { id: campaignId }, token);
    const tasks: { id: string; state: string; version: number; scoringRule: { indicator: { code: string } } }[] = page.data.tasks.edges.map((edge: any) => edge.node);
    const uploadTasks = tasks.filter((task) => task.scoringRule.indicator.code === '1').slice(0, 2);
    const transitionTasks = tasks.filter((task) => !uploadTasks.includes(task) && task.state === 'pending').slice(0, TRANSITIONS);
    expect(uploadTasks).toHaveLength(2);
    expect(transitionTasks.length).toBeGreaterThanOrEqual(10);

    // 20 uploads of 5–20 MB, generated while sent and hashed on the way.
    const random = seededRandom(2026);
    const uploads: Upload[] = Array.from({ length: UPLOADS }, (_, index) => ({
      index,
      taskId: uploadTasks[index % 2].id,
      size: Math.round((5 + random() * 15) * MB),
      sent: 0,
      hash: createHash('sha256'),
    }));
    const running = uploads.map((upload) => {
      const data = async function* () {
        for await (const chunk of generated(fixtures.pdf(64), upload.size)) {
          upload.hash.update(chunk);
          upload.sent += chunk.length;
          yield chunk;
        }
        upload.sha256 = upload.hash.digest('hex');
      };
      return uploadMultipart(`${api!.url}/api/evidence/upload`, { taskId: upload.taskId, requirementCode: '1-1', kind: 'OTHER' }, [{ filename: `崩溃测试-${upload.index}.pdf`, data }], { token }).then(
        (result) => (upload.result = result),
        (error: Error) => (upload.result = error),
      );
    });
    const acknowledged = () => uploads.filter((upload) => upload.result && !(upload.result instanceof Error) && upload.result.status === 201);
    // Kill once a few have been stored while the larger ones are still streaming.
    for (let waited = 0; acknowledged().length < 4; waited += 10) {
      if (waited > 90_000) throw new Error(`uploads made too little progress in 90 s: ${uploads.map((upload) => upload.result ?? upload.sent).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    // 20 transitions (start: pending → in progress), fired just before the kill.
    const transitions = transitionTasks.map((task) =>
      gql(
        'mutation($input: TransitionInput!) { transition(input: $input) { state version } }',
        { input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version } },
        token,
      ).then(
        (result) => ({ task, result }),
        (error: Error) => ({ task, result: error }),
      ),
    );
    let answered = 0;
    for (const transition of transitions) void transition.then(() => answered++);
    // Not long: the kill must find uploads still streaming, also on a slow, busy machine.
    for (let waited = 0; answered < TRANSITIONS / 4 && waited < 500 && uploads.some((upload) => !upload.result); waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
    const inFlight = uploads.filter((upload) => !upload.result).length;
    await api!.killHard();
    await Promise.all(running);
    const fired = await Promise.all(transitions);
    const acked = acknowledged();
    expect(inFlight).toBeGreaterThan(0);

    api = await startApiProcess(env);

    // No temp file survives the start-up clean-up.
    const staging = join(dir, 'evidence', 'tmp');
    expect(readdirSync(staging).filter((name) => name.endsWith('.part') || name.endsWith('.tmp'))).toEqual([]);

    // evidence:verify re-hashes every stored file the database refers to: none missing or altered.
    const verify = await runCli('cli/evidence-verify', env);
    const summary = /共检查 (\d+) 个文件.*缺失 (\d+)，已改动 (\d+)，未被引用 (\d+)/.exec(verify.output);
    if (verify.code !== 0 || !summary) throw new Error(`evidence:verify (exit ${verify.code}):\n${verify.output}`);
    const [, checked, missing, altered, unreferenced] = summary.map(Number);
    // …and no stray content: what was stored for uploads that never committed was cleaned up.
    expect({ missing, altered, unreferenced }).toEqual({ missing: 0, altered: 0, unreferenced: 0 });
    expect(checked).toBeGreaterThanOrEqual(acked.length);

    // Every stored object is complete: its content hashes to its name.
    const objects = filesUnder(join(dir, 'evidence', 'objects'));
    for (const path of objects) expect(await sha256OfFile(path)).toBe(path.slice(-64));

    // Every acknowledged upload is recorded with its file, as the client sent it.
    const { rows } = await db.query<{ id: string; sha256: string; size: string; evidence_id: string | null; task_id: string }>(
      `select f.id, f.sha256, f.size, v.evidence_id, e.task_id from evidence_file f
         left join evidence_version v on v.file_id = f.id left join evidence e on e.id = v.evidence_id
        where f.task_id = any($1)`,
      [uploadTasks.map((task) => task.id)],
    );
    const byFileId = new Map(rows.map((row) => [row.id, row]));
    for (const upload of acked) {
      const file = (upload.result as HttpResult).json.files[0];
      expect({ sha256: file.sha256, size: file.size }).toEqual({ sha256: upload.sha256, size: upload.size });
      expect(byFileId.get(file.fileId)).toMatchObject({ sha256: upload.sha256, size: String(upload.size), task_id: upload.taskId });
    }
    // No row is half there: each file row of these uploads belongs to an evidence version.
    expect(rows.filter((row) => !row.evidence_id)).toEqual([]);
    // What was not acknowledged is wholly there (committed, the answer lost) or not at all.
    const unanswered = uploads.filter((upload) => !acked.includes(upload));
    const recordedHashes = new Set(rows.map((row) => row.sha256));
    const committedUnanswered = unanswered.filter((upload) => upload.sha256 && recordedHashes.has(upload.sha256));
    expect(rows).toHaveLength(acked.length + committedUnanswered.length);

    // Transitions: acknowledged ones persisted with their log row; none changed without one.
    const states = await db.query<{ id: string; state: string; version: number; logs: string }>(
      `select t.id, t.state, t.version, (select count(*) from transition_log l where l.entity_type = 'task' and l.entity_id = t.id) as logs from task t where t.id = any($1)`,
      [transitionTasks.map((task) => task.id)],
    );
    const stateOf = new Map(states.rows.map((row) => [row.id, row]));
    let transitionsAcked = 0;
    for (const { task, result } of fired) {
      const now = stateOf.get(task.id)!;
      const moved = now.state === 'in_progress';
      expect({ task: task.id, moved, logs: Number(now.logs), version: now.version }).toEqual({ task: task.id, moved, logs: moved ? 1 : 0, version: task.version + (moved ? 1 : 0) });
      if (!(result instanceof Error) && result.data?.transition) {
        transitionsAcked++;
        expect(moved).toBe(true);
      }
    }

    // And the restarted API works: a new upload is stored and listed.
    const again = await uploadMultipart(`${api!.url}/api/evidence/upload`, { taskId: uploadTasks[0].id, requirementCode: '1-1' }, [{ filename: '重启后.pdf', data: fixtures.pdf(10_000) }], {
      token: await login('kexie'),
    });
    expect(again.status).toBe(201);

    process.stdout.write(
      `crash: killed with ${inFlight}/${UPLOADS} uploads in flight (${acked.length} acknowledged, ${committedUnanswered.length} committed but unanswered, ` +
        `${unanswered.length - committedUnanswered.length} not stored); ${objects.length} stored objects, ${unreferenced} unreferenced; ` +
        `transitions: ${transitionsAcked}/${fired.length} acknowledged, ${states.rows.filter((row) => row.state === 'in_progress').length} applied\n`,
    );
  });
});
