/** Stable codes of the problems an indicator table can have; clients may switch on them. */
export const TABLE_PROBLEM_CODES = [
  'UNSUPPORTED_FILE',
  'UNREADABLE_FILE',
  'TOO_LARGE',
  'NO_TABLE',
  'MISSING_COLUMN',
  'EMPTY_TABLE',
  'MISSING_TITLE',
  'DUPLICATE_CODE',
  'MISSING_POINTS',
  'BAD_POINTS',
  'BAD_PARAMS',
  'POINTS_MISMATCH',
  'SUBTOTAL_MISMATCH',
  'TOTAL_MISMATCH',
  'TOTAL_NOT_100',
  'NO_UNITS',
  'UNKNOWN_UNIT',
  'RULE_WITHOUT_INDICATOR',
  'MISSING_RULE',
  'ORPHAN_LEVEL',
  'UNCLOSED_QUOTE',
  'UNKNOWN_COLUMN',
  'BAD_COLUMN_MAPPING',
  'UNUSED_SHEET',
  'BAD_WEIGHT',
  'WEIGHT_SUM',
  'BAD_ELECTIVE',
  'BAD_SCORING_MODE',
  'BAD_VERDICTS',
] as const;
export type TableProblemCode = (typeof TABLE_PROBLEM_CODES)[number];

/** A problem of an imported sheet, with where it is, as the user sees it in Excel. */
export interface CellProblem {
  code: TableProblemCode;
  severity: 'error' | 'warning';
  /** Sheet name; '' when the file could not be read at all. */
  sheet: string;
  /** Spreadsheet row number (1-based); 0 when it concerns the whole file or sheet. */
  row: number;
  /** Column letter (A, B …); '' when it concerns a whole row or the file. */
  column: string;
  /** The column's header, e.g. 分值. */
  field: string;
  /** What is wrong and what to do, in Chinese. */
  message: string;
}

/** Where a problem is, in words: 「任务分解表」第 12 行 C 列（分值）. */
export function describePosition(problem: Pick<CellProblem, 'sheet' | 'row' | 'column' | 'field'>): string {
  if (!problem.sheet) return '文件';
  const parts = [`「${problem.sheet}」`];
  if (problem.row > 0) parts.push(`第 ${problem.row} 行`);
  if (problem.column) parts.push(` ${problem.column} 列${problem.field ? `（${problem.field}）` : ''}`);
  return parts.join('');
}

/** Problems in reading order: by sheet position, row, column; file-level first. */
export function sortProblems(problems: CellProblem[]): CellProblem[] {
  const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return [...problems].sort((a, b) => a.row - b.row || columnIndex(a.column) - columnIndex(b.column));
}
