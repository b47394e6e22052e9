import { MikroORM } from '@mikro-orm/postgresql';
import { type TestApi, startTestApi } from '../support/test-api';

// 批量审核 (transitionTasks): the same event on several tasks, each with the version the office
// read, each in its own transaction; a refused task is reported with the code and message it
// would have had alone and does not stop the others. And the roles an administrator may grant.

const BATCH = `mutation($input: TransitionTasksInput!) { transitionTasks(input: $input) {
  taskId ok code message result { state stateLabel version task { id state version } }
} }`;

describe('batch review and grantable roles', () => {
  let t: TestApi;
  let campaignId: string;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let submitted: { id: string; version: number }[];

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    // Four of 区科协's tasks waiting for review.
    submitted = await sql(
      `update task set state = 'submitted' where id in (select t.id from task t join department d on d.id = t.department_id where d.name = '区科协' and t.campaign_id = ? order by t.position limit 4) returning id, version`,
      [campaignId],
    );
    expect(submitted).toHaveLength(4);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('approves each task on its own: a stale version is refused for that task only', async () => {
    const [a, b, c] = submitted;
    const { data, errors } = await t.gql(BATCH, {
      input: {
        event: 'approve',
        tasks: [
          { id: a!.id, expectedVersion: a!.version },
          { id: b!.id, expectedVersion: b!.version + 5 },
          { id: c!.id, expectedVersion: c!.version },
        ],
      },
    });
    expect(errors).toBeUndefined();
    const [first, second, third] = data!.transitionTasks;
    expect(first).toMatchObject({ taskId: a!.id, ok: true, code: null, result: { state: 'approved', stateLabel: '已通过', version: a!.version + 1, task: { id: a!.id, state: 'approved' } } });
    expect(second).toMatchObject({ taskId: b!.id, ok: false, code: 'CONFLICT', result: null });
    expect(second.message).toContain('数据已被他人修改');
    expect(third).toMatchObject({ taskId: c!.id, ok: true });
    const states = await sql('select id, state from task where id in (?, ?, ?)', [a!.id, b!.id, c!.id]);
    expect(Object.fromEntries(states.map((r) => [r.id, r.state]))).toEqual({ [a!.id]: 'approved', [b!.id]: 'submitted', [c!.id]: 'approved' });
    // Each approval is its own transition, in the task's history.
    const history = await t.gql('query($id: ID!) { transitionHistory(entityType: task, id: $id) { event } }', { id: a!.id });
    expect(history.data!.transitionHistory.map((e: any) => e.event)).toEqual(['approve']);
  });

  it('returns with one comment, refuses a return without one per task, and lets no liaison approve', async () => {
    const [, b, , d] = submitted;
    const [bv] = await sql('select version from task where id = ?', [b!.id]);
    const tasks = [
      { id: b!.id, expectedVersion: bv.version },
      { id: d!.id, expectedVersion: d!.version },
    ];
    const bare = await t.gql(BATCH, { input: { event: 'return', tasks } });
    expect(bare.data!.transitionTasks.map((o: any) => [o.ok, o.code])).toEqual([
      [false, 'TRANSITION_NOT_ALLOWED'],
      [false, 'TRANSITION_NOT_ALLOWED'],
    ]);
    const liaison = await (await t.as('kexie'))(BATCH, { input: { event: 'approve', tasks } });
    expect(liaison.data!.transitionTasks.map((o: any) => o.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const returned = await t.gql(BATCH, { input: { event: 'return', comment: '请补充盖章页', tasks } });
    expect(returned.data!.transitionTasks.every((o: any) => o.ok && o.result.state === 'returned')).toBe(true);
    const comments = await t.gql('query($id: ID!) { transitionHistory(entityType: task, id: $id) { event comment } }', { id: d!.id });
    expect(comments.data!.transitionHistory.at(-1)).toEqual({ event: 'return', comment: '请补充盖章页' });
  });

  it('refuses an empty batch or one naming a task twice before touching anything', async () => {
    const empty = await t.gql(BATCH, { input: { event: 'approve', tasks: [] } });
    expect(empty.errors?.[0]).toMatchObject({ message: '请至少选择一项任务', extensions: { code: 'VALIDATION' } });
    const [a] = submitted;
    const twice = await t.gql(BATCH, {
      input: {
        event: 'approve',
        tasks: [
          { id: a!.id, expectedVersion: 1 },
          { id: a!.id, expectedVersion: 1 },
        ],
      },
    });
    expect(twice.errors?.[0].extensions?.code).toBe('VALIDATION');
  });

  it('offers 系统管理员 only to a system administrator', async () => {
    const office = await t.gql('{ grantableRoles }');
    expect(office.data!.grantableRoles).toEqual(['office_admin', 'liaison', 'supervisor', 'expert']);
    const sysadmin = await (await t.as('sysadmin'))('{ grantableRoles }');
    expect(sysadmin.data!.grantableRoles).toContain('system_admin');
    expect((await (await t.as('kexie'))('{ grantableRoles }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
