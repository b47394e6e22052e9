import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type EntityManager, MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { parse, stringify } from 'yaml';
import { appendAudit } from '@accredit/audit';
import { CampaignSetupService, SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { fixtures } from '../support/evidence-fixtures';
import { uploadMultipart } from '../support/multipart-client';
import { runCli } from '../support/run-cli';

const EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id at action actionLabel actorId actorUsername actorName organisationId entityType entityId details prevHash hash } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const TRANSITION = 'mutation($input: TransitionInput!) { transition(input: $input) { state version } }';
const NEW_PASSWORD = 'Audit@2026changed';

interface Row {
  id: string;
  action: string;
  actor_id: string | null;
  actor_username: string | null;
  actor_name: string | null;
  organisation_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  details: Record<string, any>;
  prev_hash: string;
  hash: string;
}

describe('the audit log', () => {
  let t: TestApi;
  let dir: string;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let campaignId: string;
  let organisationId: string;
  let kexie: Gql & { token: string };
  let tasks: { id: string; version: number }[];

  const rows = (where = 'true', params: unknown[] = []): Promise<Row[]> => sql(`select * from audit_event where ${where} order by id`, params);
  const ruleId = async (code: string): Promise<string> => {
    const tree = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { scoringRules { id code } } } }', { id: campaignId });
    return tree.data!.campaign.indicators.flatMap((i: any) => i.scoringRules).find((r: any) => r.code === code).id;
  };
  const count = async () => Number((await sql('select count(*)::int as n from audit_event'))[0].n);
  const verify = (args: string[] = []) => runCli('audit-verify', args, { DATABASE_URL: t.database.url });
  /** A superuser connection that bypasses the triggers: what someone tampering with the log would do. */
  const tamper = async (statements: [string, unknown[]?][]) => {
    const client = new Client({ connectionString: t.database.url });
    await client.connect();
    try {
      await client.query('set session_replication_role = replica');
      for (const [text, params] of statements) await client.query(text, params ?? []);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accredit-audit-'));
    t = await startTestApi({ env: { EVIDENCE_DIR: dir } });
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.fork().getConnection().execute(text, params);
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    organisationId = (await sql(`select id from organisation where code = '500106'`))[0].id;
    kexie = await t.as('kexie');
    // Indicator 1's tasks first: the evidence below is uploaded for one of them.
    const query = 'query($id: ID!, $code: String) { tasks(campaignId: $id, indicatorCode: $code, first: 100) { edges { node { id version } } } }';
    const first = (await kexie(query, { id: campaignId, code: '1' })).data!.tasks.edges.map((edge: any) => edge.node);
    const all = (await kexie(query, { id: campaignId })).data!.tasks.edges.map((edge: any) => edge.node);
    tasks = [...first, ...all.filter((task: { id: string }) => !first.some((one: { id: string }) => one.id === task.id))];
    expect(tasks.length).toBeGreaterThan(40);
  });

  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('records the start-up by the system: workflows registered, the seeded campaign, the first accounts', async () => {
    const startup = await rows('actor_id is null and action <> ?', ['login_failed']);
    const actions = startup.map((row) => row.action);
    // One per shipped definition in workflows/ (campaign, participant, task …).
    const shipped = readdirSync(join(__dirname, '../../workflows')).filter((name) => name.endsWith('.yaml'));
    expect(actions.filter((action) => action === 'workflow_upload')).toHaveLength(shipped.length);
    expect(shipped.length).toBeGreaterThanOrEqual(3);
    // And one per shipped form definition in forms/ (申报表, 工作总结 …).
    const forms = readdirSync(join(__dirname, '../../forms')).filter((name) => name.endsWith('.yaml'));
    expect(actions.filter((action) => action === 'form_definition_upload')).toHaveLength(forms.length);
    expect(startup.find((row) => row.action === 'campaign_setup')).toMatchObject({ organisation_id: organisationId, entity_type: 'campaign', entity_id: campaignId, details: { created: true } });
    const created = startup.filter((row) => row.action === 'user_create').map((row) => row.details['username']);
    expect(created).toEqual(expect.arrayContaining(['admin', 'office', 'kexie', 'sysadmin']));
    expect((await rows(`action = 'login' and actor_username = 'office'`))[0]).toMatchObject({ actor_name: '区科协（领导小组办公室）管理员', organisation_id: organisationId, entity_type: 'user' });
    expect(startup[0]).toMatchObject({ id: '1', prev_hash: '0'.repeat(64) });
  });

  it('records a campaign set up by an office admin, and nothing for a set-up that changes nothing', async () => {
    const before = await count();
    const orm = t.api.app.get(MikroORM);
    const again = await RequestContext.create(orm.em, () => t.api.app.get(CampaignSetupService).setUpFromFile(SHAPINGBA_TEMPLATE));
    expect(again.created).toBe(false);
    expect(await count()).toBe(before);

    const template = parse(readFileSync(SHAPINGBA_TEMPLATE, 'utf8'));
    template.key = 'shapingba-2026-review';
    template.campaign.name = '沙坪坝区2026年度科普工作复核';
    const created = await t.gql('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId created tasks } }', { input: { template: stringify(template) } });
    expect(created.data!.setUpCampaign.created).toBe(true);
    const setUp = await rows(`action = 'campaign_setup' and entity_id = ?`, [created.data!.setUpCampaign.campaignId]);
    expect(setUp).toEqual([
      expect.objectContaining({
        actor_username: 'office',
        organisation_id: organisationId,
        details: expect.objectContaining({ key: 'shapingba-2026-review', created: true, tasks: created.data!.setUpCampaign.tasks }),
      }),
    ]);
  });

  it('records refused logins (known and unknown usernames), a password change and a logout', async () => {
    const wrong = await t.anonymous('mutation { login(input: { username: "kexie", password: "wrong-Password1" }) { expiresAt } }');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await t.anonymous('mutation { login(input: { username: "nobody-here", password: "wrong-Password1" }) { expiresAt } }');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const failed = await rows(`action = 'login_failed'`);
    expect(failed).toEqual([
      expect.objectContaining({ actor_username: 'kexie', actor_name: '区科协联络员', organisation_id: organisationId, details: { reason: 'bad-credentials' } }),
      expect.objectContaining({ actor_id: null, actor_username: 'nobody-here', organisation_id: null, details: { reason: 'bad-credentials' } }),
    ]);
    expect(failed[0].actor_id).toMatch(/^[0-9a-f-]{36}$/);

    const createdUser = await t.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'auditee', displayName: '审计对象', password: 'Audit@2026first', roles: ['supervisor'] },
    });
    const userId = createdUser.data!.createUser.id;
    const auditee = await t.as('auditee', 'Audit@2026first');
    expect((await auditee('mutation { changePassword(input: { currentPassword: "Audit@2026first", newPassword: "Audit@2026second" }) }')).data!.changePassword).toBe(true);
    expect((await auditee('mutation { logout }')).data!.logout).toBe(true);
    const about = await rows('entity_id = ?', [userId]);
    expect(about.map((row) => row.action)).toEqual(['user_create', 'login', 'password_change', 'logout']);
    expect(about[0]).toMatchObject({ actor_username: 'office', organisation_id: organisationId, details: { username: 'auditee', roles: ['supervisor'] } });
    expect(about[2]).toMatchObject({ actor_id: userId, actor_name: '审计对象' });
  });

  it('records user administration: roles, department, disabling, password reset, unlock', async () => {
    const [{ id: userId }] = await sql(`select id from app_user where username = 'auditee'`);
    const [{ id: departmentId }] = await sql(`select id from department where name = '区科协'`);
    const call = async (mutation: string, input: Record<string, unknown>) => {
      const result = await t.gql(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`, { input: { userId, ...input } });
      expect(result.errors).toBeUndefined();
    };
    await call('assignUserDepartment', { departmentId });
    await call('setUserRoles', { roles: ['supervisor', 'liaison'] });
    await call('setUserDisabled', { disabled: true });
    await call('setUserDisabled', { disabled: false });
    await call('resetUserPassword', { newPassword: NEW_PASSWORD });
    await call('unlockUser', {});
    const changes = await rows(`action = 'user_change' and entity_id = ?`, [userId]);
    expect(changes.map((row) => row.details)).toEqual([
      { username: 'auditee', change: 'department', from: null, to: departmentId },
      { username: 'auditee', change: 'roles', from: ['supervisor'], to: ['supervisor', 'liaison'] },
      { username: 'auditee', change: 'disabled', from: false, to: true },
      { username: 'auditee', change: 'disabled', from: true, to: false },
      { username: 'auditee', change: 'password_reset' },
      { username: 'auditee', change: 'unlock' },
    ]);
    expect(changes.every((row) => row.actor_username === 'office' && row.organisation_id === organisationId)).toBe(true);
  });

  it('records transitions, evidence upload / replace / delete / restore, a score, an indicator import and a workflow upload', async () => {
    const task = tasks[0];
    expect((await kexie(TRANSITION, { input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version } })).errors).toBeUndefined();
    const [transition] = await rows(`action = 'transition' and entity_id = ?`, [task.id]);
    expect(transition).toMatchObject({
      actor_username: 'kexie',
      organisation_id: organisationId,
      entity_type: 'task',
      details: { event: 'start', from: 'pending', to: 'in_progress', workflow: 'task@1' },
    });

    const tree = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { code requirements { code } scoringRules { id code } } } }', { id: campaignId });
    const indicator = tree.data!.campaign.indicators.find((i: any) => i.code === '1');
    const url = `${t.api.url}/api/evidence/upload`;
    const first = await uploadMultipart(url, { taskId: task.id, requirementCode: indicator.requirements[0].code, kind: '正式文件盖章版' }, [{ filename: '方案.pdf', data: fixtures.pdf() }], {
      token: kexie.token,
    });
    expect(first.status).toBe(201);
    const evidenceId = first.json.files[0].evidenceId;
    const second = await uploadMultipart(url, { taskId: task.id }, [{ filename: '方案（修订）.pdf', data: fixtures.pdf() }], { token: kexie.token });
    const replaced = await kexie('mutation($input: ReplaceEvidenceInput!) { replaceEvidence(input: $input) { currentVersion } }', { input: { evidenceId, fileId: second.json.files[0].fileId } });
    expect(replaced.data!.replaceEvidence.currentVersion).toBe(2);
    expect((await kexie('mutation($input: DeleteEvidenceInput!) { deleteEvidence(input: $input) { id } }', { input: { evidenceId, reason: '传错了' } })).errors).toBeUndefined();
    expect((await t.gql('mutation($input: RestoreEvidenceInput!) { restoreEvidence(input: $input) { id } }', { input: { evidenceId } })).errors).toBeUndefined();
    const evidence = await rows(`action like 'evidence_%' and details->>'taskId' = ?`, [task.id]);
    expect(evidence.map((row) => `${row.action}:${row.actor_username}`)).toEqual([
      'evidence_upload:kexie',
      'evidence_upload:kexie',
      'evidence_replace:kexie',
      'evidence_delete:kexie',
      'evidence_restore:office',
    ]);
    expect(evidence[0]).toMatchObject({ entity_type: 'evidence', entity_id: evidenceId, details: { sha256: first.json.files[0].sha256, size: first.json.files[0].size } });
    expect(evidence[1]).toMatchObject({ entity_type: 'task', entity_id: task.id });
    expect(evidence[3].details).toMatchObject({ reason: '传错了' });

    const rule = tree.data!.campaign.indicators.flatMap((i: any) => i.scoringRules).find((r: any) => r.code === '1.1');
    const scored = await t.gql('mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { changed score { id } } }', {
      input: { campaignId, ruleId: rule.id, source: 'self', value: { fixed: { achieved: true } }, comment: '已印发实施方案' },
    });
    expect(scored.data!.scoreRule.changed).toBe(true);
    expect((await rows(`action = 'score'`))[0]).toMatchObject({
      entity_type: 'score',
      entity_id: scored.data!.scoreRule.score.id,
      organisation_id: organisationId,
      details: { ruleCode: '1.1', source: 'self', input: { achieved: true }, points: '1', comment: '已印发实施方案' },
    });

    const table = readFileSync(join(__dirname, '../fixtures/tables/ok/national-2016-2020-abc.csv')).toString('base64');
    const imported = await t.gql('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId created } }', {
      input: { fileName: 'national-2016-2020-abc.csv', key: 'national-2016-2020', contentBase64: table },
    });
    expect(imported.data!.importIndicatorTable.created).toBe(true);
    expect((await rows(`action = 'indicator_import'`))[0]).toMatchObject({ entity_id: imported.data!.importIndicatorTable.systemId, details: { key: 'national-2016-2020', version: 1 } });

    const source = readFileSync(join(__dirname, '../../workflows/task.yaml'), 'utf8').replace('version: 1', 'version: 2');
    const uploaded = await t.gql('mutation($input: UploadWorkflowDefinitionInput!) { uploadWorkflowDefinition(input: $input) { key version } }', { input: { source, fileName: 'task-v2.yaml' } });
    expect(uploaded.data!.uploadWorkflowDefinition).toEqual({ key: 'task', version: 2 });
    expect((await rows(`action = 'workflow_upload' and actor_id is not null`))[0]).toMatchObject({ actor_username: 'office', details: { key: 'task', version: 2, fileName: 'task-v2.yaml' } });
  });

  it('writes no row for a refused change: the change and its row commit or roll back together', async () => {
    const before = await count();
    const task = tasks[1];
    const stale = await kexie(TRANSITION, { input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version + 5 } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const forbidden = await t.gql(TRANSITION, { input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badScore = await t.gql('mutation($input: ScoreRuleInput!) { scoreRule(input: $input) { changed } }', {
      input: { campaignId, ruleId: await ruleId('3.1'), source: 'self', value: { range: { points: 99 } }, comment: '超出范围' },
    });
    expect(badScore.errors?.[0].extensions?.code).toBe('VALIDATION');
    expect(await count()).toBe(before);

    // A change that fails after its row was appended takes the row with it.
    const orm = t.api.app.get(MikroORM);
    const fork = () => orm.em.fork() as unknown as EntityManager;
    await expect(
      fork().transactional(async (em) => {
        await appendAudit(em, { action: 'campaign_replan', actor: null, details: { probe: true } });
        expect(Number((await em.execute('select count(*)::int as n from audit_event'))[0].n)).toBe(before + 1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(before);
    // Outside a transaction there is nothing to share: refused.
    await expect(appendAudit(fork(), { action: 'campaign_replan', actor: null })).rejects.toThrow(/inside the transaction/);
  });

  it('keeps one unbroken chain while many transactions append at once', async () => {
    const before = await count();
    const batch = tasks.slice(2, 32);
    const results = await Promise.all([
      ...batch.map((task) => kexie(TRANSITION, { input: { entityType: 'task', id: task.id, event: 'start', expectedVersion: task.version } })),
      // Distinct names: a throttled attempt (TOO_MANY_REQUESTS) never reaches a password check and is not audited.
      ...Array.from({ length: 8 }, (_, i) => t.anonymous(`mutation { login(input: { username: "nobody-${i}", password: "wrong-Password1" }) { expiresAt } }`)),
    ]);
    expect(results.slice(0, batch.length).every((result) => !result.errors)).toBe(true);
    expect(await count()).toBe(before + batch.length + 8);
    const [links] = await sql(`select count(*)::int as rows, min(b.id)::int as first, max(b.id)::int as last,
        count(*) filter (where b.prev_hash is distinct from a.hash)::int as broken
      from audit_event b left join audit_event a on a.id = b.id - 1 where b.id > 1`);
    expect(links).toEqual({ rows: before + batch.length + 8 - 1, first: 2, last: before + batch.length + 8, broken: 0 });
    const result = await verify();
    expect(result.code).toBe(0);
    expect(result.output).toContain(`审计日志完整：共 ${before + batch.length + 8} 条记录`);
  });

  it('serves the log to office admins (their organisation) and system admins (everything), newest first, filtered and paged', async () => {
    const office = await t.gql(EVENTS, { first: 100 });
    expect(office.errors).toBeUndefined();
    const officeRows = office.data!.auditEvents.edges.map((edge: any) => edge.node);
    expect(officeRows.length).toBeGreaterThan(40);
    expect(officeRows.every((row: any) => row.organisationId === organisationId)).toBe(true);
    const ids = officeRows.map((row: any) => Number(row.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(officeRows.find((row: any) => row.action === 'transition')).toMatchObject({ actionLabel: '状态变更', actorName: '区科协联络员', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const sysadmin = await t.as('sysadmin');
    const all = await sysadmin(EVENTS, { first: 100 });
    expect(all.data!.auditEvents.totalCount).toBe(await count());
    expect(all.data!.auditEvents.edges.some((edge: any) => edge.node.actorUsername === 'nobody-here' && edge.node.organisationId === null)).toBe(true);

    const liaison = await kexie(EVENTS, {});
    expect(liaison.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const transitions = await t.gql(EVENTS, { filter: { actions: ['transition'], actorUsername: 'kexie' }, first: 5 });
    const page = transitions.data!.auditEvents;
    expect(page.totalCount).toBe(31);
    expect(page.edges).toHaveLength(5);
    expect(page.edges.every((edge: any) => edge.node.action === 'transition')).toBe(true);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(EVENTS, { filter: { actions: ['transition'], actorUsername: 'kexie' }, first: 5, after: page.pageInfo.endCursor });
    expect(Number(next.data!.auditEvents.edges[0].node.id)).toBeLessThan(Number(page.edges[4].node.id));

    const badRange = await t.gql(EVENTS, { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } });
    expect(badRange.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' }, message: expect.stringContaining('from 须早于 to') });
  });

  it('links each row’s actor (a Person, as now) and organisation; null where the row names none, or one no longer stored', async () => {
    const gone = { userId: randomUUID(), username: 'gone-user', displayName: '已不在的人', organisationId: randomUUID() };
    await (t.api.app.get(MikroORM).em.fork() as unknown as EntityManager).transactional((em) => appendAudit(em, { action: 'login', actor: gone, entityType: 'user', entityId: gone.userId }));
    const LINKED =
      'query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) { edges { node { actorId actorName actor { id name organisationName } organisationId organisation { id name } } } } }';
    const rows = (await t.gql(LINKED, { filter: { actorUsername: 'kexie' } })).data!.auditEvents.edges.map((edge: any) => edge.node);
    expect(rows.length).toBeGreaterThan(30);
    const [{ name }] = await sql('select name from organisation where id = ?', [organisationId]);
    expect(new Set(rows.map((row: any) => JSON.stringify([row.actor, row.organisation])))).toEqual(
      new Set([
        JSON.stringify([
          { id: rows[0].actorId, name: '区科协联络员', organisationName: name },
          { id: organisationId, name },
        ]),
      ]),
    );
    const sysadmin = await t.as('sysadmin');
    const only = async (actorUsername: string) => {
      const answer = await sysadmin(LINKED, { filter: { actorUsername } });
      expect(answer.errors).toBeUndefined(); // a missing user or organisation is null, not a failed field
      return answer.data!.auditEvents.edges.map((edge: any) => edge.node);
    };
    expect(await only('gone-user')).toEqual([{ actorId: gone.userId, actorName: '已不在的人', actor: null, organisationId: gone.organisationId, organisation: null }]);
    expect((await only('nobody-here'))[0]).toEqual({ actorId: null, actorName: null, actor: null, organisationId: null, organisation: null });
  });

  it('is refused any update, delete or truncate by the database, and an ordinary role cannot switch that off', async () => {
    await expect(sql(`update audit_event set details = '{}' where id = 3`)).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_event where id = 3')).rejects.toThrow(/append-only/);
    await expect(sql('truncate audit_event')).rejects.toThrow(/append-only/);

    // A role that is neither superuser nor the table's owner, even when granted everything on it.
    const role = `audit_probe_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    await sql(`create role ${role} login password '${password}'`);
    await sql(`grant all on audit_event to ${role}`);
    const url = new URL(t.database.url);
    url.username = role;
    url.password = password;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await expect(client.query(`update audit_event set details = '{}' where id = 3`)).rejects.toThrow(/append-only/);
      await expect(client.query('delete from audit_event where id = 3')).rejects.toThrow(/append-only/);
      await expect(client.query('alter table audit_event disable trigger audit_event_no_change')).rejects.toThrow(/must be owner/);
      await expect(client.query('set session_replication_role = replica')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
      await sql(`revoke all on audit_event from ${role}`);
      await sql(`drop role ${role}`);
    }
    expect((await verify()).code).toBe(0);
  });

  describe("audit:verify finds what was done behind the application's back", () => {
    it('an edited row', async () => {
      const [row] = await sql('select details::text as details from audit_event where id = 5');
      await tamper([[`update audit_event set details = details || '{"points": 100}'::jsonb where id = 5`]]);
      const result = await verify();
      expect(result.code).toBe(1);
      expect(result.output).toContain('【记录被改动】第 5 条记录的内容与其哈希不符');
      expect(result.output).toContain('审计日志被篡改');
      await tamper([['update audit_event set details = $1::jsonb where id = 5', [row.details]]]);
      expect((await verify()).code).toBe(0);
    });

    it('a deleted row', async () => {
      const [saved] = await sql('select row_to_json(a)::text as json from audit_event a where id = 7');
      await tamper([['delete from audit_event where id = 7']]);
      const result = await verify();
      expect(result.code).toBe(1);
      expect(result.output).toContain('【记录被删除】第 7 条记录缺失');
      await tamper([['insert into audit_event select * from json_populate_record(null::audit_event, $1::json)', [saved.json]]]);
      expect((await verify()).code).toBe(0);
    });

    it('reordered rows', async () => {
      const swap: [string, unknown[]?][] = [['update audit_event set id = -1 where id = 9'], ['update audit_event set id = 9 where id = 10'], ['update audit_event set id = 10 where id = -1']];
      await tamper(swap);
      const result = await verify();
      expect(result.code).toBe(1);
      expect(result.output).toContain('【顺序被调换】第 9 条记录的位置不对');
      expect(result.output).not.toContain('【记录被改动】');
      await tamper(swap);
      expect((await verify()).code).toBe(0);
    });

    it('a cut-off tail, against the head written down earlier', async () => {
      const [head] = await sql('select id::int as id, hash, row_to_json(a)::text as json from audit_event a order by id desc limit 1');
      const clean = await verify();
      expect(clean.output).toContain(`--expect-head ${head.id}:${head.hash}`);
      await tamper([['delete from audit_event where id = $1', [head.id]]]);
      // The chain alone cannot tell a deleted last row from one never written…
      expect((await verify()).code).toBe(0);
      // …the head written down earlier can.
      const result = await verify(['--expect-head', `${head.id}:${head.hash}`]);
      expect(result.code).toBe(1);
      expect(result.output).toContain(`【记录被删除】第 ${head.id} 条记录缺失`);
      await tamper([['insert into audit_event select * from json_populate_record(null::audit_event, $1::json)', [head.json]]]);
      expect((await verify(['--expect-head', `${head.id}:${head.hash}`])).code).toBe(0);
    });
  });
});
