import { inheritUnits } from './inherit-units';
import type { TableIndicator, TableRule } from './indicator-table';

const rule = (units: string[]): TableRule => ({ text: 'r', points: 1, scoring: { kind: 'fixed', points: 1 }, units, note: '' });

describe('inheritUnits', () => {
  it('fills a blank cell from the row above and marks the first unit as lead', () => {
    const indicator: TableIndicator = {
      code: '1',
      title: 't',
      maxScore: 3,
      requirements: [],
      rules: [rule(['区委办', '区政府办']), rule([]), rule(['区科协']), rule([])],
    };
    expect(inheritUnits(indicator)).toEqual([
      [
        { name: '区委办', role: 'lead', inherited: false },
        { name: '区政府办', role: 'support', inherited: false },
      ],
      [
        { name: '区委办', role: 'lead', inherited: true },
        { name: '区政府办', role: 'support', inherited: true },
      ],
      [{ name: '区科协', role: 'lead', inherited: false }],
      [{ name: '区科协', role: 'lead', inherited: true }],
    ]);
  });

  it('leaves a rule without units when nothing above it has any', () => {
    const indicator: TableIndicator = { code: '2', title: 't', maxScore: 1, requirements: [], rules: [rule([])] };
    expect(inheritUnits(indicator)).toEqual([[]]);
  });

  it('stops inheriting at a rule of the organisation’s own (「本单位」), and the blank cells below it follow', () => {
    const own = { ...rule([]), organisationOwned: true as const };
    const indicator: TableIndicator = { code: '3', title: 't', maxScore: 4, requirements: [], rules: [rule(['区科协']), own, rule([]), rule(['区教委'])] };
    expect(inheritUnits(indicator)).toEqual([[{ name: '区科协', role: 'lead', inherited: false }], [], [], [{ name: '区教委', role: 'lead', inherited: false }]]);
  });
});
