import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { type TestApi, startTestApi } from '../support/test-api';

/** Expected figures of the Shapingba table (shared/seeds/README.md). */
const SUBTOTALS: Record<string, { points: number; rules: number; requirements: number }> = {
  '1': { points: 18, rules: 13, requirements: 6 },
  '2': { points: 5, rules: 3, requirements: 3 },
  '3': { points: 3, rules: 1, requirements: 2 },
  '4': { points: 10, rules: 8, requirements: 5 },
  '5': { points: 12, rules: 5, requirements: 4 },
  '6': { points: 9, rules: 3, requirements: 3 },
  '7': { points: 5, rules: 5, requirements: 3 },
  '8': { points: 5, rules: 4, requirements: 3 },
  '9': { points: 6, rules: 3, requirements: 3 },
  '10': { points: 4, rules: 1, requirements: 1 },
  '11': { points: 9, rules: 5, requirements: 1 },
  '12': { points: 14, rules: 4, requirements: 4 },
};

const TREE = `query Tree($id: ID!) {
  campaign(id: $id) {
    id name totalScore
    indicators {
      code title maxScore
      children { code }
      requirements { code text }
      scoringRules { code text points kind scoring { kind perItem { each cap } } note responsibleUnits { name isGroup role inherited department { name } group { name } } }
    }
  }
}`;

interface TreeIndicator {
  code: string;
  title: string;
  maxScore: number;
  children: { code: string }[];
  requirements: { code: string; text: string }[];
  scoringRules: {
    code: string;
    text: string;
    points: number;
    kind: string;
    scoring: Record<string, unknown>;
    note: string | null;
    responsibleUnits: { name: string; isGroup: boolean; role: string; inherited: boolean; department: { name: string } | null; group: { name: string } | null }[];
  }[];
}

