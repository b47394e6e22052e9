import type ExcelJS from 'exceljs';
import { type ScoringMode, type VerdictScale, SCORING_MODES } from '@accredit/scoring';
import type { IndicatorTable, TableIndicator } from '../indicator-table';
import { type CellGrid, cellAt } from './cell-grid';
import type { CellProblem } from './table-problem';

/**
 * What a sheet cannot show but the system needs to read back the same: the system's scoring mode
 * when the sheet does not tell it (a checklist is told by having no points, weights by the 权重
 * column), its verdict scale, and a subtree that is a checklist inside a scored system. Written on
 * a hidden sheet, one row per setting: 类型 (体系 / 指标) · 编号 · 参数 (JSON).
 */
export const SYSTEM_SHEET = '系统参数';

export interface SystemParams {
  scoringMode?: ScoringMode;
  verdicts?: VerdictScale;
  /** By indicator code. */
  indicators: Map<string, { scoringMode: ScoringMode; row: number }>;
}

const HEADERS = ['类型', '编号', '参数（JSON，系统用，请勿修改）'];

/** Some points anywhere: a stated maximum or total, or a rule that earns points. */
export function tableHasPoints(table: Pick<IndicatorTable, 'totalScore' | 'indicators'>): boolean {
  const visit = (indicator: TableIndicator): boolean => (indicator.maxScore ?? 0) > 0 || indicator.rules.some((rule) => rule.points > 0) || (indicator.children ?? []).some(visit);
  return (table.totalScore ?? 0) > 0 || table.indicators.some(visit);
}

/** The system's scoring mode as a sheet tells it: weights on the top level; no points at all → a checklist. */
export function inferSystemMode(table: Pick<IndicatorTable, 'totalScore' | 'indicators'>): ScoringMode {
  if (table.indicators.some((indicator) => indicator.weight !== undefined)) return 'weights';
  return tableHasPoints(table) ? 'points' : 'verdicts';
}

/** The settings of a table that its sheet does not show; empty when there are none. */
export function systemParamsRows(table: IndicatorTable): [string, string, string][] {
  const rows: [string, string, string][] = [];
  const system: Record<string, unknown> = {};
  if ((table.scoringMode ?? 'points') !== inferSystemMode(table)) system['scoringMode'] = table.scoringMode ?? 'points';
  if (table.verdicts) system['verdicts'] = table.verdicts;
  if (Object.keys(system).length > 0) rows.push(['体系', '', JSON.stringify(system)]);
  const visit = (indicator: TableIndicator) => {
    const children = indicator.children ?? [];
    const inferred = indicator.scoringMode === 'weights' && children.length > 0 && children.some((child) => child.weight !== undefined);
    if (indicator.scoringMode && !inferred) rows.push(['指标', indicator.code, JSON.stringify({ scoringMode: indicator.scoringMode })]);
    children.forEach(visit);
  };
  table.indicators.forEach(visit);
  return rows;
}

/** Adds the hidden 系统参数 sheet when the table has settings its sheet cannot show. */
export function writeSystemSheet(workbook: ExcelJS.Workbook, table: IndicatorTable): void {
  const rows = systemParamsRows(table);
  if (rows.length === 0) return;
  const sheet = workbook.addWorksheet(SYSTEM_SHEET, { state: 'hidden' });
  sheet.addRow(HEADERS).font = { bold: true };
  rows.forEach((row) => sheet.addRow(row));
  [8, 12, 80].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
}

/** Reads the 系统参数 sheet; problems are placed at its cells. */
export function readSystemParams(grid: CellGrid, problems: CellProblem[]): SystemParams {
  const params: SystemParams = { indicators: new Map() };
  const problem = (row: number, message: string) => problems.push({ code: 'BAD_PARAMS', severity: 'error', sheet: grid.sheet, row, column: 'C', field: HEADERS[2], message });
  for (let row = 2; row <= grid.rows.length; row += 1) {
    const kind = cellAt(grid, row, 1).text;
    const code = cellAt(grid, row, 2).text;
    const text = cellAt(grid, row, 3).text;
    if (!kind && !text) continue;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text) as Record<string, unknown>;
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    } catch {
      problem(row, '系统参数不是有效的 JSON 对象：这张隐藏的工作表由平台写入，请勿修改；不确定时可删除整张工作表');
      continue;
    }
    const mode = value['scoringMode'];
    if (mode !== undefined && !SCORING_MODES.includes(mode as ScoringMode)) {
      problem(row, `计分方式「${String(mode)}」无效，可用：${SCORING_MODES.join('、')}`);
      continue;
    }
    if (kind === '体系') {
      if (mode !== undefined) params.scoringMode = mode as ScoringMode;
      if (value['verdicts'] !== undefined) params.verdicts = value['verdicts'] as VerdictScale;
    } else if (kind === '指标' && code && mode !== undefined) params.indicators.set(code, { scoringMode: mode as ScoringMode, row });
    else problem(row, `无法识别的系统参数行（类型「${kind}」）`);
  }
  return params;
}
