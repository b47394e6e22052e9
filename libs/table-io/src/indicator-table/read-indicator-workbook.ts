import type { IndicatorTable } from '../indicator-table';
import { type CellGrid, columnNumber } from './cell-grid';
import { type ColumnMappingEntry, type UnusedColumn, applyColumnMapping, unusedColumns } from './column-mapping';
import { UnclosedQuote, csvGrid } from './csv';
import { type TableHeader, type TableLayout, findHeader, HEADER_SEARCH_ROWS } from './header';
import { ProblemSink } from './problem-sink';
import { readIndicatorSheet } from './read-indicator-sheet';
import { type SystemParams, readSystemParams, SYSTEM_SHEET } from './system-params';
import { type CellProblem, sortProblems } from './table-problem';
import type { UnitOccurrence } from './unit-occurrence';
import { SheetTooLarge, xlsxGrids } from './xlsx-grid';

export interface IndicatorWorkbookOptions {
  /** Names of the organisation's departments and groups: other unit names are UNKNOWN_UNIT errors. */
  knownUnits?: ReadonlySet<string>;
  /** Rows per sheet (default 5000) and columns read (default 60): more is refused as TOO_LARGE. */
  maxRows?: number;
  maxColumns?: number;
  /** Key and name of the system; default: from the file name and the title above the header. */
  key?: string;
  name?: string;
  version?: number;
  /**
   * How to read columns the reader does not know (offered in `columns`): as notes, requirements,
   * points, weights, units, 选做, or not at all (`ignore`). `from` is a column letter or header text.
   */
  columnMapping?: readonly ColumnMappingEntry[];
}

export interface IndicatorWorkbookRead {
  /** No problem of severity error: the table may be saved. */
  ok: boolean;
  /** What was read, also when there are problems (for the preview); null when nothing could be read. */
  table: IndicatorTable | null;
  layout: TableLayout | null;
  /** The sheet the table was read from. */
  sheet: string | null;
  /** Every problem, in reading order, with sheet, row and column. */
  problems: CellProblem[];
  /** Every responsible unit named, with the cells naming it. */
  units: UnitOccurrence[];
  /** Columns with content that were not read (each also an UNKNOWN_COLUMN warning), with what they could be read as. */
  columns: UnusedColumn[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The file name without directories, control characters or extension: the system's default key. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  return name
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\.[^.]*$/, '')
    .trim();
}

function fileProblem(code: CellProblem['code'], message: string, sheet = '', row = 0): IndicatorWorkbookRead {
  return { ok: false, table: null, layout: null, sheet: null, problems: [{ code, severity: 'error', sheet, row, column: '', field: '', message }], units: [], columns: [] };
}

/**
 * Reads an indicator system of any depth from an .xlsx or .csv file — laid out like the Shapingba
 * 任务分解表 (指标 / 相关指标考察内容 / 分值 / 评分规则 / 责任单位 / 备注), numbered in one 指标
 * column (1 / 1.1 / 1.1.1), or with a column per level like the 2016–2020 national table
 * (一级指标（A） / 二级指标（B） / 三级指标（C） / 相关指标考察要素), with 分值 on any level, 权重 and
 * 选做 — and reports every problem with its sheet, row and column, including every column with
 * content it did not read. Never throws for bad input.
 */