describe('the seeded Shapingba campaign through GraphQL', () => {
  let t: TestApi;
  let campaignId: string;
  let indicators: TreeIndicator[];

  beforeAll(async () => {
    t = await startTestApi();
    const list = await t.gql<{ campaigns: { id: string; name: string; state: string; phases: unknown[] }[] }>('{ campaigns { id name state phases { key name startsOn endsOn steps { key name } } } }');
    expect(list.errors).toBeUndefined();
    campaignId = list.data!.campaigns[0].id;
    const tree = await t.gql<{ campaign: { indicators: TreeIndicator[] } }>(TREE, { id: campaignId });
    expect(tree.errors).toBeUndefined();
    indicators = tree.data!.campaign.indicators;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists one campaign with its three phases and the creation sub-steps, dated as in the plan', async () => {
    const { data } = await t.gql('{ campaigns { name state phases { key name startsOn endsOn steps { key name } } } }');
    expect(data!.campaigns).toHaveLength(1);
    const [campaign] = data!.campaigns;
    expect(campaign.name).toBe('沙坪坝区创建2021—2025年度全国科普示范区');
    expect(campaign.phases.map((p: { key: string; startsOn: string; endsOn: string }) => [p.key, p.startsOn, p.endsOn])).toEqual([
      ['preparation', '2021-12-01', '2022-03-31'],
      ['creation', '2022-04-01', '2022-11-30'],
      ['accreditation', '2022-12-01', '2023-01-31'],
    ]);
    expect(campaign.phases[1].steps.map((s: { key: string }) => s.key)).toEqual(['creation.publicity', 'creation.evidence', 'creation.city-assessment']);
  });

  it('has 12 indicators, 38 requirements, 55 rules and 100 points', async () => {
    expect(indicators).toHaveLength(12);
    expect(indicators.flatMap((i) => i.requirements)).toHaveLength(38);
    expect(indicators.flatMap((i) => i.scoringRules)).toHaveLength(55);
    expect(indicators.reduce((sum, i) => sum + i.maxScore, 0)).toBe(100);
    const { data } = await t.gql('query($id: ID!) { campaign(id: $id) { totalScore } }', { id: campaignId });
    expect(data!.campaign.totalScore).toBe(100);
  });

  it('matches every per-indicator subtotal, rule count and requirement count, in table order', () => {
    expect(indicators.map((i) => i.code)).toEqual(Object.keys(SUBTOTALS).sort((a, b) => Number(a) - Number(b)));
    for (const indicator of indicators) {
      const expected = SUBTOTALS[indicator.code];
      expect({ code: indicator.code, points: indicator.maxScore, rules: indicator.scoringRules.length, requirements: indicator.requirements.length }).toEqual({
        code: indicator.code,
        ...expected,
      });
      const ruleSum = indicator.scoringRules.reduce((sum, rule) => sum + rule.points, 0);
      expect(Math.round(ruleSum * 100) / 100).toBe(indicator.maxScore);
      expect(indicator.children).toEqual([]);
    }
    expect(indicators[0].requirements.map((r) => r.code)).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5', '1-6']);
  });

  it('represents every rule kind as data, with the veto worth 0 points', () => {
    const rules = indicators.flatMap((i) => i.scoringRules);
    const kinds = new Set(rules.map((rule) => rule.kind));
    expect([...kinds].sort()).toEqual(['alternative', 'conditionalCap', 'fixed', 'perItem', 'range', 'series', 'tiered', 'veto']);
    const veto = rules.find((rule) => rule.kind === 'veto')!;
    expect(veto.text).toContain('取消创建资格');
    expect(veto.points).toBe(0);
    expect(indicators.find((i) => i.code === '9')!.scoringRules.filter((r) => r.kind === 'veto')).toHaveLength(1);
    const perItem = rules.find((rule) => rule.kind === 'perItem')!;
    expect(perItem.scoring).toMatchObject({ kind: 'perItem', perItem: { each: 2, cap: 4 } });
    expect(perItem.points).toBe(4);
    const range = rules.find((rule) => rule.text === '视工作情况，得0-3分')!;
    expect(range).toMatchObject({ kind: 'range', points: 3 });
  });

  it('inherits a blank responsible-unit cell from the row above, first unit leading', () => {
    const first = indicators[0].scoringRules;
    // 1.6 names 区委办、区政府办、区科协; 1.7–1.10 are blank in the table and inherit them.
    expect(first[5].responsibleUnits.map((u) => [u.name, u.role, u.inherited])).toEqual([
      ['区委办', 'lead', false],
      ['区政府办', 'support', false],
      ['区科协', 'support', false],
    ]);
    for (const rule of first.slice(6, 10)) {
      expect(rule.responsibleUnits.map((u) => [u.name, u.role, u.inherited])).toEqual([
        ['区委办', 'lead', true],
        ['区政府办', 'support', true],
        ['区科协', 'support', true],
      ]);
    }
    const groupUnit = indicators[2].scoringRules[0].responsibleUnits.find((u) => u.name === '各镇街')!;
    expect(groupUnit).toMatchObject({ isGroup: true, role: 'support', department: null, group: { name: '各镇街' } });
    expect(first[0].responsibleUnits[0]).toMatchObject({ name: '区委办', isGroup: false, department: { name: '区委办' }, group: null });
    expect(indicators[3].scoringRules[6].note).toContain('中国科协农技中心');
  });

  it('answers the whole tree in a fixed, small number of SQL statements (DataLoader, no N+1)', async () => {
    const orm = t.api.app.get(MikroORM);
    const knex = (orm.em as EntityManager).getConnection().getKnex();
    const statements: string[] = [];
    const listener = (query: { sql: string }) => statements.push(query.sql);
    knex.on('query', listener);
    try {
      const result = await t.gql(TREE, { id: campaignId });
      expect(result.errors).toBeUndefined();
    } finally {
      knex.off('query', listener);
    }
    // session, campaign, top-level indicators, children, requirements, rules, units, departments,
    // groups — at most; the indicator snapshot is cached per process once read (an earlier test
    // of this file may have read it), so rules and units are read at most once, never per row.
    expect(statements.length).toBeLessThanOrEqual(9);
    expect(statements.filter((sql) => sql.includes('"scoring_rule"')).length).toBeLessThanOrEqual(1);
    expect(statements.filter((sql) => sql.includes('"responsible_unit"')).length).toBeLessThanOrEqual(1);
  });
});
