import { MikroORM } from '@mikro-orm/postgresql';
import { type TestApi, startTestApi } from '../support/test-api';

// Scores and rule parameters typed per rule kind: a rule's scoring reads as RuleScoring, a score
// is given as a @oneOf value with one field named after the rule's kind, and read back the same way.
// The JSON `params` and `input` of older clients are gone from the schema.

const SCORE = `mutation($input: ScoreRuleInput!) {
  scoreRule(input: $input) { score { points explanation value {
    fixed { achieved } range { points } alternative { option } tiered { rank of points } perItem { items }
    conditionalCap { points conditionMet } veto { triggered } series { met values } verdict { verdict } } } }
}`;

const BY_KIND = `fixed { points } range { min max } alternative { options { label points } } tiered { min max basis order step singleApplicant { min max } }
  perItem { each cap item } conditionalCap { min max cap condition } veto { condition } series { points years condition } verdict`;
const KINDS = ['fixed', 'range', 'alternative', 'tiered', 'perItem', 'conditionalCap', 'veto', 'series', 'verdict'];

describe('typed scores and rule parameters', () => {
  let t: TestApi;
  let campaignId: string;
  let rules: Record<string, { id: string; code: string; kind: string; scoring: Record<string, unknown> }>;

  const score = (code: string, input: Record<string, unknown>) => t.gql(SCORE, { input: { campaignId, ruleId: rules[code].id, source: 'self', comment: `理由：${code}`, ...input } });

  beforeAll(async () => {
    t = await startTestApi();
    campaignId = (await t.gql('{ campaigns { id } }')).data!.campaigns[0].id;
    const tree = await t.gql(
      `query($id: ID!) { campaign(id: $id) { indicators { scoringRules { id code kind
        scoring { kind ${BY_KIND} } } } } }`,
      { id: campaignId },
    );
    expect(tree.errors).toBeUndefined();
    rules = Object.fromEntries(tree.data!.campaign.indicators.flatMap((i: any) => i.scoringRules).map((r: any) => [r.code, r]));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('has no flat parameter beside the field of the kind: asking for one is refused', async () => {
    const flat = await t.gql(`query($id: ID!) { campaign(id: $id) { indicators { scoringRules { scoring { kind points } } } } }`, { id: campaignId });
    expect(flat.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', details: { reason: expect.stringContaining('Cannot query field "points" on type "RuleScoring"') } });
  });

  it('reads every rule’s parameters under the field of its kind, exactly the stored ones, the other kinds empty', async () => {
    const ids = `{${Object.values(rules)
      .map((rule) => rule.id)
      .join(',')}}`;
    const stored: { id: string; params: Record<string, unknown> }[] = await t.api.app
      .get(MikroORM)
      .em.fork()
      .getConnection()
      .execute('select id, params from scoring_rule where id = any(?::uuid[])', [ids]);
    const paramsById = new Map(stored.map((row) => [row.id, row.params]));
    expect(rules['12.3'].scoring['perItem']).toMatchObject({ each: 2, cap: 4 });
    expect((rules['2.3'].scoring['alternative'] as any).options).toEqual(expect.arrayContaining([{ label: '2020年以来无表彰，2016年以来有表彰', points: 0.5 }]));
    for (const rule of Object.values(rules)) {
      expect(KINDS.filter((kind) => rule.scoring[kind] !== null)).toEqual([rule.kind]);
      const { kind: _kind, ...params } = paramsById.get(rule.id)!;
      if (rule.kind === 'verdict') {
        expect(rule.scoring['verdict']).toBe(true);
        continue;
      }
      const member = rule.scoring[rule.kind] as Record<string, unknown>;
      for (const [field, value] of Object.entries(member)) {
        const expected = field === 'singleApplicant' && params[field] ? { min: (params[field] as any).min, max: (params[field] as any).max } : (params[field] ?? null);
        expect([rule.code, field, value]).toEqual([rule.code, field, expected]);
      }
      expect(Object.keys(params).filter((field) => !(field in member))).toEqual([]);
    }
  });

  it.each([
    ['1.1', { fixed: { achieved: true } }, 1, '达到要求，得 1 分'],
    ['3.1', { range: { points: 2.5 } }, 2.5, '视情况评定 2.5 分（0–3 分）'],
    ['2.3', { alternative: { option: '2020年以来无表彰，2016年以来有表彰' } }, 0.5, '2020年以来无表彰，2016年以来有表彰，得 0.5 分'],
    ['5.1', { tiered: { rank: 3, of: 6 } }, 4, '6 家申报单位中第 3 名，分档得 4 分'],
    ['12.3', { perItem: { items: 3 } }, 4, '3 项 × 2 分 = 6 分，最高 4 分，得 4 分'],
    ['10.1', { conditionalCap: { points: 4, conditionMet: true } }, 2, '评定 4 分；因科普中国信息员数量在本省排名未处于前30%，最高 2 分，得 2 分'],
    ['5.2', { series: { values: [3.2, 3.6, 4.1] } }, 2, '2018年 3.2、2019年 3.6、2020年 4.1，逐年递增，得 2 分'],
    ['9.3', { veto: { triggered: false } }, 0, '未发生否决情形（辖区内近三年发生恶劣影响的迷信、伪科学活动）'],
  ])('scores %s from a typed value and reads it back typed', async (code, value, points, explanation) => {
    const result = await score(code, { value });
    expect(result.errors).toBeUndefined();
    const recorded = result.data!.scoreRule.score;
    expect(recorded).toMatchObject({ points, explanation });
    const [kind] = Object.keys(value);
    expect(recorded.value[kind]).toMatchObject((value as any)[kind]);
    expect(
      Object.entries(recorded.value)
        .filter(([, field]) => field !== null)
        .map(([name]) => name),
    ).toEqual([kind]);
  });

  it('refuses a value of another kind, two kinds at once, none, and the JSON input of older clients', async () => {
    const otherKind = await score('3.1', { value: { fixed: { achieved: true } } });
    expect(otherKind.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION', details: { reason: 'INVALID_SCORE_INPUT' } } });
    expect(otherKind.errors?.[0].message).toMatch(/3\.1 的类型为 range，请在 value 中填写 range/);

    const twoKinds = await score('3.1', { value: { range: { points: 1 }, fixed: { achieved: true } } });
    expect(twoKinds.errors?.[0].extensions?.code).toBe('VALIDATION');

    const none = await score('3.1', { value: {} });
    expect(none.errors?.[0].extensions?.code).toBe('VALIDATION');

    const withoutValue = await score('3.1', {});
    expect(withoutValue.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' } });

    const oldJson = await score('3.1', { value: { range: { points: 1 } }, input: { points: 1 } });
    expect(oldJson.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION' } });
    expect((oldJson.errors?.[0].extensions?.details as { reason: string }).reason).toMatch(/"input"/);

    const outOfRange = await score('3.1', { value: { range: { points: 4 } } });
    expect(outOfRange.errors?.[0].message).toMatch(/超出本规则的范围 0–3/);
  });
});
