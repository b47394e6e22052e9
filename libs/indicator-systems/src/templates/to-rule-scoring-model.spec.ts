import type { ScoringParams } from '@accredit/table-io';
import { toRuleParams } from './to-rule-params';
import { toRuleScoringModel } from './to-rule-scoring-model';
import type { RuleScoringInput } from './rule-scoring-kinds.model';

// RuleScoring is the kind and one field named after it: no flat parameter beside it (issue 16 —
// two shapes of the same data in one type), and what it reads is what the editor can send back.

const KINDS = ['fixed', 'range', 'alternative', 'tiered', 'perItem', 'conditionalCap', 'veto', 'series', 'verdict'] as const;

const PARAMS: ScoringParams[] = [
  { kind: 'fixed', points: 2 },
  { kind: 'range', min: 0, max: 3 },
  {
    kind: 'alternative',
    options: [
      { label: '2020年以来有表彰', points: 1 },
      { label: '2016年以来有表彰', points: 0.5 },
    ],
  },
  { kind: 'tiered', min: 1, max: 5, basis: '人均财政科普经费', order: 'desc', step: 2, singleApplicant: { kind: 'range', min: 1, max: 5 } },
  { kind: 'tiered', min: 1, max: 5 },
  { kind: 'perItem', each: 2, cap: 4, item: '科普基地' },
  { kind: 'perItem', each: 1, cap: 3 },
  { kind: 'conditionalCap', min: 0, max: 4, cap: 2, condition: '未处于前30%' },
  { kind: 'veto', condition: '发生重大科普安全事故' },
  { kind: 'series', points: 2, years: [2021, 2022, 2023], condition: '人均科普经费逐年递增' },
  { kind: 'verdict' },
];

/** The read field of the kind as the editor sends it back: nulls left out, as a form does. */
function asInput(model: Record<string, unknown>, kind: string): RuleScoringInput {
  const member = model[kind];
  if (typeof member !== 'object' || member === null) return { [kind]: member } as RuleScoringInput;
  const given = Object.entries(member).filter(([, value]) => value !== null && value !== undefined);
  return { [kind]: Object.fromEntries(given) } as RuleScoringInput;
}

describe('toRuleScoringModel', () => {
  it.each(PARAMS.map((params) => [params.kind, params] as const))('reads a rule of kind %s as its kind and the one field of its kind, nothing flat beside', (kind, params) => {
    const model = toRuleScoringModel(params) as unknown as Record<string, unknown>;
    expect(Object.keys(model).sort()).toEqual(['kind', ...KINDS].sort());
    expect(model['kind']).toBe(kind);
    expect(KINDS.filter((k) => model[k] !== null)).toEqual([kind]);
  });

  it.each(PARAMS.map((params) => [params.kind, params] as const))('gives a rule of kind %s back as the same parameters when its field is sent as RuleScoringInput', (kind, params) => {
    const model = toRuleScoringModel(params) as unknown as Record<string, unknown>;
    expect(toRuleParams(asInput(model, kind))).toEqual(params);
  });
});
