import type { IndicatorTable } from '../indicator-table';
import { type UnitCandidate, applyUnitMapping, suggestUnitMatches, unitSimilarity } from './unit-mapping';

const CANDIDATES: UnitCandidate[] = [
  { name: '区委组织部', kind: 'department', fullName: '中共重庆市沙坪坝区委组织部' },
  { name: '区委宣传部', kind: 'department' },
  { name: '区发改委', kind: 'department', fullName: '重庆市沙坪坝区发展和改革委员会' },
  { name: '区科协', kind: 'department', fullName: '重庆市沙坪坝区科学技术协会' },
  { name: '各镇街', kind: 'group' },
  { name: '小龙坎街道', kind: 'department' },
];

describe('suggestUnitMatches', () => {
  it('offers the department a misspelt or longer name means, best first', () => {
    expect(suggestUnitMatches('区委组织部门', CANDIDATES)[0]).toMatchObject({ name: '区委组织部', kind: 'department' });
    expect(suggestUnitMatches('区发展改革委', CANDIDATES)[0].name).toBe('区发改委');
    expect(suggestUnitMatches('沙坪坝区科学技术协会', CANDIDATES)[0].name).toBe('区科协');
    expect(suggestUnitMatches('各镇、街道', CANDIDATES)[0]).toMatchObject({ name: '各镇街', kind: 'group' });
  });

  it('offers nothing for an unrelated name', () => {
    expect(suggestUnitMatches('市气象局', CANDIDATES)).toEqual([]);
  });

  it('rates the same name 1', () => {
    expect(unitSimilarity('区科协', '区科协')).toBe(1);
  });
});

describe('applyUnitMapping', () => {
  it('renames mapped units, keeps the others, and merges a unit named twice', () => {
    const table: IndicatorTable = {
      key: 'k',
      version: 1,
      name: 'n',
      totalScore: 2,
      indicators: [
        {
          code: '1',
          title: 't',
          maxScore: 2,
          requirements: [],
          rules: [{ text: 'a2分', points: 2, scoring: { kind: 'fixed', points: 2 }, units: ['区委组织部门', '区科协', '区委组织部'], note: '' }],
        },
      ],
    };
    const mapped = applyUnitMapping(table, new Map([['区委组织部门', '区委组织部']]));
    expect(mapped.indicators[0].rules[0].units).toEqual(['区委组织部', '区科协']);
    expect(table.indicators[0].rules[0].units[0]).toBe('区委组织部门');
  });
});
