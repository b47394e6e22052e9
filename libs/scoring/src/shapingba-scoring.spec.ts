import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkRuleParams } from './rule-params';
import { scoreRule } from './score-rule';
import { type RecordedScore, type ScoringSystem, totals } from './totals';

interface YamlRule {
  text: string;
  points: number;
  scoring: Record<string, unknown>;
}
interface YamlIndicator {
  code: string;
  title: string;
  maxScore: number;
  rules: YamlRule[];
}

const template = parse(readFileSync(join(__dirname, '../../campaign-setup/templates/shapingba-2021-2025.yaml'), 'utf8')) as { indicatorSystem: { totalScore: number; indicators: YamlIndicator[] } };
const system: ScoringSystem = {
  totalScore: template.indicatorSystem.totalScore,
  indicators: template.indicatorSystem.indicators.map((indicator) => ({
    id: indicator.code,
    code: indicator.code,
    title: indicator.title,
    maxScore: indicator.maxScore,
    rules: indicator.rules.map((rule, index) => ({ id: `${indicator.code}.${index + 1}`, code: `${indicator.code}.${index + 1}`, text: rule.text, points: rule.points, params: rule.scoring })),
    children: [],
  })),
};

/** The best input for each kind: what a district that met every requirement records. */
function bestInput(params: Record<string, unknown>): unknown {
  switch (params['kind']) {
    case 'fixed':
      return { achieved: true };
    case 'range':
      return { points: params['max'] };
    case 'alternative':
      return { option: (params['options'] as { label: string }[])[0].label };
    case 'tiered':
      return { rank: 1, of: 8 };
    case 'perItem':
      return { items: 10 };
    case 'conditionalCap':
      return { points: params['max'], conditionMet: false };
    case 'veto':
      return { triggered: false };
    case 'series':
      return { values: [1, 2, 3] };
    default:
      throw new Error(`unknown kind ${String(params['kind'])}`);
  }
}

describe('the Shapingba table scored with the scoring library', () => {
  const rules = system.indicators.flatMap((indicator) => indicator.rules);

  it('has every rule kind of the seeds README, each with valid parameters', () => {
    expect(new Set(rules.map((rule) => rule.params['kind']))).toEqual(new Set(['fixed', 'range', 'alternative', 'tiered', 'perItem', 'conditionalCap', 'veto', 'series']));
    for (const rule of rules) expect(checkRuleParams(rule.params)).toMatchObject({ ok: true, maximum: rule.points });
  });

  it('gives 100 for full marks on every rule, and each indicator its maxScore', () => {
    const best = new Map<string, RecordedScore>(
      rules.map((rule) => {
        const result = scoreRule(rule.params, bestInput(rule.params));
        if (!result.ok) throw new Error(`${rule.code}: ${result.problems.join('; ')}`);
        return [rule.id, result.score];
      }),
    );
    const result = totals(system, best);
    expect(result).toMatchObject({ points: 100, maxTotal: 100, vetoed: false, complete: true, rules: 55 });
    expect(result.indicators.map((indicator) => indicator.points)).toEqual(system.indicators.map((indicator) => indicator.maxScore));
  });

  it('fails the campaign on the 9th indicator’s veto whatever the points', () => {
    const veto = rules.find((rule) => rule.params['kind'] === 'veto')!;
    const scored = new Map<string, RecordedScore>(rules.map((rule) => [rule.id, { points: rule.points, vetoed: false }]));
    const vetoScore = scoreRule(veto.params, { triggered: true });
    if (!vetoScore.ok) throw new Error('veto input refused');
    scored.set(veto.id, vetoScore.score);
    expect(totals(system, scored)).toMatchObject({ points: 100, vetoed: true, vetoedBy: ['9.3'] });
  });
});