export async function readIndicatorWorkbook(buffer: Buffer, fileName: string, options: IndicatorWorkbookOptions = {}): Promise<IndicatorWorkbookRead> {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const limits = { maxRows: options.maxRows ?? 5000, maxColumns: options.maxColumns ?? 60 };
  if (buffer.length === 0) return fileProblem('UNREADABLE_FILE', '文件是空的：请选择填好的指标体系表');
  let grids: CellGrid[];
  if (extension === 'xlsx' || (extension !== 'csv' && buffer.subarray(0, 4).equals(XLSX_MAGIC))) {
    if (!buffer.subarray(0, 4).equals(XLSX_MAGIC)) {
      return fileProblem(
        'UNREADABLE_FILE',
        buffer.subarray(0, 4).equals(OLE_MAGIC) ? '这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 后再导入' : '文件不是有效的 .xlsx：请在 Excel 中重新保存后再导入',
      );
    }
    try {
      grids = await xlsxGrids(buffer, limits);
    } catch (error) {
      if (error instanceof SheetTooLarge) return fileProblem('TOO_LARGE', `工作表有 ${error.rows} 行，超过上限 ${limits.maxRows} 行：请只保留指标体系表`, error.sheet);
      return fileProblem('UNREADABLE_FILE', '无法读取这个 .xlsx 文件（可能已损坏或加密）：请在 Excel 中重新保存后再导入');
    }
  } else if (extension === 'csv' || extension === 'txt') {
    const sheet = `${baseName(fileName) || 'csv'}.${extension}`;
    let grid: CellGrid;
    try {
      grid = csvGrid(buffer, sheet);
    } catch (error) {
      if (error instanceof UnclosedQuote) {
        return fileProblem(
          'UNCLOSED_QUOTE',
          `文件第 ${error.line} 行有一个没有闭合的引号（"）：它之后的内容会被当成同一个单元格，所以没有导入。请在该单元格末尾补上引号，或删去多余的引号后再导入`,
          sheet,
          error.record,
        );
      }
      return fileProblem('UNREADABLE_FILE', '无法读取这个 CSV 文件：请在 Excel 中“另存为” CSV UTF-8 后再导入', sheet);
    }
    if (grid.rows.length > limits.maxRows) return fileProblem('TOO_LARGE', `文件有 ${grid.rows.length} 行，超过上限 ${limits.maxRows} 行`, grid.sheet);
    grids = [grid];
  } else if (extension === 'xls' || buffer.subarray(0, 4).equals(OLE_MAGIC)) {
    return fileProblem('UNSUPPORTED_FILE', '不支持旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 后再导入');
  } else {
    return fileProblem('UNSUPPORTED_FILE', `不支持「.${extension || '（无扩展名）'}」文件：请上传 .xlsx 或 .csv 格式的指标体系表`);
  }

  const systemGrid = grids.find((grid) => grid.sheet === SYSTEM_SHEET) ?? null;
  let found: { grid: CellGrid; header: TableHeader } | null = null;
  for (const grid of grids) {
    if (grid === systemGrid) continue;
    const header = findHeader(grid);
    if (header) {
      found = { grid, header };
      break;
    }
  }
  if (!found) {
    return fileProblem(
      'NO_TABLE',
      `在${grids.length > 1 ? '各工作表' : '工作表'}的前 ${HEADER_SEARCH_ROWS} 行没有找到表头：需要「指标」列和「评分规则」（或 考察内容、分值、权重）列，指标按编号（1 / 1.1 / 1.1.1）分级；或每级一列的「一级指标」「二级指标」…（可另有 分值、权重、选做、相关指标考察内容、评分规则、责任单位、备注）`,
      grids[0]?.sheet ?? '',
    );
  }

  const { grid, header } = found;
  const problems = new ProblemSink(grid.sheet, header);
  if (options.columnMapping?.length) applyColumnMapping(header, options.columnMapping, problems);
  const base = {
    key: options.key ?? (baseName(fileName) || 'imported-table'),
    version: options.version ?? 1,
    name: options.name ?? header.title ?? (baseName(fileName) || '导入的指标体系'),
  };
  let params: SystemParams | null = null;
  if (systemGrid) params = readSystemParams(systemGrid, problems.list);
  const read = readIndicatorSheet(grid, header, problems, base, params);
  const columns = unusedColumns(grid, header);
  for (const column of columns) {
    problems.warning(
      'UNKNOWN_COLUMN',
      header.row,
      { column: columnNumber(column.column), label: column.header },
      `「${column.header || `${column.column} 列`}」列有 ${column.cells} 个单元格有内容，但没有导入：请在导入时把它对应为${column.suggestions
        .filter((suggestion) => suggestion.target !== 'ignore')
        .slice(0, 3)
        .map((suggestion) => `「${suggestion.label}」`)
        .join('、')}等，确实不需要时对应为「不导入」`,
    );
  }
  if (grid.droppedColumns) {
    problems.warning(
      'UNKNOWN_COLUMN',
      header.row,
      null,
      `工作表有 ${limits.maxColumns + grid.droppedColumns} 列，只读取了前 ${limits.maxColumns} 列：其后的 ${grid.droppedColumns} 列没有导入，请删去多余的列或把指标体系移到前面`,
    );
  }
  const units = read.units.list();
  if (options.knownUnits) {
    for (const unit of units) {
      if (options.knownUnits.has(unit.name)) continue;
      unit.rows.forEach((row) => problems.error('UNKNOWN_UNIT', row, 'units', `责任单位「${unit.name}」不是本单位已有的部门或部门组：导入时请把它对应到已有部门或部门组，或先添加该部门`));
    }
  }
  const sorted = sortProblems(problems.list);
  return { ok: !sorted.some((problem) => problem.severity === 'error'), table: read.table, layout: read.layout, sheet: grid.sheet, problems: sorted, units, columns };
}
