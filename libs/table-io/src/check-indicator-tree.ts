import { type ElectiveGroup, type ScoringMode, bottomUpMaximum, checkElectiveGroup, checkVerdictScale, VERDICT_RULE_KIND } from '@accredit/scoring';
import type { IndicatorTable, TableIndicator, TableRule } from './indicator-table';
import { toSystemIndicator } from './scoring-system';
import type { TableProblemCode } from './indicator-table/table-problem';

/** What a tree problem is about, so each reader can say where it is (a YAML path, a cell). */
export type TreeField = 'maxScore' | 'weight' | 'elective' | 'scoringMode' | 'rules' | 'scoring' | 'totalScore' | 'verdicts';

export interface TreeProblem {
  code: TableProblemCode;
  severity: 'error' | 'warning';
  /** Indices from the top: [2, 0] is indicators[2].children[0]; [] is the system itself. */
  at: number[];
  /** The indicator concerned (null for the system). */
  indicator: TableIndicator | null;
  /** Index of the rule concerned within the indicator, when it is about a rule. */
  rule?: number;
  field: TreeField;
  message: string;
}

export interface TreeCheckOptions {
  /** Rules whose points could not be read: sums involving them are not checked (one problem is enough). */
  pointsUnknown?: (rule: TableRule) => boolean;
}

const round = (value: number) => Math.round(value * 100) / 100;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const sumOf = (values: number[]) => round(values.reduce((sum, value) => sum + value, 0));

/**
 * Checks the structure a reader cannot see row by row, the same for a YAML template and a table:
 * scoring modes (a checklist subtree holds no points; a points subtree no verdict rules), weights
 * (only under a node scored by weights, positive, every sibling weighted; a warning when they
 * add up to neither 1 nor 100), elective groups (min/max against the options), the maximum a
 * node states against what is below it (a parent's maximum is its children's sum unless stated
 * otherwise), and the stated total.
 */
