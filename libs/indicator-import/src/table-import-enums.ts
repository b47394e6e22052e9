import { registerEnumType } from '@nestjs/graphql';
import type { TableLayout, TableProblemCode } from '@accredit/table-io';

/*
 * The closed sets of an indicator-table preview as GraphQL enums (GraphQL name → value the
 * table reader produces). Names equal the values where the value is a valid GraphQL name;
 * the layouts carry a hyphen, so their names use an underscore instead.
 */

export const TableLayoutEnum: Record<'two_level' | 'numbered' | 'multi_level', TableLayout> = {
  two_level: 'two-level',
  numbered: 'numbered',
  multi_level: 'multi-level',
};
registerEnumType(TableLayoutEnum, {
  name: 'TableLayout',
  description: '指标体系表的版式',
  valuesMap: {
    two_level: { description: '两级（任务分解表：指标、评分规则）' },
    numbered: { description: '按序号分级（1、1.1、1.1.1）' },
    multi_level: { description: '多级（A/B/C 级指标分列）' },
  },
});

export const UnitSuggestionKindEnum = { department: 'department', group: 'group' } as const;
registerEnumType(UnitSuggestionKindEnum, {
  name: 'UnitSuggestionKind',
  description: '建议对应的是部门还是部门组',
  valuesMap: {
    department: { description: '部门' },
    group: { description: '部门组' },
  },
});

const TABLE_PROBLEM_DESCRIPTIONS: Record<TableProblemCode, string> = {
  UNSUPPORTED_FILE: '不支持的文件类型（须为 .xlsx 或 .csv）',
  UNREADABLE_FILE: '文件无法读取',
  TOO_LARGE: '表格行数超过上限',
  NO_TABLE: '找不到指标体系表',
  MISSING_COLUMN: '缺少必需的列',
  EMPTY_TABLE: '表中没有指标',
  MISSING_TITLE: '缺少指标名称',
  DUPLICATE_CODE: '指标序号重复',
  MISSING_POINTS: '缺少分值',
  BAD_POINTS: '分值无法识别',
  BAD_PARAMS: '计分参数有误',
  POINTS_MISMATCH: '规则分值与计分方式或规则文字中的最高分不一致',
  SUBTOTAL_MISMATCH: '下级分值合计与上级不符',
  TOTAL_MISMATCH: '写明的总分与各指标分值合计不一致',
  TOTAL_NOT_100: '总分不是 100',
  NO_UNITS: '评分规则没有责任单位（作为本单位自己的工作）',
  UNKNOWN_UNIT: '本单位没有的责任单位',
  RULE_WITHOUT_INDICATOR: '评分规则不属于任何指标',
  MISSING_RULE: '有责任单位但没有评分规则',
  ORPHAN_LEVEL: '层级缺少上级指标',
  UNCLOSED_QUOTE: '引号未闭合（CSV）',
  UNKNOWN_COLUMN: '无法识别的列',
  BAD_COLUMN_MAPPING: '列的对应关系有误',
  UNUSED_SHEET: '未读取的工作表',
  BAD_WEIGHT: '权重有误',
  WEIGHT_SUM: '权重合计不是 1（或 100%）',
  BAD_ELECTIVE: '选做组设置有误',
  BAD_SCORING_MODE: '计分方式有误',
  BAD_VERDICTS: '判定等级有误',
};

export const TableProblemCodeEnum = Object.fromEntries(Object.keys(TABLE_PROBLEM_DESCRIPTIONS).map((code) => [code, code])) as {
  [K in TableProblemCode]: K;
};
registerEnumType(TableProblemCodeEnum, {
  name: 'TableProblemCode',
  description: '指标体系表问题的代码（稳定，可据此处理）',
  valuesMap: Object.fromEntries(Object.entries(TABLE_PROBLEM_DESCRIPTIONS).map(([code, description]) => [code, { description }])) as Record<TableProblemCode, { description: string }>,
});

/**
 * The GraphQL name of a layout, for the HTTP preview route: it answers with the same JSON as the
 * GraphQL mutation, so the admin reads one contract whichever way the file went.
 */
export function tableLayoutName(layout: string | null): keyof typeof TableLayoutEnum | null {
  if (layout === null) return null;
  const name = (Object.keys(TableLayoutEnum) as (keyof typeof TableLayoutEnum)[]).find((key) => TableLayoutEnum[key] === layout);
  return name ?? null;
}
