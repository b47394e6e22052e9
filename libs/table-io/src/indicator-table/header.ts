import { type CellGrid, cellAt } from './cell-grid';

export type TableLayout = 'two-level' | 'multi-level';

/** The columns a reader understands; others (状态, 自评得分 …) are ignored. */
export type TableField = 'indicator' | 'requirements' | 'maxScore' | 'rule' | 'units' | 'note' | 'rulePoints' | 'scoring' | 'levelA' | 'levelB' | 'levelC';

/** Header texts as written in the tables, after normalising (no spaces, no bracketed remarks). */
const FIELD_NAMES: Record<TableField, string[]> = {
  indicator: ['指标', '指标名称', '考核指标'],
  requirements: ['相关指标考察内容', '考察内容', '相关指标考察要素', '考察要素', '佐证材料要求'],
  maxScore: ['分值', '指标分值'],
  rule: ['评分规则', '评分标准', '评分细则'],
  units: ['责任单位', '责任部门'],
  note: ['备注'],
  rulePoints: ['规则分值'],
  scoring: ['计分参数'],
  levelA: ['一级指标'],
  levelB: ['二级指标'],
  levelC: ['三级指标'],
};

/** The header label used when writing, and in problem positions. */
export const FIELD_LABELS: Record<TableField, string> = {
  indicator: '指标',
  requirements: '相关指标考察内容',
  maxScore: '分值',
  rule: '评分规则',
  units: '责任单位',
  note: '备注',
  rulePoints: '规则分值',
  scoring: '计分参数',
  levelA: '一级指标（A）',
  levelB: '二级指标（B）',
  levelC: '三级指标（C）',
};

export interface TableHeader {
  layout: TableLayout;
  /** Spreadsheet row of the header. */
  row: number;
  /** Column number (1-based) of each field found. */
  columns: Partial<Record<TableField, number>>;
  /** Label of each found column as written, for problem positions. */
  labels: Partial<Record<TableField, string>>;
  /** A title above the header (the table's name), if any. */
  title: string | null;
}

export const HEADER_SEARCH_ROWS = 15;

export function normaliseHeader(text: string): string {
  return text
    .replace(/[（(][^（）()]*[）)]/g, '')
    .replace(/[\s\u3000:：*＊]/gu, '')
    .trim();
}

function fieldOf(text: string): TableField | null {
  const normalised = normaliseHeader(text);
  if (!normalised) return null;
  for (const [field, names] of Object.entries(FIELD_NAMES) as [TableField, string[]][]) {
    if (names.includes(normalised)) return field;
  }
  return null;
}

/** Finds the header row in the first rows of a sheet and tells the layout from it. */
export function findHeader(grid: CellGrid): TableHeader | null {
  const last = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= last; row += 1) {
    const columns: Partial<Record<TableField, number>> = {};
    const labels: Partial<Record<TableField, string>> = {};
    (grid.rows[row - 1] ?? []).forEach((cell, index) => {
      const field = cell.continuation ? null : fieldOf(cell.text);
      if (field && columns[field] === undefined) {
        columns[field] = index + 1;
        labels[field] = cell.text.replace(/\s+/g, '');
      }
    });
    const layout: TableLayout | null = columns.levelA && columns.levelB ? 'multi-level' : columns.indicator && columns.rule ? 'two-level' : null;
    if (!layout) continue;
    let title: string | null = null;
    for (let above = 1; above < row && !title; above += 1) {
      const first = (grid.rows[above - 1] ?? []).find((cell) => !cell.continuation && cell.text);
      if (first) title = first.text.replace(/\s+/g, ' ');
    }
    return { layout, row, columns, labels, title };
  }
  return null;
}

/** The cell text of a field in a row ('' when the column is absent). */
export function fieldText(grid: CellGrid, header: TableHeader, row: number, field: TableField): { text: string; continuation: boolean } {
  const column = header.columns[field];
  return column ? cellAt(grid, row, column) : { text: '', continuation: false };
}
