import { checkRuleParams } from '@accredit/scoring';
import type { IndicatorTable, ScoringParams, TableIndicator, TableRule } from '../indicator-table';
import { type CellGrid, columnLetter } from './cell-grid';
import { type TableField, type TableHeader, fieldText } from './header';
import { inferScoring } from './infer-scoring';
import { parseIndicatorHeading, parsePoints, parseRequirements, splitUnits } from './parse-cells';
import type { ProblemSink } from './problem-sink';
import { UnitOccurrences } from './unit-occurrence';

export interface SheetRead {
  table: IndicatorTable;
  units: UnitOccurrences;
  /** Spreadsheet row of each rule, keyed `<indicator index>.<rule index>`, for later problems. */
  ruleRows: Map<string, number>;
}

interface OpenIndicator {
  indicator: TableIndicator;
  row: number;
  heading: string;
  maxScoreRow: number | null;
  lastRequirementText: string;
  lastMaxText: string;
  ruleRows: number[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Rules whose points could not be read: their indicator's subtotal is not checked (one problem is enough). */
const UNKNOWN_POINTS = new WeakSet<TableRule>();
const TOTAL_ROW = /^(合计|总计|总分|小计合计)/;

/**
 * Reads the Shapingba layout: 指标 / 相关指标考察内容 / 分值 / 评分规则 / 责任单位 / 备注, one
 * scoring rule per row. Merged or blank 指标, 考察内容 and 分值 cells belong to the indicator
 * above; a value repeated on every row (CSV has no merged cells) counts once. A blank 责任单位
 * inherits the row above (import code: inheritUnits). 规则分值 and 计分参数 (JSON) are optional:
 * without them a rule's points and kind are read from its text.
 */
export function readTwoLevel(grid: CellGrid, header: TableHeader, problems: ProblemSink, base: Pick<IndicatorTable, 'key' | 'version' | 'name'>): SheetRead {
  const units = new UnitOccurrences();
  const indicators: OpenIndicator[] = [];
  const ruleRows = new Map<string, number>();
  let current: OpenIndicator | null = null;
  let statedTotal: { value: number; row: number } | null = null;
  const text = (row: number, field: TableField) => fieldText(grid, header, row, field);

  for (let row = header.row + 1; row <= grid.rows.length; row += 1) {
    const heading = text(row, 'indicator');
    if (heading.text && !(current && heading.text === current.heading)) {
      if (TOTAL_ROW.test(heading.text.replace(/\s+/g, ''))) {
        const total = text(row, 'maxScore').text;
        if (total) {
          const value = parsePoints(total);
          if (value === null) problems.error('BAD_POINTS', row, 'maxScore', `总分「${total}」不是有效的分值（应为非负数，最多两位小数）`);
          else statedTotal = { value, row };
        }
        current = null;
        continue;
      }
      const parsed = parseIndicatorHeading(heading.text);
      const code = parsed.code ?? String(indicators.length + 1);
      if (!parsed.code) problems.warning('MISSING_TITLE', row, 'indicator', `指标「${parsed.title}」前没有序号，已按顺序编为 ${code}`);
      current = { indicator: { code, title: parsed.title, maxScore: null, requirements: [], rules: [] }, row, heading: heading.text, maxScoreRow: null, lastRequirementText: '', lastMaxText: '', ruleRows: [] };
      indicators.push(current);
    }

    const ruleCell = text(row, 'rule');
    const unitsCell = text(row, 'units');
    if (!current) {
      if (ruleCell.text) problems.error('RULE_WITHOUT_INDICATOR', row, 'rule', '这条评分规则上方没有指标：请在「指标」列填写它所属的指标');
      continue;
    }
    const open: OpenIndicator = current;

    const max = text(row, 'maxScore');
    if (max.text && !max.continuation && max.text !== open.lastMaxText) {
      open.lastMaxText = max.text;
      const value = parsePoints(max.text);
      if (value === null) problems.error('BAD_POINTS', row, 'maxScore', `分值「${max.text}」不是有效的分值（应为非负数，最多两位小数）`);
      else if (open.indicator.maxScore !== null && open.indicator.maxScore !== value) {
        problems.error('BAD_POINTS', row, 'maxScore', `指标 ${open.indicator.code} 的分值写了两次且不同（${open.indicator.maxScore} 和 ${value}）`);
      } else {
        open.indicator.maxScore = value;
        open.maxScoreRow ??= row;
      }
    }

    const requirements = text(row, 'requirements');
    if (requirements.text && !requirements.continuation && requirements.text !== open.lastRequirementText) {
      open.lastRequirementText = requirements.text;
      open.indicator.requirements.push(...parseRequirements(requirements.text, open.indicator.code, open.indicator.requirements.length));
    }

    if (!ruleCell.text) {
      if (unitsCell.text && !unitsCell.continuation) problems.error('MISSING_RULE', row, 'rule', '这一行有责任单位但没有评分规则：请填写评分规则或删去责任单位');
      continue;
    }
    const rule = readRule(row, ruleCell.text, text(row, 'rulePoints').text, text(row, 'scoring').text, problems);
    rule.units = unitsCell.continuation ? [] : splitUnits(unitsCell.text);
    const unitColumn = header.columns.units;
    if (unitColumn) rule.units.forEach((name) => units.add(name, row, `${columnLetter(unitColumn)}${row}`));
    const note = text(row, 'note');
    rule.note = note.continuation ? '' : note.text;
    ruleRows.set(`${indicators.length - 1}.${open.indicator.rules.length}`, row);
    open.indicator.rules.push(rule);
    open.ruleRows.push(row);
  }

  return { table: finish(indicators, statedTotal, header, problems, base), units, ruleRows };
}

function readRule(row: number, text: string, pointsText: string, scoringText: string, problems: ProblemSink): TableRule {
  const rule: TableRule = { text: text.replace(/\s*\n\s*/g, ''), points: 0, scoring: { kind: 'fixed', points: 0 }, units: [], note: '' };
  let stated: number | null = null;
  if (pointsText) {
    stated = parsePoints(pointsText);
    if (stated === null) problems.error('BAD_POINTS', row, 'rulePoints', `规则分值「${pointsText}」不是有效的分值（应为非负数，最多两位小数）`);
  }
  if (scoringText) {
    let scoring: unknown;
    try {
      scoring = JSON.parse(scoringText);
    } catch {
      UNKNOWN_POINTS.add(rule);
      problems.error('BAD_PARAMS', row, 'scoring', '计分参数不是有效的 JSON，例如 {"kind":"range","min":0,"max":3}；不确定时请留空，由评分规则文字识别');
      return rule;
    }
    const checked = checkRuleParams(scoring as Record<string, unknown>);
    if (!checked.ok) {
      UNKNOWN_POINTS.add(rule);
      checked.problems.forEach((message) => problems.error('BAD_PARAMS', row, 'scoring', `计分参数有误：${message}`));
      return rule;
    }
    rule.scoring = scoring as ScoringParams;
    rule.points = stated ?? checked.maximum;
    if (stated !== null && round(stated) !== round(checked.maximum)) {
      problems.error('POINTS_MISMATCH', row, 'rulePoints', `规则分值 ${stated} 与计分参数允许的最高分 ${checked.maximum} 不一致`);
    }
    return rule;
  }
  const inferred = inferScoring(rule.text);
  if (inferred.ok) {
    rule.scoring = inferred.scoring;
    rule.points = inferred.points;
    if (stated !== null && round(stated) !== round(inferred.points)) {
      problems.error('POINTS_MISMATCH', row, 'rulePoints', `规则分值 ${stated} 与评分规则文字中的最高分 ${inferred.points} 不一致：请改正其一，或在「计分参数」列写明计分方式`);
    }
  } else if (stated !== null) {
    // Points stated but the text says nothing readable: the scorer judges within 0..points.
    rule.scoring = { kind: 'range', min: 0, max: stated };
    rule.points = stated;
  } else {
    UNKNOWN_POINTS.add(rule);
    problems.error('MISSING_POINTS', row, 'rule', `${inferred.message}：请在评分规则中写明分值，或填写「规则分值」列`);
  }
  return rule;
}

function finish(indicators: OpenIndicator[], statedTotal: { value: number; row: number } | null, header: TableHeader, problems: ProblemSink, base: Pick<IndicatorTable, 'key' | 'version' | 'name'>): IndicatorTable {
  if (indicators.length === 0) problems.error('EMPTY_TABLE', header.row, null, '表头下方没有任何指标：请从表头下一行开始填写指标和评分规则');
  const scored = indicators.some((open) => open.indicator.maxScore !== null);
  const codes = new Map<string, number>();
  for (const open of indicators) {
    const { indicator } = open;
    const earlier = codes.get(indicator.code);
    if (earlier !== undefined) problems.error('DUPLICATE_CODE', open.row, 'indicator', `指标序号 ${indicator.code} 与第 ${earlier} 行重复`);
    codes.set(indicator.code, open.row);
    const requirementCodes = new Set<string>();
    for (const requirement of indicator.requirements) {
      if (requirementCodes.has(requirement.code)) problems.error('DUPLICATE_CODE', open.row, 'requirements', `考察内容编号 ${requirement.code} 重复`);
      requirementCodes.add(requirement.code);
    }
    if (indicator.rules.length === 0) problems.warning('MISSING_POINTS', open.row, 'rule', `指标 ${indicator.code} 没有评分规则`);
    if (scored && indicator.maxScore === null) {
      problems.error('MISSING_POINTS', open.row, 'maxScore', `指标 ${indicator.code} 没有分值：请在「分值」列填写（其评分规则合计 ${round(indicator.rules.reduce((sum, rule) => sum + rule.points, 0))} 分）`);
    }
    const subtotal = round(indicator.rules.reduce((sum, rule) => sum + rule.points, 0));
    const pointsKnown = indicator.rules.every((rule) => !UNKNOWN_POINTS.has(rule));
    if (pointsKnown && indicator.maxScore !== null && indicator.rules.length > 0 && subtotal !== round(indicator.maxScore)) {
      problems.error('SUBTOTAL_MISMATCH', open.maxScoreRow ?? open.row, 'maxScore', `指标 ${indicator.code} 的分值 ${indicator.maxScore} 与其评分规则合计 ${subtotal} 不一致`);
    }
    if (header.columns.units) {
      let inherited = false;
      indicator.rules.forEach((rule, index) => {
        if (rule.units.length > 0) inherited = true;
        else if (!inherited) problems.error('NO_UNITS', open.ruleRows[index], 'units', `评分规则没有责任单位，上方也没有可继承的单位（同一指标内）：请填写责任单位`);
      });
    }
  }
  if (!header.columns.units && indicators.length > 0) {
    problems.warning('MISSING_COLUMN', header.row, null, '没有「责任单位」列：导入后需要为每条评分规则指定责任单位才能分解任务');
  }
  const sum = round(indicators.reduce((total, open) => total + (open.indicator.maxScore ?? 0), 0));
  let totalScore: number | null = scored ? sum : null;
  if (statedTotal) {
    totalScore = statedTotal.value;
    if (scored && round(statedTotal.value) !== sum) problems.error('TOTAL_MISMATCH', statedTotal.row, 'maxScore', `总分 ${statedTotal.value} 与各指标分值合计 ${sum} 不一致`);
  }
  if (totalScore !== null && round(totalScore) !== 100) {
    problems.warning('TOTAL_NOT_100', statedTotal?.row ?? header.row, statedTotal ? 'maxScore' : null, `总分为 ${totalScore} 分，不是 100 分；如确实如此可以忽略`);
  }
  return { ...base, totalScore, indicators: indicators.map((open) => open.indicator) };
}
