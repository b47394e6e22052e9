import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCampaignTemplate } from './read-campaign-template';

const SHAPINGBA = readFileSync(join(__dirname, '../../campaign-setup/templates/shapingba-2021-2025.yaml'), 'utf8');

describe('readCampaignTemplate', () => {
  it('reads the shipped Shapingba template without problems', () => {
    const result = readCampaignTemplate(SHAPINGBA);
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
    expect(result.template.indicatorSystem.indicators).toHaveLength(12);
    expect(result.warnings).toEqual([]);
    expect(result.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same checksum for the same content written differently', () => {
    const a = readCampaignTemplate(SHAPINGBA);
    const b = readCampaignTemplate(`# another comment\n${SHAPINGBA}`);
    expect(a.ok && b.ok && a.checksum === b.checksum).toBe(true);
  });

  it('reports a wrong subtotal, an unknown unit and a points/params mismatch with their paths', () => {
    const broken = SHAPINGBA.replace('maxScore: 18', 'maxScore: 17').replace('units: [区委组织部]', 'units: [区委组织部门]');
    const result = readCampaignTemplate(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath['indicatorSystem.indicators[0].maxScore']).toContain('与其评分规则合计 18 不一致');
    expect(byPath['indicatorSystem.indicators[1].rules[0].units[0]']).toContain('区委组织部门');
    expect(byPath['indicatorSystem.totalScore']).toContain('99');
  });

  it('reports structural errors (missing fields, bad dates) before meaning', () => {
    const result = readCampaignTemplate(
      'key: x\norganisation: {code: "500106", name: a, shortName: a}\ndepartments: []\ngroups: []\nindicatorSystem: {key: k, version: 1, name: n, indicators: []}\ncampaign: {name: c, taskPhase: p, phases: [{key: p, name: P, startsOn: 2022-4-1, endsOn: 2022-11-30}]}',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('organisation 缺少必填字段 leadOffice'),
        expect.stringContaining('departments 不能为空'),
        expect.stringContaining('campaign.phases[0].startsOn 格式不正确'),
      ]),
    );
  });

  it('refuses text that is not YAML', () => {
    const result = readCampaignTemplate('key: [unclosed');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain('不是有效的 YAML');
  });

  describe('the general indicator model', () => {
    const DOC = readFileSync(join(__dirname, '../../../docs/templates.md'), 'utf8');
    const skeleton = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)][0][1].split('indicatorSystem:')[0];
    const campaign = 'campaign:\n  name: c\n  taskPhase: p\n  phases: [{ key: p, name: P, startsOn: 2026-04-01, endsOn: 2026-11-30 }]\n';
    const system = (body: string) => `${skeleton}indicatorSystem:\n  key: k\n  version: 1\n  name: n\n${body}\n${campaign}`;
    const problems = (body: string) => {
      const result = readCampaignTemplate(system(body));
      return result.ok ? result.warnings.map((p) => `${p.path} ${p.message}`) : result.problems.map((p) => `${p.path} ${p.message}`);
    };
    const rule = (points: number, kind = 'range') =>
      kind === 'verdict' ? '{ text: r, points: 0, scoring: { kind: verdict }, units: [区科协] }' : `{ text: r, points: ${points}, scoring: { kind: range, min: 0, max: ${points} }, units: [区科协] }`;

    it('checks a parent’s stated points against its children at any depth', () => {
      expect(
        problems(
          `  totalScore: 100\n  indicators:\n    - { code: '1', title: a, maxScore: 90, requirements: [], rules: [], children: [{ code: '1.1', title: b, requirements: [], rules: [${rule(100)}] }] }`,
        ),
      ).toEqual(['indicatorSystem.indicators[0].maxScore 指标 1 的分值 90 与其下级指标分值合计 100 不一致', 'indicatorSystem.totalScore 总分 100 与各指标分值合计 90 不一致']);
    });

    it('refuses a weight under a parent not scored by weights, and a weighted parent with an unweighted child', () => {
      expect(problems(`  totalScore: 100\n  indicators:\n    - { code: '1', title: a, weight: 0.5, requirements: [], rules: [${rule(100)}] }`)).toEqual([
        'indicatorSystem.indicators[0].weight 指标 1 有权重 0.5，但其上级不按权重计分：权重只在按权重计分的指标之下有效',
      ]);
      expect(
        problems(
          `  totalScore: 100\n  scoringMode: weights\n  indicators:\n    - { code: '1', title: a, weight: 1, requirements: [], rules: [${rule(10)}] }\n    - { code: '2', title: b, requirements: [], rules: [${rule(10)}] }`,
        ),
      ).toEqual(['indicatorSystem.indicators[1].weight 指标 2 没有权重：指标体系按权重计分，一级指标都要有权重']);
    });

    it('refuses points in a checklist and a verdict rule where points are scored', () => {
      expect(problems(`  scoringMode: verdicts\n  indicators:\n    - { code: A1, title: a, maxScore: 5, requirements: [], rules: [${rule(5)}] }`)).toEqual([
        'indicatorSystem.indicators[0].maxScore 指标 A1 不计分（达标判定），不应有分值 5',
        'indicatorSystem.indicators[0].rules[0].scoring 指标 A1 不计分（达标判定），其评分规则应按判定等级评判（kind: verdict），不应按「range」计分',
      ]);
      expect(problems(`  totalScore: 100\n  indicators:\n    - { code: '1', title: a, requirements: [], rules: [${rule(100)}, ${rule(0, 'verdict')}] }`)).toEqual([
        'indicatorSystem.indicators[0].rules[1].scoring 指标 1 按分值计分，其评分规则不能只作判定（verdict）：请写明分值，或把这部分设为不计分（scoringMode: verdicts）',
      ]);
    });

    it('refuses an elective group that cannot be chosen, and an own-work rule with units', () => {
      const options = `[{ code: '1.1', title: x, requirements: [], rules: [${rule(50)}] }, { code: '1.2', title: y, requirements: [], rules: [${rule(50)}] }]`;
      expect(problems(`  totalScore: 100\n  indicators:\n    - { code: '1', title: a, elective: { min: 2, max: 3, counting: normalise }, requirements: [], rules: [], children: ${options} }`)).toEqual(
        ['indicatorSystem.indicators[0].elective 指标 1（选做）：选做组最多可选 3 项，但只有 2 个可选的下级指标'],
      );
      expect(
        problems(
          `  totalScore: 100\n  indicators:\n    - { code: '1', title: a, requirements: [], rules: [{ text: r, points: 100, scoring: { kind: fixed, points: 100 }, units: [区科协], organisationOwned: true }] }`,
        ),
      ).toEqual(['indicatorSystem.indicators[0].rules[0].organisationOwned 本单位自己的工作（organisationOwned）不能同时有责任单位 units']);
    });

    it('says which values a field allows', () => {
      expect(problems(`  scoringMode: weighted\n  indicators:\n    - { code: '1', title: a, requirements: [], rules: [] }`)).toEqual([
        'indicatorSystem.scoringMode 应为以下之一：points、weights、verdicts',
      ]);
    });

    it('accepts a first rule without units: the organisation’s own work', () => {
      expect(
        problems(`  totalScore: 100\n  indicators:\n    - { code: '1', title: a, requirements: [], rules: [{ text: r, points: 100, scoring: { kind: fixed, points: 100 }, units: [] }] }`),
      ).toEqual([]);
    });
  });
});
