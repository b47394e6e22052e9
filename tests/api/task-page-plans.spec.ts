import { Client } from 'pg';
import { rowsRead } from '../support/plan-rows';
import { type TestApi, startTestApi } from '../support/test-api';
import { TASK_COUNT_STATEMENT, TASK_PAGE_STATEMENTS, type TaskPageParam } from '../../libs/tasks/src/task-page.statements';
import { TaskOrder } from '../../libs/tasks/src/tasks-filter.input';

// Issue 15 cause 3 in the task page: what one campaign's page reads must not grow with the
// country. Beside the seeded district, 300 copies of it (departments, indicator system, rules) make
// the other counties; each statement shape then reads no department of another organisation and
// no rule or indicator of another system (EXPLAIN ANALYZE counts the rows each scan reads, kept or
// filtered out). Joined by id alone, the planner hashed every department and rule of the country:
// with those joins, every shape here with a search or an indicator fails (the no-filter department
// order hashed every department only at the national set's sizes, docs/performance.md).

const COUNTIES = 300;

// EXPLAIN's rows per loop are rounded means (tests/support/plan-rows.ts): the bounds below are
// twice the campaign's own rows, against the hundreds of times more that the other counties hold.

describe('task page statements at national shape', () => {
  let t: TestApi;
  let db: Client;
  let campaign: { id: string; organisation_id: string; indicator_system_id: string };
  let own: { departments: number; rules: number; indicators: number };

  beforeAll(async () => {
    t = await startTestApi();
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    [campaign] = (await db.query(`select id, organisation_id, indicator_system_id from campaign order by created_at limit 1`)).rows;
    // The other counties: copies of the district's organisation, departments, indicator system, indicators and rules.
    const copy = (table: string, from: string, where: string, changes: string) =>
      db.query(`insert into ${table} select copied.* from ${from} cross join lateral jsonb_populate_record(null::${table}, to_jsonb(x) || ${changes}) copied where ${where}`);
    await db.query(`create temp table county as select gen_random_uuid() as id, gen_random_uuid() as system_id, n from generate_series(1, ${COUNTIES}) n`);
    await copy(
      'organisation',
      'organisation x cross join county c',
      `x.id = '${campaign.organisation_id}'`,
      `jsonb_build_object('id', c.id, 'code', 'T' || lpad(c.n::text, 6, '0'), 'name', x.name || c.n, 'path', replace(x.path, x.id::text, c.id::text))`,
    );
    await copy('department', 'department x cross join county c', `x.organisation_id = '${campaign.organisation_id}'`, `jsonb_build_object('id', gen_random_uuid(), 'organisation_id', c.id)`);
    await copy(
      'indicator_system',
      'indicator_system x cross join county c',
      `x.id = '${campaign.indicator_system_id}'`,
      `jsonb_build_object('id', c.system_id, 'owner_id', c.id, 'campaign_key', 'county-' || c.n)`,
    );
    await db.query(`create temp table indicator_copy as select i.id as old_id, c.system_id, gen_random_uuid() as id from indicator i cross join county c where i.system_id = $1`, [
      campaign.indicator_system_id,
    ]);
    await copy(
      'indicator',
      'indicator x join indicator_copy m on m.old_id = x.id left join indicator_copy p on p.old_id = x.parent_id and p.system_id = m.system_id',
      'true',
      `jsonb_build_object('id', m.id, 'system_id', m.system_id, 'parent_id', p.id)`,
    );
    await copy('scoring_rule', 'scoring_rule x join indicator_copy m on m.old_id = x.indicator_id', 'true', `jsonb_build_object('id', gen_random_uuid(), 'indicator_id', m.id)`);
    await db.query('analyze organisation, department, indicator_system, indicator, scoring_rule, task, campaign');
    const [counts] = (
      await db.query(
        `select (select count(*) from department where organisation_id = $1)::int as departments,
                (select count(*) from indicator where system_id = $2)::int as indicators,
                (select count(*) from scoring_rule r join indicator i on i.id = r.indicator_id where i.system_id = $2)::int as rules`,
        [campaign.organisation_id, campaign.indicator_system_id],
      )
    ).rows;
    own = counts;
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  async function read(statement: { text: string; params: readonly TaskPageParam[] }, values: Partial<Record<TaskPageParam, unknown>>): Promise<Record<string, number>> {
    const all: Record<TaskPageParam, unknown> = {
      campaignId: campaign.id,
      scopeAll: false,
      scopeOrganisation: campaign.organisation_id,
      scopePath: null,
      scopeOwner: campaign.organisation_id,
      departmentId: null,
      states: null,
      state: null,
      queueStates: null,
      dueBefore: null,
      search: null,
      indicatorCode: null,
      limit: 51,
      k1: null,
      k2: null,
      k3: null,
      k4: null,
      ...values,
    };
    const result = await db.query({
      text: `explain (analyze, format json) ${statement.text}`,
      values: statement.params.map((param) => all[param] ?? null),
    });
    return rowsRead(result.rows[0]['QUERY PLAN'][0].Plan);
  }

  const shapes: [string, Partial<Record<TaskPageParam, unknown>>][] = [
    ['no filter', {}],
    ['a search (rule text)', { search: '%科普%' }],
    ['a search (department name)', { search: '%街道%' }],
    ['an indicator', { indicatorCode: '3' }],
  ];

  it('the country is there: other organisations hold far more departments and rules than the campaign', async () => {
    const [{ departments, rules }] = (await db.query('select (select count(*) from department)::int as departments, (select count(*) from scoring_rule)::int as rules')).rows;
    expect(departments).toBeGreaterThan(own.departments * COUNTIES);
    expect(rules).toBeGreaterThan(own.rules * COUNTIES);
  });

  for (const order of Object.values(TaskOrder)) {
    for (const [shape, values] of shapes) {
      it(`a first page in ${order} order with ${shape} reads only the campaign's departments, rules and indicators`, async () => {
        const read1 = await read(TASK_PAGE_STATEMENTS[order].first, values);
        expect(read1['department'] ?? 0).toBeLessThanOrEqual(2 * own.departments);
        expect(read1['scoring_rule'] ?? 0).toBeLessThanOrEqual(2 * own.rules);
        // The indicator filter reads an indicator's parent and grandparent too.
        expect(read1['indicator'] ?? 0).toBeLessThanOrEqual(2 * 3 * own.indicators);
      });
    }
  }

  it("a later page's count with a search reads only the campaign's departments and rules", async () => {
    const counted = await read(TASK_COUNT_STATEMENT, { search: '%科普%' });
    expect(counted['department'] ?? 0).toBeLessThanOrEqual(2 * own.departments);
    expect(counted['scoring_rule'] ?? 0).toBeLessThanOrEqual(2 * own.rules);
  });
});
