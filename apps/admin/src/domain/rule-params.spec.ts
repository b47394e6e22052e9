import { describe, expect, it } from 'vitest';
import type { RuleScoringInput } from '../graphql/generated/graphql';
import { ruleScoringOf } from '../testing/rule-scoring.fixture';
import { type RuleParamsDraft, emptyRuleParams, readRuleParams, toScoringInput } from './rule-params';

// The admin reads a rule's scoring per kind and sends it per kind; the flat draft between is the
// form's. A rule read and saved unchanged must send the parameters it was read with.

const INPUTS: RuleScoringInput[] = [
  { fixed: { points: 2 } },
  { range: { min: 0, max: 3 } },
  {
    alternative: {
      options: [
        { label: '2020年以来有表彰', points: 1 },
        { label: '2016年以来有表彰', points: 0.5 },
      ],
    },
  },
  { tiered: { min: 1, max: 5, basis: '人均财政科普经费', order: 'desc', step: 2, singleApplicant: { min: 1, max: 5 } } },
  { tiered: { min: 1, max: 5 } },
  { perItem: { each: 2, cap: 4, item: '科普基地' } },
  { perItem: { each: 1, cap: 3 } },
  { conditionalCap: { min: 0, max: 4, cap: 2, condition: '未处于前30%' } },
  { veto: { condition: '发生重大科普安全事故' } },
  { series: { points: 2, years: [2021, 2022, 2023], condition: '人均科普经费逐年递增' } },
  { series: { points: 2, years: [2021, 2022] } },
  { verdict: true },
];

describe('readRuleParams', () => {
  it.each(INPUTS.map((input) => [JSON.stringify(input), input] as const))('reads %s and sends it back unchanged', (_name, input) => {
    expect(toScoringInput(readRuleParams(ruleScoringOf(input)))).toEqual({ ok: true, input });
  });

  it('takes the parameters from the field of the kind only', () => {
    const read = { ...ruleScoringOf({ tiered: { min: 1, max: 5, step: 2, singleApplicant: { min: 1, max: 3 } } }), range: { min: 7, max: 9 } };
    expect(readRuleParams(read)).toEqual<RuleParamsDraft>({ ...emptyRuleParams('tiered'), min: 1, max: 5, step: 2, singleApplicant: { min: 1, max: 3 } });
  });

  it('reads a kind whose field is missing as nothing filled in, so the editor asks for the numbers', () => {
    const read = { ...ruleScoringOf({ fixed: { points: 2 } }), kind: 'conditionalCap' as const };
    expect(readRuleParams(read)).toEqual(emptyRuleParams('conditionalCap'));
    expect(toScoringInput(readRuleParams(read))).toEqual({ ok: false, missing: ['min', 'max', 'cap'] });
  });
});

describe('toScoringInput', () => {
  it.each<[RuleParamsDraft, RuleScoringInput]>([
    [{ ...emptyRuleParams('range'), min: 0, max: 3, points: 9 }, { range: { min: 0, max: 3 } }],
    [{ ...emptyRuleParams('alternative'), options: [{ label: '甲', points: 2 }] }, { alternative: { options: [{ label: '甲', points: 2 }] } }],
    [
      { ...emptyRuleParams('tiered'), min: 1, max: 5, order: 'desc', singleApplicant: { min: 1, max: 3 } },
      { tiered: { min: 1, max: 5, basis: undefined, order: 'desc', step: undefined, singleApplicant: { min: 1, max: 3 } } },
    ],
    [{ ...emptyRuleParams('perItem'), each: 2, cap: 4, item: '活动' }, { perItem: { each: 2, cap: 4, item: '活动' } }],
    [{ ...emptyRuleParams('conditionalCap'), min: 0, max: 4, cap: 2, condition: '未处于前30%' }, { conditionalCap: { min: 0, max: 4, cap: 2, condition: '未处于前30%' } }],
    [emptyRuleParams('veto'), { veto: { condition: '' } }],
    [{ ...emptyRuleParams('series'), points: 2, years: [2019, 2020] }, { series: { points: 2, years: [2019, 2020], condition: undefined } }],
    [emptyRuleParams('verdict'), { verdict: true }],
  ])('sends only the parameters of %j’s kind, under its name', (scoring, input) => {
    expect(toScoringInput(scoring)).toEqual({ ok: true, input });
  });

  it('names the numbers the kind needs that are empty', () => {
    expect(toScoringInput(emptyRuleParams('conditionalCap'))).toEqual({ ok: false, missing: ['min', 'max', 'cap'] });
  });
});
