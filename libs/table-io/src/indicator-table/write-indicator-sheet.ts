import type ExcelJS from 'exceljs';
import type { IndicatorTable, TableIndicator, TableRule } from '../indicator-table';
import { FIELD_LABELS } from './header';

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

export function requirementsCellText(indicator: TableIndicator): string {
  return indicator.requirements.map((requirement) => `${requirement.code}.${requirement.text}`).join('\n');
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

/**
 * Writes the Shapingba layout: 指标 / 相关指标考察内容 / 分值 / 评分规则 / 责任单位 / 备注, one rule
 * per row, indicator cells merged over their rules and a unit cell merged over the rules that
 * inherit it (as in the original); then the extra columns; then 规则分值 and 计分参数, which
 * make a re-import exact (without them the kind is read back from the rule text).
 */
export function writeTwoLevelSheet(sheet: ExcelJS.Worksheet, table: IndicatorTable, title: string, extra: ExtraColumn[] = []): void {
  const headers = [FIELD_LABELS.indicator, FIELD_LABELS.requirements, FIELD_LABELS.maxScore, FIELD_LABELS.rule, FIELD_LABELS.units, FIELD_LABELS.note, ...extra.map((c) => c.header), FIELD_LABELS.rulePoints, `${FIELD_LABELS.scoring}（系统用，请勿修改）`];
  const widths = [22, 48, 7, 40, 24, 18, ...extra.map((c) => c.width), 8, 30];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeTitle(sheet, title, headers.length);
  writeHeader(sheet, 2, headers);
  const pointsColumn = 7 + extra.length;
  let row = 3;
  for (const indicator of table.indicators) {
    const first = row;
    const rows = Math.max(1, indicator.rules.length);
    sheet.getCell(first, 1).value = `${indicator.code}.${indicator.title}`;
    sheet.getCell(first, 2).value = requirementsCellText(indicator);
    if (indicator.maxScore !== null) sheet.getCell(first, 3).value = indicator.maxScore;
    indicator.rules.forEach((rule, index) => {
      const r = first + index;
      sheet.getCell(r, 4).value = rule.text;
      if (rule.units.length > 0) sheet.getCell(r, 5).value = rule.units.join('、');
      if (rule.note) sheet.getCell(r, 6).value = rule.note;
      extra.forEach((column, c) => {
        const value = column.value(rule, indicator, index);
        if (value !== null && value !== '') sheet.getCell(r, 7 + c).value = value;
      });
      sheet.getCell(r, pointsColumn).value = rule.points;
      sheet.getCell(r, pointsColumn + 1).value = JSON.stringify(rule.scoring);
    });
    if (rows > 1) [1, 2, 3].forEach((column) => sheet.mergeCells(first, column, first + rows - 1, column));
    // A unit cell spans the rules below it that inherit (blank in the source), like the original.
    indicator.rules.forEach((rule, index) => {
      if (rule.units.length === 0) return;
      let end = index;
      while (end + 1 < indicator.rules.length && indicator.rules[end + 1].units.length === 0) end += 1;
      if (end > index) sheet.mergeCells(first + index, 5, first + end, 5);
    });
    styleRange(sheet, first, first + rows - 1, headers.length);
    row += rows;
  }
  sheet.getCell(row, 1).value = '合计';
  if (table.totalScore !== null) sheet.getCell(row, 3).value = table.totalScore;
  extra.forEach((column, c) => {
    if (column.total !== undefined && column.total !== null) sheet.getCell(row, 7 + c).value = column.total;
  });
  styleRange(sheet, row, row, headers.length);
  sheet.getRow(row).font = { bold: true };
}

/**
 * Writes a multi-level system in the 2016–2020 layout: 一级指标（A） / 二级指标（B） /
 * 三级指标（C） / 相关指标考察要素 / 相关工作情况, a heading ending in its code, one
 * requirement per row. Systems of more than three levels cannot be written this way.
 */
export function writeMultiLevelSheet(sheet: ExcelJS.Worksheet, table: IndicatorTable, title: string): void {
  const headers = [FIELD_LABELS.levelA, FIELD_LABELS.levelB, FIELD_LABELS.levelC, '相关指标考察要素', '相关工作情况'];
  [30, 30, 40, 50, 30].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  writeTitle(sheet, title, headers.length);
  writeHeader(sheet, 2, headers);
  let row = 3;
  const write = (indicator: TableIndicator, depth: number) => {
    if (depth > 2) throw new RangeError(`指标 ${indicator.code} 超过三级，无法按多级指标表导出`);
    const first = row;
    sheet.getCell(row, depth + 1).value = `${indicator.title}（${indicator.code}）`;
    indicator.requirements.forEach((requirement, index) => {
      sheet.getCell(first + index, 4).value = requirement.text;
    });
    row += Math.max(1, indicator.requirements.length);
    styleRange(sheet, first, row - 1, headers.length);
    (indicator.children ?? []).forEach((child) => write(child, depth + 1));
  };
  table.indicators.forEach((indicator) => write(indicator, 0));
}

export const isMultiLevel = (table: IndicatorTable): boolean => table.indicators.some((indicator) => (indicator.children ?? []).length > 0);
