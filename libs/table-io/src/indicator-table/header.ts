import { type CellGrid, cellAt } from './cell-grid';

/**
 * How the indicators are laid out: `two-level` — one 指标 column, numbered headings of one
 * level, rules below (the Shapingba 任务分解表); `numbered` — one 指标 column whose numbering
 * gives the level (1 / 1.1 / 1.1.1, or A1 / B2 / C14); `multi-level` — one column per level
 * (一级指标 / 二级指标 / 三级指标 …, like the 2016–2020 national table).
 */
export type TableLayout = 'two-level' | 'numbered' | 'multi-level';

/** The columns a reader understands (besides the level columns). */
export type TableField = 'indicator' | 'requirements' | 'maxScore' | 'rule' | 'units' | 'note' | 'rulePoints' | 'scoring' | 'weight' | 'elective';

/** Fields that may stand once per level (the level column to their left), or once for the deepest indicator of a row. */
export type AttributeField = 'maxScore' | 'weight' | 'elective';
const ATTRIBUTES: readonly TableField[] = ['maxScore', 'weight', 'elective'];

/** Header texts as written in the tables, after normalising (no spaces, no bracketed remarks). */
const FIELD_NAMES: Record<TableField, string[]> = {
  indicator: ['指标', '指标名称', '考核指标', '评价指标', '指标内容'],
  requirements: ['相关指标考察内容', '考察内容', '相关指标考察要素', '考察要素', '佐证材料要求', '佐证材料'],
  maxScore: ['分值', '指标分值', '标准分', '满分'],
  rule: ['评分规则', '评分标准', '评分细则', '评价标准', '考核标准'],
  units: ['责任单位', '责任部门'],
  note: ['备注'],
  rulePoints: ['规则分值'],
  scoring: ['计分参数'],
  weight: ['权重', '权数', '指标权重'],
  elective: ['选做', '选做要求', '是否选做', '选做说明'],
};

/**
 * Columns the platform writes into an exported task table about progress and scores: they are
 * reports, not part of the indicator system, and are skipped on purpose when it is read back.
 */
export const REPORT_COLUMNS: readonly string[] = ['状态', '各部门进度', '自评得分', '自评理由', '自评判定', '专家评分', '专家意见', '专家判定', '参评选择'];

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
  weight: '权重',
  elective: '选做',
};

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一级指标. */
export function levelLabel(level: number): string {
  return `${NUMERALS[level] ?? String(level)}级指标`;
}

/** 一级指标 / 第二级指标 / 3级指标 → 1 / 2 / 3; anything else null. */
export function levelOf(normalised: string): number | null {
  const match = /^第?([一二三四五六七八九十]|\d{1,2})级(?:指标)?(?:名称)?$/.exec(normalised);
  if (!match) return null;
  const level = /\d/.test(match[1]) ? Number(match[1]) : NUMERALS.indexOf(match[1]);
  return level >= 1 ? level : null;
}

export interface HeaderColumn {
  /** Column number, 1-based. */
  column: number;
  /** The header text as written ('' when blank). */
  label: string;
}

export interface LevelColumn extends HeaderColumn {
  level: number;
}

export interface AttributeColumn extends HeaderColumn {
  field: AttributeField;
  /** The level it belongs to (the level column to its left); null: the deepest indicator of the row. */
  level: number | null;
}

