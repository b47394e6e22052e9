import { parseFormDefinition } from '@accredit/forms';
import { mayTie, tiedFigures } from './tied-figures';

const SOURCE = `key: survey
version: 1
name: 调查表
sections:
  - key: s
    label: 基本情况
    fields:
      - { key: volunteers, type: number, label: 注册科技志愿者, unit: 人, ties: { requirement: "7-1" } }
      - { key: teams, type: number, label: 志愿服务队伍, unit: 支, ties: { requirement: "7-1" } }
      - { key: funding, type: number, label: 人均经费, unit: 元/人, ties: { rule: "5.1" } }
      - { key: note, type: text, label: 备注 }
      - key: facilities
        type: table
        label: 科普设施
        columns:
          - { key: name, type: text, label: 名称, ties: { requirement: "6-1" } }
          - { key: quantity, type: number, label: 数量 }
`;

function definition() {
  const parsed = parseFormDefinition(SOURCE, 'survey.yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.definition;
}

describe('tiedFigures', () => {
  const values = {
    volunteers: 1500,
    funding: 2.5,
    note: '无',
    facilities: [
      { name: '科技馆', quantity: 1 },
      { name: '科普画廊', quantity: 12 },
    ],
  };

  it('lists the filled fields tied to one of the task’s requirements, with the unit in the text', () => {
    expect(tiedFigures(definition(), values, { ruleCode: '7.1', requirementCodes: ['7-1', '7-2'] })).toEqual([
      { path: 'volunteers', label: '注册科技志愿者', tie: { requirement: '7-1' }, value: { key: 'volunteers', number: 1500 }, text: '1500 人' },
    ]);
  });

  it('matches a rule tie by the rule’s code, and a table column row by row', () => {
    expect(tiedFigures(definition(), values, { ruleCode: '5.1', requirementCodes: ['6-1'] })).toEqual([
      { path: 'funding', label: '人均经费', tie: { rule: '5.1' }, value: { key: 'funding', number: 2.5 }, text: '2.5 元/人' },
      {
        path: 'facilities.name',
        label: '科普设施 · 名称',
        tie: { requirement: '6-1' },
        value: { key: 'facilities', rows: [[{ key: 'name', text: '科技馆' }], [{ key: 'name', text: '科普画廊' }]] },
        text: '科技馆、科普画廊',
      },
    ]);
  });

  it('finds nothing for another target, and says so before any form is read', () => {
    expect(tiedFigures(definition(), values, { ruleCode: '1.1', requirementCodes: ['1-1'] })).toEqual([]);
    expect(mayTie(definition(), { ruleCode: '1.1', requirementCodes: ['1-1'] })).toBe(false);
    expect(mayTie(definition(), { ruleCode: '1.1', requirementCodes: ['6-1'] })).toBe(true);
  });
});
