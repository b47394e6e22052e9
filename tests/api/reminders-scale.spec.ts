import { readFileSync } from 'node:fs';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { CampaignSetupService, SHAPINGBA_TEMPLATE } from '@accredit/campaign-setup';
import { addDays, todayInChina } from '@accredit/calendar-date';
import { ReminderScanService } from '@accredit/reminders';
import { type TestApi, startTestApi } from '../support/test-api';

// The reminder scan at national scale: organisation by organisation in bounded transactions
// (it used to collect every county's rows into one array and overflow the call stack past
// ~125,000 rows, rolling everything back), and a manual scan reminds the caller's own
// organisation only.
const SCAN = 'mutation { runReminderScan { skipped tasksReminded departments } }';

describe('the reminder scan across organisations and at scale', () => {
  let t: TestApi;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let shapingba: string;
  let county: string;
  const yesterday = addDays(todayInChina(), -1);

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    // A second county: the Shapingba template with another organisation.
    const source = readFileSync(SHAPINGBA_TEMPLATE, 'utf8')
      .replace("code: '500106'", "code: '510199'")
      .replace('name: 重庆市沙坪坝区', 'name: 四川省测试县')
      .replace('shortName: 沙坪坝区', 'shortName: 测试县');
    await RequestContext.create(orm.em, () => t.api.app.get(CampaignSetupService).setUp(source));
    [{ id: shapingba }] = await sql(`select id from organisation where code = '500106'`);
    [{ id: county }] = await sql(`select id from organisation where code = '510199'`);
    await sql(`update task set due_on = ?`, [yesterday]);
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  const reminded = async (organisation: string) =>
    Number((await sql('select count(*)::int as n from reminder_log r join department d on d.id = r.department_id where d.organisation_id = ?', [organisation]))[0].n);
  const open = async (organisation: string) =>
    Number((await sql(`select count(*)::int as n from task t join campaign c on c.id = t.campaign_id where c.organisation_id = ? and t.state <> 'approved'`, [organisation]))[0].n);

  it('a district office’s manual scan reminds its own organisation only', async () => {
    const result = await t.gql(SCAN);
    expect(result.errors).toBeUndefined();
    expect(result.data!.runReminderScan).toMatchObject({ skipped: false, tasksReminded: await open(shapingba) });
    expect(await reminded(shapingba)).toBe(await open(shapingba));
    expect(await reminded(county)).toBe(0);
  });

  it('reminds 130,000 late tasks of one county in one scan, once each, without holding them all at once', async () => {
    // 2,400 more departments in the county, each responsible for all 55 rules: 132,000 tasks due yesterday.
    const [{ id: campaign }] = await sql('select id from campaign where organisation_id = ?', [county]);
    await sql(
      `insert into department (id, organisation_id, name, kind, tags, sort_order, created_at)
       select gen_random_uuid(), ?, '测试单位' || g, 'government', '{}', 1000 + g, now() from generate_series(1, 2400) g`,
      [county],
    );
    await sql(
      `insert into task (id, campaign_id, scoring_rule_id, department_id, role, position, due_on, state, version, created_at, updated_at)
       select gen_random_uuid(), ?, r.id, d.id, 'support', 100000 + row_number() over (), ?, 'pending', 1, now(), now()
       from department d cross join scoring_rule r
       where d.organisation_id = ? and d.name like '测试单位%' and r.indicator_id in (select i.id from indicator i join campaign c on c.indicator_system_id = i.system_id where c.id = ?)`,
      [campaign, yesterday, county, campaign],
    );
    const due = await open(county);
    expect(due).toBeGreaterThan(130_000);
    const started = Date.now();
    const result = await RequestContext.create(t.api.app.get(MikroORM).em, () => t.api.app.get(ReminderScanService).scan());
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`reminder scan: ${result.tasksReminded} tasks of ${result.departments} departments in ${seconds.toFixed(1)} s\n`);
    expect(result).toMatchObject({ skipped: false, tasksReminded: due });
    expect(await reminded(county)).toBe(due);
    // Once a day: the next scan finds nothing new.
    const again = await RequestContext.create(t.api.app.get(MikroORM).em, () => t.api.app.get(ReminderScanService).scan());
    expect(again.tasksReminded).toBe(0);
  });
});
