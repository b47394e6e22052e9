import { MikroORM } from '@mikro-orm/postgresql';
import { todayInChina } from '@accredit/calendar-date';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const NOTICES = '{ unreadNotificationCount notifications(first: 50) { totalCount edges { node { id title body entityType entityId read } } } }';
const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) }';
const URGE_TASK = 'mutation($id: ID!) { remindTask(input: { taskId: $id }) { task { id } department { id name } notified } }';

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('notifications: read state, 催办 by hand, and reminders a person can read', () => {
  let t: TestApi;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let kexie: Gql;
  let street: Gql;
  let campaignId: string;
  let kexieDepartment: string;
  let kexieTasks: string[];
  const today = todayInChina();

  beforeAll(async () => {
    t = await startTestApi({ env: { REMINDER_WARNING_DAYS: '3' } });
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    kexie = await t.as('kexie');
    street = await t.as('xiaolongkan');
    campaignId = (await sql('select id from campaign'))[0].id;
    kexieDepartment = (await sql(`select id from department where name = '区科协'`))[0].id;
    kexieTasks = (await sql('select id from task where department_id = ? order by position', [kexieDepartment])).map((row) => row.id);
    // Everything far away, except 区科协's tasks: all overdue but the last, which is approved.
    await sql(`update task set due_on = '2099-12-31', state = 'pending'`);
    await sql(`update task set due_on = ? where department_id = ?`, [shiftDays(today, -2), kexieDepartment]);
    await sql(`update task set state = 'approved' where id = ?`, [kexieTasks[kexieTasks.length - 1]]);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts a liaison’s unread notices and marks them read one by one or all at once', async () => {
    const before = (await kexie(NOTICES)).data!;
    const urged = await t.gql(URGE_TASK, { id: kexieTasks[0] });
    expect(urged.errors).toBeUndefined();
    // The task, its department and how many of the department's accounts receive the notice (kexie, enabled).
    const accounts = await sql('select count(*)::int as n from app_user where department_id = ? and not disabled', [kexieDepartment]);
    expect(urged.data!.remindTask).toEqual({ task: { id: kexieTasks[0] }, department: { id: kexieDepartment, name: '区科协' }, notified: accounts[0].n });
    expect(accounts[0].n).toBeGreaterThan(0);
    const after = (await kexie(NOTICES)).data!;
    expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount + 1);
    const notice = after.notifications.edges[0].node;
    expect(notice).toMatchObject({ entityType: 'task', entityId: kexieTasks[0], read: false });
    expect(notice.title).toMatch(/^【催办】评分规则 /);
    expect(notice.body).toContain('已逾期');

    // Another department's liaison neither sees it nor can mark it.
    expect((await street(NOTICES)).data!.notifications.edges.map((e: any) => e.node.id)).not.toContain(notice.id);
    expect((await street(MARK, { ids: [notice.id] })).data!.markNotificationsRead).toBe(0);

    expect((await kexie(MARK, { ids: [notice.id] })).data!.markNotificationsRead).toBe(1);
    expect((await kexie(MARK, { ids: [notice.id] })).data!.markNotificationsRead).toBe(0);
    const read = (await kexie(NOTICES)).data!;
    expect(read.unreadNotificationCount).toBe(before.unreadNotificationCount);
    expect(read.notifications.edges[0].node.read).toBe(true);

    await kexie(MARK, {});
    expect((await kexie(NOTICES)).data!.unreadNotificationCount).toBe(0);
    // Reading is per person: the office's own count is untouched by the liaison's.
    expect((await kexie(MARK, { ids: ['not-an-id'] })).errors?.[0].extensions?.code).toBe('VALIDATION');
  });

  it('urges a task at most once an hour, never a finished one, never another organisation’s', async () => {
    const again = await t.gql(URGE_TASK, { id: kexieTasks[0] });
    expect(again.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(again.errors?.[0].message).toContain('已催办过');
    const done = await t.gql(URGE_TASK, { id: kexieTasks[kexieTasks.length - 1] });
    expect(done.errors?.[0].extensions?.code).toBe('VALIDATION');
    expect(done.errors?.[0].message).toBe('该任务已完成，无需催办');
    const unknown = await t.gql(URGE_TASK, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const liaison = await kexie(URGE_TASK, { id: kexieTasks[1] });
    expect(liaison.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers 0 notified when the department has no enabled account, so the office knows nobody reads it', async () => {
    const [lonely] = await sql(
      `select t.id from task t where t.state <> 'approved' and not exists (select 1 from app_user u where u.department_id = t.department_id and not u.disabled) order by t.position limit 1`,
    );
    const urged = await t.gql(URGE_TASK, { id: lonely.id });
    expect(urged.errors).toBeUndefined();
    expect(urged.data!.remindTask.notified).toBe(0);
  });

  it('urges a department about all its open tasks in one short notice', async () => {
    const urged = await t.gql('mutation($c: ID!, $d: ID!) { remindDepartment(input: { campaignId: $c, departmentId: $d }) }', { c: campaignId, d: kexieDepartment });
    expect(urged.errors).toBeUndefined();
    expect(urged.data!.remindDepartment).toBe(kexieTasks.length - 1);
    const notice = (await kexie(NOTICES)).data!.notifications.edges[0].node;
    expect(notice).toMatchObject({ entityType: 'department', entityId: kexieDepartment, read: false });
    expect(notice.body).toContain(`还有 ${kexieTasks.length - 1} 项任务未完成（${kexieTasks.length - 1} 项已逾期、0 项即将到期）`);
    const again = await t.gql('mutation($c: ID!, $d: ID!) { remindDepartment(input: { campaignId: $c, departmentId: $d }) }', { c: campaignId, d: kexieDepartment });
    expect(again.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('sends one 催办 when several clicks on the same task arrive at once', async () => {
    const clicks = await Promise.all(Array.from({ length: 6 }, () => t.gql(URGE_TASK, { id: kexieTasks[1] })));
    expect(clicks.filter((click) => !click.errors).length).toBe(1);
    expect(clicks.filter((click) => click.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS').length).toBe(5);
    const notices = (await kexie(NOTICES)).data!.notifications.edges.filter((edge: any) => edge.node.entityId === kexieTasks[1]);
    expect(notices).toHaveLength(1);
  });

  it('tells the office how many departments and tasks a mass reminder will reach before it is sent, and the scan keeps to that', async () => {
    const preview = (await t.gql('{ reminderPreview { day tasks overdue departments } }')).data!.reminderPreview;
    expect(preview).toEqual({ day: today, tasks: kexieTasks.length - 1, overdue: kexieTasks.length - 1, departments: 1 });
    const scan = (await t.gql('mutation { runReminderScan { tasksReminded departments } }')).data!.runReminderScan;
    expect(scan).toEqual({ tasksReminded: preview.tasks, departments: preview.departments });
    expect((await t.gql('{ reminderPreview { tasks departments } }')).data!.reminderPreview).toEqual({ tasks: 0, departments: 0 });
  });

  it('writes the daily reminder as one short message, not a wall of rules', async () => {
    const notice = (await kexie(NOTICES)).data!.notifications.edges.find((e: any) => e.node.title.startsWith('【创建工作提醒】')).node;
    expect(notice.entityType).toBe('department');
    expect(notice.body.length).toBeLessThan(160);
    expect(notice.body).toMatch(new RegExp(`等 ${kexieTasks.length - 1} 项`));
    expect(notice.body).toContain(`最早截止 ${shiftDays(today, -2)}`);
    expect(notice.body.split('\n')).toHaveLength(1);
  });
});
