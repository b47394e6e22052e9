import { MikroORM } from '@mikro-orm/postgresql';
import { type TestApi, startTestApi } from '../support/test-api';

const DASHBOARD = `query($id: ID!) { campaignDashboard(campaignId: $id) {
  today totalTasks doneTasks progress byState { state label count }
  byIndicator { code title total done submitted overdue progress }
  byDepartment { name total done returned overdue progress rank score board }
  overdueTasks { departmentName ruleCode state stateLabel dueOn daysUntilDue deadlineStatus }
} }`;

describe('dashboard, task search and the directory', () => {
  let t: TestApi;
  let campaignId: string;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts progress as approved over all, by indicator and by department, and ranks departments', async () => {
    await sql(`update task set due_on = '2099-12-31'`);
    // 区科协: every task approved; 小龙坎街道: one returned and late.
    await sql(`update task set state = 'approved' where department_id = (select id from department where name = '区科协')`);
    await sql(
      `update task set state = 'returned', due_on = '2020-01-01' where id = (select t.id from task t join department d on d.id = t.department_id where d.name = '小龙坎街道' order by t.position limit 1)`,
    );
    const [{ total }] = await sql('select count(*)::int as total from task');
    const [{ approved }] = await sql(`select count(*)::int as approved from task where state = 'approved'`);
    const { data, errors } = await t.gql(DASHBOARD, { id: campaignId });
    expect(errors).toBeUndefined();
    const board = data!.campaignDashboard;
    expect(board).toMatchObject({ totalTasks: total, doneTasks: approved, progress: Math.round((approved / total) * 1000) / 1000 });
    expect(board.byState).toEqual(
      expect.arrayContaining([
        { state: 'approved', label: '已通过', count: approved },
        { state: 'returned', label: '已退回', count: 1 },
      ]),
    );
    expect(board.byIndicator).toHaveLength(12);
    expect(board.byIndicator.reduce((sum: number, i: any) => sum + i.total, 0)).toBe(total);
    const ranking = board.byDepartment;
    expect(ranking[0]).toMatchObject({ name: '区科协', progress: 1, rank: 1, score: 1, board: 'red' });
    const street = ranking.find((d: any) => d.name === '小龙坎街道');
    expect(street).toMatchObject({ returned: 1, overdue: 1, board: 'black' });
    expect(street.score).toBeLessThan(0);
    // Ranked by (approved − overdue) / all, highest first (libs/reporting/src/ranking.ts).
    for (let i = 1; i < ranking.length; i++) {
      const [a, b] = [ranking[i - 1], ranking[i]];
      expect(a.score).toBeGreaterThanOrEqual(b.score);
      expect(b.rank).toBe(i + 1);
    }
    // 红榜: only units with more approved than overdue; 黑榜: only units with late work.
    expect(ranking.filter((d: any) => d.board === 'red').map((d: any) => d.name)).toEqual(['区科协']);
    expect(ranking.filter((d: any) => d.board === 'black').map((d: any) => d.name)).toEqual(['小龙坎街道']);
    expect(board.overdueTasks[0]).toMatchObject({ departmentName: '小龙坎街道', deadlineStatus: 'overdue', state: 'returned', stateLabel: '已退回', dueOn: '2020-01-01' });
    expect(board.overdueTasks[0].daysUntilDue).toBeLessThan(0);
  });

  it('keeps the dashboard from liaisons, and answers NOT_FOUND for an unknown campaign', async () => {
    expect((await (await t.as('kexie'))(DASHBOARD, { id: campaignId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await (await t.as('supervisor'))(DASHBOARD, { id: campaignId })).errors).toBeUndefined();
    expect((await t.gql(DASHBOARD, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('searches tasks by rule text, rule code and department name', async () => {
    const search = async (text: string) =>
      (
        await t.gql('query($id: ID!, $s: String) { tasks(campaignId: $id, search: $s, first: 100) { totalCount edges { node { department { name } scoringRule { code text } } } } }', {
          id: campaignId,
          s: text,
        })
      ).data!.tasks;
    const byText = await search('大篷车');
    expect(byText.totalCount).toBeGreaterThan(0);
    expect(byText.edges.every((e: any) => e.node.scoringRule.text.includes('大篷车'))).toBe(true);
    const byDepartment = await search('小龙坎');
    expect(byDepartment.edges.length).toBeGreaterThan(0);
    expect(byDepartment.edges.every((e: any) => e.node.department.name === '小龙坎街道')).toBe(true);
    expect((await search('100%_')).totalCount).toBe(0);
    const rule = await t.gql('query($id: ID!) { tasks(campaignId: $id, first: 1) { edges { node { scoringRule { code indicator { code title requirements { code } } } } } } }', { id: campaignId });
    expect(rule.data!.tasks.edges[0].node.scoringRule.indicator).toMatchObject({ code: '1', requirements: expect.arrayContaining([{ code: '1-1' }]) });
  });

  it('lets an office admin fix the directory as data: add a department, rename it, set a group’s members', async () => {
    const created = await t.gql('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id name kind tags } }', {
      input: { name: '区林业局', kind: 'government', tags: ['涉农', '涉农'] },
    });
    expect(created.data!.createDepartment).toMatchObject({ name: '区林业局', kind: 'government', tags: ['涉农'] });
    const duplicate = await t.gql('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name: '区林业局', kind: 'government' } });
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
    const badKind = await t.gql('mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name: '某单位', kind: 'ministry' } });
    expect(badKind.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    const id = created.data!.createDepartment.id;
    const renamed = await t.gql('mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { name fullName } }', {
      input: { id, name: '区规划自然资源局', fullName: '重庆市沙坪坝区规划和自然资源局', kind: 'government' },
    });
    expect(renamed.data!.updateDepartment).toEqual({ name: '区规划自然资源局', fullName: '重庆市沙坪坝区规划和自然资源局' });

    const groups = (await t.gql('{ departmentGroups(search: "各涉农镇") { edges { node { id name members { id name } } } } }')).data!.departmentGroups;
    const farming = groups.edges.find((edge: any) => edge.node.name === '各涉农镇').node;
    const members = [...farming.members.map((m: any) => m.id), id];
    const set = await t.gql('mutation($input: SetGroupMembersInput!) { setGroupMembers(input: $input) { name members { name } } }', { input: { groupId: farming.id, departmentIds: members } });
    expect(set.data!.setGroupMembers.members.map((m: any) => m.name)).toContain('区规划自然资源局');
    expect(set.data!.setGroupMembers.members).toHaveLength(farming.members.length + 1);
    expect(
      (await (await t.as('kexie'))('mutation($input: SetGroupMembersInput!) { setGroupMembers(input: $input) { name } }', { input: { groupId: farming.id, departmentIds: [] } })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });
});
