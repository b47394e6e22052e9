import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type RunningApi, STORED_FILES, loadConfig, startApi } from '@accredit/api';
import { type BackupManifest, createBackup, manifestChecksumLine } from '@accredit/backup';
import { readRelation } from '@accredit/db';
import { createEvidenceStore } from '@accredit/evidence';
import { DEMO_PASSWORD, type Gql, type TestApi, startTestApi } from '../support/test-api';
import { fixtures, sha256 } from '../support/evidence-fixtures';
import { httpGet, uploadMultipart } from '../support/multipart-client';
import { runCli } from '../support/run-cli';
import { startFakeS3 } from '../support/fake-s3';
import { uploadCampaignDocumentFile, uploadFormFile } from '../support/stored-file-owners';
import { createTestDatabase } from '../support/test-database';

const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version } }';
const SCORE = 'mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { changed } }';

type Snapshot = Record<string, string>;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row count and an md5 over the ordered rows of every table, the applied migrations and the sequences. */
function snapshot(url: string): Promise<Snapshot> {
  return withClient(url, async (client) => {
    const result: Snapshot = {};
    const tables = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by 1`);
    for (const { name } of tables.rows) {
      const { rows } = await client.query(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from public."${name}" t`);
      result[name] = `${rows[0].n}:${rows[0].digest}`;
    }
    const migrations = await client.query<{ name: string }>('select name from mikro_orm_migrations order by id').catch(() => ({ rows: [] as { name: string }[] }));
    result['(migrations)'] = migrations.rows.map((row) => row.name).join(',');
    const sequences = await client.query<{ name: string }>(`select sequencename as name from pg_sequences where schemaname = 'public' and sequencename <> 'mikro_orm_migrations_id_seq' order by 1`);
    for (const { name } of sequences.rows) {
      const { rows } = await client.query(`select last_value::text || ':' || is_called::text as v from public."${name}"`);
      result[`(sequence ${name})`] = rows[0].v;
    }
    return result;
  });
}

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('backup and restore', () => {
  let t: TestApi;
  let api: RunningApi | null = null;
  let evidenceDir: string;
  let work: string;
  let backup: string;
  let before: Snapshot;
  const uploaded: { evidenceId: string; data: Buffer }[] = [];
  // Files other modules keep in the same store: a campaign document's and a form's (a seal).
  let documentFile: { documentId: string; data: Buffer };
  let formFile: { fileId: string; data: Buffer };
  const env = () => ({ DATABASE_URL: t.database.url, EVIDENCE_DIR: evidenceDir });
  const manifestOf = (dir: string): BackupManifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  /** The wipe: the database dropped and created empty, the evidence files deleted. */
  const wipe = async () => {
    const admin = withDatabase(t.database.url, 'postgres');
    await withClient(admin, async (client) => {
      await client.query(`drop database if exists ${t.database.name} with (force)`);
      await client.query(`create database ${t.database.name}`);
    });
    rmSync(evidenceDir, { recursive: true, force: true });
  };
  const stopApi = async () => {
    await api?.close();
    api = null;
  };

  beforeAll(async () => {
    evidenceDir = mkdtempSync(join(tmpdir(), 'accredit-backup-evidence-'));
    work = mkdtempSync(join(tmpdir(), 'accredit-backups-'));
    backup = join(work, 'backup-1');
    t = await startTestApi({ env: { EVIDENCE_DIR: evidenceDir } });
    api = t.api;
    const kexie: Gql & { token: string } = await t.as('kexie');
    const campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    const tasks = (await kexie('query($id: ID!) { tasks(campaignId: $id, indicatorCode: "1", first: 10) { edges { node { id version } } } }', { id: campaignId })).data!.tasks.edges.map(
      (edge: any) => edge.node,
    );
    const tree = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { code requirements { code } scoringRules { id code } } } }', { id: campaignId });
    const indicator = tree.data!.campaign.indicators.find((i: any) => i.code === '1');
    const url = `${t.api.url}/api/evidence/upload`;
    for (const [index, task] of tasks.slice(0, 3).entries()) {
      expect((await kexie(TRANSITION, { input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version } })).errors).toBeUndefined();
      const data = index === 1 ? fixtures.png(50_000) : fixtures.pdf(120_000 + index);
      const result = await uploadMultipart(url, { taskId: task.id, requirementCode: indicator.requirements[0].code, kind: '正式文件盖章版' }, [{ filename: `材料-${index}.pdf`, data }], {
        token: kexie.token,
      });
      expect(result.status).toBe(201);
      uploaded.push({ evidenceId: result.json.files[0].evidenceId, data });
    }
    // Identical content twice: stored once, referred to by two records.
    const twice = await uploadMultipart(url, { taskId: tasks[0].id, requirementCode: indicator.requirements[0].code, kind: '正式文件盖章版' }, [{ filename: '重复.pdf', data: uploaded[0].data }], {
      token: kexie.token,
    });
    expect(twice.json.files[0].newContent).toBe(false);
    const submitted = await kexie(TRANSITION, { input: { entityType: 'task', id: tasks[0].id, event: 'submit', expectedVersion: tasks[0].version + 1 } });
    expect(submitted.errors).toBeUndefined();
    const rules = tree.data!.campaign.indicators.flatMap((i: any) => i.scoringRules);
    for (const [code, value] of [
      ['1.1', { fixed: { achieved: true } }],
      ['3.1', { range: { points: 2.5 } }],
    ] as const) {
      const result = await t.gql(SCORE, { input: { campaignId, ruleId: rules.find((r: any) => r.code === code).id, source: 'self', value, comment: `自评：${code}` } });
      expect(result.data!.scoreRule.changed).toBe(true);
    }
    const office = await t.as('office');
    documentFile = await uploadCampaignDocumentFile(t.api.url, office, campaignId);
    formFile = await uploadFormFile(t.api.url, office, campaignId);
    expect((await t.anonymous('mutation { login(input: { username: "office", password: "wrong-Password1" }) { expiresAt } }')).errors).toBeDefined();
  });

  afterAll(async () => {
    await stopApi();
    await t?.database.drop();
    for (const dir of [evidenceDir, work]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('backs up while the API runs: every table, the evidence files once each, and a manifest with checksums', async () => {
    before = await snapshot(t.database.url);
    const result = await runCli('backup', [backup], env());
    expect(result.output).toContain('备份完成');
    expect(result.code).toBe(0);
    const manifest = manifestOf(backup);
    expect(readFileSync(join(backup, 'manifest.sha256'), 'utf8')).toBe(manifestChecksumLine(readFileSync(join(backup, 'manifest.json'), 'utf8')));
    const tables = Object.keys(before).filter((key) => !key.startsWith('('));
    expect(manifest.tables.map((table) => table.name).sort()).toEqual(tables.sort());
    for (const table of manifest.tables) expect(`${table.name}:${table.rows}`).toBe(`${table.name}:${before[table.name].split(':')[0]}`);
    expect(manifest.database.migrations.join(',')).toBe(before['(migrations)']);
    // Evidence's files, the campaign document's and the form's: every module's content in the store.
    const distinct = [...new Set([...uploaded, documentFile, formFile].map((file) => sha256(file.data)))].sort();
    expect(distinct).toHaveLength(5);
    expect(manifest.evidence.files.map((file) => file.sha256)).toEqual(distinct);
    for (const file of manifest.evidence.files) expect(sha256(readFileSync(join(backup, file.file)))).toBe(file.sha256);
    expect(manifest.audit.events).toBe(Number(before['audit_event'].split(':')[0]));
    expect(manifest.audit.head?.id).toBe(manifest.audit.events);
    // Nothing half-written is left next to it.
    expect(readdirSync(work)).toEqual(['backup-1']);
    const again = await runCli('backup', [backup], env());
    expect(again.code).toBe(1);
    expect(again.output).toContain('已存在且不为空');
  });

  it('copies every other owner’s files when one owner’s table does not exist (a schema older than the code)', async () => {
    const absent = readRelation('tests.absent-owner-file', ['sha256', 'size'], 'select sha256, size from absent_owner_file');
    const target = join(work, 'absent-owner');
    const store = createEvidenceStore(loadConfig({ NODE_ENV: 'test', ...env() }).evidence);
    const { manifest } = await createBackup({ databaseUrl: t.database.url, store, storedFiles: [absent, ...STORED_FILES], target });
    expect(manifest.evidence.files.map((file) => file.sha256)).toEqual(manifestOf(backup).evidence.files.map((file) => file.sha256));
    rmSync(target, { recursive: true, force: true });
  });

  it('refuses to restore while the API is connected, and changes nothing', async () => {
    const result = await runCli('restore', [backup, '--force'], env());
    expect(result.code).toBe(1);
    expect(result.output).toContain('请先停止 API 再恢复');
    expect(await snapshot(t.database.url)).toEqual(before);
  });

  it('refuses a database that is not empty unless --force', async () => {
    await stopApi();
    const result = await runCli('restore', [backup], env());
    expect(result.code).toBe(1);
    expect(result.output).toContain('目标数据库不是空的');
    expect(result.output).toContain('--force');
  });

  it('refuses a damaged or altered backup before changing anything', async () => {
    const copy = (name: string) => {
      const dir = join(work, name);
      cpSync(backup, dir, { recursive: true });
      return dir;
    };
    const editedManifest = copy('edited-manifest');
    writeFileSync(
      join(editedManifest, 'manifest.json'),
      readFileSync(join(editedManifest, 'manifest.json'), 'utf8').replace(/"rows": (\d+)/, (_m, n) => `"rows": ${Number(n) + 1}`),
    );
    const damagedTable = copy('damaged-table');
    const taskFile = join(damagedTable, 'db/task.copy');
    writeFileSync(taskFile, readFileSync(taskFile, 'utf8').replace('in_progress', 'approved'));
    const damagedEvidence = copy('damaged-evidence');
    const evidenceFile = join(damagedEvidence, manifestOf(damagedEvidence).evidence.files[0].file);
    const bytes = readFileSync(evidenceFile);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(evidenceFile, bytes);

    await wipe();
    for (const [dir, message] of [
      [editedManifest, '备份清单 manifest.json 与其校验值不符'],
      [damagedTable, '表 task 的数据文件（db/task.copy）校验值不符'],
      [damagedEvidence, '校验值不符'],
    ]) {
      const result = await runCli('restore', [dir], env());
      expect(result.code).toBe(1);
      expect(result.output).toContain(message);
      expect(result.output).toContain(dir === editedManifest ? '不能恢复' : '未做任何恢复');
    }
    expect(await withClient(t.database.url, async (client) => (await client.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`)).rows[0].n)).toBe(0);
    expect(filesUnder(join(evidenceDir, 'objects'))).toEqual([]);
  });

  it('rolls a restore that fails half-way back: the database stays as it was', async () => {
    // A backup whose manifest is consistent with itself but promises one row more than the file holds.
    const forged = join(work, 'forged');
    cpSync(backup, forged, { recursive: true });
    const manifest = manifestOf(forged);
    const last = manifest.tables[manifest.tables.length - 1];
    last.rows += 1;
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    writeFileSync(join(forged, 'manifest.json'), text);
    writeFileSync(join(forged, 'manifest.sha256'), manifestChecksumLine(text));

    // The database as it was at backup time (restored from the good backup), then the forged one over it.
    expect((await runCli('restore', [backup], env())).code).toBe(0);
    expect(await snapshot(t.database.url)).toEqual(before);
    const result = await runCli('restore', [forged, '--force'], env());
    expect(result.code).toBe(1);
    expect(result.output).toContain(`表 ${last.name} 载入 ${last.rows - 1} 行，备份记录为 ${last.rows} 行，已撤销恢复`);
    expect(await snapshot(t.database.url)).toEqual(before);
  });

  it('restores after a wipe: identical rows in every table, evidence:verify clean, the audit chain intact up to the recorded head', async () => {
    await wipe();
    expect(filesUnder(evidenceDir)).toEqual([]);
    const result = await runCli('restore', [backup], env());
    expect(result.output).toContain('恢复完成');
    expect(result.output).toContain('审计日志校验无误');
    expect(result.code).toBe(0);
    expect(await snapshot(t.database.url)).toEqual(before);

    const evidence = await runCli('evidence-verify', [], env());
    expect(evidence.output).toMatch(/缺失 0，已改动 0，未被引用 0/);
    expect(evidence.code).toBe(0);
    const head = manifestOf(backup).audit.head!;
    const audit = await runCli('audit-verify', ['--expect-head', `${head.id}:${head.hash}`], env());
    expect(audit.output).toContain('审计日志完整');
    expect(audit.code).toBe(0);
  });

  it('gives back a working system: the API starts on the restored data and serves the restored files', async () => {
    api = await startApi(loadConfig({ NODE_ENV: 'test', ...env(), PORT: '0', SEED_ON_START: 'true', ADMIN_DIST: '/nonexistent', ADMIN_PASSWORD: 'Admin@2026first', REMINDER_INTERVAL_MINUTES: '0' }));
    const tokenOf = async (username: string) => {
      const login = await fetch(`${(api as RunningApi).url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { username, password: DEMO_PASSWORD, issueToken: true } } }),
      });
      return ((await login.json()) as any).data.login.token as string;
    };
    const token = await tokenOf('kexie');
    for (const file of uploaded) {
      const download = await httpGet(`${api.url}/api/evidence/${file.evidenceId}/download`, { token });
      expect(download.status).toBe(200);
      expect(sha256(download.body)).toBe(sha256(file.data));
    }
    // The campaign document's file and the form's seal come back byte for byte too.
    const office = await tokenOf('office');
    for (const [path, data] of [
      [`/api/campaign-documents/${documentFile.documentId}/file`, documentFile.data],
      [`/api/forms/files/${formFile.fileId}`, formFile.data],
    ] as const) {
      const download = await httpGet(`${api.url}${path}`, { token: office });
      expect(`${path} ${download.status}`).toBe(`${path} 200`);
      expect(sha256(download.body)).toBe(sha256(data));
    }
  });

  it('works through the storage port: restores into an S3-compatible store and backs up from it', async () => {
    const fake = await startFakeS3();
    const database = await createTestDatabase();
    const staging = mkdtempSync(join(tmpdir(), 'accredit-backup-s3-'));
    try {
      fake.createBucket('district');
      const s3 = {
        DATABASE_URL: database.url,
        EVIDENCE_DIR: staging,
        EVIDENCE_STORAGE: 's3',
        S3_ENDPOINT: fake.endpoint,
        S3_REGION: fake.region,
        S3_BUCKET: 'district',
        S3_ACCESS_KEY_ID: fake.accessKeyId,
        S3_SECRET_ACCESS_KEY: fake.secretAccessKey,
        S3_PREFIX: '500106',
      };
      const restored = await runCli('restore', [backup], s3);
      expect(restored.output).toContain('恢复完成');
      expect(restored.code).toBe(0);
      const files = manifestOf(backup).evidence.files;
      expect([...fake.objects.keys()].map((key) => key.split('/').pop()).sort()).toEqual(files.map((file) => file.sha256));
      const verified = await runCli('evidence-verify', [], s3);
      expect(verified.output).toMatch(/缺失 0，已改动 0，未被引用 0/);
      expect(verified.code).toBe(0);

      const fromS3 = join(work, 'from-s3');
      expect((await runCli('backup', ['--out', fromS3], s3)).code).toBe(0);
      const again = manifestOf(fromS3);
      expect(again.evidence.files.map(({ key, sha256: hash, size }) => ({ key, hash, size }))).toEqual(files.map(({ key, sha256: hash, size }) => ({ key, hash, size })));
      expect(again.tables.map(({ name, rows, sha256: hash }) => ({ name, rows, hash }))).toEqual(manifestOf(backup).tables.map(({ name, rows, sha256: hash }) => ({ name, rows, hash })));
      expect(filesUnder(join(staging, 'tmp'))).toEqual([]);
    } finally {
      await database.drop();
      await fake.close();
      rmSync(staging, { recursive: true, force: true });
    }
  });
});
