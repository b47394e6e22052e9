import { type CellGrid, cellAt, columnLetter } from './cell-grid';
import { type TableHeader, levelForColumn, normaliseHeader } from './header';
import type { ProblemSink } from './problem-sink';

/** What a column the reader does not know can be read as. */
export const COLUMN_TARGETS = ['note', 'requirements', 'maxScore', 'weight', 'units', 'elective', 'ignore'] as const;
export type ColumnTarget = (typeof COLUMN_TARGETS)[number];

export const COLUMN_TARGET_LABELS: Record<ColumnTarget, string> = {
  note: '备注',
  requirements: '考察内容（佐证材料）',
  maxScore: '分值',
  weight: '权重',
  units: '责任单位',
  elective: '选做',
  ignore: '不导入',
};

/** One entry of a column mapping: `from` is a column letter (G) or the header text as written (说明). */
export interface ColumnMappingEntry {
  from: string;
  to: ColumnTarget;
}

export interface ColumnSuggestion {
  target: ColumnTarget;
  label: string;
  /** 0–1, best first. */
  score: number;
}

/** A non-empty column that was not read, with what it could be read as (like the unknown units). */
export interface UnusedColumn {
  sheet: string;
  /** Column letter, e.g. G. */
  column: string;
  /** Its header as written ('' when blank). */
  header: string;
  /** Cells below the header that hold something. */
  cells: number;
  /** The first of them, shortened, to recognise it by. */
  sample: string;
  suggestions: ColumnSuggestion[];
}

const HINTS: { target: ColumnTarget; pattern: RegExp; score: number }[] = [
  { target: 'weight', pattern: /权重|权数|比重|占比/, score: 0.95 },
  { target: 'elective', pattern: /选做|任选|可选|必选/, score: 0.95 },
  { target: 'maxScore', pattern: /分值|满分|标准分|分数|得分|^分$/, score: 0.9 },
  { target: 'units', pattern: /单位|部门|牵头|配合|负责/, score: 0.9 },
  { target: 'requirements', pattern: /要求|材料|佐证|考察|要素|内容|依据/, score: 0.85 },
  { target: 'note', pattern: /备注|说明|注释|附注|情况|解释/, score: 0.85 },
];

/** What a column may be, by its header and its cells (numbers suggest points or weights), best first. */
export function suggestColumnTargets(header: string, samples: readonly string[]): ColumnSuggestion[] {
  const normalised = normaliseHeader(header);
  const scores = new Map<ColumnTarget, number>();
  for (const hint of HINTS) if (hint.pattern.test(normalised)) scores.set(hint.target, Math.max(scores.get(hint.target) ?? 0, hint.score));
  const filled = samples.filter(Boolean);
  if (filled.length > 0 && filled.every((text) => /^\d+(?:\.\d+)?\s*[%％]?$/.test(text))) {
    const fractions = filled.every((text) => /[%％]/.test(text) || Number(text) < 1);
    scores.set(fractions ? 'weight' : 'maxScore', Math.max(scores.get(fractions ? 'weight' : 'maxScore') ?? 0, 0.6));
  }
  scores.set('note', Math.max(scores.get('note') ?? 0, 0.3));
  scores.set('ignore', 0.1);
  return [...scores]
    .map(([target, score]) => ({ target, label: COLUMN_TARGET_LABELS[target], score }))
    .sort((a, b) => b.score - a.score || COLUMN_TARGETS.indexOf(a.target) - COLUMN_TARGETS.indexOf(b.target));
}

/**
 * Applies a user's column mapping to a header before the rows are read: a mapped column is read
 * as notes or requirements (added to those columns), as points, weights or 选做 (of the level to its
 * left in a multi-level table), as the units, or not at all. Entries that name no unused column,
 * or a field the table already has, are BAD_COLUMN_MAPPING errors.
 */
export function applyColumnMapping(header: TableHeader, mapping: readonly ColumnMappingEntry[], problems: ProblemSink): void {
  for (const entry of mapping) {
    const from = entry.from.trim();
    const column = header.unused.find((candidate) => columnLetter(candidate.column) === from.toUpperCase() || (candidate.label && candidate.label === from.replace(/\s+/g, '')));
    if (!column) {
      problems.error('BAD_COLUMN_MAPPING', header.row, null, `对应关系中的「${from}」不是表头中未导入的列：请写列字母（如 G）或表头文字`);
      continue;
    }
    if (!(COLUMN_TARGETS as readonly string[]).includes(entry.to)) {
      problems.error('BAD_COLUMN_MAPPING', header.row, column, `「${column.label || columnLetter(column.column)}」列不能对应为「${String(entry.to)}」，可用：${COLUMN_TARGETS.join('、')}`);
      continue;
    }
    const take = () => (header.unused = header.unused.filter((candidate) => candidate !== column));
    switch (entry.to) {
      case 'ignore':
        take();
        break;
      case 'note':
      case 'requirements': {
        const field = entry.to;
        if (header.columns[field] === undefined) {
          header.columns[field] = column.column;
          header.labels[field] = column.label;
        } else (field === 'note' ? header.extraNotes : header.extraRequirements).push(column);
        take();
        break;
      }
      case 'units':
        if (header.columns.units !== undefined) {
          problems.error(
            'BAD_COLUMN_MAPPING',
            header.row,
            column,
            `表中已有责任单位列（${columnLetter(header.columns.units)} 列），「${column.label || columnLetter(column.column)}」列不能再对应为责任单位`,
          );
          break;
        }
        header.columns.units = column.column;
        header.labels.units = column.label;
        take();
        break;
      default: {
        const field = entry.to;
        const level = header.layout === 'multi-level' ? levelForColumn(header.levels, column.column) : null;
        const taken = header.attributes.find((attribute) => attribute.field === field && attribute.level === level);
        if (taken) {
          problems.error(
            'BAD_COLUMN_MAPPING',
            header.row,
            column,
            `「${column.label || columnLetter(column.column)}」列不能对应为${COLUMN_TARGET_LABELS[field]}：${columnLetter(taken.column)} 列已是${level ? `${level}级指标的` : ''}${COLUMN_TARGET_LABELS[field]}`,
          );
          break;
        }
        header.attributes.push({ column: column.column, label: column.label, field, level });
        header.attributes.sort((a, b) => a.column - b.column);
        header.columns[field] ??= column.column;
        header.labels[field] ??= column.label;
        take();
      }
    }
  }
}

/** The unused columns that hold something below the header, with suggestions. */
export function unusedColumns(grid: CellGrid, header: TableHeader): UnusedColumn[] {
  const out: UnusedColumn[] = [];
  for (const column of header.unused) {
    const texts: string[] = [];
    for (let row = header.row + 1; row <= grid.rows.length; row += 1) {
      const cell = cellAt(grid, row, column.column);
      if (cell.text && !cell.continuation) texts.push(cell.text);
    }
    if (texts.length === 0) continue;
    out.push({
      sheet: grid.sheet,
      column: columnLetter(column.column),
      header: column.label,
      cells: texts.length,
      sample: texts[0].length > 30 ? `${texts[0].slice(0, 30)}…` : texts[0],
      suggestions: suggestColumnTargets(column.label, texts.slice(0, 20)),
    });
  }
  return out;
}
