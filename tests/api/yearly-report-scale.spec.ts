import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EntityManager, MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { ScheduledTransitionsService } from '@accredit/workflow-runtime';
import { type StatementCounter, startStatementCounter } from '../support/statement-counter';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';
import { createTestDatabase } from '../support/test-database';
import { addDays, todayInChina } from '@accredit/calendar-date';

// The scheduled 催报 of the yearly report is batched: reminding 3 late counties or 60 sends the
// same number of SQL statements (per chunk of participants, never per participant), counted at
// the wire; each county is reminded once and a second run sends no update at all.
const TABLE = join(__dirname, '../fixtures/tables/ok/national-county-standard.csv');
const PASSWORD = 'Yearly@2026scale';

const day = (offset: number) => addDays(todayInChina(), offset);

describe('the scheduled reminder of late counties: statements independent of how many', () => {
  let counter: StatementCounter;
  let t: TestApi;
  let nation: Gql;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;
  let templateId: string;
  let workflowId: string;
  const counties: string[] = [];

  beforeAll(async () => {
    const database = await createTestDatabase();
    const url = new URL(database.url);
    counter = await startStatementCounter(url.hostname, Number(url.port || 5432));
    url.hostname = '127.0.0.1';
    url.port = String(counter.port);
    t = await startTestApi({ database: { ...database, url: url.toString() } });
    const admin = await t.as('sysadmin');
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    const [national] = await sql(`select id from organisation where code = '000000'`);
    const [province] = await sql(`select id from organisation where code = '510000'`);
    expect(
      (
        await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
          input: { username: 'yrs-office', displayName: '中国科协科普部', password: PASSWORD, roles: ['office_admin'], organisationId: national.id },
        })
      ).errors,
    ).toBeUndefined();
    nation = await t.as('yrs-office', PASSWORD);
    for (let n = 1; n <= 63; n++) {
      const created = await admin('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
        input: { parentId: province.id, level: 'county', code: `51${8000 + n}`, name: `规模县${n}`, shortName: `规模县${n}` },
      });
      expect(created.errors).toBeUndefined();
      counties.push(created.data!.createOrganisation.id);
    }
    // The indicator table's responsible units, in every county (as each county's office would add them).
    await sql(
      `insert into department (id, organisation_id, name, kind, tags, sort_order)
       select gen_random_uuid(), o.id, unit.name, 'government', '{}', 0 from organisation o cross join (values ('县科协'), ('县教育局')) as unit(name)
        where o.id = any(?::uuid[])`,
      [`{${counties.join(',')}}`],
    );
    workflowId = (await nation('query { workflowDefinition(key: "yearly-report") { id } }')).data!.workflowDefinition.id;
    const imported = await nation('mutation($input: ImportIndicatorTableInput!) { importIndicatorTable(input: $input) { systemId } }', {
      input: { fileName: 'national-county-standard.csv', contentBase64: readFileSync(TABLE).toString('base64'), key: 'yearly-report-scale', unitsOfParticipants: true },
    });
    expect(imported.errors).toBeUndefined();
    templateId = imported.data!.importIndicatorTable.systemId;
  }, 240_000);

  afterAll(async () => {
    await t?.close();
    await counter?.close();
  });

  /** A cycle whose overdue phase starts today, with `organisations` invited (all pending). */
  async function cycleWith(name: string, organisations: string[]): Promise<string> {
    const setUp = await nation('mutation($input: SetUpCampaignInput!) { setUpCampaign(input: $input) { campaignId } }', {
      input: {
        templateId,
        name,
        phases: [
          { key: 'reporting', name: '报送期', startsOn: day(-30), endsOn: day(-1) },
          { key: 'overdue', name: '逾期补报期', startsOn: day(0), endsOn: day(60) },
        ],
        participation: { workflowDefinitionId: workflowId },
      },
    });
    expect(setUp.errors).toBeUndefined();
    const id = setUp.data!.setUpCampaign.campaignId;
    for (let start = 0; start < organisations.length; start += 20) {
      const invited = await nation('mutation($input: InviteParticipantsInput!) { inviteParticipants(input: $input) { id } }', {
        input: { campaignId: id, organisationIds: organisations.slice(start, start + 20) },
      });
      expect(invited.errors).toBeUndefined();
    }
    return id;
  }

  /** One run of the scheduled transitions, as the reminder scan runs them; its statements counted. */
  async function fire(): Promise<{ fired: number; statements: number }> {
    const orm = t.api.app.get(MikroORM);
    const before = counter.count();
    const run = await RequestContext.create(orm.em, () => t.api.app.get(ScheduledTransitionsService).fireDue(orm.em as EntityManager));
    return { fired: run.fired, statements: counter.count() - before };
  }

  const reminded = async (campaignId: string) => (await sql(`select count(*)::int as n from campaign_participant where campaign_id = ? and state = 'reminded'`, [campaignId]))[0].n;
  const logged = async (campaignId: string) =>
    (await sql(`select count(*)::int as n from transition_log l join campaign_participant p on p.id = l.entity_id where p.campaign_id = ? and l.event = 'remind'`, [campaignId]))[0].n;

  it('reminds 3 and 60 late counties with the same number of statements, each once', async () => {
    const small = await cycleWith('规模测试（3 个县）', counties.slice(0, 3));
    // Warm: the pinned definition is parsed and cached at the first run, whatever the size.
    const first = await fire();
    expect(first.fired).toBe(3);
    const idle = await fire();
    expect(idle.fired).toBe(0);

    const large = await cycleWith('规模测试（60 个县）', counties.slice(3));
    const many = await fire();
    expect(many.fired).toBe(60);
    const smallAgain = await cycleWith('规模测试（再 3 个县）', counties.slice(0, 3));
    const few = await fire();
    expect(few.fired).toBe(3);
    process.stdout.write(`scheduled remind: ${few.statements} statements for 3 counties, ${many.statements} for 60, ${idle.statements} when nobody is due\n`);
    expect(many.statements).toBe(few.statements);

    for (const [id, n] of [
      [small, 3],
      [large, 60],
      [smallAgain, 3],
    ] as const) {
      expect(await reminded(id)).toBe(n);
      expect(await logged(id)).toBe(n);
    }
    // Nobody left pending: a further run moves nobody.
    expect((await fire()).fired).toBe(0);
  }, 240_000);
});
