import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ScoreSnapshotService } from '@accredit/scores';
import { type Gql, type TestApi, startTestApi } from '../support/test-api';

const SCORE = `mutation($input: ScoreRuleInput!) {
  scoreRule(input: $input) { changed score { id source ruleId points vetoed explanation comment scoredBy scoredAt supersededAt } totals { points maxTotal vetoed vetoedBy scoredRules rules complete } }
}`;
const SCORES = `query($id: ID!) {
  campaignScores(campaignId: $id) {
    campaignId campaignState selfScoringOpen expertScoringOpen
    self { points uncapped maxTotal capped vetoed vetoedBy scoredRules rules complete }
    expert { points vetoed scoredRules }
    projected { points vetoed scoredRules }
    indicators { code title level maxScore self expert projected selfCapped vetoed
      rules { ruleId code kind maxPoints projected difference tasks approvedTasks lateTasks returnedTasks
        self { points comment explanation scoredBy } expert { points comment } } }
    pointsAtRisk { ruleCode indicatorCode points veto lateTasks returnedTasks departments }
    snapshots { source total maxTotal vetoed scoredRules rules }
  }
}`;
const HISTORY = 'query($c: ID!, $r: ID!) { scoreHistory(campaignId: $c, ruleId: $r) { id points comment scoredBy supersededAt source } }';

interface Rule {
  id: string;
  code: string;
  kind: string;
  points: number;
}

