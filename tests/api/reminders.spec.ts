import { MikroORM } from '@mikro-orm/postgresql';
import { todayInChina } from '@accredit/calendar-date';
import { type RunningApi, loadConfig, startApi } from '@accredit/api';
import { type ReceivedMail, startSmtpSink } from '../support/smtp-sink';
import { type TestApi, startTestApi } from '../support/test-api';
import { startWebhookReceiver } from '../support/webhook-receiver';

const SCAN = 'mutation { runReminderScan { skipped day tasksReminded departments delivered failed } }';

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('reminders: late and nearly-due work, once per task per day', () => {
  let t: TestApi;
  let second: RunningApi;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let robot: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let kexieTasks: string[];
  const today = todayInChina();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    robot = await startWebhookReceiver();
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, REMINDER_WEBHOOK_URL: robot.url, REMINDER_WARNING_DAYS: '3' };
    t = await startTestApi({ env });
    // A second API process on the same database: a second scanner.
    second = await startApi(loadConfig({ NODE_ENV: 'test', DATABASE_URL: t.database.url, PORT: '0', SEED_ON_START: 'false', ADMIN_DIST: '/nonexistent', REMINDER_INTERVAL_MINUTES: '0', ...env }));
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    const [kexie] = await sql(`select id from department where name = '区科协'`);
    kexieTasks = (await sql('select id from task where department_id = ? order by position limit 4', [kexie.id])).map((row) => row.id);
    // Everything far in the future, except four tasks of 区科协 …
    await sql(`update task set due_on = '2099-12-31'`);
    await sql(`update task set due_on = ? where id in (?, ?)`, [shiftDays(today, -1), kexieTasks[0], kexieTasks[1]]); // overdue
    await sql(`update task set due_on = ? where id = ?`, [shiftDays(today, 2), kexieTasks[2]]); // due soon
    await sql(`update task set due_on = ?, state = 'approved' where id = ?`, [shiftDays(today, -5), kexieTasks[3]]); // late but done
    // … and one task of 小龙坎街道 due in ten days: nothing yet.
    await sql(`update task set due_on = ? where id = (select t.id from task t join department d on d.id = t.department_id where d.name = '小龙坎街道' limit 1)`, [shiftDays(today, 10)]);
    await sql(`update app_user set email = 'kexie@kx.example.gov.cn' where username = 'kexie'`);
  });

  afterAll(async () => {
    await second?.close();
    await t?.close();
    await smtp?.close();
    await robot?.close();
  });

  it('shows red and yellow lights on tasks, and never on finished ones', async () => {
    const id = (await sql('select id from campaign'))[0].id;
    const edges: any[] = [];
    for (let after: string | null = null; ;) {
      const { data }: { data?: any } = await t.gql(
        'query($id: ID!, $after: String) { tasks(campaignId: $id, first: 100, after: $after) { edges { node { id deadlineStatus daysUntilDue } } pageInfo { hasNextPage endCursor } } }',
        { id, after },
      );
      edges.push(...data!.tasks.edges);
      if (!data!.tasks.pageInfo.hasNextPage) break;
      after = data!.tasks.pageInfo.endCursor;
    }
    const byId = Object.fromEntries(edges.map((e: any) => [e.node.id, e.node]));
    expect(byId[kexieTasks[0]]).toEqual({ id: kexieTasks[0], deadlineStatus: 'overdue', daysUntilDue: -1 });
    expect(byId[kexieTasks[2]]).toMatchObject({ deadlineStatus: 'due_soon', daysUntilDue: 2 });
    expect(byId[kexieTasks[3]]).toMatchObject({ deadlineStatus: 'done' });
  });

  it('with two scanners at once, reminds each late task once and each department once per channel', async () => {
    const secondOffice = async (query: string) => {
      const login = await fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(input: {username: "office", password: "Test@2026demo", issueToken: true}) { token } }' }),
      });
      const token = ((await login.json()) as any).data.login.token;
      const response = await fetch(`${second.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
      return (await response.json()) as any;
    };
    const [a, b] = await Promise.all([t.gql(SCAN), secondOffice(SCAN)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const results = [a.data!.runReminderScan, b.data.runReminderScan];
    expect(results.reduce((sum, r) => sum + r.tasksReminded, 0)).toBe(3);
    expect(await sql('select count(*)::int as n from reminder_log')).toEqual([{ n: 3 }]);

    const notices = await (await t.as('kexie'))('{ notifications { edges { node { title body } } } }');
    const reminders = notices.data!.notifications.edges.filter((e: any) => e.node.title.startsWith('【创建工作提醒】'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].node.title).toBe('【创建工作提醒】区科协：2 项任务已逾期，1 项即将到期');

    // Delivery may finish in either process; wait for the outbox to drain.
    for (let i = 0; i < 50 && (await sql('select count(*)::int as n from reminder_delivery where delivered_at is null'))[0].n > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(smtp.mails).toHaveLength(1);
    const mail: ReceivedMail = smtp.mails[0];
    expect(mail.to).toEqual(['kexie@kx.example.gov.cn']);
    expect(robot.messages).toEqual([{ msgtype: 'text', text: { content: expect.stringContaining('区科协：2 项任务已逾期') } }]);
  });

  it('does nothing more the same day', async () => {
    const again = await t.gql(SCAN);
    expect(again.data!.runReminderScan).toMatchObject({ skipped: false, tasksReminded: 0, delivered: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect(robot.messages).toHaveLength(1);
  });

  it('keeps a message whose channel is down and sends it at the next scan', async () => {
    await sql(`delete from reminder_log`);
    await sql(`delete from reminder_delivery`);
    robot.failNext(1);
    const failing = await t.gql(SCAN);
    expect(failing.data!.runReminderScan).toMatchObject({ tasksReminded: 3, failed: 1 });
    const [pending] = await sql(`select attempts, last_error from reminder_delivery where channel = 'webhook'`);
    expect(pending).toMatchObject({ attempts: 1, last_error: expect.stringContaining('500') });
    const retry = await t.gql(SCAN);
    expect(retry.data!.runReminderScan).toMatchObject({ tasksReminded: 0, delivered: 1 });
    expect(robot.messages).toHaveLength(2);
  });

  it('lets supervisors run a scan but not liaisons', async () => {
    expect((await (await t.as('supervisor'))(SCAN)).errors).toBeUndefined();
    expect((await (await t.as('kexie'))(SCAN)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
