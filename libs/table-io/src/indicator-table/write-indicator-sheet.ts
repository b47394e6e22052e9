import type ExcelJS from 'exceljs';
import { describeElective, VERDICT_RULE_KIND } from '@accredit/scoring';
import type { IndicatorTable, TableIndicator, TableRule } from '../indicator-table';
import { FIELD_LABELS, levelLabel } from './header';
import { looksCoded, ORGANISATION_OWNED_TEXT } from './parse-cells';

/** A column added after 备注 (状态, 自评得分 …); the value is per rule row. */
export interface ExtraColumn {
  header: string;
  width: number;
  value(rule: TableRule, indicator: TableIndicator, ruleIndex: number): string | number | null;
  /** Value on the 合计 row. */
  total?: string | number | null;
}

/** The code a rule gets in a stored system: `<indicator code>.<position>` (1.3). */
export const ruleCodeOf = (indicatorCode: string, ruleIndex: number): string => `${indicatorCode}.${ruleIndex + 1}`;

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };
/** The columns for the system (exact points and parameters): hidden, so the sheet reads like the original. */
const SYSTEM_HEADERS = [FIELD_LABELS.rulePoints, `${FIELD_LABELS.scoring}（系统用，请勿修改）`];

export function requirementsCellText(indicator: TableIndicator): string {
  return indicator.requirements.map((requirement) => `${requirement.code}.${requirement.text}`).join('\n');
}

/** A requirement on its own row: plain when its code is the one the reader gives it back (C4-1), else coded. */
function requirementRowText(indicator: TableIndicator, index: number): string {
  const requirement = indicator.requirements[index];
  return requirement.code === `${indicator.code}-${index + 1}` && !looksCoded(requirement.text) ? requirement.text : `${requirement.code}.${requirement.text}`;
}

/**
 * The 责任单位 cell of each rule: the units; 「本单位」 where the rule is the organisation's own work
 * and there is nothing to inherit or it must not inherit; blank where it inherits the rule above.
 */
export function unitCells(indicator: TableIndicator): string[] {
  let inheritable = false;
  return indicator.rules.map((rule) => {
    if (rule.units.length > 0) {
      inheritable = true;
      return rule.units.join('、');
    }
    if (rule.organisationOwned || !inheritable) {
      inheritable = false;
      return ORGANISATION_OWNED_TEXT;
    }
    return '';
  });
}

function styleRange(sheet: ExcelJS.Worksheet, fromRow: number, toRow: number, columns: number): void {
  for (let row = fromRow; row <= toRow; row += 1) {
    for (let column = 1; column <= columns; column += 1) {
      const cell = sheet.getCell(row, column);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    }
  }
}

function writeTitle(sheet: ExcelJS.Worksheet, title: string, columns: number): void {
  sheet.mergeCells(1, 1, 1, columns);
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  cell.font = { bold: true, size: 16 };
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
}