export function checkIndicatorTree(table: IndicatorTable, options: TreeCheckOptions = {}): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const add = (severity: TreeProblem['severity'], code: TableProblemCode, at: number[], indicator: TableIndicator | null, field: TreeField, message: string, rule?: number) =>
    problems.push({ code, severity, at, indicator, field, message, ...(rule === undefined ? {} : { rule }) });
  const unknown = options.pointsUnknown ?? (() => false);
  const systemMode: ScoringMode = table.scoringMode ?? 'points';

  if (table.verdicts) checkVerdictScale(table.verdicts).forEach((message) => add('error', 'BAD_VERDICTS', [], null, 'verdicts', message));

  /** The maximum below a node, or null when some rule's points are unknown. */
  const knownMaximum = (indicator: TableIndicator, inherited: 'points' | 'verdicts'): number | null => {
    const known = (node: TableIndicator): boolean => node.rules.every((rule) => !unknown(rule)) && (node.children ?? []).every(known);
    return known(indicator) ? bottomUpMaximum(toSystemIndicator(indicator, indicator.code), inherited) : null;
  };

  const visit = (indicator: TableIndicator, at: number[], inherited: 'points' | 'verdicts', parentMode: ScoringMode) => {
    const children = indicator.children ?? [];
    const mode: ScoringMode = inherited === 'verdicts' ? 'verdicts' : (indicator.scoringMode ?? 'points');
    const label = `指标 ${indicator.code}`;

    if (inherited === 'verdicts' && indicator.scoringMode && indicator.scoringMode !== 'verdicts') {
      add('error', 'BAD_SCORING_MODE', at, indicator, 'scoringMode', `${label} 在不计分（达标判定）的指标之下，不能再按${indicator.scoringMode === 'weights' ? '权重' : '分值'}计分`);
    }
    if (indicator.weight !== undefined && parentMode !== 'weights') {
      add('error', 'BAD_WEIGHT', at, indicator, 'weight', `${label} 有权重 ${indicator.weight}，但其上级不按权重计分：权重只在按权重计分的指标之下有效`);
    } else if (indicator.weight !== undefined && (!isNumber(indicator.weight) || indicator.weight <= 0)) {
      add('error', 'BAD_WEIGHT', at, indicator, 'weight', `${label} 的权重「${String(indicator.weight)}」须为正数（如 0.3 或 30%）`);
    }

    if (mode === 'verdicts') {
      if (indicator.maxScore !== null && indicator.maxScore !== undefined) add('error', 'BAD_SCORING_MODE', at, indicator, 'maxScore', `${label} 不计分（达标判定），不应有分值 ${indicator.maxScore}`);
      indicator.rules.forEach((rule, index) => {
        if (rule.scoring.kind !== VERDICT_RULE_KIND && rule.scoring.kind !== 'veto') {
          add('error', 'BAD_SCORING_MODE', at, indicator, 'scoring', `${label} 不计分（达标判定），其评分规则应按判定等级评判（kind: verdict），不应按「${rule.scoring.kind}」计分`, index);
        } else if (rule.points !== 0) add('error', 'BAD_SCORING_MODE', at, indicator, 'scoring', `${label} 不计分（达标判定），其评分规则的分值应为 0`, index);
      });
    } else {
      indicator.rules.forEach((rule, index) => {
        if (rule.scoring.kind === VERDICT_RULE_KIND) {
          add(
            'error',
            'BAD_SCORING_MODE',
            at,
            indicator,
            'scoring',
            `${label} 按${mode === 'weights' ? '权重' : '分值'}计分，其评分规则不能只作判定（verdict）：请写明分值，或把这部分设为不计分（scoringMode: verdicts）`,
            index,
          );
        }
      });
    }

    if (mode === 'weights') {
      if (children.length === 0) add('error', 'BAD_SCORING_MODE', at, indicator, 'scoringMode', `${label} 按权重计分，但没有下级指标`);
      if (indicator.rules.length > 0) add('error', 'BAD_SCORING_MODE', at, indicator, 'rules', `${label} 按权重计分，不能直接有评分规则：请把评分规则放到其下级指标中`);
      checkWeights(indicator, children, at, add);
    }

    if (indicator.elective) {
      const group: ElectiveGroup = indicator.elective;
      checkElectiveGroup(group, children.length).forEach((message) => add('error', 'BAD_ELECTIVE', at, indicator, 'elective', `${label}（选做）：${message}`));
      if (indicator.rules.length > 0) add('error', 'BAD_ELECTIVE', at, indicator, 'elective', `${label} 是选做组，不能直接有评分规则：请把评分规则放到各选项（下级指标）中`);
      if (mode === 'weights') add('error', 'BAD_ELECTIVE', at, indicator, 'elective', `${label} 是选做组，按所选项的分值计分，不能同时按权重计分`);
    }

    // A stated maximum against what is below it.
    if (mode === 'points' && !indicator.elective && indicator.maxScore !== null && indicator.maxScore !== undefined && (indicator.rules.length > 0 || children.length > 0)) {
      const rules = indicator.rules.filter((rule) => rule.scoring.kind !== VERDICT_RULE_KIND);
      const below = children.map((child) => knownMaximum(child, 'points'));
      if (rules.every((rule) => !unknown(rule)) && below.every((value) => value !== null)) {
        const sum = sumOf([...rules.map((rule) => rule.points), ...(below as number[])]);
        if (sum !== round(indicator.maxScore)) {
          const what = children.length === 0 ? '其评分规则合计' : indicator.rules.length > 0 ? '其下级指标和评分规则合计' : '其下级指标分值合计';
          add('error', 'SUBTOTAL_MISMATCH', at, indicator, 'maxScore', `${label} 的分值 ${indicator.maxScore} 与${what} ${sum} 不一致`);
        }
      }
    }

    children.forEach((child, index) => visit(child, [...at, index], mode === 'verdicts' ? 'verdicts' : 'points', mode));
  };

  const top = systemMode === 'verdicts' ? 'verdicts' : 'points';
  table.indicators.forEach((indicator, index) => visit(indicator, [index], top, systemMode));
  if (systemMode === 'weights') checkWeights(null, table.indicators, [], add);

  if (systemMode === 'verdicts') {
    if (table.totalScore !== null && table.totalScore !== undefined) add('error', 'BAD_SCORING_MODE', [], null, 'totalScore', `指标体系不计分（达标判定），不应有总分 ${table.totalScore}`);
  } else if (table.totalScore !== null && table.totalScore !== undefined) {
    if (systemMode === 'points') {
      // What the indicators state, else what is below them (a rule whose points are unknown counts 0).
      const sum = sumOf(table.indicators.map((indicator) => bottomUpMaximum(toSystemIndicator(indicator, indicator.code))));
      if (sum !== round(table.totalScore)) add('error', 'TOTAL_MISMATCH', [], null, 'totalScore', `总分 ${table.totalScore} 与各指标分值合计 ${sum} 不一致`);
    }
    if (round(table.totalScore) !== 100) add('warning', 'TOTAL_NOT_100', [], null, 'totalScore', `总分为 ${table.totalScore} 分，不是 100 分；如确实如此可以忽略`);
  }
  return problems;
}

type Add = (severity: TreeProblem['severity'], code: TableProblemCode, at: number[], indicator: TableIndicator | null, field: TreeField, message: string) => void;

function checkWeights(parent: TableIndicator | null, children: TableIndicator[], at: number[], add: Add): void {
  const code = parent?.code ?? '';
  const whose = code ? `指标 ${code} 的下级指标` : '一级指标';
  const missing = children.filter((child) => child.weight === undefined);
  missing.forEach((child) => {
    const index = children.indexOf(child);
    add('error', 'BAD_WEIGHT', [...at, index], child, 'weight', `指标 ${child.code} 没有权重：${code ? `指标 ${code}` : '指标体系'}按权重计分，${whose}都要有权重`);
  });
  const weights = children.map((child) => child.weight).filter(isNumber);
  if (missing.length === 0 && weights.length === children.length && weights.length > 0) {
    const sum = sumOf(weights);
    if (sum !== 1 && sum !== 100) {
      add('warning', 'WEIGHT_SUM', at, parent, 'weight', `${whose}权重合计为 ${sum}，不是 1（或 100%）：计分时按各自所占比例折算；如确实如此可以忽略`);
    }
  }
}
