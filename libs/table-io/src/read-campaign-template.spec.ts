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
    const result = readCampaignTemplate('key: x\norganisation: {code: "500106", name: a, shortName: a}\ndepartments: []\ngroups: []\nindicatorSystem: {key: k, version: 1, name: n, indicators: []}\ncampaign: {name: c, taskPhase: p, phases: [{key: p, name: P, startsOn: 2022-4-1, endsOn: 2022-11-30}]}');
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
});