describe('scores: self and expert scores of every rule kind, totals, projection, points at risk', () => {
  let t: TestApi;
  let campaignId: string;
  let rules: Record<string, Rule>;
  let expert: Gql;
  let sql: (text: string, params?: unknown[]) => Promise<any[]>;

  // The input as the scoring library reads it, sent as the typed value of the rule's own kind.
  const score = (gql: Gql, code: string, input: unknown, comment = `理由：${code}`, source = 'self') =>
    gql(SCORE, { input: { campaignId, ruleId: rules[code].id, source, value: { [rules[code].kind]: input }, comment } });
  const board = async (gql: Gql = t.gql) => {
    const result = await gql(SCORES, { id: campaignId });
    expect(result.errors).toBeUndefined();
    return result.data!.campaignScores;
  };
  const line = (scores: any, code: string) => scores.indicators.flatMap((i: any) => i.rules).find((r: any) => r.code === code);

  beforeAll(async () => {
    t = await startTestApi();
    const orm = t.api.app.get(MikroORM);
    sql = (text, params = []) => orm.em.getConnection().execute(text, params);
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    const tree = await t.gql('query($id: ID!) { campaign(id: $id) { indicators { scoringRules { id code kind points } } } }', { id: campaignId });
    rules = Object.fromEntries(tree.data!.campaign.indicators.flatMap((i: any) => i.scoringRules).map((r: Rule) => [r.code, r]));
    expect(Object.keys(rules)).toHaveLength(55);
    expert = await t.as('expert');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('starts with nothing scored: 100 possible, self-assessment open, expert scoring closed', async () => {
    const scores = await board();
    expect(scores).toMatchObject({ campaignState: 'preparation', selfScoringOpen: true, expertScoringOpen: false });
    expect(scores.self).toMatchObject({ points: 0, maxTotal: 100, vetoed: false, scoredRules: 0, rules: 55, complete: false });
    expect(scores.indicators).toHaveLength(12);
    expect(scores.indicators[0]).toMatchObject({ code: '1', maxScore: 18, self: 0, level: 1 });
  });

  it.each([
    ['fixed', '1.1', { achieved: true }, 1, '达到要求，得 1 分'],
    ['fixed, not achieved', '1.2', { achieved: false }, 0, '未达到要求，不得分'],
    ['range judged by a scorer', '3.1', { points: 2.5 }, 2.5, '视情况评定 2.5 分（0–3 分）'],
    ['alternative values', '2.3', { option: '2020年以来无表彰，2016年以来有表彰' }, 0.5, '2020年以来无表彰，2016年以来有表彰，得 0.5 分'],
    ['tiered by rank among applicants', '5.1', { rank: 3, of: 6 }, 4, '6 家申报单位中第 3 名，分档得 4 分'],
    ['tiered, a single applicant', '5.1', { points: 3 }, 3, '只有 1 家申报单位，视情况评定 3 分'],
    ['per item with a cap', '12.3', { items: 3 }, 4, '3 项 × 2 分 = 6 分，最高 4 分，得 4 分'],
    ['capped by a condition', '10.1', { points: 4, conditionMet: true }, 2, '评定 4 分；因科普中国信息员数量在本省排名未处于前30%，最高 2 分，得 2 分'],
    ['all-or-nothing series', '5.2', { values: [3.2, 3.6, 4.1] }, 2, '2018年 3.2、2019年 3.6、2020年 4.1，逐年递增，得 2 分'],
    ['veto, not triggered', '9.3', { triggered: false }, 0, '未发生否决情形（辖区内近三年发生恶劣影响的迷信、伪科学活动）'],
  ])('self-scores %s (%s) from its input', async (_kind, code, input, points, explanation) => {
    const result = await score(t.gql, code, input);
    expect(result.errors).toBeUndefined();
    expect(result.data!.scoreRule).toMatchObject({
      changed: true,
      score: { source: 'self', ruleId: rules[code].id, points, vetoed: false, explanation, comment: `理由：${code}`, scoredBy: '区科协（领导小组办公室）管理员', supersededAt: null },
    });
  });

  it('totals per indicator and campaign from the current self scores', async () => {
    const scores = await board();
    // 1.1 → 1, 1.2 → 0; 2.3 → 0.5; 3.1 → 2.5; 5.1 → 3 (latest), 5.2 → 2; 9.3 → 0; 10.1 → 2; 12.3 → 4
    expect(scores.self).toMatchObject({ points: 15, vetoed: false, scoredRules: 9, rules: 55 });
    const byCode = Object.fromEntries(scores.indicators.map((i: any) => [i.code, i.self]));
    expect(byCode).toMatchObject({ '1': 1, '2': 0.5, '3': 2.5, '5': 5, '9': 0, '10': 2, '12': 4 });
    expect(line(scores, '12.3').self).toMatchObject({ points: 4, explanation: '3 项 × 2 分 = 6 分，最高 4 分，得 4 分', scoredBy: '区科协（领导小组办公室）管理员' });
  });

  it('refuses bad input with a clear Chinese message and writes nothing', async () => {
    const [{ n: before }] = await sql('select count(*)::int as n from score');
    const cases: [string, unknown, RegExp][] = [
      ['3.1', { points: 4 }, /超出本规则的范围 0–3/],
      ['2.3', { option: '有表彰' }, /不是本规则的选项/],
      ['12.3', { items: -2 }, /items/],
    ];
    for (const [code, input, message] of cases) {
      const result = await score(t.gql, code, input);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'INVALID_SCORE_INPUT' } } });
      expect(result.errors?.[0].message).toMatch(message);
      expect(result.errors?.[0].message).toContain(code);
    }
    // A value that is not an object, or has a field its kind does not know, does not fit the typed input.
    for (const [input, reason] of [
      ['yes', /FixedScoreValueInput/],
      [{ achieved: true, bonus: 1 }, /bonus/],
    ] as const) {
      const result = await score(t.gql, '1.3', input);
      expect(result.errors?.[0]).toMatchObject({ message: '参数格式不正确，请检查后重试', extensions: { code: 'VALIDATION' } });
      expect((result.errors?.[0].extensions?.details as { reason: string }).reason).toMatch(reason);
    }
    const noReason = await score(t.gql, '1.3', { achieved: true }, '  ');
    expect(noReason.errors?.[0]).toMatchObject({ message: expect.stringContaining('请填写自评理由'), extensions: { code: 'VALIDATION' } });
    const badId = await t.gql(SCORE, { input: { campaignId, ruleId: 'nope', source: 'self', value: { fixed: { achieved: true } }, comment: 'x' } });
    expect(badId.errors?.[0].extensions?.code).toBe('VALIDATION');
    const foreignRule = await t.gql(SCORE, { input: { campaignId, ruleId: '00000000-0000-4000-8000-000000000000', source: 'self', value: { fixed: { achieved: true } }, comment: 'x' } });
    expect(foreignRule.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await sql('select count(*)::int as n from score')).toEqual([{ n: before }]);
  });

  it('keeps the history: a new score supersedes the current one, the same score again changes nothing', async () => {
    const first = await score(t.gql, '8.2', { points: 0.5 }, '开设了栏目');
    const second = await score(t.gql, '8.2', { points: 1 }, '栏目每周更新，补充了截图');
    expect(second.data!.scoreRule).toMatchObject({ changed: true, score: { points: 1 } });
    const again = await score(t.gql, '8.2', { points: 1 }, '栏目每周更新，补充了截图');
    expect(again.data!.scoreRule).toMatchObject({ changed: false, score: { id: second.data!.scoreRule.score.id } });
    const history = await t.gql(HISTORY, { c: campaignId, r: rules['8.2'].id });
    expect(history.data!.scoreHistory).toEqual([
      expect.objectContaining({ id: second.data!.scoreRule.score.id, points: 1, supersededAt: null }),
      expect.objectContaining({ id: first.data!.scoreRule.score.id, points: 0.5, comment: '开设了栏目', scoredBy: '区科协（领导小组办公室）管理员', supersededAt: expect.any(String) }),
    ]);
    expect((await board()).indicators.find((i: any) => i.code === '8').self).toBe(1);
    // Who scored, as a Person: the name the row shows and the organisation's, nothing of the account.
    const people = await t.gql('query($c: ID!, $r: ID!) { scoreHistory(campaignId: $c, ruleId: $r) { scoredBy scoredByPerson { name organisationName } } }', { c: campaignId, r: rules['8.2'].id });
    expect(people.errors).toBeUndefined();
    expect(people.data!.scoreHistory.map((row: any) => row.scoredByPerson.name)).toEqual(people.data!.scoreHistory.map((row: any) => row.scoredBy));
    expect(people.data!.scoreHistory[0].scoredByPerson.organisationName).toEqual(expect.any(String));
  });

  it('lets the database itself refuse to change or delete a score', async () => {
    const [row] = await sql(`select id from score where superseded_at is not null limit 1`);
    await expect(sql(`update score set points = 99 where id = ?`, [row.id])).rejects.toThrow(/keeps its history/);
    await expect(sql(`delete from score where id = ?`, [row.id])).rejects.toThrow(/keeps its history/);
    const [current] = await sql(`select id from score where superseded_at is null limit 1`);
    await expect(sql(`update score set comment = 'edited', superseded_at = now() where id = ?`, [current.id])).rejects.toThrow(/keeps its history/);
  });

  it('serialises concurrent scores of one rule: every one recorded, exactly one current', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => score(t.gql, '7.4', { points: i % 2 ? 1 : 0.5 }, `第 ${i + 1} 次评定`)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await sql(`select count(*)::int as n, count(*) filter (where superseded_at is null)::int as current from score where rule_id = ?`, [rules['7.4'].id])).toEqual([{ n: 12, current: 1 }]);
  });

  it('flags a triggered veto: the campaign fails, its points are still shown', async () => {
    const result = await score(t.gql, '9.3', { triggered: true }, '2021年发生一起伪科学事件，已查处');
    expect(result.data!.scoreRule.totals).toMatchObject({ vetoed: true, vetoedBy: ['9.3'] });
    const scores = await board();
    expect(scores.self).toMatchObject({ vetoed: true, vetoedBy: ['9.3'] });
    expect(scores.self.points).toBeGreaterThan(0);
    expect(scores.indicators.find((i: any) => i.code === '9')).toMatchObject({ vetoed: true });
    await score(t.gql, '9.3', { triggered: false }, '经核查未发生');
    expect((await board()).self.vetoed).toBe(false);
  });

  it('projects what approved work would earn and lists the points at risk, largest first', async () => {
    const taskIds = async (code: string) => (await sql(`select id from task where scoring_rule_id = ? order by position`, [rules[code].id])).map((r) => r.id);
    // The seeded tasks fall due at the end of 2022; move them into the future, then make a few late.
    await sql(`update task set due_on = '2099-12-31' where campaign_id = ?`, [campaignId]);
    await sql(`update task set state = 'approved' where scoring_rule_id in (?, ?, ?)`, [rules['1.1'].id, rules['1.5'].id, rules['3.1'].id]);
    const [first31] = await taskIds('3.1');
    await sql(`update task set state = 'in_progress' where id = ?`, [first31]);
    const scores = await board();
    // 1.1 approved and self-scored 1 → 1; 1.5 approved, unscored → its maximum 1; 3.1 not all approved → 0
    expect(line(scores, '1.1').projected).toBe(1);
    expect(line(scores, '1.5').projected).toBe(1);
    expect(line(scores, '3.1')).toMatchObject({ projected: 0, approvedTasks: line(scores, '3.1').tasks - 1 });
    expect(scores.projected.points).toBe(2);
    expect(scores.indicators.find((i: any) => i.code === '1').projected).toBe(2);

    const [late] = await taskIds('12.1');
    await sql(`update task set due_on = '2022-01-01', state = 'in_progress' where id = ?`, [late]);
    const [returned] = await taskIds('1.6');
    await sql(`update task set state = 'returned' where id = ?`, [returned]);
    const [vetoTask] = await taskIds('9.3');
    await sql(`update task set due_on = '2022-01-01' where id = ?`, [vetoTask]);
    const risks = (await board()).pointsAtRisk;
    expect(risks.map((r: any) => [r.ruleCode, r.points])).toEqual([
      ['9.3', 0],
      ['12.1', 4],
      ['1.6', 2],
    ]);
    expect(risks[0]).toMatchObject({ veto: true, lateTasks: 1 });
    expect(risks[1]).toMatchObject({ indicatorCode: '12', lateTasks: 1, departments: ['区科协'] });
    expect(risks[2]).toMatchObject({ returnedTasks: 1, lateTasks: 0 });
  });

  it('keeps experts out until accreditation and says why; gives each source to its role only', async () => {
    const early = await score(expert, '1.1', { achieved: true }, '材料齐全', 'expert');
    expect(early.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', details: { reason: 'EXPERT_SCORING_CLOSED', campaignState: 'preparation' } } });
    expect(early.errors?.[0].message).toBe('专家评分只在认定阶段开放：本创建工作当前为「筹备」，申报认定后才能评分');
    const officeAsExpert = await score(t.gql, '1.1', { achieved: true }, 'x', 'expert');
    expect(officeAsExpert.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('评审专家') });
    const expertAsSelf = await score(expert, '1.1', { achieved: true }, 'x', 'self');
    expect(expertAsSelf.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const supervisor = await t.as('supervisor');
    expect((await score(supervisor, '1.1', { achieved: true })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets experts score at accreditation, side by side with the self scores; closes self-assessment then', async () => {
    await sql(`update campaign set state = 'accreditation' where id = ?`, [campaignId]);
    const scored = await score(expert, '3.1', { points: 2 }, '应急科普机制已建立，但宣传覆盖面一般', 'expert');
    expect(scored.data!.scoreRule).toMatchObject({ score: { source: 'expert', points: 2, scoredBy: '评审专家' }, totals: { points: 2, scoredRules: 1 } });
    await score(expert, '12.3', { items: 1 }, '仅核实1项试点', 'expert');
    const scores = await board(expert);
    expect(scores).toMatchObject({ selfScoringOpen: false, expertScoringOpen: true, expert: { points: 4, scoredRules: 2 } });
    expect(line(scores, '3.1')).toMatchObject({ self: { points: 2.5 }, expert: { points: 2, comment: '应急科普机制已建立，但宣传覆盖面一般' }, difference: -0.5 });
    expect(line(scores, '12.3')).toMatchObject({ self: { points: 4 }, expert: { points: 2 }, difference: -2 });
    const late = await score(t.gql, '1.3', { achieved: true });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', details: { reason: 'SELF_SCORING_CLOSED' } }, message: expect.stringContaining('自评已随申报认定提交') });
  });

  it('stores a snapshot for the workflow effect, in the caller’s transaction, and shows it', async () => {
    const orm = t.api.app.get(MikroORM);
    const service = t.api.app.get(ScoreSnapshotService);
    const fork = () => orm.em.fork() as unknown as EntityManager;
    const snapshot = await fork().transactional((em) => service.snapshot(em, campaignId, 'self'));
    const scores = await board();
    expect(Number(snapshot.total)).toBe(scores.self.points);
    expect(ScoreSnapshotService.describe(snapshot)).toBe(`自评快照：${scores.self.points}/100 分，已评 ${scores.self.scoredRules}/55 条`);
    expect(scores.snapshots).toEqual([{ source: 'self', total: scores.self.points, maxTotal: 100, vetoed: false, scoredRules: scores.self.scoredRules, rules: 55 }]);
    const [row] = await sql(`select rule_scores->'3.1'->>'points' as points from score_snapshot where id = ?`, [snapshot.id]);
    expect(row.points).toBe('2.5');
    await expect(sql(`update score_snapshot set total = 100 where id = ?`, [snapshot.id])).rejects.toThrow(/append-only/);
    // A snapshot that fails leaves nothing: the transaction is the caller's.
    await expect(
      fork().transactional(async (em) => {
        await service.snapshot(em, campaignId, 'expert');
        throw new Error('transition failed');
      }),
    ).rejects.toThrow('transition failed');
    expect((await board()).snapshots).toHaveLength(1);
  });

  it('closes scoring for everyone once the campaign has ended', async () => {
    await sql(`update campaign set state = 'accredited' where id = ?`, [campaignId]);
    expect((await score(expert, '1.1', { achieved: true }, 'x', 'expert')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await score(t.gql, '1.1', { achieved: true }, 'x')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await board()).toMatchObject({ selfScoringOpen: false, expertScoringOpen: false });
  });

  it('shows scores to the office, supervisors and experts, not to liaisons; other districts see nothing', async () => {
    const supervisor = await t.as('supervisor');
    expect((await supervisor(SCORES, { id: campaignId })).errors).toBeUndefined();
    const kexie = await t.as('kexie');
    expect((await kexie(SCORES, { id: campaignId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The office of the province above reads the district's campaign, not its scores (CampaignsService.get's rule).
    const admin = await t.as('sysadmin');
    const orgs = await admin('query($s: String) { organisations(filter: { search: $s }) { edges { node { id code } } } }', { s: '500000' });
    const chongqing = orgs.data!.organisations.edges.find((edge: any) => edge.node.code === '500000').node.id;
    const created = await admin('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username: 'cq-scores', displayName: '重庆市办公室', password: 'Score@2026province', roles: ['office_admin'], organisationId: chongqing },
    });
    expect(created.errors).toBeUndefined();
    const province = await t.as('cq-scores', 'Score@2026province');
    expect((await province('query($id: ID!) { campaign(id: $id) { id } }', { id: campaignId })).errors).toBeUndefined();
    expect((await province(SCORES, { id: campaignId })).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const missing = await t.gql(SCORES, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/找不到/) });
  });
});