export interface TableHeader {
  layout: TableLayout;
  /** Spreadsheet row of the header. */
  row: number;
  /** Column number (1-based) of each field found (the first, for points, weight and elective). */
  columns: Partial<Record<TableField, number>>;
  /** Label of each found column as written, for problem positions. */
  labels: Partial<Record<TableField, string>>;
  /** The level columns of a multi-level table, shallowest first. */
  levels: LevelColumn[];
  /** Points, weight and elective columns, with the level each belongs to. */
  attributes: AttributeColumn[];
  /** More columns read into notes or requirements (mapped by the user). */
  extraNotes: HeaderColumn[];
  extraRequirements: HeaderColumn[];
  /** Columns the reader does not use (listed as problems when they hold anything). */
  unused: HeaderColumn[];
  /** Report columns of an exported task table (状态, 自评得分 …), skipped on purpose. */
  reports: HeaderColumn[];
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

export function fieldOf(text: string): TableField | null {
  const normalised = normaliseHeader(text);
  if (!normalised) return null;
  for (const [field, names] of Object.entries(FIELD_NAMES) as [TableField, string[]][]) {
    if (names.includes(normalised)) return field;
  }
  return null;
}

/** The level an attribute column at `column` belongs to: the nearest level column to its left. */
export function levelForColumn(levels: readonly LevelColumn[], column: number): number | null {
  const left = levels.filter((level) => level.column < column);
  return left.length > 0 ? left[left.length - 1].level : null;
}

/** Reads one row as a header: which column is which. */
function headerAt(grid: CellGrid, row: number): Omit<TableHeader, 'layout' | 'title'> {
  const columns: Partial<Record<TableField, number>> = {};
  const labels: Partial<Record<TableField, string>> = {};
  const levels: LevelColumn[] = [];
  const attributes: AttributeColumn[] = [];
  const unused: HeaderColumn[] = [];
  const reports: HeaderColumn[] = [];
  const cells = grid.rows[row - 1] ?? [];
  cells.forEach((cell, index) => {
    if (cell.continuation) return;
    const column = index + 1;
    const label = cell.text.replace(/\s+/g, '');
    const level = levelOf(normaliseHeader(cell.text));
    if (level !== null && !levels.some((known) => known.level === level)) {
      levels.push({ column, level, label });
      return;
    }
    const field = level === null ? fieldOf(cell.text) : null;
    if (field && ATTRIBUTES.includes(field)) {
      attributes.push({ column, field: field as AttributeField, level: null, label });
      if (columns[field] === undefined) {
        columns[field] = column;
        labels[field] = label;
      }
    } else if (field && columns[field] === undefined) {
      columns[field] = column;
      labels[field] = label;
    } else if (REPORT_COLUMNS.includes(normaliseHeader(cell.text))) reports.push({ column, label });
    else unused.push({ column, label });
  });
  levels.sort((a, b) => a.level - b.level);
  return { row, columns, labels, levels, attributes, extraNotes: [], extraRequirements: [], unused, reports };
}

/**
 * Gives every points, weight and elective column its level (multi-level: the level column to its
 * left; otherwise the deepest indicator of the row). A second column of the same field for the
 * same level is not used.
 */
export function placeAttributes(header: TableHeader): void {
  const seen = new Set<string>();
  const kept: AttributeColumn[] = [];
  for (const attribute of [...header.attributes].sort((a, b) => a.column - b.column)) {
    attribute.level = header.layout === 'multi-level' ? levelForColumn(header.levels, attribute.column) : null;
    const key = `${attribute.field}@${attribute.level ?? 'row'}`;
    if (seen.has(key)) header.unused.push({ column: attribute.column, label: attribute.label });
    else {
      seen.add(key);
      kept.push(attribute);
    }
  }
  header.attributes = kept;
  header.unused.sort((a, b) => a.column - b.column);
}

/**
 * Finds the header row in the first rows of a sheet and tells the layout from it: level columns
 * (一级指标 / 二级指标 …) make a multi-level table; otherwise a 指标 column with 评分规则,
 * 考察内容, 分值 or 权重 beside it is read by its numbering.
 */
export function findHeader(grid: CellGrid): TableHeader | null {
  const last = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let row = 1; row <= last; row += 1) {
    const found = headerAt(grid, row);
    const { columns, levels } = found;
    const multi = levels.length >= 2 || (levels.length === 1 && (columns.rule !== undefined || columns.requirements !== undefined));
    const numbered = !multi && columns.indicator !== undefined && (columns.rule !== undefined || columns.requirements !== undefined || columns.maxScore !== undefined || columns.weight !== undefined);
    if (!multi && !numbered) continue;
    if (multi && columns.indicator !== undefined) {
      // A 指标 column beside level columns is not one of them.
      found.unused.push({ column: columns.indicator, label: found.labels.indicator ?? '' });
      delete columns.indicator;
      delete found.labels.indicator;
    }
    let title: string | null = null;
    for (let above = 1; above < row && !title; above += 1) {
      const first = (grid.rows[above - 1] ?? []).find((cell) => !cell.continuation && cell.text);
      if (first) title = first.text.replace(/\s+/g, ' ');
    }
    const header: TableHeader = { ...found, layout: multi ? 'multi-level' : 'two-level', title };
    placeAttributes(header);
    return header;
  }
  return null;
}

/** The cell text of a field in a row ('' when the column is absent). */
export function fieldText(grid: CellGrid, header: TableHeader, row: number, field: TableField): { text: string; continuation: boolean } {
  const column = header.columns[field];
  return column ? cellAt(grid, row, column) : { text: '', continuation: false };
}
