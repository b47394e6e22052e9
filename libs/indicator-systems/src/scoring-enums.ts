import { registerEnumType } from '@nestjs/graphql';
import {
  ELECTIVE_COUNTINGS,
  RULE_KINDS,
  RULE_KIND_LABELS,
  SCORING_MODES,
  SCORING_MODE_LABELS,
  VERDICT_ROLL_UPS,
  VERDICT_RULE_KIND,
  type ElectiveCounting,
  type RuleKind,
  type ScoringMode,
  type VerdictRollUp,
} from '@accredit/scoring';
import type { ResponsibleRole } from './responsible-unit.entity';

/*
 * The closed sets of an indicator system as GraphQL enums. Each enum object maps the GraphQL
 * name to the stored value; the names are the stored strings themselves, so the wire values the
 * admin sends and reads did not change when the fields stopped being free strings, and the
 * services keep working with the scoring library's string unions.
 */

const keyed = <T extends string>(values: readonly T[]): { [K in T]: K } => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

/** A scoring rule's kind: the eight points kinds plus `verdict` (judged, not scored). */
export type ScoringRuleKind = RuleKind | typeof VERDICT_RULE_KIND;
export const ScoringRuleKindEnum = keyed<ScoringRuleKind>([...RULE_KINDS, VERDICT_RULE_KIND]);
registerEnumType(ScoringRuleKindEnum, {
  name: 'ScoringRuleKind',
  description: '评分规则类型',
  valuesMap: {
    ...Object.fromEntries(RULE_KINDS.map((kind) => [kind, { description: RULE_KIND_LABELS[kind] }])),
    verdict: { description: '达标判定（不计分，判定达标、基本达标或未达标）' },
  } as Record<ScoringRuleKind, { description: string }>,
});

export const ScoringModeEnum = keyed<ScoringMode>(SCORING_MODES);
registerEnumType(ScoringModeEnum, {
  name: 'ScoringMode',
  description: '计分方式',
  valuesMap: Object.fromEntries(SCORING_MODES.map((mode) => [mode, { description: SCORING_MODE_LABELS[mode] }])) as Record<ScoringMode, { description: string }>,
});

export const ElectiveCountingEnum = keyed<ElectiveCounting>(ELECTIVE_COUNTINGS);
registerEnumType(ElectiveCountingEnum, {
  name: 'ElectiveCounting',
  description: '选做组中未选项如何计分',
  valuesMap: {
    normalise: { description: '未选项不计入满分，按所选项折算' },
    bestN: { description: '取最好的 N 项计分' },
  },
});

export const VerdictRollUpEnum = keyed<VerdictRollUp>(VERDICT_ROLL_UPS);
registerEnumType(VerdictRollUpEnum, {
  name: 'VerdictRollUp',
  description: '达标判定的汇总方式',
  valuesMap: {
    worst: { description: '取最差的判定' },
    mean: { description: '按各判定数值的平均值' },
  },
});

/** The ranking direction of a tiered rule (分档赋分). */
export type RankOrder = 'asc' | 'desc';
export const RankOrderEnum = keyed<RankOrder>(['asc', 'desc']);
registerEnumType(RankOrderEnum, {
  name: 'RankOrder',
  description: '分档赋分的排名方向',
  valuesMap: {
    asc: { description: '越小越好' },
    desc: { description: '越大越好' },
  },
});

export const ResponsibleRoleEnum = keyed<ResponsibleRole>(['lead', 'support']);
registerEnumType(ResponsibleRoleEnum, {
  name: 'ResponsibleRole',
  description: '责任单位在一条评分规则中的角色',
  valuesMap: {
    lead: { description: '牵头' },
    support: { description: '配合' },
  },
});

/** How serious a problem found in an indicator table or template is. */
export type ProblemSeverity = 'error' | 'warning';
export const ProblemSeverityEnum = keyed<ProblemSeverity>(['error', 'warning']);
registerEnumType(ProblemSeverityEnum, {
  name: 'ProblemSeverity',
  description: '问题的严重程度',
  valuesMap: {
    error: { description: '须改正后才能保存或导入' },
    warning: { description: '提醒，可以忽略' },
  },
});
