import type { IndicatorTable } from '../indicator-table';
import type { CellGrid } from './cell-grid';
import { csvGrid } from './csv';
import { type TableHeader, type TableLayout, findHeader, HEADER_SEARCH_ROWS } from './header';
import { ProblemSink } from './problem-sink';
import { readMultiLevel } from './read-multi-level';
import { readTwoLevel } from './read-two-level';
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

function fileProblem(code: CellProblem['code'], message: string, sheet = ''): IndicatorWorkbookRead {
  return { ok: false, table: null, layout: null, sheet: null, problems: [{ code, severity: 'error', sheet, row: 0, column: '', field: '', message }], units: [] };
}

/**
 * Reads an indicator system from an .xlsx or .csv file laid out like the Shapingba 任务分解表
 * (指标 / 相关指标考察内容 / 分值 / 评分规则 / 责任单位 / 备注) or like the 2016–2020 national
 * table (一级指标（A） / 二级指标（B） / 三级指标（C） / 相关指标考察要素), and reports every
 * problem with its sheet, row and column. Never throws for bad input.
 */
export async function readIndicatorWorkbook(buffer: Buffer, fileName: string, options: IndicatorWorkbookOptions = {}): Promise<IndicatorWorkbookRead> {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const limits = { maxRows: options.maxRows ?? 5000, maxColumns: options.maxColumns ?? 60 };
  if (buffer.length === 0) return fileProblem('UNREADABLE_FILE', '文件是空的：请选择填好的指标体系表');
  let grids: CellGrid[];
  if (extension === 'xlsx' || (extension !== 'csv' && buffer.subarray(0, 4).equals(XLSX_MAGIC))) {
    if (!buffer.subarray(0, 4).equals(XLSX_MAGIC)) {
      return fileProblem('UNREADABLE_FILE', buffer.subarray(0, 4).equals(OLE_MAGIC) ? '这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 后再导入' : '文件不是有效的 .xlsx：请在 Excel 中重新保存后再导入');
    }
    try {
      grids = await xlsxGrids(buffer, limits);
    } catch (error) {
      if (error instanceof SheetTooLarge) return fileProblem('TOO_LARGE', `工作表有 ${error.rows} 行，超过上限 ${limits.maxRows} 行：请只保留指标体系表`, error.sheet);
      return fileProblem('UNREADABLE_FILE', '无法读取这个 .xlsx 文件（可能已损坏或加密）：请在 Excel 中重新保存后再导入');
    }
  } else if (extension === 'csv' || extension === 'txt') {
    const grid = csvGrid(buffer, `${baseName(fileName) || 'csv'}.${extension}`);
    if (grid.rows.length > limits.maxRows) return fileProblem('TOO_LARGE', `文件有 ${grid.rows.length} 行，超过上限 ${limits.maxRows} 行`, grid.sheet);
    grids = [grid];
  } else if (extension === 'xls' || buffer.subarray(0, 4).equals(OLE_MAGIC)) {
    return fileProblem('UNSUPPORTED_FILE', '不支持旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 后再导入');
  } else {
    return fileProblem('UNSUPPORTED_FILE', `不支持「.${extension || '（无扩展名）'}」文件：请上传 .xlsx 或 .csv 格式的指标体系表`);
  }

  let found: { grid: CellGrid; header: TableHeader } | null = null;
  for (const grid of grids) {
    const header = findHeader(grid);
    if (header) {
      found = { grid, header };
      break;
    }
  }
  if (!found) {
    return fileProblem(
      'NO_TABLE',
      `在${grids.length > 1 ? '各工作表' : '工作表'}的前 ${HEADER_SEARCH_ROWS} 行没有找到表头：需要「指标」「评分规则」两列（可另有 相关指标考察内容、分值、责任单位、备注），或多级指标表的「一级指标（A）」「二级指标（B）」列`,
      grids[0]?.sheet ?? '',
    );
  }

  const { grid, header } = found;
  const problems = new ProblemSink(grid.sheet, header);
  const base = {
    key: options.key ?? (baseName(fileName) || 'imported-table'),
    version: options.version ?? 1,
    name: options.name ?? header.title ?? (baseName(fileName) || '导入的指标体系'),
  };
  const read = header.layout === 'two-level' ? readTwoLevel(grid, header, problems, base) : readMultiLevel(grid, header, problems, base);
  const units = read.units.list();
  if (options.knownUnits) {
    for (const unit of units) {
      if (options.knownUnits.has(unit.name)) continue;
      unit.rows.forEach((row) =>
        problems.error('UNKNOWN_UNIT', row, 'units', `责任单位「${unit.name}」不是本单位已有的部门或部门组：导入时请把它对应到已有部门或部门组，或先添加该部门`),
      );
    }
  }
  const sorted = sortProblems(problems.list);
  return { ok: !sorted.some((problem) => problem.severity === 'error'), table: read.table, layout: header.layout, sheet: grid.sheet, problems: sorted, units };
}
