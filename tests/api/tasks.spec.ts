import { type TestApi, startTestApi } from '../support/test-api';

const PAGE = `query Page($campaignId: ID!, $departmentId: ID, $indicatorCode: String, $state: String, $first: Int, $after: String) {
  tasks(campaignId: $campaignId, departmentId: $departmentId, indicatorCode: $indicatorCode, state: $state, first: $first, after: $after) {
    totalCount
    edges { cursor node { id state role dueOn version department { name kind } scoringRule { code text points } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface TaskNode {
  id: string;
  state: string;
  role: string;
  dueOn: string;
  department: { name: string; kind: string };
  scoringRule: { code: string; text: string; points: number };
}

describe('tasks: one per rule × department after group expansion, paginated', () => {
  let t: TestApi;
  let campaignId: string;
  let all: TaskNode[];
  let towns: string[];

  beforeAll(async () => {
    t = await startTestApi();
    const { data } = await t.gql('{ campaigns { id } departmentGroups(search: "各镇街") { edges { node { name members { name kind } } } } }');
    campaignId = data!.campaigns[0].id;
    towns = data!.departmentGroups.edges.find((edge: { node: { name: string } }) => edge.node.name === '各镇街').node.members.map((m: { name: string }) => m.name);
    all = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await t.gql(PAGE, { campaignId, first: 100, after });
      expect(page.errors).toBeUndefined();
      all.push(...page.data!.tasks.edges.map((edge: { node: TaskNode }) => edge.node));
      if (!page.data!.tasks.pageInfo.hasNextPage) break;
      after = page.data!.tasks.pageInfo.endCursor;
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('expands 各镇街 into the district’s 26 towns and streets', () => {
    expect(towns).toHaveLength(26);
    expect(towns).toEqual(expect.arrayContaining(['小龙坎街道', '磁器口街道', '青木关镇']));
  });

  it('gives a rule of 各镇街 one task per town/street, and the named departments one each', () => {
    // Indicator 3's only rule: 区科协、区委宣传部、区卫生健康委、区应急局、区融媒体中心、各镇街.
    const rule3 = all.filter((task) => task.scoringRule.code === '3.1');
    expect(rule3).toHaveLength(5 + 26);
    expect(new Set(rule3.map((task) => task.department.name)).size).toBe(rule3.length);
    expect(rule3.filter((task) => towns.includes(task.department.name))).toHaveLength(26);
    expect(rule3.find((task) => task.department.name === '区科协')!.role).toBe('lead');
    expect(rule3.filter((task) => task.role === 'lead')).toHaveLength(1);
  });

  it('covers every one of the 55 rules, each task pending and due at the end of the creation phase', () => {
    expect(new Set(all.map((task) => task.scoringRule.code)).size).toBe(55);
    expect(new Set(all.map((task) => task.id)).size).toBe(all.length);
    expect(all.every((task) => task.state === 'pending' && task.dueOn === '2022-11-30')).toBe(true);
  });

  it('pages without gaps or repeats and reports the same total on every page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await t.gql(PAGE, { campaignId, first: 37, after });
      expect(page.data!.tasks.totalCount).toBe(all.length);
      seen.push(...page.data!.tasks.edges.map((edge: { node: TaskNode }) => edge.node.id));
      pages++;
      if (!page.data!.tasks.pageInfo.hasNextPage) break;
      after = page.data!.tasks.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.length / 37));
    expect(seen).toEqual(all.map((task) => task.id));
  });

  it('filters by department, indicator and state', async () => {
    const { data } = await t.gql('{ departments(search: "区科协") { edges { node { id name } } } }');
    const kexie = data!.departments.edges.find((edge: { node: { name: string } }) => edge.node.name === '区科协').node;
    const mine = await t.gql(PAGE, { campaignId, departmentId: kexie.id, first: 100 });
    expect(mine.data!.tasks.totalCount).toBe(all.filter((task) => task.department.name === '区科协').length);
    expect(mine.data!.tasks.edges.every((edge: { node: TaskNode }) => edge.node.department.name === '区科协')).toBe(true);

    const twelve = await t.gql(PAGE, { campaignId, indicatorCode: '12', first: 100 });
    expect(twelve.data!.tasks.totalCount).toBe(all.filter((task) => task.scoringRule.code.startsWith('12.')).length);

    const approved = await t.gql(PAGE, { campaignId, state: 'approved' });
    expect(approved.data!.tasks).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('sorts by deadline or department and filters overdue work on the server, paging by offset without gaps', async () => {
    const SORTED = `query($campaignId: ID!, $orderBy: TaskOrder, $first: Int, $after: String, $states: [String!], $dueBefore: Date) {
      tasks(campaignId: $campaignId, orderBy: $orderBy, first: $first, after: $after, states: $states, dueBefore: $dueBefore) {
        totalCount edges { node { id state dueOn department { name } } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const read = async (variables: Record<string, unknown>) => {
      const rows: { id: string; state: string; dueOn: string }[] = [];
      let after: string | null = null;
      let total = 0;
      for (;;) {
        const { data, errors }: { data?: any; errors?: unknown } = await t.gql(SORTED, { campaignId, first: 100, after, ...variables });
        expect(errors).toBeUndefined();
        rows.push(...data!.tasks.edges.map((edge: { node: { id: string; state: string; dueOn: string } }) => edge.node));
        total = data!.tasks.totalCount;
        if (!data!.tasks.pageInfo.hasNextPage) break;
        after = data!.tasks.pageInfo.endCursor;
      }
      expect(rows).toHaveLength(total);
      expect(new Set(rows.map((row) => row.id)).size).toBe(total);
      return rows;
    };
    const byDeadline = await read({ orderBy: 'DUE_ON' });
    expect(byDeadline).toHaveLength(all.length);
    expect(byDeadline.map((row) => row.dueOn)).toEqual([...byDeadline.map((row) => row.dueOn)].sort());
    expect(await read({ orderBy: 'DEPARTMENT' })).toHaveLength(all.length);
    const day = [...new Set(all.map((task) => task.dueOn))].sort()[1] ?? all[0].dueOn;
    const overdue = await read({ orderBy: 'DUE_ON', states: ['pending', 'in_progress'], dueBefore: day });
    expect(overdue).toEqual(byDeadline.filter((row) => row.dueOn < day && ['pending', 'in_progress'].includes(row.state)));
    const foreign = await t.gql(SORTED, { campaignId, orderBy: 'DUE_ON', after: Buffer.from('p:3').toString('base64url') });
    expect(foreign.errors?.[0].extensions?.code).toBe('VALIDATION');
  });
});