function writeHeader(sheet: ExcelJS.Worksheet, row: number, headers: string[]): void {
  headers.forEach((header, index) => {
    const cell = sheet.getCell(row, index + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  sheet.views = [{ state: 'frozen', ySplit: row }];
}

/** The two system columns, hidden: 规则分值 (blank for a verdict rule) and 计分参数 (JSON). */
function writeSystemCells(sheet: ExcelJS.Worksheet, row: number, column: number, rule: TableRule): void {
  if (rule.scoring.kind !== VERDICT_RULE_KIND) sheet.getCell(row, column).value = rule.points;
  sheet.getCell(row, column + 1).value = JSON.stringify(rule.scoring);
}

function hideSystemColumns(sheet: ExcelJS.Worksheet, first: number): void {
  [8, 30].forEach((width, index) => {
    const column = sheet.getColumn(first + index);
    column.width = width;
    column.hidden = true;
  });
}

/**
 * Writes the Shapingba layout: 指标 / 相关指标考察内容 / 分值 (/ 权重) / 评分规则 / 责任单位 / 备注,
 * one rule per row, indicator cells merged over their rules and a unit cell merged over the rules
 * that inherit it (as in the original); then the extra columns; then, hidden, 规则分值 and 计分参数,
 * which make a re-import exact (without them the kind is read back from the rule text).
 */
export function writeTwoLevelSheet(sheet: ExcelJS.Worksheet, table: IndicatorTable, title: string, extra: ExtraColumn[] = []): void {
  const weighted = table.indicators.some((indicator) => indicator.weight !== undefined);
  const leading = [FIELD_LABELS.indicator, FIELD_LABELS.requirements, FIELD_LABELS.maxScore, ...(weighted ? [FIELD_LABELS.weight] : []), FIELD_LABELS.rule, FIELD_LABELS.units, FIELD_LABELS.note];
  const headers = [...leading, ...extra.map((c) => c.header), ...SYSTEM_HEADERS];
  const widths = [22, 48, 7, ...(weighted ? [7] : []), 40, 24, 18, ...extra.map((c) => c.width)];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  const at = (label: string) => leading.indexOf(label) + 1;
  const [ruleColumn, unitsColumn, noteColumn] = [at(FIELD_LABELS.rule), at(FIELD_LABELS.units), at(FIELD_LABELS.note)];
  const extraColumn = leading.length + 1;
  const systemColumn = extraColumn + extra.length;
  hideSystemColumns(sheet, systemColumn);
  writeTitle(sheet, title, leading.length + extra.length);
  writeHeader(sheet, 2, headers);
  let row = 3;
  for (const indicator of table.indicators) {
    const first = row;
    const rows = Math.max(1, indicator.rules.length);
    sheet.getCell(first, 1).value = `${indicator.code}.${indicator.title}`;
    sheet.getCell(first, 2).value = requirementsCellText(indicator);
    if (indicator.maxScore !== null) sheet.getCell(first, 3).value = indicator.maxScore;
    if (weighted && indicator.weight !== undefined) sheet.getCell(first, 4).value = indicator.weight;
    const units = unitCells(indicator);
    indicator.rules.forEach((rule, index) => {
      const r = first + index;
      sheet.getCell(r, ruleColumn).value = rule.text;
      if (units[index]) sheet.getCell(r, unitsColumn).value = units[index];
      if (rule.note) sheet.getCell(r, noteColumn).value = rule.note;
      extra.forEach((column, c) => {
        const value = column.value(rule, indicator, index);
        if (value !== null && value !== '') sheet.getCell(r, extraColumn + c).value = value;
      });
      writeSystemCells(sheet, r, systemColumn, rule);
    });
    if (rows > 1) [1, 2, 3, ...(weighted ? [4] : [])].forEach((column) => sheet.mergeCells(first, column, first + rows - 1, column));
    // A unit cell spans the rules below it that inherit (blank in the source), like the original.
    indicator.rules.forEach((_rule, index) => {
      if (!units[index]) return;
      let end = index;
      while (end + 1 < indicator.rules.length && !units[end + 1]) end += 1;
      if (end > index) sheet.mergeCells(first + index, unitsColumn, first + end, unitsColumn);
    });
    styleRange(sheet, first, first + rows - 1, leading.length + extra.length);
    row += rows;
  }
  sheet.getCell(row, 1).value = '合计';
  if (table.totalScore !== null) sheet.getCell(row, 3).value = table.totalScore;
  extra.forEach((column, c) => {
    if (column.total !== undefined && column.total !== null) sheet.getCell(row, extraColumn + c).value = column.total;
  });
  styleRange(sheet, row, row, leading.length + extra.length);
  sheet.getRow(row).font = { bold: true };
}

const depthOf = (indicators: TableIndicator[]): number => indicators.reduce((depth, indicator) => Math.max(depth, 1 + depthOf(indicator.children ?? [])), 0);

/** Every indicator with its level (1 = top), depth first. */
function byLevel(indicators: TableIndicator[], level = 1): { indicator: TableIndicator; level: number }[] {
  return indicators.flatMap((indicator) => [{ indicator, level }, ...byLevel(indicator.children ?? [], level + 1)]);
}

/**
 * True when the 2016–2020 layout (one column per level, the code ending the heading, one
 * requirement per row, no points and no rule column) reads back to exactly this system: a
 * checklist whose every criterion (leaf) has the one verdict rule the reader makes of it.
 */
export function fitsCriteriaLayout(table: IndicatorTable): boolean {
  if (table.scoringMode !== 'verdicts' || table.totalScore !== null) return false;
  return byLevel(table.indicators).every(({ indicator }) => {
    const leaf = (indicator.children ?? []).length === 0;
    const rulesFit = leaf
      ? indicator.rules.length === 1 &&
        indicator.rules[0].text === indicator.title &&
        indicator.rules[0].scoring.kind === VERDICT_RULE_KIND &&
        indicator.rules[0].units.length === 0 &&
        !indicator.rules[0].note &&
        !indicator.rules[0].organisationOwned
      : indicator.rules.length === 0;
    return (
      rulesFit &&
      /^[A-Za-z]\d+$/.test(indicator.code) &&
      indicator.maxScore === null &&
      indicator.weight === undefined &&
      indicator.elective === undefined &&
      indicator.scoringMode === undefined &&
      indicator.requirements.every((requirement, index) => requirement.code === `${indicator.code}-${index + 1}` && !looksCoded(requirement.text))
    );
  });
}

/**
 * Writes a checklist in the 2016–2020 layout: 一级指标（A） / 二级指标（B） / 三级指标（C） … /
 * 相关指标考察要素 / 相关工作情况, a heading ending in its code, one requirement per row. Only for
 * systems that fit it (fitsCriteriaLayout); others are written by writeLevelsSheet.
 */
export function writeMultiLevelSheet(sheet: ExcelJS.Worksheet, table: IndicatorTable, title: string): void {
  const depth = depthOf(table.indicators);
  const headers = [...Array.from({ length: depth }, (_, index) => `${levelLabel(index + 1)}（${String.fromCharCode(65 + index)}）`), '相关指标考察要素', '相关工作情况'];
  [...Array.from({ length: depth }, (_, index) => (index === depth - 1 ? 40 : 30)), 50, 30].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeTitle(sheet, title, headers.length);
  writeHeader(sheet, 2, headers);
  let row = 3;
  const write = (indicator: TableIndicator, level: number) => {
    const first = row;
    sheet.getCell(row, level).value = `${indicator.title}（${indicator.code}）`;
    indicator.requirements.forEach((requirement, index) => {
      sheet.getCell(first + index, depth + 1).value = requirement.text;
    });
    row += Math.max(1, indicator.requirements.length);
    styleRange(sheet, first, row - 1, headers.length);
    (indicator.children ?? []).forEach((child) => write(child, level + 1));
  };
  table.indicators.forEach((indicator) => write(indicator, 1));
}

/**
 * Writes a system of any depth with a column per level, each followed by the columns its level
 * uses — 分值, 权重, 选做 (「任选2项」) — then 相关指标考察内容 (one requirement per row), 评分规则,
 * 责任单位, 备注, the extra columns, and, hidden, 规则分值 and 计分参数. An indicator's heading is
 * `<code> <title>`, merged down over its rows; its own requirements and rules come before its
 * sub-indicators. readIndicatorWorkbook reads it back to the same system.
 */
export function writeLevelsSheet(sheet: ExcelJS.Worksheet, table: IndicatorTable, title: string, extra: ExtraColumn[] = []): void {
  const depth = depthOf(table.indicators);
  const nodes = byLevel(table.indicators);
  const levels = Array.from({ length: depth }, (_, index) => {
    const at = nodes.filter((node) => node.level === index + 1).map((node) => node.indicator);
    return {
      points: at.some((indicator) => indicator.maxScore !== null) || (index === 0 && table.totalScore !== null),
      weight: at.some((indicator) => indicator.weight !== undefined),
      elective: at.some((indicator) => indicator.elective !== undefined),
    };
  });
  const headers: string[] = [];
  const widths: number[] = [];
  const columnOf = levels.map((level, index) => {
    const heading = headers.push(levelLabel(index + 1));
    widths.push(index === depth - 1 ? 30 : 22);
    const points = level.points ? headers.push(FIELD_LABELS.maxScore) : 0;
    const weight = level.weight ? headers.push(FIELD_LABELS.weight) : 0;
    const elective = level.elective ? headers.push(FIELD_LABELS.elective) : 0;
    widths.push(...[points, weight].filter(Boolean).map(() => 7), ...(elective ? [16] : []));
    return { heading, points, weight, elective };
  });
  const requirementsColumn = headers.push(FIELD_LABELS.requirements);
  const ruleColumn = headers.push(FIELD_LABELS.rule);
  const unitsColumn = headers.push(FIELD_LABELS.units);
  const noteColumn = headers.push(FIELD_LABELS.note);
  widths.push(44, 40, 24, 18, ...extra.map((column) => column.width));
  const extraColumn = headers.length + 1;
  headers.push(...extra.map((column) => column.header));
  const visible = headers.length;
  const systemColumn = headers.length + 1;
  headers.push(...SYSTEM_HEADERS);
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  hideSystemColumns(sheet, systemColumn);
  writeTitle(sheet, title, visible);
  writeHeader(sheet, 2, headers);

  let row = 3;
  const write = (indicator: TableIndicator, level: number) => {
    const first = row;
    const columns = columnOf[level - 1];
    const children = indicator.children ?? [];
    sheet.getCell(first, columns.heading).value = `${indicator.code} ${indicator.title}`;
    if (columns.points && indicator.maxScore !== null) sheet.getCell(first, columns.points).value = indicator.maxScore;
    if (columns.weight && indicator.weight !== undefined) sheet.getCell(first, columns.weight).value = indicator.weight;
    if (columns.elective && indicator.elective) sheet.getCell(first, columns.elective).value = describeElective(indicator.elective);
    const own = Math.max(indicator.rules.length, indicator.requirements.length, children.length === 0 ? 1 : 0);
    const units = unitCells(indicator);
    for (let index = 0; index < own; index += 1) {
      const r = first + index;
      if (index < indicator.requirements.length) sheet.getCell(r, requirementsColumn).value = requirementRowText(indicator, index);
      const rule = indicator.rules[index];
      if (!rule) continue;
      sheet.getCell(r, ruleColumn).value = rule.text;
      if (units[index]) sheet.getCell(r, unitsColumn).value = units[index];
      if (rule.note) sheet.getCell(r, noteColumn).value = rule.note;
      extra.forEach((column, c) => {
        const value = column.value(rule, indicator, index);
        if (value !== null && value !== '') sheet.getCell(r, extraColumn + c).value = value;
      });
      writeSystemCells(sheet, r, systemColumn, rule);
    }
    styleRange(sheet, first, first + own - 1, visible);
    row += own;
    children.forEach((child) => write(child, level + 1));
    if (row - 1 > first) {
      for (const column of [columns.heading, columns.points, columns.weight, columns.elective]) if (column) sheet.mergeCells(first, column, row - 1, column);
    }
  };
  table.indicators.forEach((indicator) => write(indicator, 1));
  if (table.totalScore !== null || extra.some((column) => column.total !== undefined && column.total !== null)) {
    sheet.getCell(row, columnOf[0]?.heading ?? 1).value = '合计';
    if (table.totalScore !== null && columnOf[0]?.points) sheet.getCell(row, columnOf[0].points).value = table.totalScore;
    extra.forEach((column, c) => {
      if (column.total !== undefined && column.total !== null) sheet.getCell(row, extraColumn + c).value = column.total;
    });
    styleRange(sheet, row, row, visible);
    sheet.getRow(row).font = { bold: true };
  }
}

export const isMultiLevel = (table: IndicatorTable): boolean => table.indicators.some((indicator) => (indicator.children ?? []).length > 0);
